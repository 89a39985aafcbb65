// Sign-in through the hub's own login page inside the app, on a real display with real
// WebEngine, against the real hub and the real gnome-keyring of the test session: the token the
// app mints, where it is kept, a second start without the web page, sign-out, pasted tokens, and
// no token in any log line.
#include "GuiApplication.h"
#include "HomePage.h"
#include "MainWindow.h"
#include "PageScript.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "account/CredentialStore.h"
#include "account/HubSession.h"
#include "account/WebSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace fornax;
using fornax::ui::GuiApplication;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category) + QLatin1Char(' ') + message;
    }
    previousHandler(type, context, message);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webSignInMintsScopedTokenAndKeepsItInKeychain();
    void secondStartIsSignedInWithoutWebPageThenSignsOut();
    void pastedTokens();
    void cleanupTestCase();

private:
    QByteArray readKeychain(const Account &account, bool *missing);
    QJsonArray hubTokens(const QString &user);
    void waitForHub(GuiApplication &gui);

    test::TestHub m_hub;
    const QString m_user = QStringLiteral("signin-user");
    QByteArray m_token;
    std::optional<Account> m_account;
};

void TestSignIn::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("fornax.*.debug=true"));
}

void TestSignIn::waitForHub(GuiApplication &gui)
{
    QSignalSpy ready(&gui, &GuiApplication::hubReady);
    gui.start();
    QVERIFY(QTest::qWaitForWindowExposed(gui.mainWindow()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
}

QByteArray TestSignIn::readKeychain(const Account &account, bool *missing)
{
    CredentialStore store;
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    QSignalSpy absent(&store, &CredentialStore::tokenMissing);
    QSignalSpy failed(&store, &CredentialStore::storeFailed);
    store.readToken(account);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(read.size() + absent.size() + failed.size() == 1, 20'000);
    }();
    *missing = !absent.isEmpty();
    return read.isEmpty() ? QByteArray() : read.first().at(1).toByteArray();
}

QJsonArray TestSignIn::hubTokens(const QString &user)
{
    return m_hub.call("GET", QStringLiteral("users/%1/tokens").arg(user))
        .json()
        .object()
        .value(QLatin1String("api_tokens"))
        .toArray();
}

void TestSignIn::webSignInMintsScopedTokenAndKeepsItInKeychain()
{
    GuiApplication gui(m_hub.url().toString());
    waitForHub(gui);
    QSignalSpy signedIn(gui.session(), &HubSession::signedIn);

    auto *signIn = gui.mainWindow()->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QTRY_VERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(gui.mainWindow()->currentPage(), gui.signInPage());

    // The hub's own login form, in the app's web view.
    QWebEngineView *view = gui.signInPage()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->url().path().endsWith(QLatin1String("hub/login")), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(view->page(),
                             QStringLiteral("document.getElementById('password_input') !== null"))
            .toBool(),
        30'000);
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(),
                                              QStringLiteral("signin-hub-login-page"));
    view->page()->runJavaScript(QStringLiteral("document.getElementById('username_input').value = '%1';"
                                               "document.getElementById('password_input').value = '%2';"
                                               "document.getElementById('login_submit').click();")
                                    .arg(m_user, m_hub.password()));

    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 60'000);
    m_account = signedIn.first().first().value<Account>();
    QCOMPARE(m_account->userName(), m_user);
    QCOMPARE(m_account->origin(), Account::Origin::WebSignIn);
    QVERIFY(!m_account->tokenId().isEmpty());
    QVERIFY(m_account->tokenExpiry() > QDateTime::currentDateTimeUtc().addDays(29));
    QVERIFY(gui.mainWindow()->findChild<QLabel *>(QStringLiteral("accountLabel"))->text().contains(m_user));
    // Signed in with a stopped server: the home page.
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.homePage()),
                              20'000);
    QTRY_VERIFY_WITH_TIMEOUT(gui.mainWindow()
                                 ->findChild<QLabel *>(QStringLiteral("serverState"))
                                 ->text()
                                 .contains(QLatin1String("Stopped")),
                             20'000);
    test::TestArtifacts::saveWindowScreenshot(gui.mainWindow()->windowHandle(),
                                              QStringLiteral("signin-signed-in"));

    // The hub lists exactly this token, with the app's note, an expiry and the app's scopes.
    QJsonObject listed;
    for (const QJsonValue &token : hubTokens(m_user)) {
        if (token.toObject().value(QLatin1String("id")).toString() == m_account->tokenId())
            listed = token.toObject();
    }
    QCOMPARE(listed.value(QLatin1String("note")).toString(), WebSession::tokenNote());
    QVERIFY(!listed.value(QLatin1String("expires_at")).isNull());
    QStringList scopes;
    for (const QJsonValue &scope : listed.value(QLatin1String("scopes")).toArray())
        scopes << scope.toString();
    QVERIFY2(scopes.contains(QStringLiteral("servers!user=%1").arg(m_user)), qPrintable(scopes.join(u' ')));
    QVERIFY2(!scopes.contains(QLatin1String("admin:users")), qPrintable(scopes.join(u' ')));
    // The account token cannot reach the server; the server has a token of its own for that.
    QVERIFY2(!scopes.join(u' ').contains(QLatin1String("access:servers")), qPrintable(scopes.join(u' ')));
    QVERIFY(!m_account->serverTokenId().isEmpty());
    QStringList serverScopes;
    for (const QJsonValue &token : hubTokens(m_user)) {
        if (token.toObject().value(QLatin1String("id")).toString() != m_account->serverTokenId())
            continue;
        for (const QJsonValue &scope : token.toObject().value(QLatin1String("scopes")).toArray())
            serverScopes << scope.toString();
    }
    QVERIFY2(serverScopes.contains(QStringLiteral("access:servers!user=%1").arg(m_user)),
             qPrintable(serverScopes.join(u' ')));

    // The keychain holds it, and it is a working token for this user.
    bool missing = true;
    m_token = readKeychain(*m_account, &missing);
    QVERIFY(!missing);
    QVERIFY(!m_token.isEmpty());
    QCOMPARE(m_hub.call("GET", QStringLiteral("user"), {}, m_token)
                 .json()
                 .object()
                 .value(QLatin1String("name"))
                 .toString(),
             m_user);

    // The hub's session cookie reaches the profile's disk store (Chromium commits it within
    // about 30 s), so that a restart finds the web session: see gui.signin-restart.
    const QString cookies = gui.webProfile()->storagePath() + QStringLiteral("/Cookies");
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile file(cookies);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("jupyterhub-hub-login");
        }(),
        60'000);
    qInfo("session cookie stored on disk after %lld ms", elapsed.elapsed());
}

