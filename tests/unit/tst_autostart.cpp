// Autostart: the XDG autostart entry is written, read and removed where session managers look
// for it, in a temporary XDG_CONFIG_HOME.
#include "Autostart.h"
#include "FornaxVersion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using fornax::Autostart;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offByDefault();
    void enableWritesEntry();
    void entryIsValidDesktopFile();
    void disableRemovesEntry();
    void disableWhenOffSucceeds();
    void enableReplacesEntryTurnedOffElsewhere();
    void userChoiceInEntry_data();
    void userChoiceInEntry();
    void enableFailsWhenFolderCannotBeMade();
    void disableFailsWhenEntryCannotBeRemoved();

private:
    QString expectedPath() const;
    void writeEntry(const QByteArray &contents) const;
    static QByteArray valueOf(const QByteArray &contents, const QByteArray &key);

    std::unique_ptr<QTemporaryDir> m_configHome;
};

void TestAutostart::init()
{
    m_configHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_configHome->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome->path()));
}

void TestAutostart::cleanup()
{
    m_configHome.reset();
}

QString TestAutostart::expectedPath() const
{
    return m_configHome->path() + QStringLiteral("/autostart/") + QLatin1String(fornax::ApplicationId)
        + QStringLiteral(".desktop");
}

void TestAutostart::writeEntry(const QByteArray &contents) const
{
    QVERIFY(QDir().mkpath(m_configHome->path() + QStringLiteral("/autostart")));
    QFile file(expectedPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}

QByteArray TestAutostart::valueOf(const QByteArray &contents, const QByteArray &key)
{
    const QList<QByteArray> lines = contents.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + '=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

void TestAutostart::offByDefault()
{
    Autostart autostart;
    QVERIFY(Autostart::isSupported());
    QCOMPARE(autostart.entryPath(), expectedPath());
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFile::exists(expectedPath()));
}

void TestAutostart::enableWritesEntry()
{
    Autostart autostart;
    QVERIFY2(autostart.setEnabled(true), qPrintable(autostart.errorString()));
    QVERIFY(autostart.errorString().isEmpty());
    QVERIFY(autostart.isEnabled());
    QVERIFY(Autostart().isEnabled());

    QFile file(expectedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.startsWith("[Desktop Entry]\n"));
    QCOMPARE(valueOf(contents, "Type"), QByteArray("Application"));
    QCOMPARE(valueOf(contents, "Exec"), QByteArray("fornax-desktop"));
    QCOMPARE(valueOf(contents, "Icon"), QByteArray(fornax::ApplicationId));
    QCOMPARE(valueOf(contents, "X-GNOME-Autostart-enabled"), QByteArray("true"));

    // Turning it on again is no error and leaves one entry.
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(QDir(m_configHome->path() + QStringLiteral("/autostart")).entryList(QDir::Files).size(), 1);
}

void TestAutostart::entryIsValidDesktopFile()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (packaging/install-deps.sh installs it)");
    Autostart autostart;
    QVERIFY(autostart.setEnabled(true));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, {expectedPath()});
    QVERIFY(process.waitForFinished(30'000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());
}

void TestAutostart::disableRemovesEntry()
{
    Autostart autostart;
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(expectedPath()));
    QVERIFY2(autostart.setEnabled(false), qPrintable(autostart.errorString()));
    QVERIFY(!QFile::exists(expectedPath()));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::disableWhenOffSucceeds()
{
    Autostart autostart;
    QVERIFY2(autostart.setEnabled(false), qPrintable(autostart.errorString()));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::enableReplacesEntryTurnedOffElsewhere()
{
    writeEntry("[Desktop Entry]\nType=Application\nExec=fornax-desktop\nX-GNOME-Autostart-enabled=false\n");
    Autostart autostart;
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
}

void TestAutostart::userChoiceInEntry_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("enabled");

    const QByteArray head("[Desktop Entry]\nType=Application\nExec=fornax-desktop\n");
    QTest::newRow("plain entry") << head << true;
    QTest::newRow("GNOME on") << head + "X-GNOME-Autostart-enabled=true\n" << true;
    QTest::newRow("GNOME off") << head + "X-GNOME-Autostart-enabled=false\n" << false;
    QTest::newRow("hidden") << head + "Hidden=true\n" << false;
    QTest::newRow("hidden false") << head + "Hidden=false\n" << true;
    QTest::newRow("spaces around =") << head + "Hidden = true\n" << false;
    QTest::newRow("CRLF line ends") << QByteArray("[Desktop Entry]\r\nHidden=true\r\n") << false;
    QTest::newRow("comment is no key") << head + "# Hidden=true\n" << true;
    QTest::newRow("other group's key")
        << head + "[Desktop Action quit]\nName=Quit\nExec=fornax-desktop\nHidden=true\n"
        << true;
    QTest::newRow("value is case sensitive") << head + "Hidden=True\n" << true;
}

void TestAutostart::userChoiceInEntry()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, enabled);
    writeEntry(contents);
    QCOMPARE(Autostart().isEnabled(), enabled);
}

void TestAutostart::enableFailsWhenFolderCannotBeMade()
{
    // A file where the autostart folder should be: the one failure root cannot write through.
    QFile blocker(m_configHome->path() + QStringLiteral("/autostart"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Autostart autostart;
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(!autostart.isEnabled());
    const QString error = autostart.errorString();
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocker.fileName())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("cannot be created")), qPrintable(error));

    // The error does not linger into the next, successful call.
    QVERIFY(blocker.remove());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.errorString().isEmpty());
}

void TestAutostart::disableFailsWhenEntryCannotBeRemoved()
{
    // A non-empty folder in the entry's place cannot be removed as a file.
    QVERIFY(QDir().mkpath(expectedPath() + QStringLiteral("/inside")));

    Autostart autostart;
    QVERIFY(!autostart.setEnabled(false));
    const QString error = autostart.errorString();
    QVERIFY2(error.contains(QDir::toNativeSeparators(expectedPath())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("by hand")), qPrintable(error));
    QVERIFY(QFileInfo::exists(expectedPath()));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
