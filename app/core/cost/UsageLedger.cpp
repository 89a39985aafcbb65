#include "UsageLedger.h"

#include "Logging.h"
#include "cost/RateCard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

#include <algorithm>

namespace fornax {

UsageLedger::UsageLedger(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{ }

QString UsageLedger::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("usage.jsonl"));
}

bool UsageLedger::append(const UsageRecord &record)
{
    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    // Append opens with O_APPEND; Unbuffered makes the line one write() instead of whatever
    // QFile's buffer would split it into, so concurrent writers cannot interleave within a line.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = tr("The usage record %1 could not be written: %2").arg(m_filePath, file.errorString());
        qCWarning(lcCost) << m_error;
        return false;
    }
    // A crash may have left the last line without its end: start a fresh one, so this record is
    // not glued to the torn one and lost with it.
    if (const qint64 size = file.size(); size > 0 && file.seek(size - 1)) {
        char last = '\n';
        if (file.getChar(&last) && last != '\n')
            line.prepend('\n');
    }
    const qint64 written = file.write(line);
    if (written != line.size()) {
        m_error = tr("The usage record %1 could not be written: %2").arg(m_filePath, file.errorString());
        qCWarning(lcCost) << m_error;
        return false;
    }
    m_error.clear();
    return true;
}

bool UsageLedger::recordDownload(const QString &hubUrl, const QString &account, const QString &what,
                                 qint64 bytes, const QDateTime &time, int files)
{
    return append(UsageRecord::download(RateCard::hubKey(hubUrl), account, what, bytes, time, files));
}

bool UsageLedger::recordSessionStart(const QString &hubUrl, const QString &account, const QString &size,
                                     const QDateTime &start)
{
    return append(UsageRecord::session(RateCard::hubKey(hubUrl), account, size, start));
}

bool UsageLedger::recordSessionStop(const QString &hubUrl, const QString &account, const QString &size,
                                    const QDateTime &start, const QDateTime &stop)
{
    return append(UsageRecord::session(RateCard::hubKey(hubUrl), account, size, start, stop));
}

bool UsageLedger::recordStorage(const QString &hubUrl, const QString &account, const QString &volume,
                                qint64 bytes, const QDateTime &time, bool atLeast, int files)
{
    return append(
        UsageRecord::storage(RateCard::hubKey(hubUrl), account, volume, bytes, time, atLeast, files));
}

bool UsageLedger::recordJob(const QString &hubUrl, const QString &account, const QString &jobId,
                            const QString &file, const QString &size, const QDateTime &start,
                            const QDateTime &stop, double saved)
{
    return append(
        UsageRecord::jobRun(RateCard::hubKey(hubUrl), account, jobId, file, size, start, stop, saved));
}

