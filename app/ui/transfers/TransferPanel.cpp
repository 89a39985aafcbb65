#include "TransferPanel.h"

#include "PlainText.h"

#include "TransferController.h"
#include "TransferListModel.h"
#include "TransferProgressDelegate.h"
#include "transfer/TransferJob.h"
#include "transfer/TransferQueue.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace fornax::ui {

namespace {

QPushButton *actionButton(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

TransferPanel::TransferPanel(TransferController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new TransferListModel(controller, this))
    , m_totals(new QLabel)
    , m_view(new QTableView)
    , m_cancelButton(actionButton(tr("&Cancel"), QStringLiteral("transferCancelButton"),
                                  tr("Cancel the selected transfers")))
    , m_retryButton(actionButton(tr("&Retry"), QStringLiteral("transferRetryButton"),
                                 tr("Start the selected transfers again")))
    , m_openFolderButton(actionButton(tr("&Open folder"), QStringLiteral("transferOpenFolderButton"),
                                      tr("Open the folder on this computer")))
    , m_showInBrowserButton(actionButton(tr("Show in &browser"),
                                         QStringLiteral("transferShowInBrowserButton"),
                                         tr("Show the folder on your server")))
    , m_clearButton(actionButton(tr("C&lear finished"), QStringLiteral("transferClearButton"),
                                 tr("Remove the finished transfers from the list")))
{
    setObjectName(QStringLiteral("transferPanel"));
    setAccessibleName(tr("Transfers"));
    m_totals->setObjectName(QStringLiteral("transferTotals"));
    PlainText::apply({m_totals}); // file names
    m_totals->setAccessibleName(tr("Transfer totals"));
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    m_view->setObjectName(QStringLiteral("transferList"));
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TransferListModel::ProgressColumn, new TransferProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(TransferListModel::NameColumn, QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(TransferListModel::NameColumn, 14 * em);
    m_view->setColumnWidth(TransferListModel::DirectionColumn, 7 * em);
    m_view->setColumnWidth(TransferListModel::ProgressColumn, 10 * em);
    m_view->setColumnWidth(TransferListModel::BytesColumn, 15 * em);
    m_view->setColumnWidth(TransferListModel::RateColumn, 8 * em);
    m_view->setColumnWidth(TransferListModel::TimeLeftColumn, 6 * em);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_cancelButton, m_retryButton, m_openFolderButton, m_showInBrowserButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto *cancelKey = new QShortcut(QKeySequence::Delete, m_view);
    cancelKey->setContext(Qt::WidgetShortcut);
    connect(cancelKey, &QShortcut::activated, this, &TransferPanel::cancelSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &TransferPanel::cancelSelected);
    connect(m_retryButton, &QPushButton::clicked, this, &TransferPanel::retrySelected);
    connect(m_openFolderButton, &QPushButton::clicked, this, &TransferPanel::openSelectedFolder);
    connect(m_showInBrowserButton, &QPushButton::clicked, this, &TransferPanel::showSelectedInBrowser);
    connect(m_clearButton, &QPushButton::clicked, controller, &TransferController::clearFinished);
    connect(m_view, &QTableView::activated, this, &TransferPanel::openSelectedFolder);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferPanel::updateActions);
    connect(controller->queue(), &TransferQueue::changed, this, [this] {
        updateTotals();
        updateActions();
    });
    updateTotals();
    updateActions();
}

QList<TransferJob *> TransferPanel::selectedJobs() const
{
    QList<TransferJob *> jobs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (TransferJob *job = m_model->job(index.row()))
            jobs.append(job);
    }
    return jobs;
}

void TransferPanel::selectJob(TransferJob *job)
{
    const int row = m_model->rowOf(job);
    if (row >= 0)
        m_view->selectRow(row);
}

QString TransferPanel::totalsText() const
{
    return m_totals->text();
}

void TransferPanel::setBrowserAvailable(bool available)
{
    m_browserAvailable = available;
    updateActions();
}

void TransferPanel::cancelSelected()
{
    for (TransferJob *job : selectedJobs())
        m_controller->cancel(job);
}

void TransferPanel::retrySelected()
{
    for (TransferJob *job : selectedJobs()) {
        if (job->state() == TransferJob::State::Failed || job->state() == TransferJob::State::Cancelled)
            m_controller->retry(job);
    }
}

void TransferPanel::openSelectedFolder()
{
    const QList<TransferJob *> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    const QString folder = TransferController::localFolder(jobs.constFirst());
    if (QFileInfo(folder).isDir())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void TransferPanel::showSelectedInBrowser()
{
    const QList<TransferJob *> jobs = selectedJobs();
    if (!jobs.isEmpty() && m_browserAvailable)
        Q_EMIT showInBrowserRequested(TransferController::remoteFolder(jobs.constFirst()));
}

void TransferPanel::updateTotals()
{
    const TransferQueue *queue = m_controller->queue();
    QString text = queue->summary();
    if (text.isEmpty()) {
        int finished = 0;
        int failed = 0;
        for (const TransferJob *job : queue->jobs()) {
            finished += job->state() == TransferJob::State::Finished ? 1 : 0;
            failed += job->state() == TransferJob::State::Failed ? 1 : 0;
        }
        if (queue->jobs().isEmpty())
            text = tr("No transfers. Drop files here to upload them.");
        else if (failed > 0)
            text = tr("%1; %n failed", nullptr, failed).arg(tr("%n transfer(s) done", nullptr, finished));
        else
            text = tr("%n transfer(s) done", nullptr, finished);
    }
    m_totals->setText(text);
}

void TransferPanel::updateActions()
{
    const QList<TransferJob *> jobs = selectedJobs();
    bool cancellable = false;
    bool retryable = false;
    for (const TransferJob *job : jobs) {
        cancellable = cancellable || !job->isDone();
        retryable = retryable || job->state() == TransferJob::State::Failed
            || job->state() == TransferJob::State::Cancelled;
    }
    m_cancelButton->setEnabled(cancellable);
    m_retryButton->setEnabled(retryable);
    m_openFolderButton->setEnabled(!jobs.isEmpty()
                                   && QFileInfo(TransferController::localFolder(jobs.constFirst())).isDir());
    m_showInBrowserButton->setEnabled(!jobs.isEmpty() && m_browserAvailable);
    m_showInBrowserButton->setVisible(m_browserAvailable);
    bool anyDone = false;
    for (const TransferJob *job : m_controller->queue()->jobs())
        anyDone = anyDone || job->isDone();
    m_clearButton->setEnabled(anyDone);
}

} // namespace fornax::ui
