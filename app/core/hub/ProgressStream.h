#pragma once

#include "EventStreamParser.h"

#include <QByteArrayView>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;

namespace fornax {

/**
 * Follows a server start through JupyterHub's progress event stream and turns it into a few
 * signals a progress bar and a caller can act on.
 *
 * Feed it bytes (or attach() the reply of `GET .../server/progress`) and it reports progress,
 * never going backwards, until the hub says the server is ready or has failed; after that it
 * ignores the rest. A stream that ends, breaks or misbehaves before either verdict is reported as
 * streamInterrupted(): the start may still be going on or already done, and the caller finds out
 * by polling the user model, which is always the authority.
 *
 * Memory is bounded: one event by the parser (EventStreamParser::DefaultMaxEventSize), the
 * whole stream by MaxStreamBytes.
 */
class ProgressStream : public QObject
{
    Q_OBJECT

public:
    explicit ProgressStream(QObject *parent = nullptr);

    // The next bytes of the stream, in order.
    void feed(QByteArrayView bytes);
    // The stream has ended; without a verdict so far this reports streamInterrupted().
    void finish();
    // Reads reply as it arrives and finishes with it. The caller keeps ownership of reply, but
    // once the stream is finished (a verdict, an error, more than MaxStreamBytes) the reply is
    // aborted: nobody reads it any more, and a server that keeps sending must not fill memory.
    void attach(QNetworkReply *reply);

    // All the progress events of one start, together: JupyterHub sends a few KiB.
    static constexpr qint64 MaxStreamBytes = qint64(8) * 1024 * 1024;

    // The highest progress reported so far, 0 before any.
    int percent() const { return m_percent; }
    // True once ready, failed or interrupted has been reported: nothing more will be.
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void progressChanged(int percent, const QString &message);
    // url is the server's path on the hub's origin, as the hub gave it ("/user/name/").
    void serverReady(const QString &url);
    void spawnFailed(const QString &message);
    void streamInterrupted();

private:
    void handleEvent(const EventStreamParser::Event &event);
    void readReply();
    void handleReplyFinished();
    void interrupt(const QString &why);
    void release();

    EventStreamParser m_parser;
    QPointer<QNetworkReply> m_reply;
    int m_percent = 0;
    qint64 m_bytes = 0;
    QString m_message;
    bool m_finished = false;
};

} // namespace fornax
