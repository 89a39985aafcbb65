#include "AppUnderTest.h"

#include "XDisplay.h"

#include <QDeadlineTimer>
#include <QTest>

#include <csignal>

namespace fornax::test {

AppUnderTest::AppUnderTest(const QString &binary, const XDisplay &display, QObject *parent)
    : QObject(parent)
    , m_binary(binary)
    , m_display(display)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("DISPLAY"), display.name());
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    connect(&m_process, &QProcess::readyReadStandardError, this, &AppUnderTest::readLog);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_exitTime = m_clock.elapsed();
        m_exitCode = code;
        m_crashed = status == QProcess::CrashExit;
        readLog();
    });
}

AppUnderTest::~AppUnderTest()
{
    if (isRunning())
        kill();
}

bool AppUnderTest::start(const QStringList &arguments)
{
    m_process.setProcessEnvironment(m_environment);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_clock.start();
    m_process.start(m_binary, arguments);
    if (!m_process.waitForStarted(10'000))
        return false;
    m_pid = m_process.processId();
    return true;
}

void AppUnderTest::readLog()
{
    m_partialLine += m_process.readAllStandardError();
    qsizetype end = 0;
    while ((end = m_partialLine.indexOf('\n')) >= 0) {
        m_log << QString::fromUtf8(m_partialLine.left(end));
        m_logTimes << m_clock.elapsed();
        m_partialLine.remove(0, end + 1);
    }
}

quint64 AppUnderTest::waitForMainWindow(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (isRunning()) {
        // The main window is the largest of the app's windows (the tray icon is one too).
        quint64 best = 0;
        int bestArea = 0;
        for (const quint64 window : m_display.windows(m_pid)) {
            const QRect rect = m_display.geometry(window);
            if (rect.width() * rect.height() > bestArea) {
                bestArea = rect.width() * rect.height();
                best = window;
            }
        }
        if (bestArea > 200 * 200)
            return best;
        if (deadline.hasExpired())
            break;
        QTest::qWait(100);
    }
    return 0;
}

QList<quint64> AppUnderTest::windows() const
{
    return m_display.windows(m_pid);
}

quint64 AppUnderTest::waitForNewWindow(const QList<quint64> &before, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired() && isRunning()) {
        for (const quint64 window : windows()) {
            if (!before.contains(window))
                return window;
        }
        QTest::qWait(20);
    }
    return 0;
}

qint64 AppUnderTest::logTime(const QString &text) const
{
    for (qsizetype i = 0; i < m_log.size(); ++i) {
        if (m_log.at(i).contains(text))
            return m_logTimes.at(i);
    }
    return -1;
}

qint64 AppUnderTest::waitForLog(const QString &text, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (logTime(text) < 0 && !deadline.hasExpired() && isRunning())
        QTest::qWait(20);
    return logTime(text);
}

QList<ProcessProbe::Process> AppUnderTest::snapshotChildren()
{
    const QList<ProcessProbe::Process> now = ProcessProbe::descendants(m_pid);
    for (const ProcessProbe::Process &child : now) {
        if (!m_children.contains(child))
            m_children << child;
    }
    return now;
}

QList<ProcessProbe::Process> AppUnderTest::leftovers() const
{
    return ProcessProbe::alive(m_children);
}

bool AppUnderTest::waitForExit(std::chrono::milliseconds timeout)
{
    if (!isRunning())
        return true;
    const QDeadlineTimer deadline(timeout);
    while (isRunning() && !deadline.hasExpired())
        QTest::qWait(5);
    return !isRunning();
}

void AppUnderTest::kill()
{
    snapshotChildren();
    m_process.kill();
    m_process.waitForFinished(5'000);
    for (const ProcessProbe::Process &child : leftovers())
        ::kill(pid_t(child.pid), SIGKILL);
}

AppUnderTest::CpuUse AppUnderTest::measureIdle(std::chrono::milliseconds interval)
{
    const auto childTicks = [this] {
        qint64 total = 0;
        for (const ProcessProbe::Process &child : snapshotChildren())
            total += std::max<qint64>(0, ProcessProbe::cpuTicks(child.pid));
        return total;
    };
    const qint64 appBefore = ProcessProbe::cpuTicks(m_pid);
    const qint64 childrenBefore = childTicks();
    QElapsedTimer elapsed;
    elapsed.start();
    // Only the test's own event loop turns meanwhile: the app is left alone.
    QTest::qWait(int(interval.count()));
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    const qint64 appAfter = ProcessProbe::cpuTicks(m_pid);
    const qint64 childrenAfter = childTicks();
    const double perSecond = double(ProcessProbe::ticksPerSecond());
    CpuUse use;
    use.app = 100.0 * double(appAfter - appBefore) / perSecond / seconds;
    use.children = 100.0 * double(std::max<qint64>(0, childrenAfter - childrenBefore)) / perSecond / seconds;
    return use;
}

} // namespace fornax::test
