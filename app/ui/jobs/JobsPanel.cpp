#include "JobsPanel.h"

#include "PlainText.h"
#include "RunDropButton.h"
#include "jobs/JobList.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fornax::ui {

using fornax::JobList;

JobsPanel::JobsPanel(JobList *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_list(new QTreeWidget(this))
    , m_log(new QPlainTextEdit(this))
    , m_saved(new QLabel(this))
    , m_message(new QLabel(this))
    , m_run(new RunDropButton(tr("&Run…"), this))
    , m_open(new QPushButton(tr("&Open output"), this))
    , m_download(new QPushButton(tr("&Download outputs…"), this))
    , m_cancel(new QPushButton(tr("&Cancel job…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_list->setObjectName(QStringLiteral("jobList"));
    m_list->setAccessibleName(tr("Jobs on your server"));
    m_list->setHeaderLabels({tr("Job"), tr("State"), tr("Elapsed"), tr("Cost so far")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    for (int column : {StateColumn, ElapsedColumn, CostColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setAccessibleName(tr("End of the selected job's log"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setPlaceholderText(tr("Select a job to see the end of its log."));
    m_saved->setObjectName(QStringLiteral("jobSaved"));
    m_saved->setWordWrap(true);
    m_saved->hide();
    m_message->setObjectName(QStringLiteral("jobsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    // File names and log lines come from the server.
    PlainText::apply({m_saved, m_message});

    m_run->setObjectName(QStringLiteral("runJobButton"));
    m_run->setAccessibleName(tr("Run a notebook or script as a job"));
    m_run->setToolTip(tr("Run a notebook or script from this computer as a job (or drop one here). To run "
                         "one that is on your server, use “Run as job…” in Files on your server."));
    m_open->setObjectName(QStringLiteral("openOutputButton"));
    m_open->setAccessibleName(tr("Open the selected job's output"));
    m_download->setObjectName(QStringLiteral("downloadOutputsButton"));
    m_download->setAccessibleName(tr("Download the selected job's outputs"));
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setAccessibleName(tr("Cancel the selected job"));
    m_refresh->setObjectName(QStringLiteral("refreshJobsButton"));
    m_refresh->setAccessibleName(tr("Refresh the list of jobs"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {static_cast<QPushButton *>(m_run), m_open, m_download, m_cancel, m_refresh})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_message);
    layout->addWidget(m_saved);
    layout->addWidget(m_log, 1);
    setFocusProxy(m_list);

    connect(m_run, &QPushButton::clicked, this, &JobsPanel::runRequested);
    connect(m_run, &RunDropButton::dropped, this, &JobsPanel::fileDropped);
    connect(m_refresh, &QPushButton::clicked, this, &JobsPanel::refreshRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentJobId().isEmpty())
            Q_EMIT openOutputRequested(currentJobId());
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (!currentJobId().isEmpty())
            Q_EMIT downloadRequested(currentJobId());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!currentJobId().isEmpty())
            Q_EMIT cancelRequested(currentJobId());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &JobsPanel::showCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!currentJobId().isEmpty())
            Q_EMIT openOutputRequested(currentJobId());
    });
    if (jobs) {
        connect(jobs, &JobList::rowsInserted, this, &JobsPanel::rebuild);
        connect(jobs, &JobList::rowsRemoved, this, &JobsPanel::rebuild);
        connect(jobs, &JobList::modelReset, this, &JobsPanel::rebuild);
        connect(jobs, &JobList::dataChanged, this, &JobsPanel::rebuild);
    }
    rebuild();
}

void JobsPanel::setRateCard(const RateCard &card)
{
    m_card = card;
    rebuild();
}

void JobsPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString JobsPanel::message() const
{
    return m_message->text();
}

QString JobsPanel::currentJobId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(FileColumn, Qt::UserRole).toString() : QString();
}

void JobsPanel::selectJob(const QString &jobId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(FileColumn, Qt::UserRole).toString() == jobId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString JobsPanel::elapsedText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    const auto two = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    return QString::number(seconds / 3600) + QLatin1Char(':') + two((seconds / 60) % 60) + QLatin1Char(':')
        + two(seconds % 60);
}

int JobsPanel::rowOfCurrent() const
{
    const QString id = currentJobId();
    for (int row = 0; m_jobs && row < m_jobs->rowCount(); ++row) {
        if (m_jobs->index(row).data(JobList::IdRole).toString() == id)
            return row;
    }
    return -1;
}

void JobsPanel::rebuild()
{
    // Rows are made afresh from the model (a handful of jobs), keeping the selected job.
    const QString current = currentJobId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int row = 0; m_jobs && row < m_jobs->rowCount(); ++row) {
        const QModelIndex index = m_jobs->index(row);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(FileColumn, index.data(JobList::FileRole).toString());
        item->setData(FileColumn, Qt::UserRole, index.data(JobList::IdRole));
        item->setToolTip(FileColumn, index.data(JobList::IdRole).toString());
        item->setText(StateColumn, index.data(JobList::StateTextRole).toString());
        item->setText(ElapsedColumn, elapsedText(index.data(JobList::ElapsedSecondsRole).toLongLong()));
        const QVariant cost = index.data(JobList::CostRole);
        item->setText(CostColumn, cost.isValid() ? m_card.formatApproximate(cost.toDouble()) : tr("unknown"));
    }
    selectJob(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showCurrent();
}

void JobsPanel::showCurrent()
{
    const int row = rowOfCurrent();
    const QModelIndex index = m_jobs && row >= 0 ? m_jobs->index(row) : QModelIndex();
    const bool selected = index.isValid();
    m_open->setEnabled(selected);
    m_download->setEnabled(selected);
    m_cancel->setEnabled(selected && index.data(JobList::ActiveRole).toBool());
    const QString tail = selected ? index.data(JobList::LogTailRole).toString() : QString();
    if (m_log->toPlainText() != tail) {
        m_log->setPlainText(tail);
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    }
    const QVariant saved = selected ? index.data(JobList::SavedRole) : QVariant();
    m_saved->setText(saved.isValid() ? tr("This job stopped your server when it ended: that saved %1 "
                                          "of idle time before the hub would have stopped it.")
                                           .arg(m_card.formatApproximate(saved.toDouble()))
                                     : QString());
    m_saved->setVisible(saved.isValid());
}

} // namespace fornax::ui
