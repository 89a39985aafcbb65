#include "TerminalOutputParser.h"

#include "DataSize.h"

#include <algorithm>

namespace fornax {

namespace {

const QByteArray BeginPrefix = QByteArrayLiteral("FORNAX-BEGIN-");
const QByteArray EndPrefix = QByteArrayLiteral("FORNAX-END-");
// Longer than any marker line with the escapes a terminal might put around it: a partial line
// past this length is output (inside a command) or noise (outside), never a marker.
constexpr qsizetype MaxMarkerLine = 4096;

// Escape sequences longer than this are not taken as one (no real one is): the bound lets feed()
// hold back a possibly cut sequence at the end of a long line and still parse it exactly as if
// the line had come whole.
constexpr qsizetype MaxEscapeBody = 60;
constexpr qsizetype EscapeHoldBack = MaxEscapeBody + 4;

// The length of the escape sequence at text[at] (an ESC), or 0 when none is complete there.
qsizetype escapeLength(QByteArrayView text, qsizetype at)
{
    const qsizetype n = text.size();
    qsizetype i = at + 1;
    if (i >= n)
        return 0;
    const char kind = text[i++];
    const qsizetype limit = std::min(n, i + MaxEscapeBody);
    if (kind == '[') {
        while (i < limit && uchar(text[i]) >= 0x20 && uchar(text[i]) <= 0x3f)
            ++i;
        return i < limit && uchar(text[i]) >= 0x40 && uchar(text[i]) <= 0x7e ? i + 1 - at : 0;
    }
    if (kind == ']') {
        for (; i < limit; ++i) {
            if (text[i] == '\x07')
                return i + 1 - at;
            if (text[i] == '\x1b')
                return i + 1 < n && text[i + 1] == '\\' ? i + 2 - at : 0;
        }
        return 0;
    }
    i = at + 1;
    while (i < limit && uchar(text[i]) >= 0x20 && uchar(text[i]) <= 0x2f)
        ++i;
    return i < limit && uchar(text[i]) >= 0x30 && uchar(text[i]) <= 0x7e ? i + 1 - at : 0;
}

// Removes carriage returns and ANSI escape sequences (CSI, OSC, and the short forms). An ESC that
// starts no complete sequence is dropped alone.
QByteArray cleaned(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text[i];
        if (c == '\r') {
            ++i;
        } else if (c == '\x1b') {
            i += std::max<qsizetype>(1, escapeLength(text, i));
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

bool isValidMarker(QByteArrayView marker)
{
    if (marker.isEmpty())
        return false;
    for (const char c : marker) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

} // namespace

TerminalOutputParser::TerminalOutputParser(qsizetype maxOutput)
    : m_maxOutput(maxOutput)
{ }

QString TerminalOutputParser::wrapCommand(const QString &command, const QByteArray &marker)
{
    Q_ASSERT(isValidMarker(marker));
    // The leading '\n' of each printf puts the marker at the start of a line whatever came
    // before; the braces keep a command list together for the redirections, and the newline
    // before the closing one lets a command end in a comment. Input from /dev/null: a command
    // that reads must not swallow the next command typed into the terminal. $? is the
    // command's status.
    const QString m = QString::fromLatin1(marker);
    return QStringLiteral("printf '\\n%s\\n' %1%2; { %3\n} </dev/null 2>&1; printf '\\n%s %d\\n' %4%2 $?")
        .arg(QString::fromLatin1(BeginPrefix), m, command, QString::fromLatin1(EndPrefix));
}

void TerminalOutputParser::expect(const QByteArray &marker)
{
    Q_ASSERT(isValidMarker(marker));
    m_expected.append(marker);
}

void TerminalOutputParser::clear()
{
    m_expected.clear();
    m_line.clear();
    m_skipLine = false;
    m_inside = false;
    m_overflow = false;
    m_output.clear();
}

void TerminalOutputParser::appendOutput(const QByteArray &text)
{
    if (m_overflow)
        return;
    if (m_output.size() + text.size() > m_maxOutput) {
        m_overflow = true;
        m_output.clear();
        m_output.squeeze();
        return;
    }
    m_output += text;
}

QList<TerminalOutputParser::Result> TerminalOutputParser::feed(QByteArrayView text)
{
    QList<Result> results;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? text.size() : newline;
        const QByteArrayView piece = text.sliced(pos, end - pos);
        pos = newline < 0 ? text.size() : newline + 1;

        m_line += piece;
        if (newline < 0) {
            if (m_line.size() > MaxMarkerLine) {
                // Hold back from the first ESC near the end, so that a cut escape sequence is
                // parsed once complete.
                qsizetype keep = 0;
                const qsizetype esc = m_line.indexOf('\x1b', m_line.size() - EscapeHoldBack);
                if (esc >= 0)
                    keep = m_line.size() - esc;
                if (m_inside)
                    appendOutput(cleaned(QByteArrayView(m_line).first(m_line.size() - keep)));
                m_line = m_line.last(keep);
                m_skipLine = true;
            }
            break;
        }
        if (m_skipLine) {
            if (m_inside) {
                appendOutput(cleaned(m_line));
                appendOutput(QByteArrayLiteral("\n"));
            }
            m_line.clear();
            m_skipLine = false;
            continue;
        }
        handleLine(m_line, results);
        m_line.clear();
    }
    return results;
}

void TerminalOutputParser::handleLine(const QByteArray &line, QList<Result> &results)
{
    const QByteArray plain = cleaned(line);
    if (m_expected.isEmpty())
        return;
    const QByteArray &marker = m_expected.constFirst();
    if (!m_inside) {
        if (plain.size() == BeginPrefix.size() + marker.size() && plain.startsWith(BeginPrefix)
            && plain.endsWith(marker)) {
            m_inside = true;
            m_overflow = false;
            m_output.clear();
        }
        return;
    }
    const QByteArray endStart = EndPrefix + marker + ' ';
    if (plain.startsWith(endStart)) {
        const QByteArrayView digits = QByteArrayView(plain).sliced(endStart.size());
        bool ok = !digits.isEmpty() && digits.size() <= 9;
        for (const char c : digits)
            ok = ok && c >= '0' && c <= '9';
        if (ok) {
            Result result;
            result.marker = marker;
            result.exitCode = digits.toByteArray().toInt();
            if (m_overflow) {
                result.errorString = tr("The command printed more than %1; its output was discarded.")
                                         .arg(DataSize::format(m_maxOutput));
            } else {
                // The END printf starts with a newline of its own: it is not the command's.
                if (m_output.endsWith('\n'))
                    m_output.chop(1);
                result.output = std::move(m_output);
            }
            results.append(std::move(result));
            m_expected.removeFirst();
            m_inside = false;
            m_overflow = false;
            m_output = QByteArray();
            return;
        }
    }
    appendOutput(plain);
    appendOutput(QByteArrayLiteral("\n"));
}

} // namespace fornax
