#include "SignInPage.h"

#include "PlainText.h"

#include "Logging.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace fornax::ui {

namespace {

// A page of the hub other than the ones a login passes through.
bool isSignedInHubPage(const HubUrl &hub, const QUrl &url)
{
    if (!hub.isSameOrigin(url))
        return false;
    const QString hubPath = hub.base().path() + QLatin1String("hub/");
    const QString path = url.path();
    if (!path.startsWith(hubPath))
        return path.startsWith(hub.base().path() + QLatin1String("user/"));
    const QString page = path.mid(hubPath.size());
    return !page.startsWith(QLatin1String("login")) && !page.startsWith(QLatin1String("logout"))
        && !page.startsWith(QLatin1String("oauth")) && !page.startsWith(QLatin1String("api/"))
        && !page.startsWith(QLatin1String("static/"));
}

} // namespace

SignInPage::SignInPage(QWebEngineProfile *profile, QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel)
    , m_view(new QWebEngineView)
    , m_pasteButton(new QPushButton(tr("Sign in with an API &token instead…")))
{
    setObjectName(QStringLiteral("signInPage"));
    m_view->setPage(new QWebEnginePage(profile, m_view));
    m_view->setObjectName(QStringLiteral("signInView"));
    m_view->setAccessibleName(tr("The hub's sign-in page"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    PlainText::apply({m_message}); // the hub's words
    m_message->setWordWrap(true);
    m_message->hide();
    m_pasteButton->setObjectName(QStringLiteral("pasteTokenButton"));
    m_pasteButton->setAccessibleName(tr("Sign in with an API token instead"));

    auto *intro = new QLabel(tr("Sign in as you would in a browser. The app then keeps a sign-in of "
                                "its own in your system keychain, so you need not do this again."));
    intro->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_pasteButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_view, &QWebEngineView::loadFinished, this, &SignInPage::handleLoad);
    connect(m_pasteButton, &QPushButton::clicked, this, &SignInPage::pasteTokenRequested);
}

void SignInPage::load(const HubUrl &hub)
{
    m_hub = hub;
    m_view->load(hub.hubPageUrl(QStringLiteral("login")));
    // The keyboard goes to the page, so a person can type their name at once (the login form
    // puts the cursor in its first field itself).
    m_view->setFocus();
}

void SignInPage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInPage::handleLoad(bool ok)
{
    const QUrl url = m_view->url();
    // The path only: the query may carry the hub's state parameters.
    qCInfo(lcUi).noquote() << "sign-in page loaded:" << url.path() << (ok ? "" : "(failed)");
    if (ok && isSignedInHubPage(m_hub, url))
        Q_EMIT hubPageReached();
}

} // namespace fornax::ui
