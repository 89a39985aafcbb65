#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fornax {

/**
 * An incremental parser of `text/event-stream` (server-sent events) as the WHATWG HTML standard
 * defines it, for JupyterHub's spawn progress.
 *
 * Bytes arrive in whatever pieces the network delivers: an event, a line, even a CR LF pair may be
 * split across reads, so feed() keeps what it cannot finish yet and returns only complete events.
 * Lines may end in CR, LF or CR LF; a leading byte order mark is dropped; comment lines (":...")
 * and unknown fields are ignored; an event still open when the stream ends is never dispatched.
 * Memory is bounded: an event (or a line) larger than maxEventSize puts the parser in an error
 * state instead of growing without end, because a broken or hostile server must not exhaust the
 * client.
 */
class EventStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(EventStreamParser)

public:
    struct Event
    {
        QString type; // "message" unless the event named another
        QString data; // the data lines joined by '\n'
        QString id; // the last event id seen so far in the stream (ids persist across events)

        friend bool operator==(const Event &, const Event &) = default;
    };

    static constexpr qsizetype DefaultMaxEventSize = qsizetype(1024) * 1024;

    explicit EventStreamParser(qsizetype maxEventSize = DefaultMaxEventSize);

    // Parses the next bytes of the stream and returns the events they complete, in order.
    // After an error it returns nothing until reset().
    QList<Event> feed(QByteArrayView bytes);
    // Forgets everything, as for a new stream (the last event id too).
    void reset();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The reconnection time the server asked for with "retry:", in milliseconds; -1 if never.
    qint64 retryMilliseconds() const { return m_retry; }

private:
    void processLine(QList<Event> &events);
    qsizetype pendingSize() const { return m_line.size() + m_data.size() + m_type.size(); }

    qsizetype m_maxEventSize;
    QByteArray m_line; // the line read so far, without its end
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastId;
    qint64 m_retry = -1;
    qsizetype m_bomBytesSeen = 0; // how much of a leading BOM has matched; -1 once decided
    bool m_skipLineFeed = false; // the last byte was CR: a LF right after it ends no new line
    QString m_error;
};

} // namespace fornax
