// A person's first session with the real app, end to end, driven only from outside: a clean
// home -> the welcome page -> Sign in -> user name and password typed into the hub's own login
// page -> Small -> Start -> the server's page (JupyterLab, or Notebook's tree on the test hub) ->
// a folder of 200 files dragged from another program onto the window (a real XDND drop) -> it
// arrives on the server -> downloaded back through the remote file browser -> identical bytes
// -> Stop from the tray -> Quit from the tray -> the process is gone and nothing runs on the hub.
// A screenshot of the whole screen is kept at each step (process-session-NN-*.png).
#include "AppUnderTest.h"
#include "ProcessProbe.h"
#include "TestArtifacts.h"
#include "TestHub.h"
#include "XDisplay.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using fornax::test::AppUnderTest;
using fornax::test::ProcessProbe;
using fornax::test::XDisplay;

namespace {

const QString User = QStringLiteral("process-session");
constexpr int FileCount = 200;

QMap<QString, QByteArray> treeDigest(const QString &root)
{
    QMap<QString, QByteArray> digest;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        digest.insert(QDir(root).relativeFilePath(path),
                      QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return digest;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aPersonsFirstSession();

private:
    QJsonObject servers() const;
    QString shot(const QString &name);
    bool waitForTitle(AppUnderTest &app, const QString &part, std::chrono::milliseconds timeout);
    quint64 waitForWindow(qint64 pid, const QString &title, std::chrono::milliseconds timeout);
    quint64 trayIcon(qint64 pid);
    void dragOnto(const QString &folder, const QPoint &target);

    fornax::test::TestHub m_hub;
    QTemporaryDir m_local;
    XDisplay m_display;
    std::unique_ptr<AppUnderTest> m_app;
    int m_step = 0;
    QStringList m_shots;
};

void TestSession::initTestCase()
{
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_local.isValid());
    QVERIFY2(m_display.hasTrayHost(), "the test session's display must run a tray host (trayer)");
    // A clean home: nothing of an earlier run, on this computer or on the server.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        QDir(qEnvironmentVariable(variable)).removeRecursively();
    QVERIFY(m_hub.ensureUser(User));
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    QTRY_VERIFY_WITH_TIMEOUT(servers().isEmpty(), 60'000);
    QDir(m_hub.homeOf(User) + QStringLiteral("/survey-200")).removeRecursively();

    // 200 small files of random bytes in two folders, as a person's results might be.
    const QString source = m_local.filePath(QStringLiteral("survey-200"));
    for (int i = 0; i < FileCount; ++i) {
        const QString path = QStringLiteral("%1/%2/frame-%3.dat")
                                 .arg(source, i < 100 ? QStringLiteral("a") : QStringLiteral("b"))
                                 .arg(i, 3, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(1000 + QRandomGenerator::global()->bounded(9000), Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(file.write(bytes) == bytes.size());
    }
}

void TestSession::cleanupTestCase()
{
    if (m_app && m_app->isRunning())
        m_app->kill();
    if (m_app) {
        // What the app said on stderr, beside the screenshots, for whoever looks at a failure.
        QFile log(QDir(fornax::test::TestArtifacts::directory())
                      .filePath(QStringLiteral("process-session-app.log")));
        if (log.open(QIODevice::WriteOnly))
            log.write(m_app->log().toUtf8());
    }
    m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    qInfo().noquote() << "Screenshots:\n" << m_shots.join(QLatin1Char('\n'));
}

QJsonObject TestSession::servers() const
{
    return m_hub.call("GET", QStringLiteral("users/") + User)
        .json()
        .object()
        .value(QLatin1String("servers"))
        .toObject();
}

QString TestSession::shot(const QString &name)
{
    const QString path = m_display.screenshot(
        QStringLiteral("process-session-%1-%2").arg(++m_step, 2, 10, QLatin1Char('0')).arg(name));
    m_shots << path;
    return path;
}

bool TestSession::waitForTitle(AppUnderTest &app, const QString &part, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (m_display.title(app.waitForMainWindow(5s)).contains(part))
            return true;
        QTest::qWait(100);
    }
    return false;
}

quint64 TestSession::waitForWindow(qint64 pid, const QString &title, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        const QList<quint64> found = m_display.windows(pid, title);
        if (!found.isEmpty())
            return found.constLast();
        QTest::qWait(100);
    }
    return 0;
}

quint64 TestSession::trayIcon(qint64 pid)
{
    for (const quint64 window : m_display.windows(pid)) {
        const QRect rect = m_display.geometry(window);
        if (rect.isValid() && rect.width() <= 64 && rect.height() <= 64)
            return window;
    }
    return 0;
}

void TestSession::dragOnto(const QString &folder, const QPoint &target)
{
    // Another program offers the folder the way a file manager does; the pointer carries it
    // over, as a hand would: pressed on the source, moved across in steps, released on the app.
    QProcess source;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display.name());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    source.setProcessEnvironment(environment);
    source.start(QStringLiteral(FORNAX_DRAG_SOURCE_BINARY), {folder});
    QVERIFY(source.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += source.readAllStandardOutput()).contains("ready"), 20'000);
    const quint64 sourceWindow =
        waitForWindow(source.processId(), QStringLiteral("fornax-test-dragsource"), 20s);
    QVERIFY(sourceWindow != 0);
    const QRect from = m_display.geometry(sourceWindow);
    QVERIFY(m_display.moveTo(from.center()));
    QVERIFY(m_display.xdotool({QStringLiteral("mousedown"), QStringLiteral("1")}).isEmpty());
    const QPoint start = from.center();
    constexpr int Steps = 25;
    for (int i = 1; i <= Steps; ++i) {
        // The pace of a hand: each step gives the two programs' XDND exchange time to happen.
        QVERIFY(m_display.moveTo(start + (target - start) * i / Steps));
        QTest::qWait(40);
    }
    QTest::qWait(300); // hovering over the target, as a person does before letting go
    shot(QStringLiteral("dragging-over-the-window"));
    QVERIFY(m_display.xdotool({QStringLiteral("mouseup"), QStringLiteral("1")}).isEmpty());
    // The source hears how the drop went: the app took it as a copy. (On X11 Qt's source reports
    // the last action the target offered, before the target has read the data.)
    QTRY_VERIFY_WITH_TIMEOUT((said += source.readAllStandardOutput()).contains("drag: "), 10'000);
    QVERIFY2(said.contains("drag: copy"), said.constData());
    // The source stays until the app has read what was dropped, as a file manager does: the
    // paths travel from it only when the app asks for them, after the drop.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->logTime(QStringLiteral("dropped for upload")) >= 0
                                 || m_app->logTime(QStringLiteral("drop refused")) >= 0,
                             10'000);
    source.kill();
    source.waitForFinished();
    QVERIFY2(m_app->logTime(QStringLiteral("dropped for upload")) >= 0, qPrintable(m_app->log()));
}

void TestSession::aPersonsFirstSession()
{
    m_app = std::make_unique<AppUnderTest>(QStringLiteral(FORNAX_DESKTOP_BINARY), m_display);
    AppUnderTest &app = *m_app;
    app.environment().insert(QStringLiteral("FORNAX_HUB"), m_hub.url().toString());
    QTemporaryDir runtime;
    app.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QVERIFY(app.start());

    // The welcome page, the hub checked: Sign in is the default button.
    QVERIFY2(app.waitForMainWindow() != 0, qPrintable(app.log()));
    // Looked up afresh each time: Qt replaces the native window when the web page first shows.
    const auto window = [&app] {
        return app.waitForMainWindow(5s);
    };
    QVERIFY2(app.waitForLog(QStringLiteral("hub opened:"), 30s) >= 0, qPrintable(app.log()));
    shot(QStringLiteral("welcome"));
    QVERIFY(m_display.key(window(), QStringLiteral("alt+s"))); // &Sign in

    // The hub's own login page inside the app: a person types into it.
    QVERIFY2(app.waitForLog(QStringLiteral("sign-in page loaded: /hub/login"), 60s) >= 0,
             qPrintable(app.log()));
    shot(QStringLiteral("hub-login-page"));
    QVERIFY(m_display.type(window(), User));
    QVERIFY(m_display.key(window(), QStringLiteral("Tab")));
    QVERIFY(m_display.type(window(), m_hub.password()));
    shot(QStringLiteral("credentials-typed"));
    QVERIFY(m_display.key(window(), QStringLiteral("Return")));

    // Signed in: the app turned the web session into a token; the server is stopped, so the
    // home page shows, and its "Start my server…" the sizes.
    QVERIFY2(app.waitForLog(QStringLiteral("signed in to"), 60s) >= 0, qPrintable(app.log()));
    QVERIFY2(app.waitForLog(QStringLiteral("showing the server: stopped"), 30s) >= 0, qPrintable(app.log()));
    QVERIFY2(app.waitForLog(QStringLiteral("showing page: homePage"), 30s) >= 0, qPrintable(app.log()));
    shot(QStringLiteral("home"));
    QVERIFY(m_display.key(window(), QStringLiteral("alt+s"))); // &Start my server…
    QVERIFY2(app.waitForLog(QStringLiteral("showing page: profilePicker"), 30s) >= 0, qPrintable(app.log()));
    QVERIFY2(app.waitForLog(QStringLiteral("the hub offers 4 server size(s)"), 30s) >= 0,
             qPrintable(app.log()));
    shot(QStringLiteral("sizes"));
    // Small is the smallest, recommended and the hub's default: chosen already; start it.
    QVERIFY(m_display.key(window(), QStringLiteral("alt+s"))); // &Start server
    QVERIFY2(app.waitForLog(QStringLiteral("showing the server: starting"), 30s) >= 0, qPrintable(app.log()));
    shot(QStringLiteral("starting"));
    QVERIFY2(app.waitForLog(QStringLiteral("showing the server: running"), 90s) >= 0, qPrintable(app.log()));
    QFile options(m_hub.homeOf(User) + QStringLiteral("/.fornax-fixture/user_options.json"));
    QVERIFY(options.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(options.readAll()).object().value(QLatin1String("profile")).toString(),
             QStringLiteral("small"));

    // The server's own page in the window (Notebook's tree on the test hub; JupyterLab on Fornax).
    QVERIFY2(waitForTitle(app, QStringLiteral("Home"), 60s)
                 || waitForTitle(app, QStringLiteral("JupyterLab"), 1s),
             qPrintable(m_display.title(window())));
    shot(QStringLiteral("server-page"));
    app.snapshotChildren();

    // A folder of 200 files dropped onto the window, outside the page (which takes its own
    // drops): the header. It goes into the home folder on the server.
    const QString folder = m_local.filePath(QStringLiteral("survey-200"));
    const QRect frame = m_display.geometry(window());
    dragOnto(folder, frame.topLeft() + QPoint(frame.width() / 3, 45));
    if (QTest::currentTestFailed())
        return;
    const QString remote = m_hub.homeOf(User) + QStringLiteral("/survey-200");
    QTRY_VERIFY2_WITH_TIMEOUT(treeDigest(remote).size() == FileCount, qPrintable(app.log()), 60'000);
    QCOMPARE(treeDigest(remote), treeDigest(folder));
    shot(QStringLiteral("uploaded"));

    // Back through the remote file browser: select the folder, Download…, pick a local folder.
    const QString downloads = m_local.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(downloads));
    QVERIFY(m_display.key(window(), QStringLiteral("ctrl+shift+f"))); // View ▸ Files on your server
    quint64 dialog = 0;
    const QDeadlineTimer deadline(30'000);
    while (dialog == 0 && !deadline.hasExpired()) {
        // The list loads in the background: type the name to select it, then Download (Ctrl+D);
        // until the list has it, nothing opens and the person tries again.
        m_display.xdotool({QStringLiteral("type"), QStringLiteral("survey-200")});
        m_display.xdotool({QStringLiteral("key"), QStringLiteral("ctrl+d")});
        dialog = waitForWindow(app.pid(), QStringLiteral("Download"), 1500ms);
    }
    QVERIFY2(dialog != 0, "the remote browser's Download… did not ask where to");
    shot(QStringLiteral("download-where"));
    QVERIFY(m_display.key(dialog, QStringLiteral("ctrl+a")));
    QVERIFY(m_display.type(dialog, downloads));
    QVERIFY(m_display.key(dialog, QStringLiteral("Return")));
    QTRY_VERIFY_WITH_TIMEOUT(treeDigest(downloads + QStringLiteral("/survey-200")).size() == FileCount,
                             60'000);
    QCOMPARE(treeDigest(downloads + QStringLiteral("/survey-200")), treeDigest(folder));
    shot(QStringLiteral("downloaded"));

    // Nothing of the transfers stays on the server: no terminal left running.
    QVERIFY(servers().value(QLatin1String("")).toObject().value(QLatin1String("ready")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_hub.terminalCount(User), 0, 5'000);

    // Signed in, the server's page shown and settled, nothing happening: the app idles.
    QTest::qWait(2000);
    const AppUnderTest::CpuUse idle = app.measureIdle(5s);
    qInfo().noquote() << QStringLiteral("idle CPU, signed in with the server's page shown: app %1 % of a "
                                        "core, its children %2 %")
                             .arg(idle.app, 0, 'f', 2)
                             .arg(idle.children, 0, 'f', 2);
    QVERIFY2(idle.app < 1.0, qPrintable(QString::number(idle.app)));

    // Stop from the tray, then Quit from the tray.
    const quint64 icon = trayIcon(app.pid());
    QVERIFY2(icon != 0, "no tray icon");
    QList<quint64> before = app.windows();
    QVERIFY(m_display.click(m_display.geometry(icon).center(), 3));
    QVERIFY2(app.waitForNewWindow(before) != 0, "the tray menu did not open");
    shot(QStringLiteral("tray-menu"));
    QVERIFY(m_display.xdotool({QStringLiteral("key"), QStringLiteral("t")}).isEmpty()); // S&top my server
    QTRY_VERIFY_WITH_TIMEOUT(servers().isEmpty(), 60'000);
    QVERIFY2(app.waitForLog(QStringLiteral("showing the server: stopped"), 30s) >= 0, qPrintable(app.log()));
    shot(QStringLiteral("stopped"));
    before = app.windows();
    QVERIFY(m_display.click(m_display.geometry(trayIcon(app.pid())).center(), 3));
    QVERIFY2(app.waitForNewWindow(before) != 0, "the tray menu did not open");
    const qint64 decided = app.now();
    QVERIFY(m_display.xdotool({QStringLiteral("key"), QStringLiteral("q")}).isEmpty()); // &Quit
    QVERIFY2(app.waitForExit(10s), qPrintable(app.log()));
    QCOMPARE(app.exitCode(), 0);
    qInfo() << "tray Quit ended the process after" << app.exitTime() - decided << "ms";
    shot(QStringLiteral("gone"));
    QTRY_VERIFY_WITH_TIMEOUT(app.leftovers().isEmpty(), 2'000);
    QVERIFY(servers().isEmpty());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
