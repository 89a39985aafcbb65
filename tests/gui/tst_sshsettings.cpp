// Settings ▸ SSH access against a real OpenSSH sshd (tests/fixtures/sshd) and the real keyring:
// the menu action, a test connection to a new server that shows the host key's SHA256 fingerprint
// to trust or not, a changed key refused in plain words, a wrong and a right password, saving to
// the hub's settings and the keychain, switching SSH access off, and accessible names.
#include "MainWindow.h"
#include "Settings.h"
#include "SshSettingsDialog.h"
#include "account/CredentialStore.h"
#include "ssh/SshConfig.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;
using fornax::ui::SshSettingsDialog;

namespace {

constexpr int WaitMs = 60'000;
const QString HubId = QStringLiteral("ssh-hub");

QJsonObject fixtureState()
{
    QFile file(qEnvironmentVariable("FORNAX_TEST_SSHD_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString field(const QJsonObject &state, const char *key)
{
    return state.value(QLatin1String(key)).toString();
}

template<class T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestSshSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menuActionAsksForTheDialog();
    void newHostKeyIsShownAndTrusted();
    void newHostKeyCanBeDistrusted();
    void changedHostKeyIsRefusedInPlainWords();
    void passwordIsCheckedAndKeptInTheKeychain();
    void switchingOffRemovesTheAccess();
    void everyControlHasAnAccessibleName();

private:
    // A dialog with the fixture's server filled in, checking this test's known-hosts files.
    std::unique_ptr<SshSettingsDialog> newDialog(SshAuthMethod method);
    // Clicks Test and waits for its end: ok, and the status shown.
    bool test(SshSettingsDialog *dialog, bool *ok, QString *status);

    QJsonObject m_sshd;
    QTemporaryDir m_temp;
    std::unique_ptr<Settings> m_settings;
    CredentialStore m_store;
    QString m_userKnownHosts;
    QString m_appKnownHosts;
    int m_counter = 0;
};

void TestSshSettings::initTestCase()
{
    m_sshd = fixtureState();
    QVERIFY2(m_sshd.value(QLatin1String("port")).toInt() > 0,
             "no sshd fixture: run through ctest (FORNAX_TEST_SSHD_STATE)");
    QVERIFY(m_temp.isValid());
    m_settings = std::make_unique<Settings>(m_temp.filePath(QStringLiteral("settings.ini")));
}

void TestSshSettings::init()
{
    const QString dir = m_temp.filePath(QStringLiteral("hosts-%1").arg(++m_counter));
    QVERIFY(QDir().mkpath(dir));
    m_userKnownHosts = dir + QStringLiteral("/user_known_hosts");
    m_appKnownHosts = dir + QStringLiteral("/app/known_hosts");
    SshConfig::remove(*m_settings, HubId);
}

std::unique_ptr<SshSettingsDialog> TestSshSettings::newDialog(SshAuthMethod method)
{
    auto dialog =
        std::make_unique<SshSettingsDialog>(m_settings.get(), &m_store, HubId, QStringLiteral("Test Hub"));
    dialog->setKnownHostsFiles(m_userKnownHosts, m_appKnownHosts);
    dialog->show();
    child<QCheckBox>(dialog.get(), "sshEnabled")->setChecked(true);
    child<QLineEdit>(dialog.get(), "sshHost")->setText(field(m_sshd, "host"));
    child<QSpinBox>(dialog.get(), "sshPort")->setValue(m_sshd.value(QLatin1String("port")).toInt());
    child<QLineEdit>(dialog.get(), "sshUser")->setText(field(m_sshd, "user"));
    auto *methods = child<QComboBox>(dialog.get(), "sshMethod");
    methods->setCurrentIndex(methods->findData(int(method)));
    child<QLineEdit>(dialog.get(), "sshKeyPath")->setText(field(m_sshd, "key"));
    return dialog;
}

bool TestSshSettings::test(SshSettingsDialog *dialog, bool *ok, QString *status)
{
    QSignalSpy finished(dialog, &SshSettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "sshTestButton"), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] {
                return !finished.isEmpty();
            },
            WaitMs))
        return false;
    *ok = finished.at(0).at(0).toBool();
    *status = child<QLabel>(dialog, "sshStatus")->text();
    return true;
}

