#include "MergePlan.h"

#include <algorithm>

namespace fornax {

namespace {

// Whether path or one of its parents (not the item itself unless asked) is in set.
bool underAny(const QSet<QString> &set, const QString &path)
{
    if (set.isEmpty())
        return false;
    if (set.contains(path))
        return true;
    for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0;
         slash = path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
        if (set.contains(path.left(slash)))
            return true;
    }
    return false;
}

ArchiveTotals totalsOf(const TreeEntry &entry)
{
    ArchiveTotals totals;
    switch (entry.type) {
    case TreeEntry::Type::File:
        totals.files = 1;
        totals.bytes = entry.size;
        break;
    case TreeEntry::Type::Folder:
        totals.folders = 1;
        break;
    case TreeEntry::Type::Link:
        totals.symlinks = 1;
        break;
    case TreeEntry::Type::Other:
        break;
    }
    return totals;
}

} // namespace

bool MergePlan::needsTrees(const Item &item) const
{
    return item.exists && item.incoming.isFolder() && item.existing.isFolder();
}

void MergePlan::addItem(const Item &item)
{
    m_items.append(item);
    if (!item.exists) {
        m_news.append({Operation::Kind::New, item.index, item.name, item.incoming.isFolder()});
        return;
    }
    if (needsTrees(item)) {
        planMerge(item);
        return;
    }
    const bool clash = item.incoming.isFolder() != item.existing.isFolder();
    addConflict(item, clash ? TransferConflict::Kind::TypeClash : TransferConflict::Kind::Files,
                item.incoming, item.existing, item.incomingTotals, item.existingTotals);
}

ArchiveTotals MergePlan::totalsUnder(const QList<TreeEntry> &tree, const QString &path)
{
    ArchiveTotals totals;
    const QString prefix = path + QLatin1Char('/');
    for (const TreeEntry &entry : tree) {
        if (entry.path == path || entry.path.startsWith(prefix))
            totals += totalsOf(entry);
    }
    return totals;
}

void MergePlan::planMerge(const Item &item)
{
    QHash<QString, TreeEntry> existing;
    existing.reserve(item.existingTree.size());
    for (const TreeEntry &entry : item.existingTree)
        existing.insert(entry.path, entry);
    QList<TreeEntry> incoming = item.incomingTree;
    // A parent sorts before its children ("a/b" < "a/b c" < "a/b/c").
    std::sort(incoming.begin(), incoming.end(), [](const TreeEntry &a, const TreeEntry &b) {
        return a.path < b.path;
    });
    QSet<QString> covered; // placed or decided as a whole: nothing below needs a look
    for (const TreeEntry &entry : std::as_const(incoming)) {
        if (entry.path == item.name || underAny(covered, entry.path))
            continue;
        const auto there = existing.constFind(entry.path);
        if (there == existing.cend()) {
            m_news.append({Operation::Kind::New, item.index, entry.path, entry.isFolder()});
            if (entry.isFolder())
                covered.insert(entry.path);
            continue;
        }
        if (entry.isFolder() && there->isFolder())
            continue; // merges further down
        const bool clash = entry.isFolder() != there->isFolder();
        addConflict(item, clash ? TransferConflict::Kind::TypeClash : TransferConflict::Kind::Files, entry,
                    *there, entry.isFolder() ? totalsUnder(item.incomingTree, entry.path) : totalsOf(entry),
                    there->isFolder() ? totalsUnder(item.existingTree, there->path) : totalsOf(*there));
        if (entry.isFolder())
            covered.insert(entry.path);
    }
}

