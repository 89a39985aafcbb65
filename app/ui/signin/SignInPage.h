#pragma once

#include "hub/HubUrl.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace fornax::ui {

/**
 * The hub's own login page, inside the app.
 *
 * Whatever the hub's authenticator is (a password form with an emailed code, CILogon or another
 * OAuth provider, PAM), the user signs in exactly as in a browser, in the hub's web profile.
 * When the browser reaches one of the hub's own pages after login, hubPageReached() tells the
 * app to check the session and turn it into an API token. A second way in, for hubs whose login
 * does not work inside an app, is a token pasted from the hub's token page.
 */
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    SignInPage(QWebEngineProfile *profile, QWidget *parent = nullptr);

    void load(const HubUrl &hub);
    void setMessage(const QString &text);
    QWebEngineView *view() const { return m_view; }

Q_SIGNALS:
    void hubPageReached();
    void pasteTokenRequested();

private:
    void handleLoad(bool ok);

    HubUrl m_hub;
    QLabel *m_message;
    QWebEngineView *m_view;
    QPushButton *m_pasteButton;
};

} // namespace fornax::ui
