#include "ServerProbe.h"

#include "Logging.h"
#include "ResourceParsers.h"
#include "hub/HubClient.h"
#include "hub/HubServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fornax {

namespace {

const QString StatusPath = QStringLiteral("api/status");
const QString KernelsPath = QStringLiteral("api/kernels");
const QString TerminalsPath = QStringLiteral("api/terminals");
const QString KeepAlivePath = QStringLiteral("ext-keepalive");
const QString MetricsPath = QStringLiteral("api/metrics/v1");

} // namespace

ServerProbe::ServerProbe(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_timer, &QTimer::timeout, this, &ServerProbe::sample);
}

ServerProbe::~ServerProbe()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ServerProbe::setServerUrl(const QUrl &url)
{
    if (url != m_serverUrl)
        m_resourcesMissing = false; // another server: it may have the extension
    m_serverUrl = url;
}

void ServerProbe::start(std::chrono::milliseconds interval)
{
    m_timer.start(std::max(interval, std::chrono::milliseconds(100)));
    sample();
}

void ServerProbe::stop()
{
    m_timer.stop();
}

void ServerProbe::sample()
{
    if (!m_replies.isEmpty() || !m_serverUrl.isValid() || m_serverUrl.isEmpty())
        return;
    m_building = ServerSnapshot();
    m_statusError = {};
    m_building.resourcesMissing = m_resourcesMissing;
    for (const QString &path : {StatusPath, KernelsPath, TerminalsPath, KeepAlivePath})
        read(path);
    if (m_readResources && !m_resourcesMissing)
        read(MetricsPath);
}

void ServerProbe::read(const QString &path)
{
    QNetworkRequest request = m_client->request(HubClient::serverStateUrl(m_serverUrl, path));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path] {
        answered(reply, path);
    });
}

void ServerProbe::answered(QNetworkReply *reply, const QString &path)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HubError error = HubError::fromReply(reply, body);
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (path == StatusPath) {
        const QJsonObject object = json.object();
        if (!error.isError() && !object.contains(QLatin1String("last_activity")))
            error = HubError(
                HubError::Kind::Malformed,
                tr("The server did not describe its state as a Jupyter server does (HTTP %1).").arg(status));
        m_statusError = error;
        m_building.started = parseHubTimestamp(object.value(QLatin1String("started")));
        m_building.lastActivity = parseHubTimestamp(object.value(QLatin1String("last_activity")));
        m_building.connections = object.value(QLatin1String("connections")).toInt(-1);
    } else if (path == KernelsPath && !error.isError() && json.isArray()) {
        const QJsonArray kernels = json.array();
        m_building.kernels = int(kernels.size());
        m_building.busyKernels = 0;
        for (const auto &kernel : kernels) {
            if (kernel.toObject().value(QLatin1String("execution_state")) == QLatin1String("busy"))
                ++m_building.busyKernels;
        }
    } else if (path == TerminalsPath && !error.isError() && json.isArray()) {
        m_building.terminals = int(json.array().size());
    } else if (path == KeepAlivePath && !error.isError() && json.isObject()) {
        m_building.keepAliveRemaining = json.object().value(QLatin1String("remaining")).toInteger();
    } else if (path == MetricsPath) {
        if (status == 404) {
            m_resourcesMissing = true;
            m_building.resourcesMissing = true;
        } else if (!error.isError() && json.isObject()) {
            m_building.resources =
                ResourceParsers::fromMetrics(json.object(), QDateTime::currentDateTimeUtc())
                    .value_or(ResourceSample());
        }
    }
    if (m_replies.isEmpty())
        finishSample();
}

void ServerProbe::finishSample()
{
    if (m_statusError.isError()) {
        qCDebug(lcHub) << "server state not readable:" << m_statusError.kindName();
        Q_EMIT sampleFailed(m_statusError);
        return;
    }
    m_building.takenAt = QDateTime::currentDateTimeUtc();
    m_last = m_building;
    Q_EMIT sampled(m_last);
}

} // namespace fornax
