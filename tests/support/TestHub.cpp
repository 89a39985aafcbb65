#include "TestHub.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSignalSpy>

#include <unistd.h>

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
    hub.m_variants = state.value(QLatin1String("user_variants")).toString();
    hub.m_serviceToken = state.value(QLatin1String("service_token")).toString().toUtf8();
    hub.m_unprivilegedPrefix = state.value(QLatin1String("unprivileged_prefix")).toString();
    hub.m_unprivilegedUid = state.value(QLatin1String("unprivileged_uid")).toInt(-1);
    hub.m_unprivilegedGid = state.value(QLatin1String("unprivileged_gid")).toInt(-1);
    if (!hub.m_url.isValid())
        hub.m_error = QStringLiteral("hub state '%1' has no valid url").arg(path);
    return hub;
}

QString TestHub::unprivilegedUser(const QString &base) const
{
    return m_unprivilegedPrefix.isEmpty() ? base : m_unprivilegedPrefix + base;
}

void TestHub::giveToServer(const QString &user, const QString &path) const
{
    if (m_unprivilegedPrefix.isEmpty() || !user.startsWith(m_unprivilegedPrefix))
        return;
    const QByteArray root = QFile::encodeName(path);
    ::lchown(root.constData(), uid_t(m_unprivilegedUid), gid_t(m_unprivilegedGid));
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ::lchown(QFile::encodeName(it.next()).constData(), uid_t(m_unprivilegedUid),
                 gid_t(m_unprivilegedGid));
}

namespace {

TestHub::Reply send(const QUrl &url, const QByteArray &verb, const QByteArray &jsonBody,
                    const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "token " + token);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, jsonBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    TestHub::Reply result;
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

QUrl withPath(QUrl url, const QString &path)
{
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

} // namespace

TestHub::Reply TestHub::call(const QByteArray &verb, const QString &apiPath, const QByteArray &jsonBody,
                             const QByteArray &token) const
{
    return send(withPath(m_url, QStringLiteral("hub/api/") + apiPath), verb, jsonBody,
                token.isEmpty() ? m_serviceToken : token);
}

TestHub::Reply TestHub::callServer(const QByteArray &verb, const QString &user, const QString &path,
                                   const QByteArray &jsonBody, const QByteArray &token) const
{
    return send(withPath(m_url, QStringLiteral("user/%1/%2").arg(user, path)), verb, jsonBody,
                token.isEmpty() ? m_serviceToken : token);
}

QDateTime TestHub::serverOwnActivity(const QString &user) const
{
    const Reply status = callServer("GET", user, QStringLiteral("api/status?no_track_activity=1"));
    if (status.status != 200)
        return {};
    return QDateTime::fromString(status.json().object().value(QLatin1String("last_activity")).toString(),
                                 Qt::ISODateWithMs);
}

QString TestHub::flavour()
{
    const QString wanted = qEnvironmentVariable("FORNAX_TEST_FLAVOUR");
    return wanted.isEmpty() ? QStringLiteral("notebook") : wanted;
}

QString TestHub::user(const QString &base)
{
    return isJupyterServerFlavour() ? base + QStringLiteral("-js") : base;
}

bool TestHub::setUserVariant(const QString &user, const QJsonObject &variant) const
{
    if (m_variants.isEmpty() || !QDir().mkpath(m_variants))
        return false;
    QSaveFile file(m_variants + QLatin1Char('/') + user + QStringLiteral(".json"));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(variant).toJson()) >= 0
        && file.commit();
}

int TestHub::terminalCount(const QString &user) const
{
    const Reply reply = callServer("GET", user, QStringLiteral("api/terminals"));
    return reply.status == 200 && reply.json().isArray() ? int(reply.json().array().size()) : -1;
}

bool TestHub::ensureUser(const QString &user) const
{
    if (isJupyterServerFlavour()
        && !QFile::exists(m_variants + QLatin1Char('/') + user + QStringLiteral(".json"))
        && !setUserVariant(user, {{QStringLiteral("flavour"), flavour()}}))
        return false;
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