void MergePlan::addConflict(const Item &item, TransferConflict::Kind kind, const TreeEntry &incoming,
                            const TreeEntry &existing, const ArchiveTotals &incomingTotals,
                            const ArchiveTotals &existingTotals)
{
    TransferConflict conflict;
    conflict.id = int(m_conflicts.size());
    conflict.index = item.index;
    conflict.kind = kind;
    conflict.name = incoming.path;
    conflict.existingIsFolder = existing.isFolder();
    conflict.existingTotals = existingTotals;
    conflict.existingSize = existing.isFolder() ? existingTotals.bytes : existing.size;
    conflict.existingModified = QDateTime::fromSecsSinceEpoch(existing.mtime);
    conflict.incomingIsFolder = incoming.isFolder();
    conflict.incomingTotals = incomingTotals;
    conflict.incomingSize = incoming.isFolder() ? incomingTotals.bytes : incoming.size;
    conflict.incomingModified = QDateTime::fromSecsSinceEpoch(incoming.mtime);
    m_conflicts.append(conflict);
    m_decisions.append(ConflictPolicy::Skip);
}

void MergePlan::resolve(ConflictPolicy policy, const QHash<int, ConflictPolicy> &answers)
{
    for (const TransferConflict &conflict : std::as_const(m_conflicts)) {
        ConflictPolicy decision = answers.value(conflict.id, policy);
        if (!conflict.answers().contains(decision)) {
            // A file against a folder is never overwritten by a job-wide policy: the folder
            // would go. Without an answer for it, both are kept.
            decision = conflict.kind == TransferConflict::Kind::TypeClash && decision != ConflictPolicy::Ask
                ? ConflictPolicy::KeepBoth
                : ConflictPolicy::Skip;
        }
        m_decisions[conflict.id] = decision;
    }
}

QList<TransferConflict> MergePlan::identicalCandidates() const
{
    QList<TransferConflict> candidates;
    for (const TransferConflict &conflict : m_conflicts) {
        if (m_decisions.at(conflict.id) == ConflictPolicy::SkipIdentical && conflict.isIdentical())
            candidates.append(conflict);
    }
    return candidates;
}

void MergePlan::settleIdentical(const QSet<int> &differing)
{
    m_skipped.clear();
    m_operations = m_news;
    for (const TransferConflict &conflict : std::as_const(m_conflicts)) {
        ConflictPolicy decision = m_decisions.at(conflict.id);
        if (decision == ConflictPolicy::SkipIdentical)
            decision = conflict.isIdentical() && !differing.contains(conflict.id) ? ConflictPolicy::Skip
                                                                                  : ConflictPolicy::Overwrite;
        Operation operation {Operation::Kind::KeepBoth, conflict.index, conflict.name,
                             conflict.incomingIsFolder};
        switch (decision) {
        case ConflictPolicy::Overwrite:
            operation.kind = Operation::Kind::Overwrite;
            break;
        case ConflictPolicy::KeepBoth:
            break;
        case ConflictPolicy::Replace:
            operation.kind = Operation::Kind::Replace;
            break;
        default:
            m_skipped.insert(conflict.name);
            continue;
        }
        m_operations.append(operation);
    }
    std::sort(m_operations.begin(), m_operations.end(), [](const Operation &a, const Operation &b) {
        return a.path < b.path;
    });
}

QList<int> MergePlan::skippedItems() const
{
    QList<int> items;
    for (const Item &item : m_items) {
        const bool anyOperation =
            std::any_of(m_operations.cbegin(), m_operations.cend(), [&](const Operation &op) {
                return op.item == item.index;
            });
        if (!anyOperation)
            items.append(item.index);
    }
    return items;
}

bool MergePlan::isSent(const QString &path) const
{
    return !underAny(m_skipped, path);
}

ArchiveTotals MergePlan::sentTotals(int index) const
{
    for (const Item &item : m_items) {
        if (item.index != index)
            continue;
        if (!needsTrees(item))
            return underAny(m_skipped, item.name) ? ArchiveTotals() : item.incomingTotals;
        ArchiveTotals totals;
        for (const TreeEntry &entry : item.incomingTree) {
            if (isSent(entry.path))
                totals += totalsOf(entry);
        }
        return totals;
    }
    return {};
}

} // namespace fornax
