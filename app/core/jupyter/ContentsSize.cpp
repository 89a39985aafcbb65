#include "ContentsSize.h"

#include "Logging.h"
#include "hub/HubClient.h"
#include "hub/HubUrl.h"
#include "hub/ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fornax {

ContentsSize::ContentsSize(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ContentsSize::~ContentsSize()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

std::optional<QUrl> ContentsSize::contentsUrl(const QUrl &serverUrl, const QUrl &hubBase,
                                              const QUrl &download)
{
    if (serverUrl.isEmpty() || !HubUrl(hubBase).isSameOrigin(download))
        return std::nullopt;
    const QString prefix = serverUrl.resolved(QUrl(QStringLiteral("files/"))).path();
    if (!download.path().startsWith(prefix))
        return std::nullopt;
    // The page chose this path: only plain segments go into the token-bearing request.
    const auto relative = HubUrl::encodedPath(download.path(QUrl::FullyDecoded).mid(prefix.size()));
    if (!relative)
        return std::nullopt;
    QUrl contents = serverUrl.resolved(QUrl(QStringLiteral("api/contents/") + *relative));
    contents.setQuery(QStringLiteral("content=0"));
    return contents;
}

bool ContentsSize::lookUp(const QUrl &serverUrl, const QUrl &download, std::chrono::milliseconds timeout)
{
    if (!m_client)
        return false;
    const auto contents = contentsUrl(serverUrl, m_client->hub().base(), download);
    if (!contents)
        return false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    QNetworkRequest request = m_client->request(*contents);
    request.setTransferTimeout(int(timeout.count()));
    m_reply = m_client->guardRedirects(m_client->network()->get(request));
    ReplyLimit::apply(m_reply, ReplyLimit::HubJson);
    connect(m_reply, &QNetworkReply::finished, this, &ContentsSize::replied);
    return true;
}

void ContentsSize::replied()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QJsonObject model = QJsonDocument::fromJson(ReplyLimit::body(reply)).object();
    const QJsonValue size = model.value(QLatin1String("size"));
    if (reply->error() != QNetworkReply::NoError
        || model.value(QLatin1String("type")) == QLatin1String("directory") || !size.isDouble()) {
        qCDebug(lcJupyter) << "no size from the contents API:" << reply->error();
        Q_EMIT finished(-1);
        return;
    }
    Q_EMIT finished(size.toInteger());
}

bool ContentsSize::isRunning() const
{
    return !m_reply.isNull();
}

} // namespace fornax
