#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fornax {

/**
 * Picks the results of marked commands out of what a terminal prints.
 *
 * A terminal mixes a command's output with the shell's prompt, the echo of what was typed,
 * whatever the user's dotfiles print, carriage returns and escape sequences. RemoteShell wraps
 * each command (wrapCommand()) so that its output sits between two lines that only this command
 * can print: `FORNAX-BEGIN-<marker>` and `FORNAX-END-<marker> <exit code>`. Markers are matched
 * as whole lines, so the echo of the command line, which contains the marker text, never counts.
 * feed() takes the text as it arrives, cut anywhere, and returns the commands completed by it,
 * in the order they were expect()ed. Everything outside a marked region is dropped; inside, `\r`
 * and escape sequences are removed. Output beyond the size limit is discarded and the result
 * carries an error instead.
 */
class TerminalOutputParser
{
    Q_DECLARE_TR_FUNCTIONS(fornax::TerminalOutputParser)

public:
    static constexpr qsizetype DefaultMaxOutput = qsizetype(16) * 1024 * 1024;

    struct Result
    {
        QByteArray marker;
        int exitCode = -1;
        QByteArray output;
        // Set when the output was over the limit; output is then empty.
        QString errorString;

        bool operator==(const Result &other) const = default;
    };

    explicit TerminalOutputParser(qsizetype maxOutput = DefaultMaxOutput);

    // The line to type into the shell (without the final newline) for command and marker.
    // marker must be letters, digits and '-' only.
    static QString wrapCommand(const QString &command, const QByteArray &marker);

    qsizetype maxOutput() const { return m_maxOutput; }
    // Queues marker: its BEGIN line is looked for after those queued before it have ended.
    void expect(const QByteArray &marker);
    // Forgets every expected marker and any partial output (after a command was abandoned).
    void clear();
    qsizetype pendingCount() const { return m_expected.size(); }

    QList<Result> feed(QByteArrayView text);

private:
    void handleLine(const QByteArray &line, QList<Result> &results);
    void appendOutput(const QByteArray &text);

    qsizetype m_maxOutput;
    QList<QByteArray> m_expected;
    QByteArray m_line;
    // The current line grew past any marker's length and was partly passed on (inside a
    // command) or dropped (outside): it is no marker, whatever its end looks like.
    bool m_skipLine = false;
    bool m_inside = false;
    bool m_overflow = false;
    QByteArray m_output;
};

} // namespace fornax
