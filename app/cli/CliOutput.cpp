#include "CliOutput.h"

#include <QJsonDocument>

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
    m_out << text << '\n';
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
    m_err << text << '\n';
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
    const QString text = QStringLiteral("[%1%] ").arg(percent, 3) + message;
    if (m_terminal) {
        m_out << "\r\033[K" << text;
        m_progressOpen = true;
    } else {
        m_out << text << '\n';
    }
    m_out.flush();
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
