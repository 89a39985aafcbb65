#include "CliOutput.h"

#include <QJsonDocument>

#include <algorithm>

#include <cstdio>
#include <unistd.h>

namespace fornax::cli {

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_terminal(::isatty(STDOUT_FILENO) == 1)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CliOutput::line(const QString &text)
{
    if (m_json)
        return;
    endProgress();
    m_out << visible(text, true) << '\n';
    m_out.flush();
}

void CliOutput::json(const QJsonObject &object)
{
    if (!m_json)
        return;
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

void CliOutput::error(const QString &text)
{
    endProgress();
    m_err << visible(text, true) << '\n';
    m_err.flush();
}

void CliOutput::progress(int percent, const QString &message)
{
    if (m_json) {
        json({{QStringLiteral("event"), QStringLiteral("progress")},
              {QStringLiteral("percent"), percent},
              {QStringLiteral("message"), message}});
        return;
    }
    const QString text = QStringLiteral("[%1%] ").arg(percent, 3) + visible(message);
    if (m_terminal) {
        m_out << "\r\033[K" << text;
        m_progressOpen = true;
    } else {
        m_out << text << '\n';
    }
    m_out.flush();
}

QString CliOutput::visible(const QString &text, bool keepLineBreaks)
{
    const auto isControl = [](char16_t c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) {
            return isControl(c.unicode());
        }))
        return text;
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!isControl(code) || (keepLineBreaks && code == u'\n'))
            shown += c;
        else if (code == 0x1b)
            shown += QLatin1String("\\e");
        else
            shown += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
    }
    return shown;
}

void CliOutput::endProgress()
{
    if (m_progressOpen) {
        m_out << '\n';
        m_out.flush();
        m_progressOpen = false;
    }
}

} // namespace fornax::cli
