#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace fornax::cli {

/**
 * Where commands print: people get sentences on stdout and errors on stderr; scripts (--json)
 * get one JSON object per line on stdout and nothing else there. Nothing printed may contain a
 * token, whichever the mode.
 *
 * Text for people may hold what a hub or server chose (messages, file names): every control
 * character in it (C0, DEL, C1) is printed as a visible escape (visible()), so an escape
 * sequence cannot clear the screen, set the title or hide a line. Only the line breaks of
 * line() and error() stay, as the app's own messages have several lines.
 */
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    // Whether stdout is a terminal (progress bars redraw a line; otherwise plain lines).
    bool isTerminal() const { return m_terminal; }

    void line(const QString &text); // for people; ignored in JSON mode
    void json(const QJsonObject &object); // for scripts; ignored otherwise
    void error(const QString &text); // always, on stderr
    // A progress report: a redrawn line on a terminal, a plain line otherwise, JSON in JSON mode.
    void progress(int percent, const QString &message);
    void endProgress();

    // text with every control character shown as an escape: ESC as "\e", the others as "\xNN";
    // line breaks too unless keepLineBreaks.
    static QString visible(const QString &text, bool keepLineBreaks = false);

private:
    bool m_json;
    bool m_terminal;
    bool m_progressOpen = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace fornax::cli
