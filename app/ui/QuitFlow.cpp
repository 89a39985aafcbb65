#include "QuitFlow.h"

#include "CleanupTracker.h"
#include "Logging.h"
#include "MainWindow.h"
#include "QuitHost.h"
#include "Settings.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

namespace fornax::ui {

namespace {

// The most the clean-up after the decision to quit may take (deleting terminals on the server):
// the process must be gone within a second of the decision.
constexpr std::chrono::milliseconds QuitCleanupBound {600};

} // namespace

QuitFlow::QuitFlow(QuitHost *host, MainWindow *window, TrayIcon *tray, Settings *settings,
                   std::chrono::milliseconds stopTimeout, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_window(window)
    , m_tray(tray)
    , m_settings(settings)
    , m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    m_stopTimer->setInterval(stopTimeout);
    connect(m_stopTimer, &QTimer::timeout, this, [this, stopTimeout] {
        stopFailed(tr("The hub did not confirm within %n second(s) that your server stopped.", nullptr,
                      int(std::chrono::duration_cast<std::chrono::seconds>(stopTimeout).count())));
    });
}

void QuitFlow::serverStopped()
{
    if (m_stopping)
        decide();
}

void QuitFlow::closeProgress()
{
    if (m_stopProgress) {
        m_stopProgress->disconnect(this);
        m_stopProgress->close();
    }
}

void QuitFlow::handleClose()
{
    if (m_decided)
        return;
    const bool active = m_host->isServerActive();
    // Hiding makes sense only where a tray icon brings the window back.
    if (active && m_tray->isAvailable()) {
        m_window->hide();
        if (!m_settings->toldAboutClosingToTray()) {
            m_host->notify(tr("Fornax Desktop is still running"),
                           tr("Your server keeps running. Stop it, or quit, from this icon."));
            m_settings->setToldAboutClosingToTray(true);
        }
        return;
    }
    requestQuit();
}

void QuitFlow::requestQuit()
{
    if (m_decided || m_stopping)
        return; // already on the way out (a second Ctrl+Q while the server stops)
    if (!m_host->isServerActive()) {
        decide();
        return;
    }
    if (auto *open = m_window->findChild<QMessageBox *>(QStringLiteral("quitConfirmation"))) {
        m_host->raiseWindow();
        open->raise();
        return; // asked already (Ctrl+Q, then the tray's Quit)
    }
    m_host->raiseWindow();
    QString text = tr("Your server keeps costing money while it runs, even when this app is closed. "
                      "Stop it before quitting?");
    if (m_host->pendingTransfers() > 0)
        text += QLatin1Char(' ') + tr("Transfers still running are cancelled.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Your server is still running"), text,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitConfirmation"));
    // Whether it stays kept alive after the quit is the difference between a server that stops
    // when idle and one that keeps costing for hours.
    box->setInformativeText(m_host->keepAliveAfterQuitText());
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stopAndQuit = box->addButton(tr("&Stop server and quit"), QMessageBox::AcceptRole);
    stopAndQuit->setObjectName(QStringLiteral("stopAndQuitButton"));
    QPushButton *leave = box->addButton(tr("&Quit and leave it running"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("leaveRunningButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelQuitButton"));
    box->setDefaultButton(stopAndQuit);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, stopAndQuit, leave](QAbstractButton *button) {
        if (button == leave)
            decide();
        else if (button == stopAndQuit)
            stopServerAndQuit();
        // Cancel: nothing changes.
    });
    box->open();
    Q_EMIT quitConfirmationShown();
}

void QuitFlow::quitWithoutAsking()
{
    decide();
}

void QuitFlow::stopServerAndQuit()
{
    m_stopping = true; // decide() once the hub confirms the stop (serverStopped())
    auto *progress =
        new QProgressDialog(tr("Stopping your server before quitting…"), tr("&Quit now"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("stopBeforeQuitProgress"));
    progress->setWindowTitle(tr("Quitting Fornax Desktop"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // "Quit now" leaves the stop to the hub, which already has the request.
    connect(progress, &QProgressDialog::canceled, this, &QuitFlow::decide);
    m_stopProgress = progress;
    progress->open();
    m_stopTimer->start();
    if (!m_host->requestServerStop()) {
        m_stopping = false;
        decide();
    }
}

void QuitFlow::stopFailed(const QString &reason)
{
    if (m_decided || !m_stopping)
        return;
    m_stopTimer->stop();
    closeProgress();
    qCWarning(lcUi) << "quitting without a confirmed stop:" << reason;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Your server may still be running"),
        tr("%1 Fornax Desktop quits now; your server may still be running and costing money. Check it "
           "on the hub's page (%2) or with “fornax-desktop status”.")
            .arg(reason, m_host->hubHomeText()),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("stopNotConfirmed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitAnywayButton"));
    box->setDefaultButton(quit);
    box->setEscapeButton(quit);
    connect(box, &QMessageBox::finished, this, &QuitFlow::decide);
    m_host->raiseWindow();
    box->open();
}

void QuitFlow::decide()
{
    // The one decision point every way out ends in; from here nothing asks, waits on the user,
    // or turns a close back into a question.
    if (m_decided)
        return;
    m_decided = true;
    qCInfo(lcUi) << "quitting";
    m_stopTimer->stop();
    closeProgress();
    m_window->setCloseAllowed(true);
    // Gone from the screen at once; what remains is clean-up the person need not watch.
    for (QWidget *window : QApplication::topLevelWidgets())
        window->hide();
    m_tray->hide();
    // Whatever still runs is abandoned: transfers cancelled, every terminal on the server
    // deleted (CleanupTracker); their temporary folders there are swept by a later transfer.
    m_host->abandonWork();
    CleanupTracker::instance()->closeAll();
    Q_EMIT quitDecided();
    CleanupTracker::instance()->whenDone(QuitCleanupBound, this, [this] {
        Q_EMIT quitApproved();
    });
}

} // namespace fornax::ui
