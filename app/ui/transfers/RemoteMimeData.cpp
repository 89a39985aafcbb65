#include "RemoteMimeData.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QList>
#include <QPointer>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace fornax::ui {

namespace {

const QLatin1String UriList("text/uri-list");

} // namespace

// Shared with the fetcher's callback, which may outlive the data (a drag ended early).
struct RemoteMimeData::State
{
    bool started = false;
    bool finished = false;
    QString error;
    QString folder;
    QByteArray uriList;
    QList<QPointer<QEventLoop>> loops;
};

RemoteMimeData::RemoteMimeData(const QStringList &remotePaths, Fetcher fetcher)
    : m_remotePaths(remotePaths)
    , m_fetcher(std::move(fetcher))
    , m_state(std::make_shared<State>())
{
    setData(remotePathsFormat(), remotePaths.join(QLatin1Char('\n')).toUtf8());
}

RemoteMimeData::~RemoteMimeData()
{
    // A fetch still running can no longer be waited for; its callback finds no loop to end.
    for (const QPointer<QEventLoop> &loop : std::as_const(m_state->loops)) {
        if (loop)
            loop->quit();
    }
}

QString RemoteMimeData::remotePathsFormat()
{
    return QStringLiteral("application/x-fornax-remote-paths");
}

QString RemoteMimeData::stagingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag-out");
}

void RemoteMimeData::removeOldStagingFolders()
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDir root(stagingRoot());
    for (const QFileInfo &info : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (info.lastModified().toUTC() < dayAgo)
            QDir(info.absoluteFilePath()).removeRecursively();
    }
}

QString RemoteMimeData::stagingFolder() const
{
    return m_state->folder;
}

bool RemoteMimeData::isFetched() const
{
    return m_state->finished && m_state->error.isEmpty();
}

QString RemoteMimeData::errorString() const
{
    return m_state->error;
}

QStringList RemoteMimeData::formats() const
{
    QStringList list = QMimeData::formats();
    if (!list.contains(UriList))
        list.prepend(UriList);
    return list;
}

bool RemoteMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant RemoteMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != UriList)
        return QMimeData::retrieveData(mimeType, type);
    // retrieveData() is const for the drop target's sake; the fetch is this object's own state.
    // A copy of the state: the wait below may outlive this object.
    const std::shared_ptr<State> state = m_state;
    const_cast<RemoteMimeData *>(this)->fetch();
    if (!state->error.isEmpty() || state->uriList.isEmpty())
        return {};
    return state->uriList;
}

void RemoteMimeData::fetch()
{
    const std::shared_ptr<State> state = m_state;
    if (!state->started) {
        state->started = true;
        state->folder = stagingRoot() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!m_fetcher || !QDir().mkpath(state->folder)) {
            state->finished = true;
            state->error = m_fetcher
                ? tr("The folder for the download could not be created: %1").arg(state->folder)
                : tr("Dragging files out is not available.");
            Q_EMIT fetchFailed(state->error);
            return;
        }
        qCInfo(lcUi) << "drag out: downloading" << m_remotePaths.size() << "item(s) into" << state->folder;
        const QStringList paths = m_remotePaths;
        QPointer<RemoteMimeData> self(this);
        m_fetcher(paths, state->folder, [state, paths, self](const QString &errorText) {
            if (state->finished)
                return;
            state->finished = true;
            state->error = errorText;
            if (errorText.isEmpty()) {
                for (const QString &path : paths) {
                    const QString local =
                        state->folder + QLatin1Char('/') + path.section(QLatin1Char('/'), -1);
                    if (QFileInfo::exists(local))
                        state->uriList += QUrl::fromLocalFile(local).toEncoded() + "\r\n";
                }
                if (state->uriList.isEmpty())
                    state->error = tr("The download ended, but none of the items arrived.");
            }
            for (const QPointer<QEventLoop> &loop : std::as_const(state->loops)) {
                if (loop)
                    loop->quit();
            }
            if (!self)
                return;
            if (state->error.isEmpty())
                Q_EMIT self->fetched(state->folder);
            else
                Q_EMIT self->fetchFailed(state->error);
        });
    }
    if (state->finished)
        return;
    // The drop target waits for the answer (on X11 inside its selection request), so this waits
    // too; the event loop keeps running the transfer and any dialog it needs.
    QEventLoop loop;
    state->loops.append(&loop);
    loop.exec();
    state->loops.removeAll(QPointer<QEventLoop>(&loop));
}

} // namespace fornax::ui
