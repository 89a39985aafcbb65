#pragma once

#include "archive/ArchiveError.h"
#include "archive/PlacementOperation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace fornax {

/**
 * Moves what a download extracted into place on this computer, atomically per item, and finishes
 * or undoes a placement the app did not live to complete: the local half of MergePlan's
 * operations (RemotePlacement is the server's).
 *
 * The extracted items wait in `<target>/.fornax-partial-XXXXXX/tree`; the journal lives beside
 * them in `.../journal` (the operations, then one record per change, written before the change).
 * New items are renamed in without replacing anything (a name taken since the check keeps both);
 * a file overwrites a file by first keeping the old one as a hard link `.fornax-aside-...` in the
 * same folder, then renaming the new one over it, so the name holds the complete old or the
 * complete new file at every instant, and the old copy goes only when every operation is done;
 * a replaced item (the user's answer for a file against a folder) goes to the desktop's trash
 * (QFile::moveToTrash), never straight to deletion. A read-only folder gets its write bit for a
 * rename and its mode back. Any failure undoes every change made so far; a crash is undone (or,
 * after the commit record, finished) by recover(), which PartialFolders runs at the next start.
 * Fault points "local-place" (FaultPoint) follow every change.
 */
class LocalPlacement
{
    Q_DECLARE_TR_FUNCTIONS(LocalPlacement)

public:
    // partial: the `.fornax-partial-XXXXXX` folder; target: the canonical target folder.
    LocalPlacement(const QByteArray &partial, const QByteArray &target);

    // The folder the items are extracted into, inside partial.
    static QByteArray treeFolder(const QByteArray &partial) { return partial + "/tree"; }

    ArchiveError run(const QList<PlacementOperation> &operations);

    // Valid after run(): operation index -> the name it got (keep both), and the paths (relative to
    // the target) of replaced items -> where they went in the trash.
    QHash<int, QString> renamedTo() const { return m_renamedTo; }
    QMap<QString, QString> trashed() const { return m_trashed; }
    // A failure or the finish could not put everything back: the partial folder must stay for
    // recover() at the next start.
    bool keepsPartial() const { return m_incomplete; }

    // Finishes or undoes what a journal in partial records; false if something could not be put
    // back (the partial folder must then stay).
    static bool recover(const QByteArray &partial);

private:
    enum class Direction { Back, Forward };

    ArchiveError place(int index, const PlacementOperation &operation);
    ArchiveError placeNew(int index, const PlacementOperation &operation);
    ArchiveError placeOver(int index, const PlacementOperation &operation);
    ArchiveError placeBoth(int index, const PlacementOperation &operation);
    ArchiveError placeReplace(int index, const PlacementOperation &operation);
    bool makeWritable(int index, const QByteArray &folder);
    void record(const QByteArray &name, const QByteArray &content) const;
    void step();
    bool finish(Direction direction);

    QByteArray m_partial;
    QByteArray m_journal;
    QByteArray m_tree;
    QByteArray m_target;
    QByteArray m_asidePrefix;
    QList<PlacementOperation> m_operations;
    int m_step = 0;
    bool m_incomplete = false;
    QHash<int, QString> m_renamedTo;
    QMap<QString, QString> m_trashed;
};

} // namespace fornax
