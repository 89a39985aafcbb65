// Translations: which language the app picks, and that the compiled-in translations really load.
#include "Settings.h"
#include "Translations.h"

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
    void englishInstallsNothing();
    void unknownLanguageStaysEnglish();
    void languageSettingDefaultsToSystem();
};

namespace {

QString stopped()
{
    return QCoreApplication::translate("ServerStatus", "Stopped");
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

void TestTranslations::englishInstallsNothing()
{
    Translations translations;
    QVERIFY(translations.install(QLocale(QStringLiteral("de"))));
    QVERIFY(translations.install(QLocale(QStringLiteral("C"))));
    QVERIFY(!translations.hasAppTranslation());
    QVERIFY(!translations.hasQtTranslation());
    QCOMPARE(stopped(), QStringLiteral("Stopped"));
}

void TestTranslations::unknownLanguageStaysEnglish()
{
    Translations translations;
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no translation for")));
    QVERIFY(!translations.install(QLocale(QLocale::Japanese)));
    QVERIFY(!translations.hasAppTranslation());
    QCOMPARE(stopped(), QStringLiteral("Stopped"));
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
