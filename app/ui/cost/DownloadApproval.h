#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QWebEngineDownloadRequest;
class QWidget;

namespace fornax::ui {

class CostTracker;
class HubContext;

/**
 * The one place every download the app makes or JupyterLab starts is approved before a byte
 * moves: EgressPolicy decides from the hub's budget and the ledger, and EgressDialog asks (or
 * explains a refusal). A download JupyterLab starts (QWebEngineDownloadRequest) is approved,
 * given a place to be saved, and recorded in the ledger with what arrived; when WebEngine does
 * not know its size yet, the user's server is asked (ContentsSize) and the answer waited for
 * here, in the window, since WebEngine needs the decision before the signal returns.
 */
class DownloadApproval : public QObject
{
    Q_OBJECT

public:
    // serverUrl: the single-user server the lab shows now (empty when none).
    using ServerUrl = std::function<QUrl()>;

    DownloadApproval(const HubContext &hub, CostTracker *cost, QWidget *window, ServerUrl serverUrl,
                     QObject *parent = nullptr);

    // size -1 when unknown. Blocks in the dialog's own event loop while it asks.
    bool approve(const QString &name, qint64 size);
    // Records bytes that left the hub (files: how many files, -1 when unknown).
    void record(const QString &name, qint64 bytes, int files = -1);
    // A download JupyterLab asked for: approved and saved where the person says, or cancelled.
    void handle(QWebEngineDownloadRequest *download);

Q_SIGNALS:
    // The refusal's "Budget settings…" was chosen: the rate card should open.
    void budgetSettingsRequested();

private:
    qint64 sizeFromServer(const QUrl &download);

    const HubContext &m_hub;
    CostTracker *m_cost;
    QPointer<QWidget> m_window;
    ServerUrl m_serverUrl;
};

} // namespace fornax::ui
