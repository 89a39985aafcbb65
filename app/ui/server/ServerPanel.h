#pragma once

#include "hub/ServerStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fornax::ui {

/**
 * The signed-in page: the server's state in words, start progress, and the buttons that make
 * sense in that state (Start when stopped or failed, Cancel while starting, Stop while running).
 */
class ServerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPanel(QWidget *parent = nullptr);

    // sizeName: the running size as people know it ("Medium"); empty shows the profile's slug.
    void setStatus(const fornax::ServerStatus &status, const QString &sizeName = {});
    void setError(const QString &text);
    // The CostMeter's line (this session, this month), always worded as an estimate; empty hides it.
    void setCostEstimate(const QString &text);
    QString costEstimate() const;
    // Why, and until when, the server is kept from idling out ("Kept alive: upload, 40 %");
    // empty hides it.
    void setKeepAliveText(const QString &text);
    QString keepAliveText() const;

Q_SIGNALS:
    void startRequested();
    void stopRequested();

private:
    QLabel *m_state;
    QLabel *m_detail;
    QLabel *m_cost;
    QLabel *m_keepAlive;
    QProgressBar *m_progress;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
};

} // namespace fornax::ui
