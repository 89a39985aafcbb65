// Translations: which language the app picks, and that the compiled-in translations really load.
#include "Settings.h"
#include "Translations.h"
#include "transfer/TransferQueue.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using fornax::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void chooseLocale_data();
    void chooseLocale();
    void shippedLanguagesLoad_data();
    void shippedLanguagesLoad();
    void germanTranslatesAppAndQt();
    void englishInstallsOnlyPlurals();
    void englishPluralsReadNaturally_data();
    void englishPluralsReadNaturally();
    void unknownLanguageStaysEnglish();
    void languageSettingDefaultsToSystem();
};

namespace {

QString stopped()
{
    return QCoreApplication::translate("ServerStatus", "Stopped");
}

// The count in the transfer panel's and the tray's summary line (TransferQueue::summary()).
QString transfers(int count)
{
    return fornax::TransferQueue::tr("%n transfer(s)", nullptr, count);
}

} // namespace

void TestTranslations::cleanup()
{
    qunsetenv("FORNAX_LANGUAGE");
}

void TestTranslations::chooseLocale_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QLocale::Language>("expected");

    QTest::newRow("environment") << QStringLiteral("de") << QString() << QLocale::German;
    QTest::newRow("environment beats setting")
        << QStringLiteral("es") << QStringLiteral("fr") << QLocale::Spanish;
    QTest::newRow("C means English") << QStringLiteral("C") << QStringLiteral("de") << QLocale::C;
    QTest::newRow("setting") << QString() << QStringLiteral("fr_CA") << QLocale::French;
    QTest::newRow("blank environment is unset")
        << QStringLiteral("  ") << QStringLiteral("de") << QLocale::German;
    QTest::newRow("system") << QString() << QString() << QLocale().language();
}

void TestTranslations::chooseLocale()
{
    QFETCH(QString, environment);
    QFETCH(QString, configured);
    QFETCH(QLocale::Language, expected);
    if (!environment.isEmpty())
        qputenv("FORNAX_LANGUAGE", environment.toUtf8());
    QCOMPARE(Translations::chooseLocale(configured).language(), expected);
}

void TestTranslations::shippedLanguagesLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::shippedLanguagesLoad()
{
    QFETCH(QString, language);
    Translations translations;
    QVERIFY2(
        translations.install(QLocale(language)),
        qPrintable(QStringLiteral("no %1 translation under %2").arg(language, Translations::directory())));
    QVERIFY(translations.hasAppTranslation());
    QVERIFY(translations.hasQtTranslation()); // qt6-translations-l10n is a build dependency
    QVERIFY(stopped() != QLatin1String("Stopped"));
    // A numerus entry picks its form by count, so both forms must exist.
    const QString one =
        QCoreApplication::translate("fornax::cli::StatusCommand", "%n minute(s) ago", nullptr, 1);
    const QString many =
        QCoreApplication::translate("fornax::cli::StatusCommand", "%n minute(s) ago", nullptr, 5);
    QVERIFY2(one.contains(u'1') && many.contains(u'5') && one != many, qPrintable(one + u'|' + many));
}

void TestTranslations::germanTranslatesAppAndQt()
{
    qputenv("FORNAX_LANGUAGE", "de");
    Translations translations;
    QVERIFY(translations.install(Translations::chooseLocale(QStringLiteral("fr"))));
    QCOMPARE(stopped(), QStringLiteral("Gestoppt"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    translations.remove();
    QCOMPARE(stopped(), QStringLiteral("Stopped"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::englishInstallsOnlyPlurals()
{
    Translations translations;
    QVERIFY(translations.install(QLocale(QStringLiteral("de"))));
    QVERIFY(translations.install(QLocale(QStringLiteral("C"))));
    QVERIFY(translations.hasAppTranslation()); // the plural forms
    QVERIFY(!translations.hasQtTranslation());
    QCOMPARE(stopped(), QStringLiteral("Stopped")); // not in the file: the source text
    QCOMPARE(transfers(1), QStringLiteral("1 transfer"));

    translations.remove();
    QCOMPARE(transfers(1), QStringLiteral("1 transfer(s)")); // what the translator repairs
}

void TestTranslations::englishPluralsReadNaturally_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("since");

    for (const char *language : {"C", "en_US", "en_GB"}) {
        const QString name = QString::fromLatin1(language);
        QTest::addRow("%s 0", language)
            << name << 0 << QStringLiteral("0 transfers") << QStringLiteral("0 minutes ago");
        QTest::addRow("%s 1", language)
            << name << 1 << QStringLiteral("1 transfer") << QStringLiteral("1 minute ago");
        QTest::addRow("%s 2", language)
            << name << 2 << QStringLiteral("2 transfers") << QStringLiteral("2 minutes ago");
    }
}

void TestTranslations::englishPluralsReadNaturally()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, summary);
    QFETCH(QString, since);
    qputenv("FORNAX_LANGUAGE", language.toUtf8()); // the way main() picks the language
    Translations translations;
    QVERIFY(translations.install(Translations::chooseLocale(QString())));
    QCOMPARE(transfers(count), summary);
    // A command-line line as well: `status` says how long ago the server was last active.
    QCOMPARE(QCoreApplication::translate("fornax::cli::StatusCommand", "%n minute(s) ago", nullptr, count),
             since);
}

void TestTranslations::unknownLanguageStaysEnglish()
{
    Translations translations;
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no translation for")));
    QVERIFY(!translations.install(QLocale(QLocale::Japanese)));
    QCOMPARE(stopped(), QStringLiteral("Stopped"));
    // English, so English plurals too.
    QCOMPARE(transfers(1), QStringLiteral("1 transfer"));
    QCOMPARE(transfers(3), QStringLiteral("3 transfers"));
}

void TestTranslations::languageSettingDefaultsToSystem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        fornax::Settings settings(file);
        QVERIFY(settings.language().isEmpty());
        settings.setLanguage(QStringLiteral("fr"));
    }
    fornax::Settings reopened(file);
    QCOMPARE(reopened.language(), QStringLiteral("fr"));
    QCOMPARE(Translations::chooseLocale(reopened.language()).language(), QLocale::French);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
