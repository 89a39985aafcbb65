#pragma once

#include "transfer/ServerCommands.h"

#include <QList>
#include <QPointer>
#include <QTimer>

namespace fornax {

class LocalShell;

/**
 * ServerCommands run by a local `sh` (LocalShell) over a local folder standing in for the
 * server's home: the same scripts, the same way as over SSH (script on standard input, file
 * contents after it), one at a time, stdout then stderr as output. A step past its timeout is
 * killed and fails.
 */
class LoopbackCommands : public ServerCommands
{
    Q_OBJECT

public:
    explicit LoopbackCommands(const QString &home, QObject *parent = nullptr);
    ~LoopbackCommands() override;

    void run(const QString &script, std::chrono::milliseconds timeout, const Done &done) override;
    void writeFile(const QString &jobId, const QString &name, const QByteArray &content,
                   const Done &done) override;
    void readFile(const QString &jobId, const QString &name, const Done &done) override;
    bool isGone() const override { return false; }
    void release() override;

private:
    struct Step
    {
        QString script;
        std::chrono::milliseconds timeout;
        QByteArray input;
        Done done;
    };

    void runNext();
    void stepEnded(const CommandOutcome &outcome);

    QString m_home;
    QList<Step> m_queue;
    QPointer<LocalShell> m_running;
    QTimer m_timeout;
    bool m_released = false;
};

} // namespace fornax
