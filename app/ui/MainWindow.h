#pragma once

#include "hub/HubError.h"
#include "hub/HubUrl.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace fornax::ui {

/**
 * The app's one window: a header naming the hub, and a central area that follows where the user
 * is (not signed in, signed in with a stopped server, ...).
 *
 * It shows what core objects report and forwards what the user asks for; it owns no protocol
 * logic. Until a hub is confirmed it shows the address it is checking and, on failure, the
 * reason in words with a way to try again.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setHub(const QString &name, const QString &address);
    void showHubChecking();
    void showHubFound(const fornax::HubUrl &hub, const QString &version);
    void showHubFailed(const fornax::HubError &error);

Q_SIGNALS:
    void signInRequested();
    void retryRequested();

private:
    QLabel *m_hubName;
    QLabel *m_hubAddress;
    QLabel *m_status;
    QPushButton *m_signInButton;
    QPushButton *m_retryButton;
};

} // namespace fornax::ui
