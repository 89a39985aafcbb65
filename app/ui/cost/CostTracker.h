#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTimer;
class QWidget;

namespace fornax {
class RateCard;
class ResourceSample;
class ServerMonitor;
class ServerStatus;
class SessionRecorder;
class UsageLedger;
} // namespace fornax

namespace fornax::ui {

class HubContext;
class UsageDialog;

/**
 * What the signed-in server and its downloads cost: the usage ledger, the recorder that writes
 * the server's sessions into it from the hub's model, and the estimate ("this session ~$0.40,
 * this month ~$12") that follows the server minute by minute. Opens the usage and rate-card
 * dialogs. The estimate and any problem with the ledger go out as signals; the window and the
 * tray show them.
 */
class CostTracker : public QObject
{
    Q_OBJECT

public:
    CostTracker(const HubContext &hub, QObject *parent = nullptr);
    ~CostTracker() override;

    UsageLedger *ledger() const { return m_ledger.get(); }

    // A server of userName's to record, from monitor's polls of the hub's model; defaultSize is
    // the size a server started without one gets. Replaces the session recorded before.
    void startSession(const QString &userName, const QString &defaultSize, ServerMonitor *monitor);
    // Signed out or quitting: the recorder notes when the server was last seen running.
    void endSession();
    // The estimate runs by the minute while the server runs.
    void trackServer(const ServerStatus &status);
    // A resource sample of the running server: its session's peaks go to the ledger.
    void observeResources(const ResourceSample &sample);
    // Quitting: no more estimates.
    void stop();
    // Bytes that left the hub (files: how many, -1 when unknown) into the ledger; the estimate
    // follows.
    void recordDownload(const QString &userName, const QString &name, qint64 bytes, int files);
    void updateCost();

    // Settings ▸ Usage and costs, Settings ▸ Rates and budget, over parent.
    void showUsage(QWidget *parent);
    void showRateCard(QWidget *parent);

Q_SIGNALS:
    void estimateChanged(const QString &text);
    // Something the person should know about the ledger (it could not be written, it was set
    // aside as unreadable).
    void noticeRequested(const QString &text);
    void downloadRecorded(const QString &name, qint64 bytes);
    // The rate card was saved (the size picker shows its rates).
    void rateCardSaved();
    // A threshold of the year's credits or the monthly budget was reached (CreditYear::alerts).
    void creditAlert(const QString &hubId, const QString &occurrence, const QString &title,
                     const QString &body);
    // The usage page opened (the home folder's "Measure now" is wired to it).
    void usageShown(fornax::ui::UsageDialog *dialog);

private:
    const HubContext &m_hub;
    std::unique_ptr<UsageLedger> m_ledger;
    QTimer *m_timer;
    QPointer<SessionRecorder> m_recorder;
    bool m_ledgerWarned = false;
};

} // namespace fornax::ui
