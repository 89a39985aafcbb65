#pragma once

#include <QObject>

class QSocketNotifier;

namespace fornax::cli {

/**
 * Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal, so a command that waits can end cleanly
 * instead of being killed: the handler only writes a byte that the event loop reads. One at a
 * time; the default handlers come back when it is destroyed.
 */
class CliInterrupt : public QObject
{
    Q_OBJECT

public:
    explicit CliInterrupt(QObject *parent = nullptr);
    ~CliInterrupt() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fornax::cli
