#pragma once

#include <QByteArray>
#include <QString>

namespace fornax::test {

/**
 * Runs the app's server-side scripts here, with the machine's dash and GNU tar, exactly as they
 * reach a server over SSH (RemoteScript::sshCommand() through `/bin/sh -c`, the script on
 * standard input) or through a terminal (RemoteScript::command()), in a home folder of the
 * test's choosing — as the unprivileged system user "fornax-ssh" (the sshd fixture's) when the
 * test runs as root, because as root a read-only folder can always be renamed and a permission
 * bug never shows.
 */
class ScriptRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        bool killed = false; // ended by a signal (SIGKILL at a fault point)
        QByteArray output;
        QByteArray errors;
    };

    // The unprivileged user, created when missing (root only); empty when scripts run as this
    // process's own user.
    static QString unprivilegedUser();

    // home: created if missing and, when scripts run as the unprivileged user, given to it.
    explicit ScriptRunner(const QString &home);

    QString home() const { return m_home; }
    bool isUnprivileged() const { return !m_user.isEmpty(); }

    // The SSH way: the script and then input on standard input.
    Result run(const QString &script, const QByteArray &input = {}, int timeoutMs = 120'000) const;
    // The terminal way: the command typed into a shell (no input).
    Result runTerminalForm(const QString &script, int timeoutMs = 120'000) const;
    // A plain shell command in the home folder, as the same user (to set things up).
    Result shell(const QString &command) const;
    // Gives everything under the home folder to the user again (after the test wrote there).
    void giveHomeToUser() const;

private:
    Result start(const QString &command, const QByteArray &input, int timeoutMs, bool commandOnInput) const;

    QString m_home;
    QString m_user;
};

} // namespace fornax::test
