#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace fornax {
class TransferJob;
} // namespace fornax

namespace fornax::ui {

class TransferController;

/**
 * The transfer queue as a table, one row per job in the queue's order: name, direction,
 * progress, bytes, rate, time left and state, in the words a person reads.
 *
 * It follows the queue (jobs added, removed, progressing) and asks the controller for the state
 * text, because only the controller knows why a job waits or ended (for the server, declined).
 */
class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DirectionColumn,
        ProgressColumn,
        BytesColumn,
        RateColumn,
        TimeLeftColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        JobRole = Qt::UserRole + 1, // the TransferJob *
        PercentRole, // 0..100, or -1 while the total is unknown
    };

    explicit TransferListModel(TransferController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TransferJob *job(int row) const;
    int rowOf(const TransferJob *job) const;

    // "1:05", "2:03:10", or "" when unknown: the time left as the row shows it.
    static QString durationText(qint64 seconds);

private:
    void addJob(TransferJob *job);
    void removeJob(TransferJob *job);
    void refresh();

    TransferController *m_controller;
    QList<QPointer<TransferJob>> m_jobs;
};

} // namespace fornax::ui
