#include "TrustPrompt.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace fornax::ui {

namespace {

// A plain-text, window-modal box that calls answer once, with true only for accept.
QMessageBox *openBox(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
                     const QString &text, const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details);
    // The informative text has a label of its own, which would otherwise guess at markup.
    for (QLabel *label : box->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void ask(QMessageBox *box, const QString &acceptText, const QString &acceptName,
         const TrustPrompt::Answer &answer)
{
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(acceptName);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("trustCancelButton"));
    // Safe by default: Return and Escape both decline.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, answer](int) {
        answer(box->clickedButton() == accept);
    });
    box->open();
}

} // namespace

void TrustPrompt::askInsecureHub(QWidget *parent, const HubUrl &hub, const Answer &answer)
{
    QMessageBox *box = openBox(
        parent, QStringLiteral("insecureHubConfirmation"), QMessageBox::Warning, tr("Unencrypted connection"),
        tr("%1 is reached over plain http://, without encryption.").arg(hub.toDisplayString()),
        tr("Your password, your session and the app's sign-in would cross the network readable by anyone "
           "on the way (a shared Wi-Fi, a proxy), who could then act as you on this hub. Use its https:// "
           "address if it has one. Continue only on a network you trust."));
    ask(box, tr("&Use it without encryption"), QStringLiteral("useInsecureHubButton"), answer);
}

void TrustPrompt::askRedirectedHub(QWidget *parent, const QUrl &requested, const HubUrl &found,
                                   const Answer &answer)
{
    QMessageBox *box = openBox(
        parent, QStringLiteral("redirectConfirmation"), QMessageBox::Warning, tr("The hub is somewhere else"),
        tr("%1 sent the app on to %2.").arg(HubUrl(requested).toDisplayString(), found.toDisplayString()),
        tr("Signing in there sends your password and the app's sign-in to %1. Continue only if you know "
           "that %1 is your hub; if you did not expect this, someone may be redirecting you.")
            .arg(found.base().host()));
    ask(box, tr("&Continue to %1").arg(found.base().host()), QStringLiteral("useRedirectedHubButton"),
        answer);
}

void TrustPrompt::askUnscopedToken(QWidget *parent, bool forServer, const HubError &error,
                                   const Answer &answer)
{
    const QString what = forServer
        ? tr("The hub would not give the app a sign-in limited to your server, so files, transfers "
             "and terminals cannot work.")
        : tr("The hub would not give the app a sign-in limited to what it needs.");
    QString risk = tr("The app can ask instead for a sign-in with every permission your account has (for an "
                      "administrator: everything on the hub), valid as long as the usual one.");
    if (forServer)
        risk += QLatin1Char(' ')
            + tr("It would be sent to your server, where any software running there could read it and "
                 "act as you on the hub.");
    QMessageBox *box = openBox(parent, QStringLiteral("unscopedTokenConfirmation"), QMessageBox::Warning,
                               tr("A sign-in with every permission?"), what,
                               risk + QLatin1Char('\n') + tr("The hub said: %1").arg(error.message()));
    ask(box, tr("&Allow every permission"), QStringLiteral("allowUnscopedTokenButton"), answer);
}

void TrustPrompt::showLimits(QWidget *parent, const QString &description)
{
    QMessageBox *box = openBox(
        parent, QStringLiteral("tokenLimitsNotice"), QMessageBox::Information, tr("Signed in with limits"),
        tr("The hub gave the app less than it asked for. Signed in; this is what the app can and "
           "cannot do with it:"),
        description);
    box->addButton(QMessageBox::Ok);
    box->open();
}

} // namespace fornax::ui
