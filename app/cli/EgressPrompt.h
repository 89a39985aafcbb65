#pragma once

#include "cost/EgressDecision.h"

#include <QCoreApplication>

class QIODevice;

namespace fornax::cli {

class CliOutput;

/**
 * The command line's side of EgressPolicy: a download the policy asks about is asked about on the
 * terminal; without a terminal (a script, stdin not a TTY) it is refused with a message unless
 * --yes was given. --yes accepts the warning, never the budget: a refused decision stays refused.
 * On false the command ends with ExitCode::EgressRefused.
 *
 * Questions and refusals go to stderr, so stdout stays clean for --json, which also gets one
 * "egress" event with the figures.
 */
class EgressPrompt
{
    Q_DECLARE_TR_FUNCTIONS(EgressPrompt)

public:
    // Answers are read from stdin, which counts as a terminal when it is a TTY.
    EgressPrompt(CliOutput &output, bool assumeYes);

    // For tests: answers from input, which is a terminal when interactive says so.
    void setInput(QIODevice *input, bool interactive);

    // true when the download may go.
    bool approve(const EgressDecision &decision);

private:
    bool ask(const EgressDecision &decision);

    CliOutput &m_output;
    bool m_assumeYes;
    QIODevice *m_input = nullptr;
    bool m_interactive;
};

} // namespace fornax::cli
