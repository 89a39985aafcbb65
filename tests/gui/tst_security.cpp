// The window's side of issue 17, on a real display with real WebEngine against the real hub:
// the lab page hands only web and mail links to the system; a hub address that leads elsewhere,
// or plain http to another computer, is confirmed before any sign-in goes there (a recorder on
// another port proves that nothing did); a hub that grants less says so in a dialog; and text
// from hubs and servers is never read as markup.
#include "DropZone.h"
#include "FaultProxy.h"
#include "GuiApplication.h"
#include "LabPage.h"
#include "MainWindow.h"
#include "PageScript.h"
#include "ProfilePicker.h"
#include "ServerPanel.h"
#include "Settings.h"
#include "TestHub.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubSession.h"
#include "hub/HubClient.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace fornax;
using fornax::test::FaultProxy;
using fornax::ui::GuiApplication;

// Stands in for the desktop's handlers: whatever reached QDesktopServices lands here.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestSecurityGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labPageOpensOnlyWebAndMail();
    void newWindowsAreDecidedBeforeTheyLoad();
    void redirectedHubIsConfirmedBeforeAnyToken();
    void redirectOnTheSameOriginIsConfirmedToo();
    void plainHttpElsewhereNeedsConsent();
    void hubGrantingLessShowsWhatTheAppCannotDo();
    void serverTextIsNeverMarkup();

private:
    QUrl through(const FaultProxy &proxy, const QString &host = QStringLiteral("127.0.0.1")) const;
    static bool sawToken(const FaultProxy &proxy);
    QMessageBox *waitForBox(GuiApplication &gui, const QString &name);

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
};

void TestSecurityGui::initTestCase()
{
    QVERIFY(QGuiApplication::platformName() == QLatin1String("xcb"));
    qRegisterMetaType<HubError>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
}

QUrl TestSecurityGui::through(const FaultProxy &proxy, const QString &host) const
{
    QUrl url = m_hub.url();
    url.setHost(host);
    url.setPort(proxy.port());
    return url;
}

bool TestSecurityGui::sawToken(const FaultProxy &proxy)
{
    for (const FaultProxy::SeenRequest &request : proxy.requests()) {
        const QByteArray head = request.head.toLower();
        if (head.contains("authorization:") || head.contains("cookie:")
            || request.target.contains("/hub/login"))
            return true;
    }
    return false;
}

QMessageBox *TestSecurityGui::waitForBox(GuiApplication &gui, const QString &name)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = gui.mainWindow()->findChild<QMessageBox *>(name);
            return box && box->isVisible();
        },
        30'000);
    return shown ? box : nullptr;
}

