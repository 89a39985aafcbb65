#pragma once

#include "archive/ArchiveTotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fornax {

// What to do with a name that already exists on the other side. A folder onto a folder is never
// one of these: the two merge, file by file, and files that exist only on the destination side
// stay. Ask is a policy for a whole job (ask about each conflict); the others are also answers.
enum class ConflictPolicy {
    Ask,
    Overwrite, // replace the file that is there (files only; the old copy is removed once the new one is in)
    Skip, // keep what is there, do not send this file (or this folder)
    KeepBoth, // place the new item as "name (2).ext"
    SkipIdentical, // skip a file with the same size and time (and SHA-256 with --verify), else overwrite
    // An answer only, for a file against a folder: the old item is moved away (to the desktop's
    // trash on this computer, to "name (replaced <date>)" on the server), never deleted.
    Replace,
};

/**
 * One path that exists on both sides of a transfer, found before any byte moves, with what a
 * person needs to decide: both sizes, both dates, and whether each is a file or a folder.
 *
 * Two kinds. Files: a file (or link) on both sides, inside merged folders too
 * ("data/run1/a.csv"). TypeClash: a file against a folder or the reverse; never settled by
 * overwriting, always asked (scripts keep both), and the only kind with the Replace answer.
 */
struct TransferConflict
{
    Q_DECLARE_TR_FUNCTIONS(TransferConflict)

public:
    enum class Kind { Files, TypeClash };

    int id = -1; // position in the job's list of conflicts: answers are keyed by it
    int index = -1; // of the top-level item in the job's list
    Kind kind = Kind::Files;
    QString name; // the path both sides share, relative to the target folder ("data/a.csv")
    bool existingIsFolder = false;
    qint64 existingSize = 0; // a folder: the bytes of its files
    QDateTime existingModified;
    ArchiveTotals existingTotals; // a folder: what it holds, every file of which a replace moves away
    bool incomingIsFolder = false;
    qint64 incomingSize = 0;
    QDateTime incomingModified;
    ArchiveTotals incomingTotals;

    // Files of the same size and modification time, to the second: what "skip identical" skips
    // (with --verify only if their SHA-256 sums match too).
    bool isIdentical() const;
    // The answers that make sense for this conflict, in the order offered.
    QList<ConflictPolicy> answers() const;
    // "Replace: the folder with its 12 files goes to the trash" — says exactly what Replace does.
    QString replaceText(bool upload) const;

    // The policy's word on the command line and in settings ("keep-both").
    static QString policyName(ConflictPolicy policy);
    // A policy a whole job may have (not Replace, which is an answer for one folder only).
    static std::optional<ConflictPolicy> policyFromName(QStringView name);
    // "Keep both", for people.
    static QString policyTitle(ConflictPolicy policy);
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::TransferConflict)
