#pragma once

#include "ArchiveTotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fornax {

// What to do with an item whose name already exists on the other side. Ask is a policy for a
// whole job (ask about each conflict); the others are also the answers.
enum class ConflictPolicy {
    Ask,
    Overwrite, // replace what is there (a folder is replaced, not merged)
    Skip, // keep what is there, do not send this item
    KeepBoth, // place the new item as "name (2).ext"
    SkipIdentical, // skip if it has the same size and time (folders: same counts), else overwrite
};

/**
 * One name that exists on both sides of a transfer, found before any byte moves, with what a
 * person needs to decide: both sizes, both dates, and whether each is a file or a folder.
 */
struct TransferConflict
{
    Q_DECLARE_TR_FUNCTIONS(TransferConflict)

public:
    int index = -1; // of the item in the job's list
    QString name; // the name both sides share
    bool existingIsFolder = false;
    qint64 existingSize = 0; // a folder: the bytes of its files
    QDateTime existingModified;
    ArchiveTotals existingTotals;
    bool incomingIsFolder = false;
    qint64 incomingSize = 0;
    QDateTime incomingModified;
    ArchiveTotals incomingTotals;

    // Same kind, same size, and for files the same modification time to the second, for
    // folders the same number of files and folders: what "skip identical" skips.
    bool isIdentical() const;

    // The policy's word on the command line and in settings ("keep-both").
    static QString policyName(ConflictPolicy policy);
    static std::optional<ConflictPolicy> policyFromName(QStringView name);
    // "Keep both", for people.
    static QString policyTitle(ConflictPolicy policy);
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::TransferConflict)
