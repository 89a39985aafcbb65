#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>

namespace fornax {

/**
 * One `sh` on this computer whose home folder is a local folder standing in for the server's
 * (the loopback backend's): the script of RemoteScript::sshCommand() runs exactly as it would
 * over SSH, reading the script and then any data from standard input. Output and error are kept
 * apart, like SSH's. exited() once, with the exit code (128 + the signal for a killed shell,
 * as a shell reports it), stdout and stderr.
 */
class LocalShell : public QObject
{
    Q_OBJECT

public:
    LocalShell(const QString &home, const QString &command, QObject *parent = nullptr);
    ~LocalShell() override;

    QProcess *process() { return &m_process; }
    void start(const QByteArray &input, bool closeInput);
    void kill();

Q_SIGNALS:
    void exited(int exitCode, const QByteArray &output, const QByteArray &errors);

private:
    QProcess m_process;
    QString m_command;
};

} // namespace fornax
