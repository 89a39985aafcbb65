#include "MainWindow.h"

#include "FornaxVersion.h"
#include "Logging.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fornax::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_hubName(new QLabel)
    , m_hubAddress(new QLabel)
    , m_account(new QLabel)
    , m_serverSummary(new QLabel)
    , m_notice(new QLabel)
    , m_status(new QLabel)
    , m_stopButton(new QPushButton(tr("S&top my server")))
    , m_keepAliveButton(new QPushButton(tr("&Keep it running for an hour")))
    , m_signInButton(new QPushButton(tr("&Sign in")))
    , m_retryButton(new QPushButton(tr("&Try again")))
    , m_pages(new QStackedWidget)
    , m_welcome(new QWidget)
    , m_signOutAction(nullptr)
    , m_pasteTokenAction(nullptr)
    , m_startAtLoginAction(nullptr)
    , m_keepAliveDuringWorkAction(nullptr)
    , m_languages(new QActionGroup(this))
    , m_viewMenu(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QString::fromLatin1(ApplicationName));
    // These show what hubs and servers say (names, versions, messages): never read as markup.
    for (QLabel *label : {m_hubName, m_hubAddress, m_serverSummary, m_notice, m_status})
        label->setTextFormat(Qt::PlainText);
    setWindowIcon(QIcon::fromTheme(QString::fromLatin1(ApplicationId),
                                   QIcon(QStringLiteral(":/icons/fornax-desktop.svg"))));
    resize(1100, 760);

    QMenu *fileMenu = menuBar()->addMenu(tr("&Account"));
    m_pasteTokenAction = fileMenu->addAction(tr("Sign in with an API &token…"));
    m_signOutAction = fileMenu->addAction(tr("Sign &out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    // Alt+E: Alt+S belongs to the pages' Sign in and Start buttons.
    QMenu *settingsMenu = menuBar()->addMenu(tr("S&ettings"));
    m_startAtLoginAction = settingsMenu->addAction(tr("Start Fornax Desktop at &login"));
    m_startAtLoginAction->setObjectName(QStringLiteral("startAtLoginAction"));
    m_startAtLoginAction->setCheckable(true);
    connect(m_startAtLoginAction, &QAction::toggled, this, &MainWindow::startAtLoginChanged);
    m_keepAliveDuringWorkAction = settingsMenu->addAction(tr("&Keep the server running while transfers run"));
    m_keepAliveDuringWorkAction->setObjectName(QStringLiteral("keepAliveDuringWorkAction"));
    m_keepAliveDuringWorkAction->setCheckable(true);
    m_keepAliveDuringWorkAction->setChecked(true);
    m_keepAliveDuringWorkAction->setToolTip(
        tr("A hub may stop a server it thinks is idle, and a long upload or download looks idle to "
           "some hubs. While one runs, Fornax Desktop keeps the server running, for no longer than "
           "the transfer needs."));
    connect(m_keepAliveDuringWorkAction, &QAction::toggled, this, &MainWindow::keepAliveDuringWorkChanged);
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    settingsMenu->addSeparator();
    QAction *usage = settingsMenu->addAction(tr("&Usage and costs…"));
    usage->setObjectName(QStringLiteral("usageAction"));
    connect(usage, &QAction::triggered, this, &MainWindow::usageRequested);
    QAction *rates = settingsMenu->addAction(tr("&Rates and budget…"));
    rates->setObjectName(QStringLiteral("rateCardAction"));
    connect(rates, &QAction::triggered, this, &MainWindow::rateCardRequested);
    QAction *ssh = settingsMenu->addAction(tr("SS&H access…"));
    ssh->setObjectName(QStringLiteral("sshSettingsAction"));
    connect(ssh, &QAction::triggered, this, &MainWindow::sshSettingsRequested);
    QAction *notifications = settingsMenu->addAction(tr("&Notifications…"));
    notifications->setObjectName(QStringLiteral("notificationSettingsAction"));
    connect(notifications, &QAction::triggered, this, &MainWindow::notificationSettingsRequested);
    // Language names in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> languages {{QString(), tr("System language")},
                                                    {QStringLiteral("C"), QStringLiteral("English")},
                                                    {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                    {QStringLiteral("es"), QStringLiteral("Español")},
                                                    {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : languages) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language-")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *action) {
        Q_EMIT languageChosen(action->data().toString());
        setNotice(tr("The new language is used from the next start of Fornax Desktop."));
    });
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->menuAction()->setVisible(false); // until a panel is added
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Fornax Desktop"), this, [this] {
        QMessageBox::about(this, tr("About Fornax Desktop"),
                           tr("<p><b>Fornax Desktop %1</b></p><p>A desktop client for the Fornax Science "
                              "Console and any JupyterHub.</p>")
                               .arg(QString::fromLatin1(ApplicationVersion)));
    });
    connect(m_pasteTokenAction, &QAction::triggered, this, &MainWindow::pasteTokenRequested);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("header"));
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QHBoxLayout(header);
    auto *hubBox = new QVBoxLayout;
    m_hubName->setObjectName(QStringLiteral("hubName"));
    QFont nameFont = m_hubName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_hubName->setFont(nameFont);
    m_hubAddress->setObjectName(QStringLiteral("hubAddress"));
    m_hubAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hubBox->addWidget(m_hubName);
    hubBox->addWidget(m_hubAddress);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    headerLayout->addLayout(hubBox, 1);
    auto *accountBox = new QVBoxLayout;
    m_serverSummary->setObjectName(QStringLiteral("serverSummary"));
    m_serverSummary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    accountBox->addWidget(m_account);
    accountBox->addWidget(m_serverSummary);
    headerLayout->addLayout(accountBox);
    // Without a tray these are the only way to stop the server or keep it alive while JupyterLab
    // fills the window.
    m_stopButton->setObjectName(QStringLiteral("headerStopButton"));
    m_stopButton->setAccessibleName(tr("Stop my server"));
    m_stopButton->hide();
    m_keepAliveButton->setObjectName(QStringLiteral("headerKeepAliveButton"));
    m_keepAliveButton->setAccessibleName(tr("Keep my server running for an hour"));
    m_keepAliveButton->hide();
    headerLayout->addWidget(m_keepAliveButton);
    headerLayout->addWidget(m_stopButton);
    connect(m_stopButton, &QPushButton::clicked, this, &MainWindow::stopServerRequested);
    connect(m_keepAliveButton, &QPushButton::clicked, this, &MainWindow::keepAliveRequested);

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3d3000; padding: 6px; border-radius: 4px;"));
    m_notice->hide();

    // The welcome page: the hub being checked, then Sign in or Try again.
    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/fornax-desktop.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto *welcome = new QLabel(tr("Welcome to Fornax Desktop"));
    welcome->setObjectName(QStringLiteral("welcome"));
    welcome->setAlignment(Qt::AlignCenter);
    QFont welcomeFont = welcome->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.6);
    welcome->setFont(welcomeFont);
    m_status->setObjectName(QStringLiteral("hubStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in to the hub"));
    m_signInButton->setDefault(true);
    m_signInButton->setEnabled(false);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Check the hub again"));
    m_retryButton->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(logo);
    welcomeLayout->addWidget(welcome);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_status);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(2);
    m_pages->addWidget(m_welcome);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::retryRequested);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeAllowed) {
        event->accept();
        return;
    }
    // Not a loop: GuiApplication answers by hiding, asking, or deciding to quit (which allows
    // the close); it never closes the window from here.
    event->ignore();
    Q_EMIT closeRequested();
}

