#include "ScriptRunner.h"

#include "transfer/RemoteScript.h"

#include <QDir>
#include <QProcess>

#include <unistd.h>

namespace fornax::test {

namespace {

const QString User = QStringLiteral("fornax-ssh");

bool userExists()
{
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-u"), User});
    return id.waitForFinished() && id.exitStatus() == QProcess::NormalExit && id.exitCode() == 0;
}

} // namespace

QString ScriptRunner::unprivilegedUser()
{
    if (::geteuid() != 0)
        return {};
    if (!userExists()) {
        // As the sshd fixture does (tests/fixtures/sshd/sshd_fixture.py).
        QProcess::execute(QStringLiteral("useradd"),
                          {QStringLiteral("--system"), QStringLiteral("--create-home"),
                           QStringLiteral("--shell"), QStringLiteral("/bin/sh"), QStringLiteral("--comment"),
                           QStringLiteral("Fornax Desktop SSH tests"), User});
    }
    return userExists() ? User : QString();
}

ScriptRunner::ScriptRunner(const QString &home)
    : m_home(home)
    , m_user(unprivilegedUser())
{
    QDir().mkpath(home);
    giveHomeToUser();
}

void ScriptRunner::giveHomeToUser() const
{
    if (!m_user.isEmpty())
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("-h"), m_user + QLatin1Char(':'), m_home});
}

ScriptRunner::Result ScriptRunner::start(const QString &command, const QByteArray &input, int timeoutMs,
                                         bool commandOnInput) const
{
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home);
    // A terminal's shell reads what is typed; SSH runs the command as an argument.
    QStringList shell {QStringLiteral("/bin/sh")};
    if (!commandOnInput)
        shell << QStringLiteral("-c") << command;
    if (m_user.isEmpty())
        process.start(shell.takeFirst(), shell);
    else // setpriv keeps the environment (HOME is the test's folder) and, unlike runuser, opens no PAM
         // session
        process.start(QStringLiteral("setpriv"),
                      QStringList {QStringLiteral("--reuid=") + m_user, QStringLiteral("--regid=") + m_user,
                                   QStringLiteral("--init-groups"), QStringLiteral("--")}
                          + shell);
    Result result;
    if (!process.waitForStarted(10'000))
        return result;
    process.write(commandOnInput ? command.toUtf8() + '\n' : input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    result.killed = process.exitStatus() == QProcess::CrashExit || process.exitCode() == 128 + 9;
    result.exitCode = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
    return result;
}

ScriptRunner::Result ScriptRunner::run(const QString &script, const QByteArray &input, int timeoutMs) const
{
    return start(RemoteScript::sshCommand(script), RemoteScript::sshInput(script) + input, timeoutMs, false);
}

ScriptRunner::Result ScriptRunner::runTerminalForm(const QString &script, int timeoutMs) const
{
    return start(RemoteScript::command(script), {}, timeoutMs, true);
}

ScriptRunner::Result ScriptRunner::shell(const QString &command) const
{
    return start(QStringLiteral("cd && ") + command, {}, 60'000, false);
}

} // namespace fornax::test
