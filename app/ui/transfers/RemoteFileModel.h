#pragma once

#include "jupyter/RemoteEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <functional>

class QMimeData;

namespace fornax::ui {

/**
 * The items of one folder on the user's server, as a table for the remote browser: name, size,
 * modified. Sorting by any column keeps folders first in both directions, as file managers do.
 * One row can be marked as the target of a drag hovering over it. Dragging rows out asks the
 * factory the browser sets for their data (the lazily downloading RemoteMimeData).
 */
class RemoteFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, relative to the home folder
        IsFolderRole, // bool
        SortRole, // the raw value a column sorts by
    };
    using MimeDataFactory = std::function<QMimeData *(const QStringList &remotePaths)>;

    explicit RemoteFileModel(QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    QList<RemoteEntry> entries() const { return m_entries; }
    void setEntries(const QString &folder, const QList<RemoteEntry> &entries);
    void clear();
    RemoteEntry entry(int row) const { return m_entries.value(row); }
    // The row of the item at path, or -1.
    int rowOf(const QString &path) const;
    // Marks the row whose folder a hovering drag would drop into (-1: none).
    void setDropTargetRow(int row);
    int dropTargetRow() const { return m_dropTargetRow; }
    void setMimeDataFactory(MimeDataFactory factory) { m_mimeDataFactory = std::move(factory); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

private:
    void sortEntries();

    QString m_folder;
    QList<RemoteEntry> m_entries;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_dropTargetRow = -1;
    MimeDataFactory m_mimeDataFactory;
};

} // namespace fornax::ui
