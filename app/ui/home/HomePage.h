#pragma once

#include "cost/HomeFacts.h"

#include <QList>
#include <QString>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fornax::ui {

/**
 * The home page: the signed-in user's server and credits at a glance — state, size, time running
 * and this session's credits, when the hub may stop it (idle, time limit), the year's credits with
 * the forecast, the last session, running transfers and jobs — with buttons for the next steps.
 *
 * It only lays out what it is given (HomeFacts::View, the transfer queue's summary, the jobs); a
 * line given empty is not shown. It says when it is shown or hidden so that whoever feeds it can
 * update it only while someone can see it.
 */
class HomePage : public QWidget
{
    Q_OBJECT

public:
    // One running job as the page lists it: "fit-spectra.py" / "running, 12 min".
    struct Job
    {
        QString name;
        QString state;
    };

    explicit HomePage(QWidget *parent = nullptr);

    void setView(const fornax::HomeFacts::View &view);
    // The transfer queue's summary ("2 transfers, 40 MB of 1 GB"); empty: none running.
    void setTransfers(const QString &summary);
    // The jobs running now; the section is hidden while there are none.
    void setJobs(const QList<Job> &jobs);
    QList<Job> jobs() const { return m_jobList; }

Q_SIGNALS:
    void startRequested();
    void openLabRequested();
    void stopRequested();
    void transfersRequested();
    void usageRequested();
    // Shown or hidden (a page switch, the window minimised or hidden into the tray).
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // caption names the line for screen readers; shown beside it only where the line is not a
    // sentence that says it already.
    QLabel *addLine(QFormLayout *form, const QString &caption, const QString &objectName,
                    bool showCaption = false);
    static void setLine(QFormLayout *form, QLabel *label, const QString &text);
    QPushButton *addButton(const QString &text, const QString &objectName);

    QLabel *m_state;
    QFormLayout *m_serverForm;
    QLabel *m_size;
    QLabel *m_running;
    QLabel *m_session;
    QLabel *m_idle;
    QLabel *m_hardLimit;
    QFormLayout *m_creditForm;
    QLabel *m_yearUsed;
    QLabel *m_yearLeft;
    QLabel *m_forecast;
    QLabel *m_home; // the home folder's use and what it costs a month
    QGroupBox *m_lastBox;
    QLabel *m_lastSession;
    QLabel *m_transfers;
    QGroupBox *m_jobsBox;
    QVBoxLayout *m_jobsLayout;
    QList<Job> m_jobList;
    QPushButton *m_start;
    QPushButton *m_openLab;
    QPushButton *m_stop;
    QPushButton *m_transfersButton;
    QPushButton *m_usage;
};

} // namespace fornax::ui
