#pragma once

#include "transfer/TransferConflict.h"
#include "transfer/TransferJob.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fornax::ui {

/**
 * Asks what to do with the paths a transfer found on the other side before any byte moved:
 * one row per path with both sizes and both dates, a choice per row and a way to give one
 * answer for all. Folders that exist on both sides are merged, which the dialog says: only
 * their files that exist on both sides are rows, and files that exist only at the destination
 * are never touched. A file against a folder offers skip, keep both and replace, and the
 * replace choice says what happens to the old item and how many files it holds (moved to the
 * trash here, kept under "name (replaced <date>)" on the server; never deleted).
 *
 * Accepting hands the answers to the job (TransferJob::resolveConflicts(), by conflict id);
 * Cancel cancels the whole transfer, so nothing is overwritten or sent. Every row starts at
 * Skip: pressing Enter without reading never destroys anything.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(TransferJob::Direction direction, const QString &title, const QString &target,
                    const QList<TransferConflict> &conflicts, QWidget *parent = nullptr);

    QList<TransferConflict> conflicts() const { return m_conflicts; }
    // The choice in each row, by the conflict's id (what resolveConflicts() takes).
    QHash<int, ConflictPolicy> answers() const;
    ConflictPolicy choice(int row) const;
    void setChoice(int row, ConflictPolicy policy);
    // The same choice in every row that offers it.
    void applyToAll(ConflictPolicy policy);

    // The choices offered, in the order shown.
    static QList<ConflictPolicy> choices();

private:
    // exact: add the byte count (when two sizes differ by less than the rounding shows).
    QString sizeText(bool folder, qint64 bytes, const ArchiveTotals &totals, bool exact) const;

    QList<TransferConflict> m_conflicts;
    QTableWidget *m_table;
    QList<QComboBox *> m_rowChoices;
    QComboBox *m_allChoice;
    QPushButton *m_applyAllButton;
};

} // namespace fornax::ui
