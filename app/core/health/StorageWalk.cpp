#include "StorageWalk.h"

#include "Logging.h"
#include "cost/UsageRecord.h"
#include "hub/HubClient.h"
#include "hub/HubUrl.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <climits>

namespace fornax {

namespace {

QString joined(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

} // namespace

QString StorageWalk::Result::summary() const
{
    const QLocale locale;
    const QString size = locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    if (complete)
        return tr("%1 in %n file(s)", nullptr, int(std::min<qint64>(files, INT_MAX))).arg(size);
    return tr("at least %1 in %n file(s)", nullptr, int(std::min<qint64>(files, INT_MAX))).arg(size);
}

QStringList StorageWalk::Result::notes() const
{
    const QLocale locale;
    QStringList notes;
    if (stoppedByListings)
        notes << tr("The measurement stopped after %n folder(s), so as not to load the server.", nullptr,
                    folders);
    if (stoppedByTime)
        notes << tr("The measurement stopped after its time limit, so as not to load the server.");
    if (cancelled)
        notes << tr("The measurement was stopped before it ended.");
    if (tooDeep > 0)
        notes << tr("%n folder(s) nested too deep were not entered.", nullptr, tooDeep);
    if (unreadable > 0)
        notes << tr("%n folder(s) could not be read by the server and are not counted.", nullptr, unreadable);
    if (loops > 0)
        notes << tr("%n link(s) leading back to a folder above them were not followed.", nullptr, loops);
    if (!otherVolumes.isEmpty())
        notes << tr("Not counted, as they are storage of their own: %1.")
                     .arg(locale.createSeparatedList(otherVolumes));
    if (scratchBytes)
        notes
            << tr("The scratch folder holds %1, counted apart: /scratch is billed by the space allocated to "
                  "it, which the server does not report.")
                   .arg(locale.formattedDataSize(*scratchBytes, 1, QLocale::DataSizeSIFormat));
    notes << tr("Hidden files and folders (names starting with a dot, such as .conda) and folders the "
                "server may not read are not shown by the server, so they are not counted.");
    return notes;
}

StorageWalk::StorageWalk(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_result.stoppedByTime = true;
        finish();
    });
}

StorageWalk::~StorageWalk()
{
    abortReplies();
}

QStringList StorageWalk::otherVolumeNames()
{
    return {QStringLiteral("s3-storage"), QStringLiteral("shared-storage")};
}

bool StorageWalk::isDue(const QList<UsageRecord> &records, const QString &hubKey, const QString &account,
                        const QDateTime &now, std::chrono::hours interval)
{
    QDateTime last;
    for (const UsageRecord &record : records) {
        if (record.kind == UsageRecord::Kind::Storage && record.what == UsageRecord::homeVolume()
            && record.hub == hubKey && record.account == account && record.time > last)
            last = record.time;
    }
    // A sample "from the future" (a clock set back) does not block measuring for ever.
    return !last.isValid() || last > now
        || last.msecsTo(now) >= std::chrono::duration_cast<std::chrono::milliseconds>(interval).count();
}

bool StorageWalk::start(const QUrl &serverUrl)
{
    if (m_running || !m_client)
        return false;
    m_serverUrl = serverUrl;
    if (!m_serverUrl.path().endsWith(QLatin1Char('/')))
        m_serverUrl.setPath(m_serverUrl.path() + QLatin1Char('/'));
    m_running = true;
    m_result = Result();
    m_queue = {Folder {}};
    m_signatures.clear();
    m_listings = 0;
    m_clock.start();
    m_deadline.start(m_limits.maxTime);
    pump();
    return true;
}

void StorageWalk::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    finish();
}

void StorageWalk::pump()
{
    while (m_running && !m_queue.isEmpty() && m_replies.size() < std::max(1, m_limits.parallel)) {
        if (m_listings >= m_limits.maxListings) {
            m_result.stoppedByListings = true;
            m_queue.clear();
            break;
        }
        list(m_queue.takeFirst());
    }
    if (m_running && m_queue.isEmpty() && m_replies.isEmpty())
        finish();
}

