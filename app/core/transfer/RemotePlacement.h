#pragma once

#include "transfer/MergePlan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace fornax {

/**
 * Moves what an upload staged on the server into place, atomically per item, and undoes or
 * finishes a placement that was interrupted: the server-side half of MergePlan's operations.
 *
 * The operations come in a plan file of the job folder (planText(), one sourceable line per
 * operation, names quoted), never on a command line. Each operation is one rename where it can
 * be: a new item moves in under a name that must still be free (mv -n; taken since the check, it
 * is kept beside instead); a file overwrites a file by first keeping the old one as a hard link
 * `.fornax-aside-<job>-<n>` in the same folder and then renaming the new one over it (so the name
 * holds the complete old or the complete new file at every instant) and removing the old copy
 * only once every operation succeeded; "keep both" finds "name (n).ext" on the server; "replace"
 * (a file against a folder, answered by the user) renames the old item to
 * "name (replaced <stamp>)", which is kept. A read-only folder gets its write bit for the
 * rename and its mode back afterwards, also a destination folder the placement writes into.
 *
 * Before each change the script writes an undo record (a word and a number in
 * `<job>/undo/<n>`, no names: those are in the plan); "committed" marks the moment every
 * operation is done. Recovery (recover back|forward, in library()) reads them: before the
 * commit it puts back what was there (old copies over new ones, new items back into the staging
 * folder, the replaced item back under its name, folder modes), after it finishes (removes the
 * old copies, restores modes). The script itself recovers on failure and on SIGTERM/SIGHUP;
 * after SIGKILL the job's cleanup or another job's sweep does it (RemoteScript). Fault points
 * (FaultPoint, "place") follow every change.
 */
class RemotePlacement
{
public:
    // Shell functions every script that may recover needs ($J, $JID, $S set): kb_name, the
    // operations, recover.
    static QString library();
    // The placement script of a job; prints "P <operation> <n>" for each placed item (n = 0: its
    // own name, n >= 2: keepBothName(name, n)) and "B <operation> <n>" for each replaced item
    // kept aside (backupName(name, stamp, n)).
    static QString placeScript(const QString &jobId);
    // placeScript(), then — when it succeeded — the job's clean-up (RemoteScript::cleanup()) in
    // the same script: one step on the server less at the end of every upload. Its output and
    // exit code are the placement's; a clean-up that fails there leaves the folder to the next
    // job's sweep.
    static QString placeAndCleanUpScript(const QString &jobId);
    // The plan for targetFolder (as RemoteScript takes folders), as job files (name -> content):
    // "plan", and NUL lists of the new items that move into one folder together ("batch-<n>");
    // stamp names replaced items.
    static QMap<QString, QByteArray> planFiles(const QString &jobId, const QString &targetFolder,
                                               const QList<MergePlan::Operation> &operations,
                                               const QString &stamp);

    struct Result
    {
        QHash<int, int> placed; // operation -> n
        QHash<int, int> backups; // operation -> n
        int failed = -1; // the operation that failed, if one did
    };
    static Result parse(const QByteArray &output);

    // "results (replaced 2026-12-07 0831)" — the name a replaced item keeps (n > 1 adds " n").
    static QString backupName(const QString &name, const QString &stamp, int n, bool isFolder);
    // The stamp for backupName(): the current local time, minute precision.
    static QString currentStamp();
};

} // namespace fornax
