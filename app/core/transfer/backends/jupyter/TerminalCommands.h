#pragma once

#include "transfer/ServerCommands.h"

#include <QList>
#include <QPointer>
#include <QUrl>

namespace fornax {

class HubClient;
class RemoteShell;

/**
 * ServerCommands through a terminal of the Jupyter server (RemoteShell): scripts are typed into
 * it; job files are written through the contents API (base64 in chunks) and read from `/files`.
 * A refused sign-in (401/403 for the terminal) comes back as CommandOutcome::refused(). The
 * terminal is deleted on the server when released.
 */
class TerminalCommands : public ServerCommands
{
    Q_OBJECT

public:
    TerminalCommands(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);
    ~TerminalCommands() override;

    void run(const QString &script, std::chrono::milliseconds timeout, const Done &done) override;
    void writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                   const Done &done) override;
    void readFile(const QString &jobId, const QString &name, const Done &done) override;
    void setHeartbeat(std::chrono::milliseconds interval) override;
    void setTimings(const std::shared_ptr<StepTimings> &timings) override;
    bool isGone() const override;
    void release() override;

private:
    RemoteShell *shell();
    void commandEnded(const CommandOutcome &outcome);

    QPointer<HubClient> m_client;
    QUrl m_serverUrl;
    RemoteShell *m_shell = nullptr;
    std::chrono::milliseconds m_heartbeat {0};
    std::shared_ptr<StepTimings> m_timings;
    QList<Done> m_waiting; // one per command given to the shell, in order
    bool m_released = false;
};

} // namespace fornax
