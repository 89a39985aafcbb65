#include "RemoteFileModel.h"

#include "DataSize.h"
#include "RemoteMimeData.h"

#include <QApplication>
#include <QCollator>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace fornax::ui {

RemoteFileModel::RemoteFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RemoteFileModel::setEntries(const QString &folder, const QList<RemoteEntry> &entries)
{
    beginResetModel();
    m_folder = folder;
    m_entries = entries;
    m_dropTargetRow = -1;
    sortEntries();
    endResetModel();
}

void RemoteFileModel::clear()
{
    setEntries(m_folder, {});
}

int RemoteFileModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == path)
            return row;
    }
    return -1;
}

void RemoteFileModel::setDropTargetRow(int row)
{
    if (row == m_dropTargetRow)
        return;
    const int old = m_dropTargetRow;
    m_dropTargetRow = row;
    for (const int changed : {old, row}) {
        if (changed >= 0 && changed < m_entries.size())
            Q_EMIT dataChanged(index(changed, 0), index(changed, ColumnCount - 1), {Qt::BackgroundRole});
    }
}

int RemoteFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RemoteFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RemoteEntry &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case SizeColumn:
            return entry.isFolder || entry.size < 0 ? QString() : DataSize::format(entry.size);
        case ModifiedColumn:
            return entry.modified.isValid()
                ? locale.toString(entry.modified.toLocalTime(), QLocale::ShortFormat)
                : QString();
        }
        break;
    case Qt::AccessibleTextRole:
        // Screen readers get the kind with the name, which the icon alone shows to others.
        if (index.column() == NameColumn)
            return entry.isFolder ? tr("Folder %1").arg(entry.name) : tr("File %1").arg(entry.name);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return entry.path;
        if (index.column() == SizeColumn && entry.size >= 0)
            return tr("%1 bytes").arg(locale.toString(entry.size));
        if (index.column() == ModifiedColumn && entry.modified.isValid())
            return locale.toString(entry.modified.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QApplication::style()->standardIcon(entry.isFolder ? QStyle::SP_DirIcon
                                                                      : QStyle::SP_FileIcon);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
        if (index.row() == m_dropTargetRow)
            return QApplication::palette().brush(QPalette::Active, QPalette::Highlight);
        break;
    case Qt::ForegroundRole:
        if (index.row() == m_dropTargetRow)
            return QApplication::palette().brush(QPalette::Active, QPalette::HighlightedText);
        break;
    case PathRole:
        return entry.path;
    case IsFolderRole:
        return entry.isFolder;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case SizeColumn:
            return entry.size;
        case ModifiedColumn:
            return entry.modified;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RemoteFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

Qt::ItemFlags RemoteFileModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_mimeDataFactory)
        flags |= Qt::ItemIsDragEnabled;
    if (m_entries.value(index.row()).isFolder)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

void RemoteFileModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList paths;
    for (const QModelIndex &index : before)
        paths.append(m_entries.value(index.row()).path);
    m_sortColumn = column;
    m_sortOrder = order;
    m_dropTargetRow = -1;
    sortEntries();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(paths.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RemoteFileModel::sortEntries()
{
    QCollator collator;
    collator.setNumericMode(true); // "run2" before "run10"
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_entries.begin(), m_entries.end(), [&](const RemoteEntry &a, const RemoteEntry &b) {
        if (a.isFolder != b.isFolder)
            return a.isFolder; // folders first, whichever the order
        int cmp = 0;
        if (column == SizeColumn && a.size != b.size)
            cmp = a.size < b.size ? -1 : 1;
        else if (column == ModifiedColumn && a.modified != b.modified)
            cmp = a.modified < b.modified ? -1 : 1;
        if (cmp == 0)
            cmp = collator.compare(a.name, b.name);
        return ascending ? cmp < 0 : cmp > 0;
    });
}

QStringList RemoteFileModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), RemoteMimeData::remotePathsFormat()};
}

QMimeData *RemoteFileModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_mimeDataFactory)
        return nullptr;
    QModelIndexList ordered = indexes;
    std::sort(ordered.begin(), ordered.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList paths;
    for (const QModelIndex &index : std::as_const(ordered)) {
        const QString path = m_entries.value(index.row()).path;
        if (index.isValid() && !path.isEmpty() && !paths.contains(path))
            paths.append(path);
    }
    if (paths.isEmpty())
        return nullptr;
    return m_mimeDataFactory(paths);
}

Qt::DropActions RemoteFileModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions RemoteFileModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

} // namespace fornax::ui
