#include "HubProbe.h"

#include "Defaults.h"
#include "Logging.h"
#include "ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fornax {

namespace {

// How much an error tells the user, so the probe reports the most useful of its attempts.
int weight(HubError::Kind kind)
{
    switch (kind) {
    case HubError::Kind::Tls:
        return 5;
    case HubError::Kind::HostNotFound:
        return 4;
    case HubError::Kind::Unreachable:
    case HubError::Kind::Timeout:
    case HubError::Kind::Proxy:
        return 3;
    case HubError::Kind::NotAHub:
        return 1;
    default:
        return 2;
    }
}

} // namespace

HubProbe::HubProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void HubProbe::probe(const QString &userInput)
{
    abort();
    m_bestError = {};
    m_candidates = HubUrl::candidateBases(userInput);
    if (m_candidates.isEmpty()) {
        Q_EMIT probeFailed(
            HubError(HubError::Kind::NotAHub, tr("“%1” is not a web address.").arg(userInput)));
        return;
    }
    tryNext();
}

void HubProbe::abort()
{
    m_candidates.clear();
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HubProbe::tryNext()
{
    if (m_candidates.isEmpty()) {
        Q_EMIT probeFailed(m_bestError.isError() ? m_bestError : HubError(HubError::Kind::NotAHub));
        return;
    }
    const HubUrl candidate(m_candidates.takeFirst());
    QNetworkRequest request(candidate.apiUrl());
    request.setTransferTimeout(defaults::RequestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qCDebug(lcHub) << "probing" << request.url().toDisplayString();
    m_reply = m_network->get(request);
    ReplyLimit::apply(m_reply, ReplyLimit::Small);
    m_reply->setProperty("fornaxCandidate", candidate.base());
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        handleReply(reply);
    });
}

void HubProbe::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray body = ReplyLimit::body(reply);
    HubError error = HubError::fromReply(reply, body);
    if (!error.isError()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QString version = doc.object().value(QLatin1String("version")).toString();
        if (!version.isEmpty()) {
            // Follow a redirect the hub made (http -> https, added prefix) to the base it serves.
            QUrl finalApi = reply->url();
            QString path = finalApi.path();
            path.chop(path.endsWith(QLatin1String("hub/api/")) ? int(qstrlen("hub/api/")) : 0);
            finalApi.setPath(path);
            const HubUrl hub(path.endsWith(QLatin1Char('/')) ? finalApi
                                                             : reply->property("fornaxCandidate").toUrl());
            if (HubUrl::isUnderUserServer(hub.base())) {
                // Whoever runs that server answers there, hub API or not: never a hub, and no
                // other candidate makes that redirect less telling.
                qCWarning(lcHub) << "the probe was sent into a user's server:" << hub.toDisplayString();
                m_candidates.clear();
                Q_EMIT probeFailed(HubError(HubError::Kind::RedirectRefused, hub.toDisplayString()));
                return;
            }
            qCInfo(lcHub) << "found JupyterHub" << version << "at" << hub.toDisplayString();
            m_candidates.clear();
            m_requestedBase = reply->property("fornaxCandidate").toUrl();
            Q_EMIT hubFound(hub, version);
            return;
        }
        error = HubError(HubError::Kind::NotAHub);
    } else if (error.kind() == HubError::Kind::NotFound || error.kind() == HubError::Kind::Forbidden
               || error.kind() == HubError::Kind::TooLarge) {
        error = HubError(HubError::Kind::NotAHub);
    }
    qCDebug(lcHub) << "not a hub at" << reply->url().toDisplayString() << error.kindName();
    if (weight(error.kind()) > weight(m_bestError.kind()) || !m_bestError.isError())
        m_bestError = error;
    tryNext();
}

} // namespace fornax
