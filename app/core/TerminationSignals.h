#pragma once

#include <QObject>

class QSocketNotifier;

namespace fornax {

/**
 * SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C, the terminal closed) as a Qt signal, so the app ends
 * its own way — the window cleaning up and removing its socket, a command cancelling its job — instead of
 * dying mid-step.
 *
 * The handler only writes a byte to a pipe (the one thing a signal handler may safely do); a
 * QSocketNotifier on the other end emits received() from the event loop. While an instance
 * exists it owns the three signals' handlers; the destructor restores the default ones. One at a
 * time per process.
 */
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // signal: SIGTERM, SIGINT or SIGHUP.
    void received(int signal);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fornax
