#include "TrayIcon.h"

#include "PlainText.h"

#include "Logging.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace fornax::ui {

namespace {

QIcon iconFor(TrayIcon::State state)
{
    switch (state) {
    case TrayIcon::State::Starting:
        return QIcon(QStringLiteral(":/icons/tray-starting.svg"));
    case TrayIcon::State::Running:
        return QIcon(QStringLiteral(":/icons/tray-running.svg"));
    case TrayIcon::State::Attention:
        return QIcon(QStringLiteral(":/icons/tray-attention.svg"));
    case TrayIcon::State::Stopped:
        break;
    }
    return QIcon(QStringLiteral(":/icons/tray-stopped.svg"));
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_openAction(m_menu->addAction(tr("&Open Fornax Desktop")))
    , m_startAction(m_menu->addAction(tr("&Start my server")))
    , m_stopAction(m_menu->addAction(tr("S&top my server")))
    , m_keepAliveAction(m_menu->addAction(tr("&Keep it running for an hour")))
    , m_quitAction(nullptr)
    , m_transfersAction(new QAction(m_menu))
{
    m_openAction->setObjectName(QStringLiteral("trayOpen"));
    m_startAction->setObjectName(QStringLiteral("trayStart"));
    m_stopAction->setObjectName(QStringLiteral("trayStop"));
    m_startAction->setVisible(false);
    m_stopAction->setVisible(false);
    m_keepAliveAction->setObjectName(QStringLiteral("trayKeepAlive"));
    m_keepAliveAction->setVisible(false);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit"));
    m_transfersAction->setObjectName(QStringLiteral("trayTransfers"));
    m_transfersAction->setVisible(false);
    m_menu->insertAction(m_startAction, m_transfersAction); // Open stays first
    connect(m_transfersAction, &QAction::triggered, this, &TrayIcon::transfersRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(iconFor(m_state));
    m_tray->setToolTip(tr("Fornax Desktop"));

    connect(m_openAction, &QAction::triggered, this, &TrayIcon::openRequested);
    m_quitAction->setObjectName(QStringLiteral("trayQuit"));
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_startAction, &QAction::triggered, this, &TrayIcon::startRequested);
    connect(m_stopAction, &QAction::triggered, this, &TrayIcon::stopRequested);
    connect(m_keepAliveAction, &QAction::triggered, this, &TrayIcon::keepAliveRequested);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
}

TrayIcon::~TrayIcon()
{
    // QSystemTrayIcon does not own its context menu, and a QMenu cannot have a QObject parent.
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::show()
{
    if (!isAvailable())
        qCInfo(lcUi) << "no system tray on this desktop; the window stays the only way in";
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

void TrayIcon::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_tray->setIcon(iconFor(state));
}

void TrayIcon::setServerStatus(const QString &stateText, const QString &details, bool canStart, bool canStop,
                               const QString &startLabel)
{
    QString tip = tr("Fornax Desktop — server: %1").arg(stateText);
    if (!details.isEmpty())
        tip += QLatin1Char('\n') + details;
    m_statusTip = tip;
    m_tray->setToolTip(toolTip());
    m_startAction->setText(startLabel.isEmpty() ? tr("&Start my server")
                                                : tr("&Start my server (%1)").arg(startLabel));
    m_startAction->setVisible(canStart);
    m_stopAction->setVisible(canStop);
}

void TrayIcon::setCostEstimate(const QString &text)
{
    m_costTip = text;
    m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    QString tip = m_statusTip;
    if (!m_keepAliveTip.isEmpty())
        tip += QLatin1Char('\n') + m_keepAliveTip;
    if (!m_costTip.isEmpty())
        tip += QLatin1Char('\n') + m_costTip;
    if (!m_transferTip.isEmpty())
        tip += QLatin1Char('\n') + tr("Transfers: %1").arg(m_transferTip);
    if (!m_jobTip.isEmpty())
        tip += QLatin1Char('\n') + m_jobTip;
    // Sizes and file names come from the hub and the server.
    return PlainText::toolTip(tip);
}

void TrayIcon::setTransferSummary(const QString &text)
{
    if (text == m_transferTip)
        return;
    m_transferTip = text;
    // "&" in a size or name must not become a mnemonic.
    m_transfersAction->setText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_transfersAction->setVisible(!text.isEmpty());
    m_tray->setToolTip(toolTip());
}

void TrayIcon::setJobSummary(const QString &text)
{
    if (text == m_jobTip)
        return;
    m_jobTip = text;
    m_tray->setToolTip(toolTip());
}

void TrayIcon::setKeepAliveText(const QString &text)
{
    if (text == m_keepAliveTip)
        return;
    m_keepAliveTip = text;
    m_tray->setToolTip(toolTip());
}

void TrayIcon::setKeepAliveAvailable(bool available, const QString &label)
{
    m_keepAliveAction->setVisible(available);
    if (!label.isEmpty())
        m_keepAliveAction->setText(label);
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_tray->showMessage(title, body, iconFor(m_state));
}

} // namespace fornax::ui