void MainWindow::setServerControls(bool canStop, bool canKeepAlive)
{
    m_stopButton->setVisible(canStop);
    m_keepAliveButton->setVisible(canKeepAlive);
}

QString MainWindow::notice() const
{
    return m_notice->text();
}

void MainWindow::setHub(const QString &name, const QString &address)
{
    m_hubName->setText(name);
    m_hubAddress->setText(address);
}

void MainWindow::setAccount(const QString &userName)
{
    m_account->setText(userName.isEmpty() ? tr("Not signed in")
                                          : tr("Signed in as <b>%1</b>").arg(userName.toHtmlEscaped()));
    m_signOutAction->setEnabled(!userName.isEmpty());
}

void MainWindow::setPreferences(bool startAtLogin, const QString &language)
{
    const QSignalBlocker blocker(m_startAtLoginAction);
    m_startAtLoginAction->setChecked(startAtLogin);
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::setKeepAliveDuringWork(bool keep)
{
    const QSignalBlocker blocker(m_keepAliveDuringWorkAction);
    m_keepAliveDuringWorkAction->setChecked(keep);
}

void MainWindow::setServerSummary(const QString &text)
{
    m_serverSummary->setText(text);
}

void MainWindow::showHubChecking()
{
    m_status->setText(tr("Checking the hub at %1 …").arg(m_hubAddress->text()));
    m_signInButton->setEnabled(false);
    m_retryButton->hide();
}

void MainWindow::showHubFound(const HubUrl &hub, const QString &version)
{
    m_hubAddress->setText(hub.toDisplayString());
    m_status->setText(tr("JupyterHub %1 is ready. Sign in to start your server.").arg(version));
    m_signInButton->setEnabled(true);
    m_signInButton->setFocus();
    m_retryButton->hide();
}

void MainWindow::showHubFailed(const HubError &error)
{
    showHubFailed(error.message());
}

void MainWindow::showHubFailed(const QString &message)
{
    m_status->setText(message);
    m_signInButton->setEnabled(false);
    m_retryButton->show();
    m_retryButton->setFocus();
    showWelcome();
}

void MainWindow::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::addPage(QWidget *page)
{
    m_pages->addWidget(page);
}

void MainWindow::showPage(QWidget *page)
{
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    if (m_pages->currentWidget() != page) // for a log that shows what a person saw, in order
        qCInfo(lcUi).noquote() << "showing page:" << page->objectName();
    m_pages->setCurrentWidget(page);
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(m_welcome);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QDockWidget *MainWindow::addPanel(QWidget *content, const QString &title, const QString &objectName,
                                  Qt::DockWidgetArea area, const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setAccessibleName(title);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(objectName + QStringLiteral("Action"));
    toggle->setShortcut(shortcut);
    // Opened from the keyboard, the panel takes the keyboard: its list can be used at once.
    connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
        if (shown && dock->widget())
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(toggle);
    m_viewMenu->menuAction()->setVisible(true);
    // Shown the first time at a modest size: the page (JupyterLab) stays the main thing.
    auto *once = new QObject(dock);
    connect(dock, &QDockWidget::visibilityChanged, once, [this, dock, once, area](bool visible) {
        if (!visible || dock->isFloating())
            return;
        const bool beside = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
        resizeDocks({dock}, {beside ? width() / 3 : height() / 4}, beside ? Qt::Horizontal : Qt::Vertical);
        delete once;
    });
    return dock;
}

QAction *MainWindow::addPageAction(QWidget *page, const QString &title, const QString &objectName,
                                   const QKeySequence &shortcut)
{
    addPage(page);
    auto *action = new QAction(title, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, page] {
        showPage(page);
        page->setFocus(Qt::ShortcutFocusReason);
    });
    // First in the menu: the pages come before the panels beside them.
    const QList<QAction *> actions = m_viewMenu->actions();
    m_viewMenu->insertAction(actions.isEmpty() ? nullptr : actions.constFirst(), action);
    m_viewMenu->menuAction()->setVisible(true);
    return action;
}

} // namespace fornax::ui
