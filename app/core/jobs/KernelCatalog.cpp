#include "KernelCatalog.h"

#include "hub/HubClient.h"
#include "hub/ReplyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fornax {

KernelCatalog::KernelCatalog(HubClient *client, const QUrl &serverUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
{ }

void KernelCatalog::fetch()
{
    QNetworkRequest request =
        m_client->request(HubClient::serverStateUrl(m_serverUrl, QStringLiteral("api/kernelspecs")));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_client->guardRedirects(m_client->network()->get(request));
    ReplyLimit::apply(reply, ReplyLimit::HubJson);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = ReplyLimit::body(reply);
        const bool fetched = reply->error() == QNetworkReply::NoError;
        if (!fetched)
            m_error = tr("The server did not list its kernels (%1).").arg(reply->errorString());
        if (fetched && !parse(body))
            m_error = tr("The server's list of kernels could not be read.");
        Q_EMIT finished();
    });
}

bool KernelCatalog::parse(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject specs = root.value(QLatin1String("kernelspecs")).toObject();
    if (specs.isEmpty())
        return false;
    m_names.clear();
    m_displayNames.clear();
    for (auto it = specs.constBegin(); it != specs.constEnd(); ++it) {
        m_names.append(it.key());
        m_displayNames.append(it.value()
                                  .toObject()
                                  .value(QLatin1String("spec"))
                                  .toObject()
                                  .value(QLatin1String("display_name"))
                                  .toString());
    }
    m_default = root.value(QLatin1String("default")).toString();
    m_ok = true;
    return true;
}

QString KernelCatalog::displayName(const QString &name) const
{
    const qsizetype index = m_names.indexOf(name);
    return index < 0 || m_displayNames.at(index).isEmpty() ? name : m_displayNames.at(index);
}

} // namespace fornax
