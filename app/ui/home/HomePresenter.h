#pragma once

#include "HomePage.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace fornax {
class ServerStatus;
class TransferQueue;
class UsageLedger;
} // namespace fornax

namespace fornax::ui {

class HubContext;
class ServerPresenter;

/**
 * Feeds the home page: gathers what the app knows (the server's status from the monitor, the
 * hub's limits from Settings, the keep-alive, the size names, the usage ledger and the rate card)
 * and lets HomeFacts say it; the transfer queue's summary goes beside it.
 *
 * Updates when something changes (a poll, a ledger write, a transfer) and, for the clocks on the
 * page, once a minute — only while the page is shown: hidden, it costs nothing.
 */
class HomePresenter : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds TickInterval {60};

    HomePresenter(const HubContext &hub, ServerPresenter *server, const fornax::UsageLedger *ledger,
                  fornax::TransferQueue *transfers, QObject *parent = nullptr);

    HomePage *page() const { return m_page; }
    // Signed in: follow the session's server (after ServerPresenter::showSignedIn, so that the
    // reason it gives for a lost server is known when this reads it).
    void showSignedIn();
    // Everything afresh (also what the timer does).
    void refresh();
    bool isTicking() const { return m_tick.isActive(); }

private:
    void visibilityChanged(bool visible);
    void serverLost(const fornax::ServerStatus &previous);

    const HubContext &m_hub;
    ServerPresenter *m_server;
    const fornax::UsageLedger *m_ledger;
    fornax::TransferQueue *m_transfers;
    QPointer<HomePage> m_page;
    QTimer m_tick;
    QString m_lastEnding;
    QDateTime m_lastEndingStart;
};

} // namespace fornax::ui
