#include "HubCall.h"

#include "Logging.h"
#include "ReplyLimit.h"

#include <QNetworkReply>

namespace fornax {

HubCall::HubCall(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &HubCall::complete);
}

HubCall::~HubCall() = default;

QJsonDocument HubCall::json() const
{
    return QJsonDocument::fromJson(m_body);
}

void HubCall::abort()
{
    if (m_reply && !m_finished)
        m_reply->abort(); // finished() follows with OperationCanceledError
}

void HubCall::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_body = ReplyLimit::body(m_reply);
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_error = HubError::fromReply(m_reply, m_body);
    if (m_forbiddenMeansExpired && m_error.kind() == HubError::Kind::Forbidden)
        m_error = HubError(HubError::Kind::TokenExpired, {}, m_httpStatus);
    // Method, path and status only: URLs never carry a token, and bodies may (token replies).
    qCDebug(lcHub).noquote() << m_reply->operation() << m_reply->url().path() << m_httpStatus
                             << m_error.kindName();
    Q_EMIT finished();
    deleteLater();
}

} // namespace fornax
