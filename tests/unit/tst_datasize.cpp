// Sizes as the window and the command line show them: decimal units (as disks, networks and the
// hub's per-GB prices count), one decimal, the reader's decimal separator, never binary units.
#include "DataSize.h"
#include "Translations.h"

#include <QLocale>
#include <QTest>

using fornax::DataSize;

class TestDataSize : public QObject
{
    Q_OBJECT

    fornax::Translations m_translations; // English plurals: "1 byte", "2 bytes"

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.install(QLocale(QLocale::English))); }
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }
    void decimalUnits_data();
    void decimalUnits();
    void aMebibyteIsNotShownAsOne();
    void theReadersSeparator();
    void rates();
};

void TestDataSize::decimalUnits_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("nothing") << qint64(0) << QStringLiteral("0 bytes");
    QTest::newRow("one byte") << qint64(1) << QStringLiteral("1 byte");
    QTest::newRow("below a kilobyte") << qint64(999) << QStringLiteral("999 bytes");
    QTest::newRow("a kilobyte") << qint64(1000) << QStringLiteral("1.0 kB");
    QTest::newRow("a catalogue") << qint64(125'800'000) << QStringLiteral("125.8 MB");
    QTest::newRow("an image cube") << qint64(1'500'000'000) << QStringLiteral("1.5 GB");
    QTest::newRow("a survey") << qint64(2'340'000'000'000) << QStringLiteral("2.3 TB");
}

void TestDataSize::decimalUnits()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    QCOMPARE(DataSize::format(bytes), shown);
}

void TestDataSize::aMebibyteIsNotShownAsOne()
{
    // 64 MiB is 67.1 MB: a price per GB applies to the decimal figure.
    QCOMPARE(DataSize::format(64LL * 1024 * 1024), QStringLiteral("67.1 MB"));
    QVERIFY(!DataSize::format(64LL * 1024 * 1024).contains(QLatin1String("iB")));
}

void TestDataSize::theReadersSeparator()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DataSize::format(125'800'000), QStringLiteral("125,8 MB"));
}

void TestDataSize::rates()
{
    QCOMPARE(DataSize::rate(12'300'000.0), QStringLiteral("12.3 MB/s"));
    QCOMPARE(DataSize::rate(0.4), QStringLiteral("0 bytes/s"));
}

QTEST_GUILESS_MAIN(TestDataSize)
#include "tst_datasize.moc"