void TestSshSettings::menuActionAsksForTheDialog()
{
    ui::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("sshSettingsAction"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    QSignalSpy requested(&window, &ui::MainWindow::sshSettingsRequested);
    action->trigger();
    QCOMPARE(requested.size(), 1);
}

void TestSshSettings::newHostKeyIsShownAndTrusted()
{
    auto dialog = newDialog(SshAuthMethod::KeyFile);
    QSignalSpy finished(dialog.get(), &SshSettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sshTestButton"), Qt::LeftButton);
    auto *box = child<QGroupBox>(dialog.get(), "sshHostKeyBox");
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), WaitMs);
    // The fingerprint as OpenSSH's ssh-keygen prints it, and the key type.
    const QString text = child<QLabel>(dialog.get(), "sshHostKeyText")->text();
    QVERIFY2(text.contains(field(m_sshd, "hostKeyFingerprint"))
                 && text.contains(QLatin1String("ssh-ed25519")),
             qPrintable(text));
    QVERIFY(field(m_sshd, "hostKeyFingerprint").startsWith(QLatin1String("SHA256:")));
    QVERIFY(finished.isEmpty()); // waiting for the user
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sshTrustHostKey"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(child<QLabel>(dialog.get(), "sshStatus")->text().contains(QLatin1String("Signed in")));
    QVERIFY(!box->isVisible());
    // Remembered in the app's file, never in the user's own.
    QFile known(m_appKnownHosts);
    QVERIFY(known.open(QIODevice::ReadOnly));
    QVERIFY(known.readAll().contains(field(m_sshd, "knownHostsLine").section(QLatin1Char(' '), 2).toUtf8()));
    QVERIFY(!QFile::exists(m_userKnownHosts));
    // The second test asks nothing.
    bool ok = false;
    QString status;
    QVERIFY(test(dialog.get(), &ok, &status));
    QVERIFY2(ok, qPrintable(status));
    QVERIFY(!box->isVisible());
}

void TestSshSettings::newHostKeyCanBeDistrusted()
{
    auto dialog = newDialog(SshAuthMethod::KeyFile);
    QSignalSpy finished(dialog.get(), &SshSettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sshTestButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(dialog.get(), "sshHostKeyBox")->isVisible(), WaitMs);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sshDistrustHostKey"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString status = child<QLabel>(dialog.get(), "sshStatus")->text();
    QVERIFY2(status.contains(QLatin1String("did not trust")), qPrintable(status));
    QVERIFY(!QFile::exists(m_appKnownHosts));
}

void TestSshSettings::changedHostKeyIsRefusedInPlainWords()
{
    // Another key recorded for this server: a reinstall, or someone in between.
    QFile pub(field(m_sshd, "strangerKey") + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = pub.readAll().split(' ');
    QFile known(m_userKnownHosts);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd.value(QLatin1String("port")).toInt()).toUtf8()
                + parts.value(0) + ' ' + parts.value(1) + '\n');
    known.close();

    auto dialog = newDialog(SshAuthMethod::KeyFile);
    bool ok = true;
    QString status;
    QVERIFY(test(dialog.get(), &ok, &status));
    QVERIFY(!ok);
    QVERIFY2(status.contains(QLatin1String("WARNING"))
                 && status.contains(QLatin1String("not the one it had before"))
                 && status.contains(m_userKnownHosts),
             qPrintable(status));
    // Nothing to accept here.
    QVERIFY(!child<QGroupBox>(dialog.get(), "sshHostKeyBox")->isVisible());
    QVERIFY(!QFile::exists(m_appKnownHosts));
}

