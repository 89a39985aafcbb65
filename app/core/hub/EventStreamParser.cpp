#include "EventStreamParser.h"

#include "DataSize.h"

#include <algorithm>

namespace fornax {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomSize = 3;

// "retry" takes only ASCII digits; more than 15 of them is no sane delay and would overflow.
qint64 parseRetry(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 15)
        return -1;
    qint64 result = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return -1;
        result = result * 10 + (c - '0');
    }
    return result;
}

} // namespace

EventStreamParser::EventStreamParser(qsizetype maxEventSize)
    : m_maxEventSize(std::max<qsizetype>(maxEventSize, 1))
{ }

void EventStreamParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_type.clear();
    m_lastId.clear();
    m_retry = -1;
    m_bomBytesSeen = 0;
    m_skipLineFeed = false;
    m_error.clear();
}

QList<EventStreamParser::Event> EventStreamParser::feed(QByteArrayView bytes)
{
    QList<Event> events;
    if (hasError())
        return events;

    const char *pos = bytes.data();
    const char *const end = pos + bytes.size();

    // The stream may start with a UTF-8 byte order mark, itself possibly split across reads.
    while (m_bomBytesSeen >= 0 && pos != end) {
        if (*pos == Bom[m_bomBytesSeen]) {
            ++pos;
            if (++m_bomBytesSeen == BomSize)
                m_bomBytesSeen = -1;
            continue;
        }
        // Not a BOM after all: the bytes held back are ordinary text (none of them ends a line).
        m_line.append(Bom, m_bomBytesSeen);
        m_bomBytesSeen = -1;
    }

    while (pos != end) {
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (*pos == '\n') {
                ++pos;
                continue;
            }
        }
        const char *lineEnd = std::find_if(pos, end, [](char c) {
            return c == '\n' || c == '\r';
        });
        m_line.append(pos, lineEnd - pos);
        if (pendingSize() > m_maxEventSize) {
            m_error = tr("The hub sent an event larger than %1, far more than progress reports need; "
                         "the rest of the stream is ignored.")
                          .arg(DataSize::format(m_maxEventSize));
            m_line.clear();
            m_data.clear();
            m_type.clear();
            return events;
        }
        if (lineEnd == end)
            break;
        m_skipLineFeed = *lineEnd == '\r';
        pos = lineEnd + 1;
        processLine(events);
    }
    return events;
}

void EventStreamParser::processLine(QList<Event> &events)
{
    const QByteArray line = std::exchange(m_line, {});
    if (line.isEmpty()) {
        // An empty line dispatches the event, but only if it carried data.
        if (!m_data.isEmpty()) {
            m_data.chop(1); // the '\n' after the last data line
            events.append(Event {m_type.isEmpty() ? QStringLiteral("message") : QString::fromUtf8(m_type),
                                 QString::fromUtf8(m_data), QString::fromUtf8(m_lastId)});
        }
        m_data.clear();
        m_type.clear();
        return;
    }
    if (line.startsWith(':'))
        return; // a comment; JupyterHub 5 sends these as keep-alives

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? QByteArrayView(line) : QByteArrayView(line).first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : QByteArrayView(line).sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        if (const qint64 retry = parseRetry(value); retry >= 0)
            m_retry = retry;
    }
    // Any other field is ignored, as the standard requires.
}

} // namespace fornax
