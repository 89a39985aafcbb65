#pragma once

#include "cost/RateCard.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fornax {
class JobList;
}

namespace fornax::ui {

class RunDropButton;

/**
 * The Jobs panel: the jobs on the user's server (JobList: state, elapsed time, cost so far),
 * the selected job's log tail and, for a job that stopped its server, what that saved; and the
 * actions — Run… (which also takes a dropped local notebook or script), Open output, Download
 * outputs…, Cancel job… and Refresh. It only shows and asks: every action is a signal the
 * JobsController carries out. All of it works by keyboard; every control has an accessible name.
 */
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(fornax::JobList *jobs, QWidget *parent = nullptr);

    void setRateCard(const fornax::RateCard &card);
    // A line under the list: what happened to the last action, or why the list is not there.
    void setMessage(const QString &text);
    QString message() const;

    QTreeWidget *list() const { return m_list; }
    QString currentJobId() const;
    void selectJob(const QString &jobId);
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *savedLabel() const { return m_saved; }
    // "1:02:03"; "-" before it started.
    static QString elapsedText(qint64 seconds);

    enum Column { FileColumn, StateColumn, ElapsedColumn, CostColumn };

Q_SIGNALS:
    void runRequested();
    void fileDropped(const QString &localPath);
    void openOutputRequested(const QString &jobId);
    void downloadRequested(const QString &jobId);
    void cancelRequested(const QString &jobId);
    void refreshRequested();

private:
    void rebuild();
    void showCurrent();
    int rowOfCurrent() const;

    QPointer<fornax::JobList> m_jobs;
    fornax::RateCard m_card;
    QTreeWidget *m_list;
    QPlainTextEdit *m_log;
    QLabel *m_saved;
    QLabel *m_message;
    RunDropButton *m_run;
    QPushButton *m_open;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QPushButton *m_refresh;
};

} // namespace fornax::ui
