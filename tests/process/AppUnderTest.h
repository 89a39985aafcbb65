#pragma once

#include "ProcessProbe.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <chrono>
#include <optional>

namespace fornax::test {

class XDisplay;

/**
 * The built fornax-desktop, started as a separate process the way a person starts it, and
 * watched from outside: its windows on the display, what it writes to stderr (each line with the
 * moment it came), its children, its CPU time, and how and when it ends.
 */
class AppUnderTest : public QObject
{
    Q_OBJECT

public:
    AppUnderTest(const QString &binary, const XDisplay &display, QObject *parent = nullptr);
    ~AppUnderTest() override;

    QProcessEnvironment &environment() { return m_environment; }
    bool start(const QStringList &arguments = {});
    qint64 pid() const { return m_pid; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // The app's main window once it is mapped (0 if it did not show up within timeout).
    quint64 waitForMainWindow(std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // The app's mapped windows now, and the first one not among them to be mapped (a menu that
    // opens, a dialog): 0 if none appeared within timeout.
    QList<quint64> windows() const;
    quint64 waitForNewWindow(const QList<quint64> &before,
                             std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Waits until stderr has a line containing text; the line's time (ms since start) or -1.
    qint64 waitForLog(const QString &text, std::chrono::milliseconds timeout);
    qint64 logTime(const QString &text) const;
    QString log() const { return m_log.join(QLatin1Char('\n')); }

    // Notes the app's descendants now (call while it runs normally); remembered for leftovers().
    QList<ProcessProbe::Process> snapshotChildren();
    // Descendants seen by any snapshot that still live.
    QList<ProcessProbe::Process> leftovers() const;

    // Ms since start(), the clock every time here is on.
    qint64 now() const { return m_clock.elapsed(); }
    // Waits for the end; then exitCode(), exitTime() (ms since start) are known.
    bool waitForExit(std::chrono::milliseconds timeout);
    int exitCode() const { return m_exitCode; }
    bool crashed() const { return m_crashed; }
    qint64 exitTime() const { return m_exitTime; }
    // Ends it by force (after a failed test): kill, then its descendants.
    void kill();

    // CPU use while nothing happens, as a percentage of one core: ticks over the interval.
    struct CpuUse
    {
        double app = 0; // the fornax-desktop process
        double children = 0; // its descendants (QtWebEngineProcess ...) together
    };
    CpuUse measureIdle(std::chrono::milliseconds interval);

private:
    void readLog();

    QString m_binary;
    const XDisplay &m_display;
    QProcessEnvironment m_environment;
    QProcess m_process;
    QElapsedTimer m_clock;
    qint64 m_pid = 0;
    QStringList m_log;
    QList<qint64> m_logTimes;
    QByteArray m_partialLine;
    QList<ProcessProbe::Process> m_children;
    int m_exitCode = -1;
    bool m_crashed = false;
    qint64 m_exitTime = -1;
};

} // namespace fornax::test
