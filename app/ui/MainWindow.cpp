#include "MainWindow.h"

#include "FornaxVersion.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fornax::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_hubName(new QLabel)
    , m_hubAddress(new QLabel)
    , m_status(new QLabel)
    , m_signInButton(new QPushButton(tr("&Sign in")))
    , m_retryButton(new QPushButton(tr("&Try again")))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QString::fromLatin1(ApplicationName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fornax-desktop.svg")));
    resize(1100, 760);

    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("header"));
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QVBoxLayout(header);
    m_hubName->setObjectName(QStringLiteral("hubName"));
    QFont nameFont = m_hubName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_hubName->setFont(nameFont);
    m_hubAddress->setObjectName(QStringLiteral("hubAddress"));
    m_hubAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_hubName);
    headerLayout->addWidget(m_hubAddress);

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

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/fornax-desktop.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto *welcome = new QLabel(tr("Welcome to Fornax Desktop"));
    welcome->setObjectName(QStringLiteral("welcome"));
    welcome->setAlignment(Qt::AlignCenter);
    QFont welcomeFont = welcome->font();
    welcomeFont.setPointSizeF(welcomeFont.pointSizeF() * 1.6);
    welcome->setFont(welcomeFont);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(header);
    layout->addStretch(1);
    layout->addWidget(logo);
    layout->addWidget(welcome);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setCentralWidget(central);

    connect(m_signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::retryRequested);
}

void MainWindow::setHub(const QString &name, const QString &address)
{
    m_hubName->setText(name);
    m_hubAddress->setText(address);
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
    m_status->setText(error.message());
    m_signInButton->setEnabled(false);
    m_retryButton->show();
    m_retryButton->setFocus();
}

} // namespace fornax::ui