void TestSecurityGui::labPageOpensOnlyWebAndMail()
{
    UrlRecorder recorder;
    const QStringList schemes {QStringLiteral("file"), QStringLiteral("fornax-evil"), QStringLiteral("https"),
                               QStringLiteral("mailto")};
    for (const QString &scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &recorder, "open");
    const auto unset = qScopeGuard([&schemes] {
        for (const QString &scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    });
    QWebEngineProfile profile;
    QWebEngineView view;
    auto *page = new ui::LabPage(&profile, HubUrl(m_hub.url()), &view);
    view.setPage(page);
    QSignalSpy refused(page, &ui::LabPage::externalOpenRefused);

    // The door itself: a local file and another application's handler stay shut, and say so.
    QVERIFY(!page->openExternally(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(!page->openExternally(QUrl(QStringLiteral("fornax-evil://run?cmd=rm"))));
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused.at(0).at(1).toString().contains(QStringLiteral("“file:”")),
             qPrintable(refused.at(0).at(1).toString()));
    QVERIFY(refused.at(1).at(1).toString().contains(QStringLiteral("“fornax-evil:”")));
    QVERIFY(recorder.opened.isEmpty());
    // Web and mail links go through.
    QVERIFY(page->openExternally(QUrl(QStringLiteral("https://archive.example.org/paper"))));
    QVERIFY(page->openExternally(QUrl(QStringLiteral("mailto:help@example.org"))));
    QCOMPARE(recorder.opened.size(), 2);

    // A real click on a link with a custom scheme in the page: refused the same way.
    page->setHtml(QStringLiteral("<html><body style='margin:0'><a id='x' href='fornax-evil://run?cmd=1' "
                                 "style='display:block;width:100vw;height:100vh'>x</a></body></html>"),
                  m_hub.url());
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Laid out, so that the click lands on the link.
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(
            page,
            QStringLiteral("document.getElementById('x') !== null && "
                           "document.getElementById('x').getBoundingClientRect().height > 100"))
            .toBool(),
        20'000);
    QTest::mouseClick(view.focusProxy(), Qt::LeftButton, {}, QPoint(100, 100));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 3, 10'000);
    QCOMPARE(refused.at(2).at(0).toUrl().scheme(), QStringLiteral("fornax-evil"));
    QCOMPARE(recorder.opened.size(), 2);
}

void TestSecurityGui::newWindowsAreDecidedBeforeTheyLoad()
{
    // Another origin of the hub's host (cookies are not port-scoped): a window opened for it
    // must go to the system browser without loading in the app's profile first, and a window
    // the page opens by itself, without a click, not at all. The recorder sees any request.
    FaultProxy elsewhere(quint16(m_hub.url().port()));
    QVERIFY(elsewhere.start());
    elsewhere.setRecording(true);
    const QString target = through(elsewhere).resolved(QUrl(QStringLiteral("external"))).toString();
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &recorder, "open");
    const auto unset = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    });
    QWebEngineProfile profile;
    QWebEngineView view;
    auto *page = new ui::LabPage(&profile, HubUrl(m_hub.url()), &view);
    view.setPage(page);
    QSignalSpy refused(page, &ui::LabPage::externalOpenRefused);
    page->setHtml(QStringLiteral("<html><body style='margin:0'><a id='x' target='_blank' href='%1' "
                                 "style='display:block;width:100vw;height:100vh'>x</a>"
                                 "<script>function later() { window.open('%1?by-itself'); }</script>"
                                 "</body></html>")
                      .arg(target),
                  m_hub.url());
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(
        test::evaluateScript(
            page,
            QStringLiteral("document.getElementById('x') !== null && "
                           "document.getElementById('x').getBoundingClientRect().height > 100"))
            .toBool(),
        20'000);
    // A click: handed to the system browser, and nothing loaded here.
    QTest::mouseClick(view.focusProxy(), Qt::LeftButton, {}, QPoint(100, 100));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.opened.size(), 1, 10'000);
    QCOMPARE(recorder.opened.first(), QUrl(target));
    // By itself (a timer, no gesture): refused, and said.
    test::evaluateScript(page, QStringLiteral("setTimeout(later, 10); true"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10'000);
    QVERIFY2(refused.first().at(1).toString().contains(QLatin1String("without a click")),
             qPrintable(refused.first().at(1).toString()));
    QCOMPARE(recorder.opened.size(), 1);
    // The page is still the one it was (nothing navigated it), after a round trip through it.
    QVERIFY(test::evaluateScript(page, QStringLiteral("document.getElementById('x') !== null")).toBool());
    QVERIFY2(elsewhere.requests().isEmpty(), elsewhere.requests().value(0).target.constData());
}

void TestSecurityGui::redirectedHubIsConfirmedBeforeAnyToken()
{
    // The app once signed in at the recorder (another loopback port, the real hub behind it);
    // now the address the user gives redirects there. Before this was fixed, the app resumed that
    // sign-in and sent the token at once.
    const QString user = QStringLiteral("gui-security-redirect");
    const QByteArray token = m_hub.createToken(user);
    FaultProxy recorder(quint16(m_hub.url().port()));
    QVERIFY(recorder.start());
    FaultProxy named(quint16(m_hub.url().port()));
    QVERIFY(named.start());
    {
        Settings settings;
        HubDirectory directory(&settings, &m_network);
        QSignalSpy added(&directory, &HubDirectory::hubAdded);
        directory.addHub(through(recorder).toString());
        QVERIFY(added.wait(30'000));
        const QString id = added.first().first().toString();
        Account account(through(recorder), user);
        QVERIFY(directory.addAccount(id, account));
        QVERIFY(directory.setCurrentAccount(id, user));
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::tokenWritten);
        store.writeToken(account, token);
        QVERIFY(written.wait(20'000));
    }
    recorder.setRecording(true);
    FaultProxy::Canned redirect;
    redirect.status = 302;
    redirect.headers = {"Location: "
                        + through(recorder).resolved(QUrl(QStringLiteral("hub/api/"))).toEncoded()};
    named.intercept("GET", QRegularExpression(QStringLiteral("/hub/api/?$")), redirect);

    {
        GuiApplication gui(through(named).toString());
        QSignalSpy ready(&gui, &GuiApplication::hubReady);
        gui.start();
        QMessageBox *box = waitForBox(gui, QStringLiteral("redirectConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(through(recorder).toDisplayString()));
        QVERIFY(!sawToken(recorder)); // asked before anything but the anonymous probe went there
        box->findChild<QPushButton *>(QStringLiteral("trustCancelButton"))->click();
        QTRY_VERIFY(gui.mainWindow()
                        ->findChild<QLabel *>(QStringLiteral("hubStatus"))
                        ->text()
                        .contains(QLatin1String("did not confirm")));
        // No session was made, so none can resume later.
        QCOMPARE(ready.size(), 0);
        QVERIFY(!gui.session());
        QVERIFY(!sawToken(recorder));
    }
    // Confirmed, the sign-in is resumed there (which also shows the recorder sees tokens).
    {
        GuiApplication gui(through(named).toString());
        gui.start();
        QMessageBox *box = waitForBox(gui, QStringLiteral("redirectConfirmation"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("useRedirectedHubButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(gui.session() && gui.session()->isSignedIn(), 30'000);
        QVERIFY(sawToken(recorder));
        gui.signOut();
    }
}

void TestSecurityGui::redirectOnTheSameOriginIsConfirmedToo()
{
    // The hub's own origin, another path. Into a user's single-user server (whoever runs it
    // answers like a hub there): refused outright, nothing but the anonymous probe goes there.
    // Under another prefix: asked first, like another origin. Before, only origins were compared.
    FaultProxy::Canned hub;
    hub.headers = {"Content-Type: application/json"};
    hub.body = R"({"version": "5.2.1"})";
    const auto redirectTo = [](const QByteArray &path) {
        FaultProxy::Canned redirect;
        redirect.status = 302;
        redirect.headers = {"Location: " + path};
        return redirect;
    };
    const QString prefix = m_hub.url().path();
    FaultProxy mallory(quint16(m_hub.url().port()));
    QVERIFY(mallory.start());
    mallory.intercept("GET", QRegularExpression(QStringLiteral("^%1hub/api/?$").arg(prefix)),
                      redirectTo(prefix.toUtf8() + "user/mallory/hub/api/"));
    mallory.intercept("GET", QRegularExpression(QStringLiteral("^%1user/mallory/hub/api/?").arg(prefix)),
                      hub);
    {
        GuiApplication gui(through(mallory).toString());
        QSignalSpy ready(&gui, &GuiApplication::hubReady);
        gui.start();
        QTRY_VERIFY_WITH_TIMEOUT(gui.mainWindow()
                                     ->findChild<QLabel *>(QStringLiteral("hubStatus"))
                                     ->text()
                                     .contains(QLatin1String("must not go")),
                                 30'000);
        QVERIFY(gui.mainWindow()
                    ->findChild<QLabel *>(QStringLiteral("hubStatus"))
                    ->text()
                    .contains(QLatin1String("user/mallory/")));
        QCOMPARE(ready.size(), 0);
        QVERIFY(!gui.session());
        QVERIFY(!sawToken(mallory));
    }

    FaultProxy moved(quint16(m_hub.url().port()));
    QVERIFY(moved.start());
    moved.intercept("GET", QRegularExpression(QStringLiteral("^%1hub/api/?$").arg(prefix)),
                    redirectTo(prefix.toUtf8() + "elsewhere/hub/api/"));
    moved.intercept("GET", QRegularExpression(QStringLiteral("^%1elsewhere/hub/api/?$").arg(prefix)), hub);
    GuiApplication gui(through(moved).toString());
    gui.start();
    QMessageBox *box = waitForBox(gui, QStringLiteral("redirectConfirmation"));
    QVERIFY(box);
    QVERIFY(
        box->text().contains(through(moved).resolved(QUrl(QStringLiteral("elsewhere/"))).toDisplayString()));
    QVERIFY(!sawToken(moved));
    box->findChild<QPushButton *>(QStringLiteral("trustCancelButton"))->click();
}

void TestSecurityGui::plainHttpElsewhereNeedsConsent()
{
    QString lanAddress;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            lanAddress = address.toString();
            break;
        }
    }
    if (lanAddress.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address to play another computer");
    FaultProxy remote(quint16(m_hub.url().port()));
    QVERIFY(remote.start(QHostAddress(lanAddress)));
    remote.setRecording(true);
    GuiApplication gui(through(remote, lanAddress).toString());
    QSignalSpy ready(&gui, &GuiApplication::hubReady);
    gui.start();
    QMessageBox *box = waitForBox(gui, QStringLiteral("insecureHubConfirmation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("without encryption")));
    box->findChild<QPushButton *>(QStringLiteral("trustCancelButton"))->click();
    QTRY_VERIFY(gui.mainWindow()
                    ->findChild<QLabel *>(QStringLiteral("hubStatus"))
                    ->text()
                    .contains(QLatin1String("no encryption")));
    QCOMPARE(ready.size(), 0);
    QVERIFY(!sawToken(remote));
}

void TestSecurityGui::hubGrantingLessShowsWhatTheAppCannotDo()
{
    // The fixture's user without read:users:activity and access:servers, signing in with a token.
    const QString user = QStringLiteral("scope-limited-window");
    const QByteArray pasted = m_hub.createToken(user);
    QVERIFY(!pasted.isEmpty());
    GuiApplication gui(m_hub.url().toString());
    QSignalSpy ready(&gui, &GuiApplication::hubReady);
    gui.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30'000);
    QSignalSpy signedIn(gui.session(), &HubSession::signedIn);
    gui.mainWindow()->pasteTokenRequested();
    auto *field = gui.mainWindow()->findChild<QLineEdit *>(QStringLiteral("tokenField"));
    QVERIFY(field);
    field->setText(QString::fromUtf8(pasted));
    QTest::keyClick(field, Qt::Key_Return);
    QMessageBox *box = waitForBox(gui, QStringLiteral("tokenLimitsNotice"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLatin1String("Cannot: open your files"))
                 && box->informativeText().contains(QLatin1String("Cannot: show how long"))
                 && box->informativeText().contains(QLatin1String("Can: start, stop")),
             qPrintable(box->informativeText()));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(!gui.mainWindow()->findChild<QMessageBox *>(QStringLiteral("unscopedTokenConfirmation")));
    QVERIFY(!gui.session()->client()->hasServerToken());
    box->accept();
    gui.signOut();
}

void TestSecurityGui::serverTextIsNeverMarkup()
{
    const QString hostile = QStringLiteral("<img src='http://127.0.0.1:9/x'><b>big</b>");
    const auto checkLabels = [&hostile](QWidget *root) {
        int seen = 0;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->text().contains(hostile))
                continue;
            ++seen;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
        QVERIFY2(seen > 0, "the hostile text was not shown at all");
    };

    ui::ProfilePicker picker;
    Profile profile;
    profile.slug = QStringLiteral("small");
    profile.displayName = hostile;
    profile.description = hostile;
    picker.setProfiles({profile}, QString());
    checkLabels(&picker);
    for (QWidget *widget : picker.findChildren<QWidget *>())
        QVERIFY(!widget->toolTip().contains(hostile) || widget->toolTip().contains(QLatin1String("&lt;img")));

    ui::ServerPanel panel;
    ServerStatus status;
    status.state = ServerStatus::State::Starting;
    status.message = hostile;
    panel.setStatus(status);
    checkLabels(&panel);

    QWidget target;
    ui::DropZone zone(&target);
    zone.setFolder(hostile);
    zone.overlay()->setText(ui::DropZone::folderText(hostile));
    checkLabels(&target);

    ui::MainWindow window;
    window.showHubFound(HubUrl(m_hub.url()), hostile);
    window.setNotice(hostile);
    checkLabels(&window);
}

QTEST_MAIN(TestSecurityGui)
#include "tst_security.moc"