void StorageWalk::list(const Folder &folder)
{
    const auto encoded = HubUrl::encodedPath(folder.path);
    if (!encoded) { // a name no URL path can carry (".." or a NUL): never sent
        ++m_result.unreadable;
        return;
    }
    QUrl url = m_serverUrl.resolved(QUrl(QStringLiteral("api/contents/") + *encoded));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("content"), QStringLiteral("1"));
    // Never counted as the server's activity: reading is not using.
    query.addQueryItem(QStringLiteral("no_track_activity"), QStringLiteral("1"));
    url.setQuery(query);
    QNetworkRequest request = m_client->request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    ++m_listings;
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, folder] {
        listed(reply, folder);
    });
}

void StorageWalk::listed(QNetworkReply *reply, const Folder &folder)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    if (!m_running)
        return;
    const QByteArray body = reply->readAll();
    const HubError error = HubError::fromReply(reply, body);
    const QJsonObject model = QJsonDocument::fromJson(body).object();
    const QJsonValue content = model.value(QLatin1String("content"));
    if (error.isError() || !content.isArray()) {
        if (folder.path.isEmpty()) { // home itself: nothing can be measured
            m_result.error = error.isError()
                ? error
                : HubError(HubError::Kind::Malformed,
                           tr("The server did not list the home folder as a Jupyter server does."));
            finish();
            return;
        }
        ++m_result.unreadable;
        qCDebug(lcHub) << "storage walk: a folder was not listed:" << error.kindName();
    } else {
        take(content.toArray(), folder);
    }
    pump();
}

void StorageWalk::take(const QJsonArray &entries, const Folder &folder)
{
    // What the listing holds, order aside: a link to a parent folder lists exactly the same.
    QStringList lines;
    lines.reserve(entries.size());
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        lines << entry.value(QLatin1String("name")).toString() + QLatin1Char('\n')
                + entry.value(QLatin1String("type")).toString() + QLatin1Char('\n')
                + QString::number(entry.value(QLatin1String("size")).toInteger(-1)) + QLatin1Char('\n')
                + entry.value(QLatin1String("last_modified")).toString();
    }
    lines.sort();
    const QByteArray signature =
        QCryptographicHash::hash(lines.join(QChar(u'\0')).toUtf8(), QCryptographicHash::Sha256);
    if (!entries.isEmpty() && leadsBack(folder.path, signature)) {
        ++m_result.loops;
        return;
    }
    m_signatures.insert(folder.path, signature);
    ++m_result.folders;
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        if (entry.value(QLatin1String("type")).toString() == QLatin1String("directory")) {
            if (folder.path.isEmpty() && otherVolumeNames().contains(name)) {
                m_result.otherVolumes << name;
                continue;
            }
            const bool scratch = folder.scratch || (folder.path.isEmpty() && name == scratchName());
            if (scratch && !m_result.scratchBytes)
                m_result.scratchBytes = 0;
            if (folder.depth + 1 > m_limits.maxDepth) {
                ++m_result.tooDeep;
                continue;
            }
            m_queue.append(Folder {joined(folder.path, name), folder.depth + 1, scratch});
            continue;
        }
        const qint64 size = std::max<qint64>(0, entry.value(QLatin1String("size")).toInteger(-1));
        if (folder.scratch) {
            m_result.scratchBytes = m_result.scratchBytes.value_or(0) + size;
            continue;
        }
        m_result.bytes += size;
        ++m_result.files;
    }
}

bool StorageWalk::leadsBack(const QString &path, const QByteArray &signature) const
{
    // Every folder above path was listed before path was queued.
    QString above = path;
    while (!above.isEmpty()) {
        const qsizetype slash = above.lastIndexOf(QLatin1Char('/'));
        above = slash < 0 ? QString() : above.left(slash);
        if (m_signatures.value(above) == signature)
            return true;
    }
    return false;
}

void StorageWalk::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    abortReplies();
    m_queue.clear();
    m_result.takenAt = QDateTime::currentDateTimeUtc();
    m_result.complete = !m_result.error.isError() && !m_result.stoppedByListings && !m_result.stoppedByTime
        && !m_result.cancelled && m_result.tooDeep == 0 && m_result.unreadable == 0;
    qCDebug(lcHub) << "storage walk:" << m_result.folders << "folders," << m_result.files << "files,"
                   << m_result.bytes << "bytes in" << m_clock.elapsed()
                   << "ms, complete:" << m_result.complete;
    Q_EMIT finished(m_result);
}

void StorageWalk::abortReplies()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

} // namespace fornax
