#include "LabProbe.h"

#include "Logging.h"
#include "hub/HubClient.h"
#include "hub/ReplyLimit.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fornax {

LabProbe::LabProbe(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

LabProbe::~LabProbe()
{
    abandon();
}

void LabProbe::abandon()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void LabProbe::probe(const QUrl &serverUrl)
{
    abandon();
    if (!m_client)
        return;
    QNetworkReply *reply = m_client->guardRedirects(
        m_client->network()->get(m_client->request(serverUrl.resolved(QUrl(QStringLiteral("lab"))))));
    ReplyLimit::apply(reply, ReplyLimit::HubJson); // only its status is read
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverUrl] {
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcJupyter) << "lab probe:" << status;
        Q_EMIT finished(serverUrl, status != 404);
    });
}

bool LabProbe::isRunning() const
{
    return !m_reply.isNull();
}

} // namespace fornax
