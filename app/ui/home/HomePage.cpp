#include "HomePage.h"

#include "PlainText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fornax::ui {

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel)
    , m_serverForm(new QFormLayout)
    , m_creditForm(new QFormLayout)
    , m_lastBox(new QGroupBox(tr("Last session")))
    , m_lastSession(new QLabel)
    , m_transfers(new QLabel)
    , m_jobsBox(new QGroupBox(tr("Jobs")))
    , m_jobsLayout(new QVBoxLayout(m_jobsBox))
{
    setObjectName(QStringLiteral("homePage"));
    setAccessibleName(tr("Home"));
    m_state->setObjectName(QStringLiteral("homeState"));
    m_state->setAccessibleName(tr("Server state"));
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_state->setFont(big);
    m_size = addLine(m_serverForm, tr("Size"), QStringLiteral("homeSize"), true);
    m_running = addLine(m_serverForm, tr("Running"), QStringLiteral("homeRunning"));
    m_session = addLine(m_serverForm, tr("This session"), QStringLiteral("homeSessionCredits"));
    m_idle = addLine(m_serverForm, tr("When idle"), QStringLiteral("homeIdle"));
    m_hardLimit = addLine(m_serverForm, tr("Time limit"), QStringLiteral("homeHardLimit"));
    m_yearUsed = addLine(m_creditForm, tr("Used"), QStringLiteral("homeYearUsed"));
    m_yearLeft = addLine(m_creditForm, tr("Left"), QStringLiteral("homeYearLeft"));
    m_forecast = addLine(m_creditForm, tr("Forecast"), QStringLiteral("homeForecast"));
    m_home = addLine(m_creditForm, tr("Home folder"), QStringLiteral("homeStorage"), true);
    // Sizes and stop reasons come from the hub: never rich text.
    PlainText::apply({m_state, m_size, m_lastSession, m_transfers});

    auto *serverBox = new QGroupBox(tr("Your server"));
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(m_state);
    serverLayout->addLayout(m_serverForm);
    auto *creditBox = new QGroupBox(tr("Credits this year"));
    creditBox->setLayout(m_creditForm);
    m_lastSession->setObjectName(QStringLiteral("homeLastSession"));
    m_lastSession->setAccessibleName(tr("Last session"));
    m_lastSession->setWordWrap(true);
    m_lastSession->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    (new QVBoxLayout(m_lastBox))->addWidget(m_lastSession);
    m_lastBox->hide();
    auto *transferBox = new QGroupBox(tr("Transfers"));
    m_transfers->setObjectName(QStringLiteral("homeTransfers"));
    m_transfers->setAccessibleName(tr("Transfers"));
    m_transfers->setWordWrap(true);
    (new QVBoxLayout(transferBox))->addWidget(m_transfers);
    m_jobsBox->setObjectName(QStringLiteral("homeJobs"));
    m_jobsBox->hide();
    setTransfers({});

    auto *buttons = new QHBoxLayout;
    m_start = addButton(tr("&Start my server…"), QStringLiteral("homeStart"));
    m_openLab = addButton(tr("&Open JupyterLab"), QStringLiteral("homeOpenLab"));
    m_stop = addButton(tr("S&top my server"), QStringLiteral("homeStop"));
    m_transfersButton = addButton(tr("T&ransfers"), QStringLiteral("homeTransfersButton"));
    m_usage = addButton(tr("&Usage and costs"), QStringLiteral("homeUsage"));
    for (QPushButton *button : {m_start, m_openLab, m_stop, m_transfersButton, m_usage})
        buttons->addWidget(button);
    buttons->addStretch();
    connect(m_start, &QPushButton::clicked, this, &HomePage::startRequested);
    connect(m_openLab, &QPushButton::clicked, this, &HomePage::openLabRequested);
    connect(m_stop, &QPushButton::clicked, this, &HomePage::stopRequested);
    connect(m_transfersButton, &QPushButton::clicked, this, &HomePage::transfersRequested);
    connect(m_usage, &QPushButton::clicked, this, &HomePage::usageRequested);

    // Two columns: the server on the left, credits and the rest on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(serverBox);
    left->addWidget(m_lastBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(creditBox);
    right->addWidget(transferBox);
    right->addWidget(m_jobsBox);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(columns, 1);
    setView({});
}

QLabel *HomePage::addLine(QFormLayout *form, const QString &caption, const QString &objectName,
                          bool showCaption)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAccessibleName(caption);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (showCaption)
        form->addRow(tr("%1:").arg(caption), label);
    else
        form->addRow(label);
    return label;
}

void HomePage::setLine(QFormLayout *form, QLabel *label, const QString &text)
{
    label->setText(text);
    form->setRowVisible(label, !text.isEmpty());
}

QPushButton *HomePage::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return button;
}

void HomePage::setView(const HomeFacts::View &view)
{
    m_state->setText(view.state);
    setLine(m_serverForm, m_size, view.size);
    setLine(m_serverForm, m_running, view.running);
    setLine(m_serverForm, m_session, view.sessionCredits);
    setLine(m_serverForm, m_idle, view.idle);
    setLine(m_serverForm, m_hardLimit, view.hardLimit);
    setLine(m_creditForm, m_yearUsed, view.yearUsed);
    setLine(m_creditForm, m_yearLeft, view.yearLeft);
    setLine(m_creditForm, m_forecast, view.forecast);
    setLine(m_creditForm, m_home, view.home);
    m_lastSession->setText(view.lastSession);
    m_lastBox->setVisible(!view.lastSession.isEmpty());
    m_start->setVisible(view.canStart);
    m_openLab->setVisible(view.canOpenLab);
    m_stop->setVisible(view.canStop);
}

void HomePage::setTransfers(const QString &summary)
{
    m_transfers->setText(summary.isEmpty() ? tr("No transfers running.") : summary);
}

void HomePage::setJobs(const QList<Job> &jobs)
{
    m_jobList = jobs;
    while (QLayoutItem *item = m_jobsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Job &job : jobs) {
        auto *line = new QLabel(tr("%1 — %2").arg(job.name, job.state));
        line->setTextFormat(Qt::PlainText);
        line->setWordWrap(true);
        line->setAccessibleName(tr("Job %1").arg(job.name));
        m_jobsLayout->addWidget(line);
    }
    m_jobsBox->setVisible(!jobs.isEmpty());
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT visibilityChanged(true);
}

void HomePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

} // namespace fornax::ui
