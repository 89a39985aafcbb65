#pragma once

#include "hub/HubError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace fornax {

class HubClient;
struct UsageRecord;

/**
 * How much the user's home folder holds, measured through the single-user server's contents API
 * without counting as its activity.
 *
 * jupyter-resource-usage's disk_used / disk_total describe the whole file system the home folder
 * lies on (its issue #255: on a shared file system that is everybody's), so they never stand for
 * the user's home. This walks `GET <server>api/contents/<folder>?content=1&no_track_activity=1`
 * instead: a folder's listing gives each file's size (jupyter_server takes it from lstat, so a
 * link counts as the link, as `du` counts it). No terminal is opened: its traffic would count as
 * use, and a server that culls itself would be kept alive.
 *
 * Bounded: at most Limits::parallel listings in flight, Limits::maxListings listings and
 * Limits::maxTime in all, Limits::maxDepth folders deep. A walk cut short reports what it saw
 * as a lower bound (Result::complete false: "at least"). A folder that leads back to one above
 * it (a link to a parent: the API follows links to folders) is recognised by its listing being
 * the same as that parent's and is neither counted nor entered again.
 *
 * What it cannot see, and says so: files the server hides (names starting with a dot, such as
 * .conda or .local, and jupyter_server's hidden globs such as __pycache__), folders the server
 * may not read, and the top-level folders that are other volumes on Fornax (s3-storage and
 * shared-storage: billed apart, or not the user's), which are left out on purpose. ~/scratch
 * (Fornax's /scratch) is walked but summed apart (Result::scratchBytes). Each folder
 * on disk also takes a few KiB that the API does not report: `du -sb` is higher by about 4 KiB
 * per folder on ext4.
 *
 * Asynchronous: start() and then one finished(). How often to walk is the caller's choice
 * (isDue()): a walk reads every folder, so the app does it at most once per MinimumInterval per
 * hub and account, or when the user asks.
 */
class StorageWalk : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::hours MinimumInterval {12};

    struct Limits
    {
        int parallel = 4;
        int maxListings = 3000;
        std::chrono::milliseconds maxTime {90'000};
        int maxDepth = 40;
    };

    struct Result
    {
        Q_DECLARE_TR_FUNCTIONS(StorageWalk)

    public:
        QDateTime takenAt; // UTC, when the walk ended
        qint64 bytes = 0; // the files seen
        qint64 files = 0;
        int folders = 0; // folders listed
        bool complete = false; // false: bytes is a lower bound (or the walk failed)
        bool stoppedByListings = false; // Limits::maxListings reached
        bool stoppedByTime = false; // Limits::maxTime reached
        bool cancelled = false;
        int tooDeep = 0; // folders not entered: below Limits::maxDepth
        int unreadable = 0; // folders the server would not list
        int loops = 0; // folders that lead back to one above them
        QStringList otherVolumes; // top-level folders left out (Fornax's other volumes)
        // What ~/scratch holds (its files' sizes), when there is such a folder: shown as the
        // server's /scratch use, never added to home's bytes (Fornax bills scratch by its
        // allocated size, which no API here reports).
        std::optional<qint64> scratchBytes;
        HubError error; // set when the home folder itself could not be listed: nothing measured

        bool isValid() const { return takenAt.isValid() && !error.isError(); }
        // "12.3 GB in 4,512 files" or "at least 12.3 GB (the walk stopped after 3,000 folders)".
        QString summary() const;
        // What is not in the figure and why, a sentence each.
        QStringList notes() const;
    };

    explicit StorageWalk(HubClient *client, QObject *parent = nullptr);
    ~StorageWalk() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Starts walking the home folder of the server at serverUrl; false (and nothing happens) while a
    // walk runs.
    bool start(const QUrl &serverUrl);
    // Ends a walk at once; finished() follows with what it had (complete false, cancelled true).
    void cancel();
    bool isRunning() const { return m_running; }

    // Top-level folders that are volumes of their own on Fornax, never walked.
    static QStringList otherVolumeNames();
    // The top-level folder that is Fornax's /scratch: walked, summed apart from home.
    static QString scratchName() { return QStringLiteral("scratch"); }
    // Whether the home folder of account on hubKey (RateCard::hubKey) was last measured longer than
    // interval before now (or never), by the ledger's storage samples.
    static bool isDue(const QList<UsageRecord> &records, const QString &hubKey, const QString &account,
                      const QDateTime &now = QDateTime::currentDateTimeUtc(),
                      std::chrono::hours interval = MinimumInterval);

Q_SIGNALS:
    void finished(const fornax::StorageWalk::Result &result);

private:
    struct Folder
    {
        QString path; // below home, "" for home itself
        int depth = 0;
        bool scratch = false; // in ~/scratch: counted apart
    };

    void pump();
    void list(const Folder &folder);
    void listed(QNetworkReply *reply, const Folder &folder);
    void take(const QJsonArray &entries, const Folder &folder);
    bool leadsBack(const QString &path, const QByteArray &signature) const;
    void finish();
    void abortReplies();

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    Limits m_limits;
    bool m_running = false;
    QList<Folder> m_queue;
    QList<QPointer<QNetworkReply>> m_replies;
    QHash<QString, QByteArray> m_signatures; // folder path -> what its listing held
    int m_listings = 0;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    Result m_result;
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::StorageWalk::Result)
