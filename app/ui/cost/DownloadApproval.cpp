#include "DownloadApproval.h"

#include "CostTracker.h"
#include "EgressDialog.h"
#include "HubContext.h"
#include "Logging.h"
#include "Settings.h"
#include "account/Account.h"
#include "account/HubSession.h"
#include "cost/EgressPolicy.h"
#include "cost/UsageLedger.h"
#include "jupyter/ContentsSize.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>
#include <QWebEngineDownloadRequest>

#include <utility>

namespace fornax::ui {

DownloadApproval::DownloadApproval(const HubContext &hub, CostTracker *cost, QWidget *window,
                                   ServerUrl serverUrl, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_cost(cost)
    , m_window(window)
    , m_serverUrl(std::move(serverUrl))
{ }

bool DownloadApproval::approve(const QString &name, qint64 size)
{
    const EgressDecision decision =
        EgressPolicy::forHub(m_hub.hubKey(), *m_cost->ledger(), *m_hub.settings()).decide(size, name);
    qCInfo(lcCost) << "download of" << size << "bytes:" << int(decision.verdict);
    if (decision.isAllowed())
        return true;
    EgressDialog dialog(decision, m_window);
    bool wantsBudget = false;
    connect(&dialog, &EgressDialog::budgetSettingsRequested, this, [&wantsBudget] {
        wantsBudget = true;
    });
    const bool approved = dialog.exec() == QDialog::Accepted && !decision.isRefused();
    if (wantsBudget)
        QTimer::singleShot(0, this, &DownloadApproval::budgetSettingsRequested);
    return approved;
}

void DownloadApproval::record(const QString &name, qint64 bytes, int files)
{
    HubSession *session = m_hub.session();
    const QString account = session && session->account() ? session->account()->userName() : QString();
    m_cost->recordDownload(account, name, bytes, files);
}

qint64 DownloadApproval::sizeFromServer(const QUrl &download)
{
    HubSession *session = m_hub.session();
    if (!session || !session->client())
        return -1;
    // WebEngine wants its answer before downloadRequested returns: the lookup (a short request
    // with its own timeout) is waited for here, with user input held back.
    ContentsSize lookup(session->client());
    qint64 size = -1;
    QEventLoop loop;
    connect(&lookup, &ContentsSize::finished, &loop, [&size, &loop](qint64 found) {
        size = found;
        loop.quit();
    });
    if (!lookup.lookUp(m_serverUrl(), download))
        return -1;
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return size;
}

void DownloadApproval::handle(QWebEngineDownloadRequest *download)
{
    const qint64 size =
        download->totalBytes() >= 0 ? download->totalBytes() : sizeFromServer(download->url());
    if (!approve(download->downloadFileName(), size)) {
        download->cancel();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save download"),
        QDir(download->downloadDirectory()).filePath(download->downloadFileName()));
    if (path.isEmpty()) {
        download->cancel();
        return;
    }
    download->setDownloadDirectory(QFileInfo(path).absolutePath());
    download->setDownloadFileName(QFileInfo(path).fileName());
    // Whatever arrived left the hub, even if the download is cut off later: record that.
    connect(download, &QWebEngineDownloadRequest::isFinishedChanged, this,
            [this, download, name = QFileInfo(path).fileName()] {
                if (download->isFinished() && download->receivedBytes() > 0)
                    record(name, download->receivedBytes(),
                           download->state() == QWebEngineDownloadRequest::DownloadCompleted ? 1 : -1);
            });
    download->accept();
}

} // namespace fornax::ui
