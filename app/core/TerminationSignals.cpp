#include "TerminationSignals.h"

#include "Logging.h"

#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace fornax {

namespace {

int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

void install(int signal, void (*handler)(int))
{
    struct sigaction action
    {
    };
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(signal, &action, nullptr);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (signalPipe[0] >= 0 || ::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcApp) << "cannot watch for SIGTERM, SIGINT and SIGHUP; they end the app at once";
        return;
    }
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::drain);
    install(SIGTERM, onTerminationSignal);
    install(SIGINT, onTerminationSignal);
    // The terminal it was started from closing: the run's clean-up (a terminal on the server, a
    // token made for the run) is owed then too.
    install(SIGHUP, onTerminationSignal);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    install(SIGTERM, SIG_DFL);
    install(SIGINT, SIG_DFL);
    install(SIGHUP, SIG_DFL);
    delete m_notifier;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

void TerminationSignals::drain()
{
    char buffer[16];
    ssize_t count = 0;
    const QPointer<TerminationSignals> self(this);
    while (self && (count = ::read(signalPipe[0], buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < count && self; ++i) {
            qCInfo(lcApp) << "received signal" << int(buffer[i]);
            Q_EMIT received(int(buffer[i]));
        }
    }
}

} // namespace fornax
