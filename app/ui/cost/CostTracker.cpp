#include "CostTracker.h"

#include "HubContext.h"
#include "RateCardDialog.h"
#include "Settings.h"
#include "UsageDialog.h"
#include "cost/CostMeter.h"
#include "cost/CreditYear.h"
#include "cost/RateCard.h"
#include "cost/SessionRecorder.h"
#include "cost/UsageLedger.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"

#include <QDateTime>
#include <QTimer>

#include <chrono>

namespace fornax::ui {

CostTracker::CostTracker(const HubContext &hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_ledger(std::make_unique<UsageLedger>())
    , m_timer(new QTimer(this))
{
    // Server hours cost by the minute: the estimates in the card and the tray follow.
    m_timer->setInterval(std::chrono::minutes(1));
    connect(m_timer, &QTimer::timeout, this, &CostTracker::updateCost);
}

CostTracker::~CostTracker() = default;

void CostTracker::startSession(const QString &userName, const QString &defaultSize, ServerMonitor *monitor)
{
    delete m_recorder;
    m_recorder = new SessionRecorder(m_hub.hubKey(), userName, {}, m_ledger->filePath(), this);
    if (!defaultSize.isEmpty())
        m_recorder->setDefaultSize(defaultSize);
    connect(monitor, &ServerMonitor::polled, m_recorder, &SessionRecorder::observe);
    connect(m_recorder, &SessionRecorder::recorded, this, &CostTracker::updateCost);
    connect(m_recorder, &SessionRecorder::writeFailed, this, &CostTracker::noticeRequested);
}

void CostTracker::observeResources(const ResourceSample &sample)
{
    if (m_recorder)
        m_recorder->observeResources(sample);
}

void CostTracker::endSession()
{
    delete m_recorder; // notes when the server was last seen running
}

void CostTracker::trackServer(const ServerStatus &status)
{
    // The ledger is SessionRecorder's; here only the minute-by-minute estimate follows the server.
    if (status.state == ServerStatus::State::Running)
        m_timer->start();
    else if (status.state == ServerStatus::State::Stopped || status.state == ServerStatus::State::Failed)
        m_timer->stop();
    updateCost();
}

void CostTracker::stop()
{
    m_timer->stop();
}

void CostTracker::recordDownload(const QString &userName, const QString &name, qint64 bytes, int files)
{
    if (!m_ledger->recordDownload(m_hub.hubKey(), userName, name, bytes, QDateTime::currentDateTimeUtc(),
                                  files))
        Q_EMIT noticeRequested(m_ledger->errorString());
    Q_EMIT downloadRecorded(name, bytes);
    updateCost();
}

void CostTracker::updateCost()
{
    const CostMeter meter(RateCard::load(*m_hub.settings(), m_hub.hubKey()), m_hub.hubKey());
    const QList<UsageRecord> records = m_ledger->records();
    if (!m_ledgerWarned && !m_ledger->setAsidePath().isEmpty()) {
        m_ledgerWarned = true;
        Q_EMIT noticeRequested(m_ledger->warnings().join(QLatin1Char(' ')));
    }
    const CostMeter::Estimate session = m_recorder && m_recorder->sessionStart().isValid()
        ? meter.session(m_recorder->sessionSize(), m_recorder->sessionStart())
        : CostMeter::Estimate {};
    Q_EMIT estimateChanged(meter.summary(session, meter.monthToDate(records)));
    // 50 / 80 / 100 % of the year's allotment or the monthly budget (NotificationCenter sends each
    // once, for good).
    const CreditYear year(RateCard::load(*m_hub.settings(), m_hub.hubKey()), m_hub.hubKey());
    if (const auto summary = year.summary(records)) {
        for (const CreditYear::Alert &alert : year.alerts(*summary))
            Q_EMIT creditAlert(m_hub.hubId(), alert.occurrence, alert.title, alert.body);
    }
}

void CostTracker::showUsage(QWidget *parent)
{
    auto *dialog = new UsageDialog(*m_ledger, RateCard::load(*m_hub.settings(), m_hub.hubKey()),
                                   m_hub.hubKey(), m_hub.hubDisplayName(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT usageShown(dialog);
    dialog->open();
}

void CostTracker::showRateCard(QWidget *parent)
{
    auto *dialog = new RateCardDialog(m_hub.settings(), m_hub.hubKey(), m_hub.hubDisplayName(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RateCardDialog::saved, this, &CostTracker::updateCost);
    connect(dialog, &RateCardDialog::saved, this, &CostTracker::rateCardSaved);
    dialog->open();
}

} // namespace fornax::ui
