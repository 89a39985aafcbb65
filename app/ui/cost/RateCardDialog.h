#pragma once

#include "cost/RateCard.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fornax {
class Settings;
}

namespace fornax::ui {

/**
 * Settings ▸ Rates and budget: every figure of the hub's rate card — the unit, the price per GB
 * downloaded, the price per hour of each server size, the optional monthly budget — and the size
 * above which downloads ask first. Each figure shows where it came from; a figure the user changes
 * becomes "edited by you". OK saves to Settings (RateCard::save), Restore defaults goes back to the
 * card the app ships with.
 */
class RateCardDialog : public QDialog
{
    Q_OBJECT

public:
    RateCardDialog(fornax::Settings *settings, const QString &hubUrl, const QString &hubName,
                   QWidget *parent = nullptr);

    // The card as currently edited.
    fornax::RateCard card() const;
    void accept() override;

Q_SIGNALS:
    // The edited card and threshold were saved.
    void saved();

private:
    void load(const fornax::RateCard &card);
    void addRateRow(const QString &size, const fornax::RateCard::Figure &rate);
    QString editedSource() const;

    fornax::Settings *m_settings;
    QString m_hubUrl;
    fornax::RateCard m_loaded;
    QLineEdit *m_unit;
    QDoubleSpinBox *m_egress;
    QLabel *m_egressSource;
    QTableWidget *m_rates;
    QCheckBox *m_hasBudget;
    QDoubleSpinBox *m_budget;
    QLabel *m_budgetSource;
    QSpinBox *m_threshold;
};

} // namespace fornax::ui
