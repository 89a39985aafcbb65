#include "ProgressStream.h"

#include "Logging.h"
#include "ProgressEvent.h"

#include <QNetworkReply>

#include <algorithm>

namespace fornax {

ProgressStream::ProgressStream(QObject *parent)
    : QObject(parent)
{ }

void ProgressStream::feed(QByteArrayView bytes)
{
    if (m_finished)
        return;
    m_bytes += bytes.size();
    if (m_bytes > MaxStreamBytes) {
        interrupt(QStringLiteral("the hub sent more than %1 bytes of progress events").arg(MaxStreamBytes));
        return;
    }
    const QList<EventStreamParser::Event> events = m_parser.feed(bytes);
    // A receiver may delete this stream from a slot; stop touching it then.
    const QPointer<ProgressStream> self(this);
    for (const EventStreamParser::Event &event : events) {
        handleEvent(event);
        if (!self || m_finished)
            return;
    }
    if (m_parser.hasError())
        interrupt(m_parser.errorString());
}

void ProgressStream::finish()
{
    if (!m_finished)
        interrupt(QStringLiteral("the stream ended before the hub said whether the server started"));
}

void ProgressStream::attach(QNetworkReply *reply)
{
    release();
    m_bytes = 0;
    m_reply = reply;
    if (!reply)
        return;
    connect(reply, &QIODevice::readyRead, this, &ProgressStream::readReply);
    connect(reply, &QNetworkReply::finished, this, &ProgressStream::handleReplyFinished);
    if (reply->isFinished()) {
        // finished() has been and gone; report from the event loop, after the caller's connects.
        QMetaObject::invokeMethod(this, &ProgressStream::handleReplyFinished, Qt::QueuedConnection);
    }
}

void ProgressStream::handleEvent(const EventStreamParser::Event &event)
{
    if (event.type != QLatin1String("message"))
        return; // JupyterHub names no events; others are not for us
    const std::optional<ProgressEvent> progress = ProgressEvent::fromJson(event.data.toUtf8());
    if (!progress) {
        qCWarning(lcHub) << "ignoring a progress event that is not a JSON object:" << event.data.left(200);
        return;
    }

    if (progress->failed) {
        m_finished = true;
        release();
        Q_EMIT spawnFailed(progress->message.isEmpty()
                               ? tr("The hub reported that the server failed to start, without saying why. "
                                    "A smaller server may start where this one could not.")
                               : progress->message);
        return;
    }

    const int percent = progress->ready ? 100 : std::max(m_percent, progress->progress);
    const QString message = progress->message.isEmpty() ? m_message : progress->message;
    if (progress->ready) {
        m_finished = true;
        release();
    }
    const QPointer<ProgressStream> self(this);
    if (percent != m_percent || message != m_message) {
        m_percent = percent;
        m_message = message;
        Q_EMIT progressChanged(percent, message);
    }
    if (self && progress->ready)
        Q_EMIT serverReady(progress->url);
}

void ProgressStream::readReply()
{
    if (!m_reply || m_finished)
        return;
    // An error status carries the hub's JSON complaint, not events ("server is not starting").
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return;
    feed(m_reply->readAll());
}

void ProgressStream::handleReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    readReply();
    if (m_finished || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString why;
    if (status != 200)
        why = QStringLiteral("HTTP ") + QString::number(status) + QStringLiteral(": ")
            + QString::fromUtf8(m_reply->isOpen() ? m_reply->readAll().left(300) : QByteArray());
    else if (m_reply->error() != QNetworkReply::NoError)
        why = m_reply->errorString();
    else
        why = QStringLiteral("the hub closed the stream without a verdict");
    interrupt(why);
}

void ProgressStream::interrupt(const QString &why)
{
    qCInfo(lcHub) << "progress stream interrupted:" << why;
    m_finished = true;
    release();
    Q_EMIT streamInterrupted();
}

void ProgressStream::release()
{
    if (m_reply) {
        m_reply->disconnect(this);
        // Unread, a reply keeps buffering whatever still comes, without end.
        m_reply->abort();
    }
    m_reply.clear();
}

} // namespace fornax
