#pragma once

#include "archive/ArchiveTotals.h"
#include "archive/PlacementOperation.h"
#include "transfer/TransferConflict.h"
#include "transfer/TreeListing.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace fornax {

/**
 * What a transfer does with each item once it knows both sides: the same rules for uploads and
 * downloads, kept apart from either transport so they can be tested on their own.
 *
 * An item whose name is free is placed whole. A folder onto a folder merges: every path inside is
 * compared, a path free on the destination is placed (a new subfolder whole), a file on both
 * sides is a Files conflict, a file against a folder a TypeClash; files and folders that exist
 * only on the destination are never touched. A file onto a file at the top level is a Files
 * conflict, a file against a folder a TypeClash. Nothing else is ever a conflict.
 *
 * Once every conflict has an answer (resolve()), the plan says which incoming paths are not
 * sent at all (skipped(): a skipped file, or a folder with everything in it) and the placement
 * operations, parents before children: New (the name must still be free when placed, else the
 * item is kept beside it), Overwrite (file onto file), KeepBoth ("name (2).ext") and Replace
 * (the old item moved aside, never deleted).
 */
class MergePlan
{
public:
    struct Item
    {
        int index = -1;
        QString name;
        TreeEntry incoming; // path = name
        bool exists = false;
        TreeEntry existing; // path = name, when it exists
        ArchiveTotals incomingTotals; // what the item holds
        ArchiveTotals existingTotals;
        // Folder onto folder: both trees, entries' paths starting with name (the item itself may
        // be among them).
        QList<TreeEntry> incomingTree;
        QList<TreeEntry> existingTree;
    };

    // New, Overwrite, KeepBoth or Replace, for one path (archive/PlacementOperation.h).
    using Operation = PlacementOperation;

    // Items, in the job's order; folder onto folder needs both trees.
    void addItem(const Item &item);
    bool needsTrees(const Item &item) const;

    // Every conflict, ids in order.
    QList<TransferConflict> conflicts() const { return m_conflicts; }
    // Settles each conflict: the answer by id, else what policy says; the result may still be
    // SkipIdentical (settleIdentical() decides those).
    void resolve(ConflictPolicy policy, const QHash<int, ConflictPolicy> &answers);
    // Conflicts resolved SkipIdentical whose size and time match: the ones a checksum may still
    // tell apart.
    QList<TransferConflict> identicalCandidates() const;
    // differing: ids of candidates whose contents differ (--verify); they are overwritten, the
    // rest skipped. Then the plan is final.
    void settleIdentical(const QSet<int> &differing = {});

    // Valid once settled.
    QSet<QString> skipped() const { return m_skipped; }
    QList<Operation> operations() const { return m_operations; }
    // Top-level items with nothing to send at all.
    QList<int> skippedItems() const;
    // What will be sent of an item.
    ArchiveTotals sentTotals(int index) const;
    // Whether an incoming path (relative, with the item's name) is sent.
    bool isSent(const QString &path) const;

private:
    struct Pending
    {
        int conflict = -1;
        ConflictPolicy decision = ConflictPolicy::Skip;
    };

    void planMerge(const Item &item);
    void addConflict(const Item &item, TransferConflict::Kind kind, const TreeEntry &incoming,
                     const TreeEntry &existing, const ArchiveTotals &incomingTotals,
                     const ArchiveTotals &existingTotals);
    static ArchiveTotals totalsUnder(const QList<TreeEntry> &tree, const QString &path);

    QList<Item> m_items;
    QList<TransferConflict> m_conflicts;
    QList<ConflictPolicy> m_decisions; // by conflict id
    QList<Operation> m_news; // placements that need no answer
    QSet<QString> m_skipped;
    QList<Operation> m_operations;
};

} // namespace fornax