void TestSshSettings::passwordIsCheckedAndKeptInTheKeychain()
{
    QFile known(m_userKnownHosts);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(field(m_sshd, "knownHostsLine").toUtf8() + '\n');
    known.close();
    auto dialog = newDialog(SshAuthMethod::Password);
    auto *password = child<QLineEdit>(dialog.get(), "sshPassword");
    QVERIFY(password->isVisible());
    QVERIFY(!child<QLineEdit>(dialog.get(), "sshKeyPath")->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    password->setText(QStringLiteral("not-the-password"));
    bool ok = true;
    QString status;
    QVERIFY(test(dialog.get(), &ok, &status));
    QVERIFY(!ok);
    QVERIFY2(status.contains(QLatin1String("did not accept the password")), qPrintable(status));
    QVERIFY(!status.contains(QLatin1String("not-the-password")));

    password->setText(field(m_sshd, "password"));
    QVERIFY(test(dialog.get(), &ok, &status));
    QVERIFY2(ok, qPrintable(status));

    // OK: the settings hold the server, the keychain the password.
    const SshConfig expected = dialog->config();
    QSignalSpy written(&m_store, &CredentialStore::tokenWritten);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(SshConfig::load(*m_settings, HubId), expected);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, WaitMs);
    QSignalSpy read(&m_store, &CredentialStore::tokenRead);
    m_store.readSecret(expected.keychainKey());
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, WaitMs);
    QCOMPARE(read.at(0).at(1).toByteArray(), field(m_sshd, "password").toUtf8());
    QFile settingsFile(m_temp.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(field(m_sshd, "password").toUtf8()));

    // Opened again: the saved server, and a note that the password is kept (never the password).
    SshSettingsDialog again(m_settings.get(), &m_store, HubId, QStringLiteral("Test Hub"));
    QCOMPARE(again.config(), expected);
    auto *againPassword = child<QLineEdit>(&again, "sshPassword");
    QVERIFY(againPassword->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(againPassword->placeholderText().contains(QLatin1String("keychain")), WaitMs);
    // And a test with the kept password signs in.
    again.setKnownHostsFiles(m_userKnownHosts, m_appKnownHosts);
    again.show();
    QVERIFY(test(&again, &ok, &status));
    QVERIFY2(ok, qPrintable(status));
}

void TestSshSettings::switchingOffRemovesTheAccess()
{
    auto dialog = newDialog(SshAuthMethod::Password);
    child<QLineEdit>(dialog.get(), "sshPassword")->setText(QStringLiteral("kept-for-a-while"));
    const QString key = dialog->config().keychainKey();
    QSignalSpy written(&m_store, &CredentialStore::tokenWritten);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, WaitMs);
    QVERIFY(SshConfig::load(*m_settings, HubId).isValid());

    SshSettingsDialog off(m_settings.get(), &m_store, HubId, QStringLiteral("Test Hub"));
    auto *enabled = child<QCheckBox>(&off, "sshEnabled");
    QVERIFY(enabled->isChecked());
    enabled->setChecked(false);
    QVERIFY(!child<QPushButton>(&off, "sshTestButton")->isEnabled());
    QSignalSpy deleted(&m_store, &CredentialStore::tokenDeleted);
    off.accept();
    QVERIFY(!SshConfig::load(*m_settings, HubId).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, WaitMs);
    QSignalSpy missing(&m_store, &CredentialStore::tokenMissing);
    m_store.readSecret(key);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, WaitMs);
}

void TestSshSettings::everyControlHasAnAccessibleName()
{
    SshSettingsDialog dialog(m_settings.get(), &m_store, HubId, QStringLiteral("Test Hub"));
    QVERIFY(!dialog.windowTitle().isEmpty());
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QSpinBox *>(widget)
            && !qobject_cast<QComboBox *>(widget) && !qobject_cast<QAbstractButton *>(widget)
            && !qobject_cast<QLabel *>(widget))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && widget->parent()
            && qobject_cast<QSpinBox *>(widget->parent()))
            continue; // the spin box's own editor
        if (auto *label = qobject_cast<QLabel *>(widget); label && widget->objectName().isEmpty())
            continue; // static text
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named,
                 qPrintable(widget->objectName() + QLatin1Char(' ')
                            + QLatin1String(widget->metaObject()->className())));
        ++checked;
    }
    QVERIFY(checked >= 12);
}

QTEST_MAIN(TestSshSettings)
#include "tst_sshsettings.moc"
