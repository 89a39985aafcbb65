#pragma once

#include "cost/EgressDecision.h"

#include <QDialog>

class QPushButton;

namespace fornax::ui {

/**
 * Asks before a download leaves the console: its size, its estimated cost, what this month has
 * cost so far, and the advice to analyse in the cloud and download only results. For a download
 * the policy refused (over the monthly budget) it only explains, and offers the budget settings.
 * Cancel is the default, so a stray Enter does not spend money.
 */
class EgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EgressDialog(const fornax::EgressDecision &decision, QWidget *parent = nullptr);

    const fornax::EgressDecision &decision() const { return m_decision; }

Q_SIGNALS:
    // "Rates and budget…" on a refusal: the user wants to raise the budget.
    void budgetSettingsRequested();

private:
    fornax::EgressDecision m_decision;
};

} // namespace fornax::ui