QList<UsageRecord> UsageLedger::records() const
{
    m_warnings.clear();
    m_setAside.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_warnings << tr("The usage record %1 could not be read: %2").arg(m_filePath, file.errorString());
        qCWarning(lcCost) << m_warnings.constLast();
        return {};
    }
    const QByteArray data = file.readAll();
    file.close();

    QList<UsageRecord> downloads;
    QList<UsageRecord> sessions;
    QHash<QString, qsizetype> sessionIndex;
    QHash<QString, qsizetype> jobIndex;
    QList<UsageRecord> peaks;
    int bad = 0;
    int good = 0;
    int future = 0;
    bool tornTail = false;
    // The newest record version this build writes; a newer one (a newer app shares the file) is
    // kept in the file and left out of the sums, never a reason to drop anything.
    const int knownVersion = UsageRecord::NewestVersion;
    const QList<QByteArray> lines = data.split('\n');
    // The last line with anything but NUL bytes and blanks: a crash on ext4 or XFS may leave the
    // file's end as NUL bytes (the size grew, the data never came) or as half a line.
    qsizetype lastContent = -1;
    for (qsizetype i = lines.size() - 1; i >= 0 && lastContent < 0; --i) {
        if (!QByteArray(lines.at(i)).replace('\0', "").trimmed().isEmpty())
            lastContent = i;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (QByteArray(line).replace('\0', "").trimmed().isEmpty()) {
            if (line.contains('\0'))
                tornTail = true; // NUL padding: a write that never landed, and only that
            continue;
        }
        QJsonParseError error {};
        const QJsonDocument document =
            line.contains('\0') ? QJsonDocument() : QJsonDocument::fromJson(line, &error);
        const auto record = document.isObject() ? UsageRecord::fromJson(document.object()) : std::nullopt;
        if (!record) {
            if (document.isObject() && document.object().value(QLatin1String("v")).toInt() > knownVersion) {
                ++future;
                continue;
            }
            // The last piece with content and no newline after it: a write cut short by a crash.
            if (i == lastContent && !data.endsWith('\n'))
                tornTail = true;
            else
                ++bad;
            continue;
        }
        ++good;
        if (record->kind == UsageRecord::Kind::Job) {
            // A job's later record completes its first: the end, what stopping the server saved.
            const QString jobKey =
                record->hub + QLatin1Char('\n') + record->account + QLatin1Char('\n') + record->job;
            if (const auto it = jobIndex.constFind(jobKey); it != jobIndex.cend()) {
                UsageRecord &job = downloads[*it];
                if (record->stop.isValid())
                    job.stop = record->stop;
                if (record->saved >= 0)
                    job.saved = record->saved;
            } else {
                jobIndex.insert(jobKey, downloads.size());
                downloads << *record;
            }
            continue;
        }
        if (record->kind == UsageRecord::Kind::Peak) {
            peaks << *record; // merged into its session below, whichever line came first
            continue;
        }
        if (record->kind != UsageRecord::Kind::Session) {
            downloads << *record; // downloads and storage samples: each stands alone
            continue;
        }
        const QString key = record->sessionKey();
        if (const auto it = sessionIndex.constFind(key); it != sessionIndex.cend()) {
            // Later records complete the first: the earliest stop anyone saw (the window and the
            // command line may both record one), the latest moment it was seen running.
            UsageRecord &session = sessions[*it];
            if (record->stop.isValid() && (!session.stop.isValid() || record->stop < session.stop))
                session.stop = record->stop;
            if (record->seen.isValid() && (!session.seen.isValid() || record->seen > session.seen))
                session.seen = record->seen;
            if (session.size.isEmpty())
                session.size = record->size;
        } else {
            sessionIndex.insert(key, sessions.size());
            sessions << *record;
        }
    }

    // Nothing readable at all: not a ledger. Keep it as a backup for whoever wants to look, and
    // start afresh. A ledger with any good line keeps every good line, whatever else is in it.
    if (good == 0 && future == 0 && bad > 0) {
        const QString base = m_filePath + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backup = base;
        for (int n = 2; QFile::exists(backup); ++n)
            backup = base + QLatin1Char('-') + QString::number(n);
        if (QFile::rename(m_filePath, backup)) {
            m_setAside = backup;
            m_warnings << tr("The usage record %1 could not be read and was set aside as %2. Usage "
                             "estimates start afresh from now.")
                              .arg(m_filePath, backup);
        } else {
            m_warnings << tr("The usage record %1 could not be read, nor set aside. Usage estimates "
                             "leave it out; move the file away to start afresh.")
                              .arg(m_filePath);
        }
        qCWarning(lcCost) << m_warnings.constLast();
        return {};
    }
    if (tornTail)
        m_warnings << tr("The last usage record was cut short (the app stopped while writing it) and "
                         "was left out.");
    if (bad > 0)
        m_warnings << tr("%n damaged usage record(s) were left out.", nullptr, bad);
    if (future > 0)
        m_warnings << tr("%n usage record(s) written by a newer version of this app are kept but not counted "
                         "here.",
                         nullptr, future);
    for (const QString &warning : std::as_const(m_warnings))
        qCWarning(lcCost) << warning;

    for (const UsageRecord &peak : std::as_const(peaks)) {
        const auto it = sessionIndex.constFind(peak.sessionKey());
        if (it == sessionIndex.cend())
            continue; // the peaks of a session this ledger never saw start: nothing to price
        UsageRecord &session = sessions[*it];
        session.peakCores = std::max(session.peakCores, peak.peakCores);
        session.peakMemory = std::max(session.peakMemory, peak.peakMemory);
    }
    QList<UsageRecord> all = downloads + sessions;
    std::stable_sort(all.begin(), all.end(), [](const UsageRecord &a, const UsageRecord &b) {
        return a.time < b.time;
    });
    return all;
}

QDate UsageLedger::monthOf(const QDateTime &time, const QTimeZone &zone)
{
    const QDate day = time.toTimeZone(zone).date();
    return QDate(day.year(), day.month(), 1);
}

QString UsageLedger::monthKey(const QDateTime &time, const QTimeZone &zone)
{
    return monthOf(time, zone).toString(QStringLiteral("yyyy-MM"));
}

} // namespace fornax