void TestSignIn::secondStartIsSignedInWithoutWebPageThenSignsOut()
{
    // A new process (ctest's gui.signin-restart) after gui.signin signed in through the web.
    GuiApplication gui(m_hub.url().toString());
    waitForHub(gui);
    QTRY_VERIFY_WITH_TIMEOUT(gui.session()->isSignedIn(), 30'000);
    m_account = gui.session()->account();
    QCOMPARE(m_account->userName(), m_user);
    QCOMPARE(m_account->origin(), Account::Origin::WebSignIn);
    bool missing = true;
    m_token = readKeychain(*m_account, &missing);
    QVERIFY(!m_token.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(gui.mainWindow()->currentPage(), static_cast<QWidget *>(gui.homePage()),
                              20'000);
    QVERIFY(gui.signInPage()->view()->url().isEmpty()); // the login page was never loaded

    // Sign out: revoked on the hub, gone from the keychain, the web profile emptied.
    QSignalSpy signedOut(gui.session(), &HubSession::signedOut);
    auto *signOut = gui.mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 30'000);

    for (const QJsonValue &token : hubTokens(m_user)) {
        QVERIFY(token.toObject().value(QLatin1String("id")).toString() != m_account->tokenId());
        QVERIFY(token.toObject().value(QLatin1String("id")).toString() != m_account->serverTokenId());
    }
    QCOMPARE(m_hub.call("GET", QStringLiteral("user"), {}, m_token).status, 403);
    QTRY_VERIFY_WITH_TIMEOUT((readKeychain(*m_account, &missing), missing), 20'000);

    QStringList cookieNames;
    QWebEngineCookieStore *store = gui.webProfile()->profile()->cookieStore();
    connect(store, &QWebEngineCookieStore::cookieAdded, this, [&cookieNames](const QNetworkCookie &cookie) {
        cookieNames << QString::fromLatin1(cookie.name());
    });
    QSignalSpy loaded(store, &QWebEngineCookieStore::cookieAdded);
    store->loadAllCookies();
    QVERIFY(!loaded.wait(1'000)); // no cookie left to announce
    QVERIFY(!cookieNames.contains(QLatin1String("jupyterhub-hub-login")));
    store->disconnect(this);
    QVERIFY(gui.mainWindow()
                ->findChild<QLabel *>(QStringLiteral("accountLabel"))
                ->text()
                .contains(QLatin1String("Not signed in")));
    QCOMPARE(gui.mainWindow()->currentPage()->objectName(), QStringLiteral("welcomePage"));
}

void TestSignIn::pastedTokens()
{
    const QString user = QStringLiteral("paste-user");
    const QByteArray good = m_hub.createToken(user, QStringLiteral("pasted by the test"));
    QVERIFY(!good.isEmpty());
    const QJsonObject revokedReply =
        m_hub.call("POST", QStringLiteral("users/%1/tokens").arg(user), R"({"note":"to revoke"})")
            .json()
            .object();
    const QByteArray revoked = revokedReply.value(QLatin1String("token")).toString().toUtf8();
    m_hub.call(
        "DELETE",
        QStringLiteral("users/%1/tokens/%2").arg(user, revokedReply.value(QLatin1String("id")).toString()));

    GuiApplication gui(m_hub.url().toString());
    waitForHub(gui);
    QSignalSpy signedIn(gui.session(), &HubSession::signedIn);
    QSignalSpy failed(gui.session(), &HubSession::signInFailed);

    gui.mainWindow()->pasteTokenRequested();
    auto *dialog = gui.mainWindow()->findChild<QDialog *>(QStringLiteral("tokenDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("tokenField"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("tokenError"));
    QCOMPARE(field->echoMode(), QLineEdit::Password);

    const auto submit = [&](const QByteArray &token) {
        field->setText(QString::fromUtf8(token));
        QTest::keyClick(field, Qt::Key_Return);
    };
    submit("not a token at all");
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(dialog->isVisible());

    submit(revoked);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10'000);
    QVERIFY(error->text().contains(QLatin1String("Sign in again")) || !error->text().isEmpty());
    QVERIFY(dialog->isVisible());
    test::TestArtifacts::saveScreenshot(dialog->grab().toImage(),
                                        QStringLiteral("signin-paste-token-refused"));

    submit(good);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10'000);
    QCOMPARE(signedIn.first().first().value<Account>().userName(), user);
    QCOMPARE(signedIn.first().first().value<Account>().origin(), Account::Origin::PastedToken);
    QTRY_VERIFY(!gui.mainWindow()->findChild<QDialog *>(QStringLiteral("tokenDialog")));
    m_token += ' ' + good + ' ' + revoked; // for the log check below
    gui.signOut();
}

void TestSignIn::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QMutexLocker lock(&logMutex);
    QVERIFY(capturedLog.size() > 5); // the log was really captured, with debug output on
    for (const QByteArray &token : m_token.split(' ')) {
        if (token.size() < 16)
            continue;
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QString::fromUtf8(token)),
                     qPrintable(QStringLiteral("a token in the log: ") + line.left(40)));
    }
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
