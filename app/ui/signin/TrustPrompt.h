#pragma once

#include "hub/HubError.h"
#include "hub/HubUrl.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace fornax::ui {

/**
 * The questions the app asks before it trusts something with the user's sign-in: a plain-http
 * hub on another computer, a hub address that led to another site, a token with every
 * permission of the user — and the notice of what the app cannot do when the hub granted less.
 *
 * Each is a window-modal message box opened without blocking (found by its object name in
 * tests); answer(true) is called only when the user chose the button that accepts the risk,
 * answer(false) for every other way of closing it. All text is plain text: the hub's words and
 * addresses are never read as markup.
 */
class TrustPrompt
{
    Q_DECLARE_TR_FUNCTIONS(TrustPrompt)

public:
    using Answer = std::function<void(bool accepted)>;

    // "insecureHubConfirmation", accept button "useInsecureHubButton".
    static void askInsecureHub(QWidget *parent, const HubUrl &hub, const Answer &answer);
    // "redirectConfirmation", accept button "useRedirectedHubButton".
    static void askRedirectedHub(QWidget *parent, const QUrl &requested, const HubUrl &found,
                                 const Answer &answer);
    // "unscopedTokenConfirmation", accept button "allowUnscopedTokenButton". forServer: the
    // token would be sent to the user's server (else it stays in the app, for the hub's API).
    static void askUnscopedToken(QWidget *parent, bool forServer, const HubError &error,
                                 const Answer &answer);
    // "tokenLimitsNotice": what the app can and cannot do (TokenScopes::describe()).
    static void showLimits(QWidget *parent, const QString &description);
};

} // namespace fornax::ui
