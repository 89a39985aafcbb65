#pragma once

#include "cost/UsageRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace fornax {

/**
 * The durable, append-only record of what a user downloaded, how long their servers ran and how
 * much storage they held, one JSON object per line in usage.jsonl under the app's data folder
 * (QStandardPaths::AppDataLocation).
 *
 * The window and the command line may write at the same time, so a record goes out as ONE
 * write() to a file opened with O_APPEND: the kernel places each whole line at the end, and no
 * lock is needed. Reading keeps every good line, whatever else the file holds: a last line cut
 * short or a tail of NUL bytes (what a crash on ext4 or XFS leaves) loses only itself, a
 * damaged line only itself, and records of a newer version are kept in the file and left out of
 * the sums; each with a warning. The next append starts on a fresh line so a good record is
 * never glued to a torn one. Only a file with no readable line at all (garbage, a binary file)
 * is renamed aside as a backup and the ledger starts afresh: usage is an estimate, never a
 * reason to crash.
 *
 * Synchronous and cheap: the transfer engine and the command line call it directly.
 */
class UsageLedger
{
    Q_DECLARE_TR_FUNCTIONS(UsageLedger)

public:
    // The ledger in filePath (tests use a temporary one), else defaultFilePath().
    explicit UsageLedger(const QString &filePath = {});

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // Appends one record; false (and errorString()) when the file cannot be written.
    bool append(const UsageRecord &record);
    // files: how many files the download held (-1 when unknown).
    bool recordDownload(const QString &hubUrl, const QString &account, const QString &what, qint64 bytes,
                        const QDateTime &time = QDateTime::currentDateTimeUtc(), int files = -1);
    // A server seen running since start; recordSessionStop() closes it when it is seen stopped.
    // (SessionRecorder writes sessions as the hub's user model shows them.)
    bool recordSessionStart(const QString &hubUrl, const QString &account, const QString &size,
                            const QDateTime &start);
    bool recordSessionStop(const QString &hubUrl, const QString &account, const QString &size,
                           const QDateTime &start, const QDateTime &stop);
    // How much a volume held (home) or had allocated (scratch) at time: what CreditYear prices
    // storage by. volume: UsageRecord::homeVolume() or scratchVolume(); atLeast: bytes is a lower
    // bound (a measurement cut short); files: how many were seen (-1 unknown).
    bool recordStorage(const QString &hubUrl, const QString &account, const QString &volume, qint64 bytes,
                       const QDateTime &time = QDateTime::currentDateTimeUtc(), bool atLeast = false,
                       int files = -1);
    // A job run on the server (app/core/jobs): at its start, and again when its end is seen; the
    // records of one job are merged by records().
    bool recordJob(const QString &hubUrl, const QString &account, const QString &jobId, const QString &file,
                   const QString &size, const QDateTime &start, const QDateTime &stop = {},
                   double saved = -1);
    QString errorString() const { return m_error; }

    // Every record, oldest first, with a session's start and stop merged into one record. Reads the
    // file afresh (other processes append too); warnings() says what had to be dropped or set aside.
    QList<UsageRecord> records() const;
    QStringList warnings() const { return m_warnings; }
    // The backup a corrupt ledger was moved to by the last records(); empty if none.
    QString setAsidePath() const { return m_setAside; }

    // Months and days are the user's: a download at 23:30 on the 31st local time belongs to that
    // month even where UTC has moved on. zone defaults to the system's.
    static QDate monthOf(const QDateTime &time, const QTimeZone &zone = QTimeZone::systemTimeZone());
    static QString monthKey(const QDateTime &time, const QTimeZone &zone = QTimeZone::systemTimeZone());

private:
    QString m_filePath;
    QString m_error;
    mutable QStringList m_warnings;
    mutable QString m_setAside;
};

} // namespace fornax
