#include "LocalShell.h"

#include <QProcessEnvironment>

namespace fornax {

LocalShell::LocalShell(const QString &home, const QString &command, QObject *parent)
    : QObject(parent)
    , m_command(command)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(home);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        // A shell reports a command killed by a signal as 128 + the signal; QProcess does not.
        const int code = status == QProcess::CrashExit ? 128 + 9 : exitCode;
        Q_EMIT exited(code, m_process.readAllStandardOutput(), m_process.readAllStandardError());
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT exited(127, {}, m_process.errorString().toUtf8());
    });
}

LocalShell::~LocalShell()
{
    kill();
}

void LocalShell::start(const QByteArray &input, bool closeInput)
{
    m_process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_command});
    m_process.write(input);
    if (closeInput)
        m_process.closeWriteChannel();
}

void LocalShell::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace fornax
