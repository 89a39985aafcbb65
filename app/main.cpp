// fornax-desktop: the window by default, a command-line tool when given a command.
#include "CliRunner.h"
#include "CommandLine.h"
#include "FornaxVersion.h"
#include "GuiApplication.h"
#include "Logging.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "archive/PartialFolders.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSessionManager>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fornax-desktop"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fornax::ApplicationVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("Fornax"));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(fornax::OrganizationDomain));
}

// After the application object exists: translators install into it.
void installTranslations(fornax::Translations &translations)
{
    const fornax::Settings settings;
    translations.install(fornax::Translations::chooseLocale(settings.language()));
}

// A command prints its own sentences; the app's log lines (and Qt's) would only confuse a script
// or a person reading its output. --verbose brings them back on stderr, and so does
// QT_LOGGING_RULES, which Qt applies after these rules.
void quietLogsUnlessVerbose(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("fornax.*.debug=true")
                                             : QStringLiteral("*=false"));
}

void prepareWebEngine()
{
    // Chromium refuses to run as root with its sandbox on, and root is how the demo and the
    // tests run on a fresh machine. Turning the sandbox off is only done for root, and said.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        qCInfo(lcApp) << "running as root: the web view's sandbox is off";
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    fornax::cli::CommandLine commandLine;
    const auto mode = commandLine.parse(arguments);

    if (mode != fornax::cli::CommandLine::Mode::Gui) {
        quietLogsUnlessVerbose(commandLine.verbose());
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        fornax::Translations translations;
        installTranslations(translations);
        // The first parse ran before any translator existed; parse again for translated help.
        fornax::cli::CommandLine translatedCommandLine;
        translatedCommandLine.parse(arguments);
        QTextStream out(stdout);
        QTextStream err(stderr);
        switch (mode) {
        case fornax::cli::CommandLine::Mode::Help:
            out << translatedCommandLine.helpText();
            return 0;
        case fornax::cli::CommandLine::Mode::Version:
            out << fornax::cli::CommandLine::versionText();
            return 0;
        case fornax::cli::CommandLine::Mode::Error:
            err << translatedCommandLine.errorText() << '\n';
            return 2;
        case fornax::cli::CommandLine::Mode::Command: {
            // What a download killed mid-way left behind is finished or undone first (issue 16).
            fornax::PartialFolders::cleanOrphans();
            fornax::cli::CliRunner runner(translatedCommandLine);
            return runner.exec();
        }
        default:
            return 2;
        }
    }

    prepareWebEngine();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QString::fromLatin1(fornax::ApplicationName));
    QApplication::setDesktopFileName(QString::fromLatin1(fornax::ApplicationId));
    fornax::Translations translations;
    installTranslations(translations);

    // One app per user: a second launch raises the first window and leaves.
    fornax::SingleInstance instance;
    if (!instance.listen()) {
        if (instance.mayNotifyRunning() && fornax::SingleInstance::notifyRunning(arguments))
            return 0;
        qCWarning(lcApp) << "another instance seems to run but does not answer; starting anyway:"
                         << instance.errorString();
    }

    // The tray keeps the app alive with its window closed; quitting is GuiApplication's decision,
    // and once it is made the process ends: exit(), not quit(), which would first ask every
    // window to close again.
    QApplication::setQuitOnLastWindowClosed(false);
    fornax::ui::GuiApplication gui(commandLine.explicitHubAddress());
    QObject::connect(
        &gui, &fornax::ui::GuiApplication::quitApproved, &app,
        [] {
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
    // A logout cannot answer a question: SIGTERM, or the session manager ending the session
    // (its Die reaches the app as a Quit event, which GuiApplication's filter takes), quits at
    // once, leaving a running server running. commitDataRequest alone is no reason to quit: Qt
    // emits it for a checkpoint ("save session") as well as for a logout.
    fornax::TerminationSignals termination;
    QObject::connect(&termination, &fornax::TerminationSignals::received, &gui,
                     &fornax::ui::GuiApplication::quitWithoutAsking);
    app.installEventFilter(&gui);
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &gui, [](QSessionManager &manager) {
        manager.setRestartHint(QSessionManager::RestartNever); // autostart, if chosen, starts it
    });
    QObject::connect(&instance, &fornax::SingleInstance::activationRequested, &gui,
                     &fornax::ui::GuiApplication::raiseWindow);
    gui.start();
    // Off the event loop: what a download killed mid-way left behind (issue 16).
    const std::unique_ptr<QThread> orphans(QThread::create([] {
        fornax::PartialFolders::cleanOrphans();
    }));
    orphans->start();
    const int code = app.exec();
    orphans->wait();
    return code;
}
