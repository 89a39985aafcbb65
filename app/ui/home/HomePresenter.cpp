#include "HomePresenter.h"

#include "HubContext.h"
#include "ProfilePicker.h"
#include "ServerPresenter.h"
#include "Settings.h"
#include "account/Account.h"
#include "account/HubSession.h"
#include "cost/HomeFacts.h"
#include "cost/RateCard.h"
#include "cost/UsageLedger.h"
#include "hub/KeepAlive.h"
#include "hub/ServerMonitor.h"
#include "hub/ServerStatus.h"
#include "transfer/TransferQueue.h"

namespace fornax::ui {

HomePresenter::HomePresenter(const HubContext &hub, ServerPresenter *server, const UsageLedger *ledger,
                             TransferQueue *transfers, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_server(server)
    , m_ledger(ledger)
    , m_transfers(transfers)
    , m_page(new HomePage)
{
    m_tick.setInterval(TickInterval);
    connect(&m_tick, &QTimer::timeout, this, &HomePresenter::refresh);
    connect(m_page, &HomePage::visibilityChanged, this, &HomePresenter::visibilityChanged);
    connect(m_transfers, &TransferQueue::changed, this, [this] {
        if (m_page && m_page->isVisible())
            m_page->setTransfers(m_transfers->summary());
    });
}

void HomePresenter::showSignedIn()
{
    HubSession *session = m_hub.session();
    if (!session || !session->monitor())
        return;
    ServerMonitor *monitor = session->monitor();
    connect(monitor, &ServerMonitor::statusChanged, this, &HomePresenter::refresh, Qt::UniqueConnection);
    connect(monitor, &ServerMonitor::serverLost, this, &HomePresenter::serverLost, Qt::UniqueConnection);
    if (KeepAlive *keepAlive = m_server->keepAlive())
        connect(keepAlive, &KeepAlive::changed, this, &HomePresenter::refresh, Qt::UniqueConnection);
    m_lastEnding.clear();
    m_lastEndingStart = {};
    refresh();
}

void HomePresenter::serverLost(const ServerStatus &previous)
{
    // ServerPresenter has just worked out why; it is about the session that started then.
    m_lastEnding = m_server->lastStopReason().text;
    m_lastEndingStart = previous.started;
}

void HomePresenter::visibilityChanged(bool visible)
{
    if (visible) {
        refresh();
        m_tick.start();
    } else {
        m_tick.stop();
    }
}

void HomePresenter::refresh()
{
    HubSession *session = m_hub.session();
    if (!m_page || !session || !session->monitor() || !m_page->isVisible())
        return; // shown again, it refreshes then
    HomeFacts::Inputs in;
    in.status = session->monitor()->status();
    in.account = session->account() ? session->account()->userName() : QString();
    if (const ProfilePicker *picker = m_server->profilePicker()) {
        for (const Profile &profile : picker->profiles())
            in.sizeNames.insert(profile.slug, profile.displayName);
    }
    in.idleTimeout = std::chrono::minutes(m_hub.settings()->idleCullMinutes(m_hub.hubId()));
    in.maxAge = std::chrono::hours(m_hub.settings()->maxServerHours(m_hub.hubId()));
    if (const KeepAlive *keepAlive = m_server->keepAlive(); keepAlive && keepAlive->isActive())
        in.keptAliveUntil = keepAlive->until();
    in.lastEnding = m_lastEnding;
    in.lastEndingStart = m_lastEndingStart;
    const HomeFacts facts(RateCard::load(*m_hub.settings(), m_hub.hubKey()), m_hub.hubKey());
    m_page->setView(facts.describe(in, m_ledger->records(), QDateTime::currentDateTimeUtc()));
    m_page->setTransfers(m_transfers->summary());
}

} // namespace fornax::ui
