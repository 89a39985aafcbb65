#include "ServerPanel.h"

#include "PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fornax::ui {

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel)
    , m_detail(new QLabel)
    , m_cost(new QLabel)
    , m_keepAlive(new QLabel)
    , m_progress(new QProgressBar)
    , m_startButton(new QPushButton(tr("&Start my server")))
    , m_stopButton(new QPushButton(tr("S&top my server")))
{
    setObjectName(QStringLiteral("serverPanel"));
    // Progress messages and sizes come from the hub.
    PlainText::apply({m_state, m_detail, m_cost});
    m_state->setObjectName(QStringLiteral("serverState"));
    QFont stateFont = m_state->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.4);
    m_state->setFont(stateFont);
    m_state->setAlignment(Qt::AlignCenter);
    m_detail->setObjectName(QStringLiteral("serverDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cost->setObjectName(QStringLiteral("costEstimate"));
    m_cost->setAccessibleName(tr("Estimated cost"));
    m_cost->setWordWrap(true);
    m_cost->setAlignment(Qt::AlignCenter);
    m_cost->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_cost->hide();
    m_keepAlive->setObjectName(QStringLiteral("keepAliveState"));
    m_keepAlive->setAccessibleName(tr("Why the server is kept running"));
    m_keepAlive->setWordWrap(true);
    m_keepAlive->setAlignment(Qt::AlignCenter);
    m_keepAlive->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keepAlive->hide();
    m_progress->setObjectName(QStringLiteral("startProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Server start progress"));
    m_progress->hide();
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setAccessibleName(tr("Start my server"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAccessibleName(tr("Stop my server"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_state);
    layout->addWidget(m_detail);
    layout->addWidget(m_cost);
    layout->addWidget(m_keepAlive);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_startButton, &QPushButton::clicked, this, &ServerPanel::startRequested);
    connect(m_stopButton, &QPushButton::clicked, this, &ServerPanel::stopRequested);
    setStatus(ServerStatus());
}

void ServerPanel::setStatus(const ServerStatus &status, const QString &sizeName)
{
    m_state->setText(tr("Your server: %1").arg(status.stateText()));
    QString detail = status.message;
    if (status.state == ServerStatus::State::Running && !status.profileSlug().isEmpty())
        detail = tr("Size: %1").arg(sizeName.isEmpty() ? status.profileSlug() : sizeName);
    m_detail->setText(detail);
    const bool starting = status.state == ServerStatus::State::Starting;
    m_progress->setVisible(starting);
    m_progress->setValue(std::max(0, status.progress));
    m_startButton->setVisible(status.state == ServerStatus::State::Stopped
                              || status.state == ServerStatus::State::Failed);
    m_stopButton->setVisible(status.state == ServerStatus::State::Running || starting);
    m_stopButton->setText(starting ? tr("&Cancel start") : tr("S&top my server"));
    m_stopButton->setEnabled(status.state != ServerStatus::State::Stopping);
}

void ServerPanel::setError(const QString &text)
{
    m_detail->setText(text);
}

void ServerPanel::setCostEstimate(const QString &text)
{
    m_cost->setText(text);
    m_cost->setVisible(!text.isEmpty());
}

QString ServerPanel::costEstimate() const
{
    return m_cost->text();
}

void ServerPanel::setKeepAliveText(const QString &text)
{
    m_keepAlive->setText(text);
    m_keepAlive->setVisible(!text.isEmpty());
}

QString ServerPanel::keepAliveText() const
{
    return m_keepAlive->text();
}

} // namespace fornax::ui
