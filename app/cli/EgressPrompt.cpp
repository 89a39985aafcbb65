#include "EgressPrompt.h"

#include "CliOutput.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace fornax::cli {

namespace {

QString verdictName(EgressDecision::Verdict verdict)
{
    switch (verdict) {
    case EgressDecision::Verdict::Allow:
        return QStringLiteral("allow");
    case EgressDecision::Verdict::Ask:
        return QStringLiteral("ask");
    case EgressDecision::Verdict::Refuse:
        return QStringLiteral("refuse");
    }
    return {};
}

} // namespace

EgressPrompt::EgressPrompt(CliOutput &output, bool assumeYes)
    : m_output(output)
    , m_assumeYes(assumeYes)
    , m_interactive(::isatty(STDIN_FILENO) == 1)
{ }

void EgressPrompt::setInput(QIODevice *input, bool interactive)
{
    m_input = input;
    m_interactive = interactive;
}

bool EgressPrompt::approve(const EgressDecision &decision)
{
    bool approved = false;
    switch (decision.verdict) {
    case EgressDecision::Verdict::Allow:
        approved = true;
        break;
    case EgressDecision::Verdict::Refuse:
        m_output.error(decision.message);
        if (m_assumeYes)
            m_output.error(tr("--yes does not override the monthly budget."));
        break;
    case EgressDecision::Verdict::Ask:
        if (m_assumeYes) {
            m_output.error(decision.message);
            approved = true;
        } else if (m_interactive) {
            approved = ask(decision);
        } else {
            m_output.error(decision.message + QLatin1Char(' ') + decision.advice);
            m_output.error(tr("Not downloading: there is no terminal to ask. Run it in a terminal, or "
                              "add --yes to accept the cost."));
        }
        break;
    }
    QJsonObject event {{QStringLiteral("event"), QStringLiteral("egress")},
                       {QStringLiteral("verdict"), verdictName(decision.verdict)},
                       {QStringLiteral("approved"), approved},
                       {QStringLiteral("what"), decision.what},
                       {QStringLiteral("estimated_cost"), decision.cost},
                       {QStringLiteral("month_to_date"), decision.monthToDate},
                       {QStringLiteral("unit"), decision.unit},
                       {QStringLiteral("threshold_bytes"), decision.threshold},
                       {QStringLiteral("message"), decision.message}};
    if (decision.isSizeKnown())
        event.insert(QStringLiteral("bytes"), decision.bytes);
    if (decision.budget) {
        event.insert(QStringLiteral("budget"), *decision.budget);
        event.insert(QStringLiteral("budget_left"), decision.remaining);
    }
    m_output.json(event);
    return approved;
}

bool EgressPrompt::ask(const EgressDecision &decision)
{
    m_output.error(decision.message);
    m_output.error(decision.advice);
    m_output.error(tr("Download it anyway? [y/N]"));
    QFile standardInput;
    QIODevice *input = m_input;
    if (!input) {
        if (!standardInput.open(stdin, QIODevice::ReadOnly))
            return false;
        input = &standardInput;
    }
    const QString answer = QString::fromLocal8Bit(input->readLine()).trimmed().toLower();
    // English answers always work, whatever the language of the question.
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y")
        || answer == tr("yes");
}

} // namespace fornax::cli
