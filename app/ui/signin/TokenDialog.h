#pragma once

#include "hub/HubUrl.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fornax::ui {

/**
 * "Sign in with an API token": for hubs whose login cannot run inside an app. It points to the
 * hub's token page and takes the token the user copies from there; the app checks it with the
 * hub before keeping it. The field hides what is typed.
 */
class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TokenDialog(const HubUrl &hub, QWidget *parent = nullptr);

    QByteArray token() const;
    void setError(const QString &text);
    // While the hub checks the token: the field and Sign in are disabled.
    void setBusy(bool busy);

Q_SIGNALS:
    // The user asked to sign in with token(); the dialog stays open until accept() or an error.
    void tokenSubmitted(const QByteArray &token);

private:
    QLineEdit *m_token;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace fornax::ui
