#include "TestHub.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace fornax::test {

TestHub TestHub::fromEnvironment()
{
    TestHub hub;
    const QString path = qEnvironmentVariable("FORNAX_TEST_HUB_STATE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        hub.m_error = QStringLiteral("no hub state at '%1': is the hub.start fixture running?").arg(path);
        return hub;
    }
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    hub.m_url = QUrl(state.value(QLatin1String("url")).toString());
    hub.m_user = state.value(QLatin1String("user")).toString();
    hub.m_password = state.value(QLatin1String("password")).toString();
    hub.m_homes = state.value(QLatin1String("homes")).toString();
    hub.m_serviceToken = state.value(QLatin1String("service_token")).toString().toUtf8();
    if (!hub.m_url.isValid())
        hub.m_error = QStringLiteral("hub state '%1' has no valid url").arg(path);
    return hub;
}

TestHub::Reply TestHub::call(const QByteArray &verb, const QString &apiPath, const QByteArray &jsonBody,
                             const QByteArray &token) const
{
    QNetworkAccessManager network;
    QUrl url = m_url;
    const int query = apiPath.indexOf(QLatin1Char('?'));
    url.setPath(m_url.path() + QLatin1String("hub/api/") + (query < 0 ? apiPath : apiPath.left(query)));
    if (query >= 0)
        url.setQuery(apiPath.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "token " + (token.isEmpty() ? m_serviceToken : token));
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, jsonBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(35'000)) {
        result.errorString = QStringLiteral("no reply within 35 s");
        delete reply;
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        result.errorString = reply->errorString();
    delete reply;
    return result;
}

bool TestHub::ensureUser(const QString &user) const
{
    const Reply existing = call("GET", QStringLiteral("users/") + user);
    if (existing.status == 200)
        return true;
    return call("POST", QStringLiteral("users/") + user).status == 201;
}

QByteArray TestHub::createToken(const QString &user, const QString &note) const
{
    if (!ensureUser(user))
        return {};
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("note"), note}}).toJson(QJsonDocument::Compact);
    const Reply reply = call("POST", QStringLiteral("users/%1/tokens").arg(user), body);
    return reply.json().object().value(QLatin1String("token")).toString().toUtf8();
}

} // namespace fornax::test
