#include "ContentsStream.h"

#include "hub/HubClient.h"
#include "hub/HubError.h"
#include "hub/ReplyLimit.h"
#include "jupyter/ContentsTransport.h"
#include "transfer/RemoteScript.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

using namespace std::chrono_literals;

namespace fornax {

namespace {

constexpr qint64 MiB = qint64(1024) * 1024;

} // namespace

ContentsStream::ContentsStream(HubClient *client, const QUrl &serverUrl, const Context &context,
                               QObject *parent)
    : ArchiveStream(parent)
    , m_client(client)
    , m_serverUrl(serverUrl)
    , m_context(context)
{
    if (m_context.partSize <= 0)
        m_context.partSize = DefaultPartSize;
}

ContentsStream::~ContentsStream()
{
    cancel();
}

qint64 ContentsStream::stagingRoom(qint64 bytes) const
{
    // The parts waiting to be read: at most two.
    return std::min<qint64>(2 * m_context.partSize, bytes + MiB);
}

QString ContentsStream::archivePath() const
{
    return RemoteScript::jobFolder(m_context.jobId) + QLatin1Char('/') + m_context.archiveName;
}

ContentsTransport *ContentsStream::transport()
{
    if (!m_transport) {
        m_transport = new ContentsTransport(m_client, m_serverUrl, this);
        m_transport->setPartSize(m_context.partSize);
        if (m_context.chunkSize > 0)
            m_transport->setChunkSize(m_context.chunkSize);
        connect(m_transport, &ContentsTransport::progressed, this, &ArchiveStream::progressed);
        connect(m_transport, &ContentsTransport::transferFailed, this, &ContentsStream::transportFailed);
    }
    return m_transport;
}

void ContentsStream::upload(BoundedBuffer *source, qint64 expectedBytes)
{
    // The unpacking starts first and reads each part as soon as the next one begins.
    m_context.runStep(RemoteScript::unpack(m_context.jobId, m_context.archiveName, m_context.format), 24h,
                      QCoreApplication::translate("fornax::UploadJob", "Unpacking on your server failed."),
                      [this](const QByteArray &output) {
                          if (!m_cancelled)
                              Q_EMIT unpacked(output);
                      });
    ContentsTransport *parts = transport();
    connect(parts, &ContentsTransport::uploadFinished, this, [this](const QStringList &written) {
        Q_EMIT sent();
        if (!m_cancelled)
            putEndMarker(int(written.size()));
    });
    parts->upload(source, archivePath(), expectedBytes);
}

void ContentsStream::putEndMarker(int parts)
{
    if (!m_client) {
        Q_EMIT failed(
            Failure::Network,
            QCoreApplication::translate("fornax::TransferJob", "The connection to the hub is gone."));
        return;
    }
    const QUrl url = ContentsTransport::contentsUrlFor(
        m_serverUrl,
        RemoteScript::jobFolder(m_context.jobId) + QLatin1Char('/') + RemoteScript::endMarkerName());
    QNetworkRequest request = m_client->request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body {{QStringLiteral("type"), QStringLiteral("file")},
                            {QStringLiteral("format"), QStringLiteral("text")},
                            {QStringLiteral("content"), QString::number(parts)}};
    QNetworkReply *reply = m_client->guardRedirects(
        m_client->network()->put(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    ReplyLimit::apply(reply, ReplyLimit::HubJson);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            Q_EMIT failed(
                Failure::Network,
                QCoreApplication::translate("fornax::TransferJob",
                                            "Could not write to your server (%1). Check the connection "
                                            "and retry the "
                                            "transfer.")
                    .arg(reply->errorString()));
        }
    });
}

void ContentsStream::measure(const ArchiveTotals &)
{
    m_context.runStep(
        RemoteScript::pack(m_context.jobId, m_context.archiveName, m_context.format), 6h,
        QCoreApplication::translate("fornax::DownloadJob", "Packing the items on your server failed."),
        [this](const QByteArray &output) {
            if (m_cancelled)
                return;
            const auto size = RemoteScript::parseArchiveSize(output);
            if (!size || *size <= 0) {
                Q_EMIT failed(
                    Failure::Server,
                    QCoreApplication::translate(
                        "fornax::DownloadJob",
                        "Your server packed the items but did not say how big the archive is, so "
                        "nothing "
                        "was downloaded (the size is checked against your budget first). The "
                        "server's "
                        "tools may be broken; if this happens again, tell your hub's administrators."));
                return;
            }
            Q_EMIT measured(*size);
        });
}

void ContentsStream::download(BoundedBuffer *sink, qint64 archiveBytes)
{
    ContentsTransport *fetch = transport();
    connect(fetch, &ContentsTransport::downloadFinished, this, &ArchiveStream::received);
    fetch->download(archivePath(), sink, archiveBytes);
}

void ContentsStream::transportFailed(const HubError &error, const QString &message)
{
    const HubError::Kind kind = error.kind();
    Q_EMIT failed(kind == HubError::Kind::Cancelled ? Failure::Cancelled
                      : kind == HubError::Kind::Forbidden || kind == HubError::Kind::TokenExpired
                      ? Failure::Forbidden
                      : Failure::Network,
                  message);
}

void ContentsStream::cancel()
{
    m_cancelled = true;
    if (!m_transport)
        return;
    m_transport->disconnect(this);
    m_transport->cancel();
    m_transport->deleteLater();
    m_transport = nullptr;
}

} // namespace fornax
