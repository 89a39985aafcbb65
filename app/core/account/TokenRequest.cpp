#include "TokenRequest.h"

#include "Logging.h"
#include "TokenScopes.h"
#include "hub/HubCall.h"
#include "hub/HubClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

namespace fornax {

TokenRequest::Sender TokenRequest::through(HubClient *client, const QString &userName, QObject *context)
{
    return [client, userName, context](const QJsonObject &body, const Reply &done) {
        HubCall *call = client->createToken(userName, body);
        QObject::connect(call, &HubCall::finished, context, [call, done] {
            done(call->error(), call->body());
        });
    };
}

TokenRequest::TokenRequest(Sender sender, QObject *parent)
    : QObject(parent)
    , m_sender(std::move(sender))
{ }

void TokenRequest::request(const QStringList &scopes, const QString &note, qint64 lifetimeSeconds)
{
    m_wanted = scopes;
    m_trying = scopes;
    m_unscoped = false;
    m_note = note;
    m_lifetime = lifetimeSeconds;
    m_attempts = 0;
    send();
}

void TokenRequest::requestUnscoped(const QString &note, qint64 lifetimeSeconds)
{
    m_wanted.clear();
    m_trying.clear();
    m_unscoped = true;
    m_note = note;
    m_lifetime = lifetimeSeconds;
    m_attempts = 0;
    qCWarning(lcAccount) << "asking for a token without scopes, as the user agreed";
    send();
}

qint64 TokenRequest::maximumLifetime(const QString &hubMessage)
{
    static const QRegularExpression tooLong(QStringLiteral("expires_in.*must not exceed\\s+(\\d{1,12})"));
    const QRegularExpressionMatch match = tooLong.match(hubMessage);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

void TokenRequest::send()
{
    ++m_attempts;
    QJsonObject body {{QStringLiteral("note"), m_note}};
    if (m_lifetime > 0)
        body.insert(QStringLiteral("expires_in"), m_lifetime);
    if (!m_unscoped)
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(m_trying));
    QPointer<TokenRequest> self(this);
    m_sender(body, [self](const HubError &error, const QByteArray &reply) {
        if (self)
            self->handleReply(error, reply);
    });
}

void TokenRequest::handleReply(const HubError &error, const QByteArray &body)
{
    Result result;
    result.unscoped = m_unscoped;
    if (!error.isError()) {
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        result.token = answer.value(QLatin1String("token")).toString().toUtf8();
        if (result.token.isEmpty()) {
            result.error = HubError(HubError::Kind::Malformed);
            finish(result);
            return;
        }
        result.outcome = Outcome::Issued;
        result.tokenId = answer.value(QLatin1String("id")).toString();
        QDateTime expiry =
            QDateTime::fromString(answer.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        if (!expiry.isValid() && m_lifetime > 0) // 3.0 does not echo the expiry
            expiry = QDateTime::currentDateTimeUtc().addSecs(m_lifetime);
        result.expiry = expiry.toUTC();
        result.granted = m_trying;
        for (const QString &scope : std::as_const(m_wanted)) {
            if (!m_trying.contains(scope))
                result.refused << scope;
        }
        finish(result);
        return;
    }
    // Each retry drops at least one scope or shortens the lifetime: this ends.
    const bool mayRetry = m_attempts <= m_wanted.size() + 2;
    if (error.httpStatus() == 400 && mayRetry) {
        const qint64 maximum = maximumLifetime(error.detail());
        if (maximum > 0 && (m_lifetime <= 0 || maximum < m_lifetime)) {
            qCInfo(lcAccount) << "the hub allows tokens for" << maximum << "s at most; asking for that";
            m_lifetime = maximum;
            send();
            return;
        }
        const QStringList refused =
            m_unscoped ? QStringList() : TokenScopes::refusedScopes(m_trying, error.detail());
        if (!refused.isEmpty()) {
            for (const QString &scope : refused)
                m_trying.removeAll(scope);
            qCInfo(lcAccount) << "the hub does not grant" << refused << "; asking for" << m_trying;
            if (!m_trying.isEmpty()) {
                send();
                return;
            }
            result.outcome = Outcome::NothingGranted;
            result.refused = m_wanted;
            result.error = error;
            finish(result);
            return;
        }
    }
    result.outcome = error.httpStatus() == 400 && !m_unscoped ? Outcome::Refused : Outcome::Failed;
    result.error = error;
    finish(result);
}

void TokenRequest::finish(const Result &result)
{
    if (result.outcome != Outcome::Issued)
        qCInfo(lcAccount) << "token request ended:" << int(result.outcome) << result.error.kindName();
    Q_EMIT finished(result);
}

} // namespace fornax
