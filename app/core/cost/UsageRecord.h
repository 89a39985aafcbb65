#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fornax {

/**
 * One line of the usage ledger: a download (bytes that left the hub), a server session (a size
 * running from start to stop), or a storage sample (how much a volume held or had allocated at a
 * moment: "home" by use, "scratch" by allocation, as the hub charges them), or a job (a notebook or
 * script run on the server: its server time is in the sessions already, so a job is never summed
 * again; it says what the time went to and what stopping the server at its end saved). Times are kept in UTC;
 * months are cut in the user's time zone only when summed up (CostMeter). A session whose stop is not known
 * yet (the server runs, or the app was closed before it stopped) has an invalid stop; its `seen` says when it
 * was last known to run, which is where a stop nobody saw is put (SessionRecorder).
 */
struct UsageRecord
{
    // Peak: the highest CPU and memory a session used so far (written as it grows); the ledger
    // merges it into its session's record, so records() never returns one.
    enum class Kind { Download, Session, Storage, Job, Peak };
    // Storage samples' volumes (in `what`).
    static QString homeVolume() { return QStringLiteral("home"); }
    static QString scratchVolume() { return QStringLiteral("scratch"); }
    // Sessions and downloads are written as version 1, storage samples as 2, jobs (notebooks and
    // scripts run on the server, app/core/jobs) and peaks as 3, so that an older app reading the
    // same file keeps them aside as "newer" instead of calling them damaged (its sessions stay
    // version 1: an older app still counts their hours).
    static constexpr int NewestVersion = 3;
    static constexpr int StorageVersion = 2;

    Kind kind = Kind::Download;
    QString hub; // RateCard::hubKey() of the hub
    QString account; // user name on that hub
    QDateTime time; // when the download finished, or when the session started
    QDateTime stop; // sessions only; invalid while open
    qint64 bytes = 0; // downloads and storage samples
    QString what; // downloads: the file or folder name; storage: homeVolume() or scratchVolume()
    int files = -1; // downloads: how many files it held; storage: how many were seen; -1 when not recorded
    // storage: the measurement was cut short (StorageWalk), so bytes is a lower bound ("at least")
    bool atLeast = false;
    QString size; // sessions: the server size (profile slug or name)
    QString server; // sessions: the named server, empty for the default one
    QDateTime seen; // sessions: the last moment the server was known to run; invalid if never said
    QString job; // jobs: the job's id (JobScript::newId()); `what` is the file it ran, `size` the server's
    double saved = -1; // jobs: what --stop-when-done saved, in the rate card's unit; -1 when not known
    double peakCores = -1; // sessions and peaks: the most CPU cores it kept busy; -1 = unknown
    qint64 peakMemory = -1; // sessions and peaks: the most memory it used, bytes; -1 = unknown

    static UsageRecord download(const QString &hub, const QString &account, const QString &what, qint64 bytes,
                                const QDateTime &time = QDateTime::currentDateTimeUtc(), int files = -1);
    static UsageRecord session(const QString &hub, const QString &account, const QString &size,
                               const QDateTime &start, const QDateTime &stop = {});

    // volume: homeVolume() or scratchVolume(); bytes used (home) or allocated (scratch) at time.
    // atLeast: bytes is a lower bound (a measurement cut short); files: how many were seen, -1 unknown.
    static UsageRecord storage(const QString &hub, const QString &account, const QString &volume,
                               qint64 bytes, const QDateTime &time = QDateTime::currentDateTimeUtc(),
                               bool atLeast = false, int files = -1);

    // A job run on the server from start to stop (invalid while it runs or its end was not seen).
    static UsageRecord jobRun(const QString &hub, const QString &account, const QString &jobId,
                              const QString &file, const QString &size, const QDateTime &start,
                              const QDateTime &stop = {}, double saved = -1);

    // The peaks of the session that started at start (a record of kind Peak).
    static UsageRecord peak(const QString &hub, const QString &account, const QString &server,
                            const QDateTime &start, double peakCores, qint64 peakMemory);

    // Identifies a session across its start and stop records (and its peaks).
    QString sessionKey() const;

    QJsonObject toJson() const;
    // nullopt for anything that is not a complete record of a known kind.
    static std::optional<UsageRecord> fromJson(const QJsonObject &json);

    friend bool operator==(const UsageRecord &, const UsageRecord &) = default;
};

} // namespace fornax
