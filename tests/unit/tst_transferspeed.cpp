// What makes transfers fast, tested without a hub: which way (TransferMethod) a job takes for
// which shape and when --method overrides it, and the step timings --verbose prints.
#include "StepTimings.h"
#include "archive/TarHeader.h"
#include "transfer/TransferMethod.h"

#include <QTest>

using namespace fornax;

using Way = TransferMethod::Way;
Q_DECLARE_METATYPE(TransferMethod::Way)
Q_DECLARE_METATYPE(std::optional<TransferMethod::Way>)

namespace {

constexpr qint64 MiB = qint64(1024) * 1024;

TransferMethod::Facts download(qint64 files, qint64 bytes, double compressible = -1, qint64 rttMs = 1)
{
    TransferMethod::Facts facts;
    facts.files = files;
    facts.bytes = bytes;
    facts.compressibleShare = compressible;
    facts.roundTripMs = rttMs;
    return facts;
}

} // namespace

class TestTransferSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wayForShape_data();
    void wayForShape();
    void methodNames();
    void compressibilityByName();
    void stepTimings();
    void tarFraming();
};

void TestTransferSpeed::wayForShape_data()
{
    QTest::addColumn<TransferMethod::Facts>("facts");
    QTest::addColumn<std::optional<Way>>("forced");
    QTest::addColumn<Way>("way");
    QTest::addColumn<bool>("isForced");

    TransferMethod::Facts upload = download(5000, 20 * MiB);
    upload.upload = true;
    TransferMethod::Facts folder = download(1, 4096);
    folder.folders = 1;
    TransferMethod::Facts link = download(1, 4096);
    link.links = 1;
    TransferMethod::Facts ssh = download(1, 1024 * MiB, 0);
    ssh.directAvailable = false;
    const std::optional<Way> none;

    QTest::newRow("1 x 4 KiB down") << download(1, 4096) << none << Way::Direct << false;
    QTest::newRow("10 files down") << download(10, 40960) << none << Way::Direct << false;
    QTest::newRow("1,000 files down") << download(1000, qint64(4000) * 1024) << none << Way::Archive << false;
    QTest::newRow("1 big random down") << download(1, 1024 * MiB, 0) << none << Way::Direct << false;
    QTest::newRow("1 big CSV down, loopback") << download(1, 1024 * MiB, 0.5) << none << Way::Direct << false;
    QTest::newRow("1 big CSV down, +50 ms")
        << download(1, 1024 * MiB, 0.5, 50) << none << Way::Archive << false;
    QTest::newRow("1 big random down, +50 ms")
        << download(1, 1024 * MiB, 0, 50) << none << Way::Direct << false;
    QTest::newRow("unknown kind, +50 ms") << download(2, 1024 * MiB, -1, 50) << none << Way::Direct << false;
    QTest::newRow("a folder down") << folder << none << Way::Archive << false;
    QTest::newRow("a link down") << link << none << Way::Archive << false;
    QTest::newRow("over SSH") << ssh << none << Way::Archive << false;
    QTest::newRow("uploads") << upload << none << Way::Archive << false;
    QTest::newRow("--method archive, 1 file")
        << download(1, 4096) << std::optional(Way::Archive) << Way::Archive << true;
    QTest::newRow("--method direct, 5,000 files")
        << download(5000, 20 * MiB) << std::optional(Way::Direct) << Way::Direct << true;
    QTest::newRow("--method direct, a folder")
        << folder << std::optional(Way::Direct) << Way::Archive << true;
    QTest::newRow("--method direct over SSH") << ssh << std::optional(Way::Direct) << Way::Archive << true;
    QTest::newRow("--method direct, upload") << upload << std::optional(Way::Direct) << Way::Archive << true;
}

void TestTransferSpeed::wayForShape()
{
    QFETCH(TransferMethod::Facts, facts);
    QFETCH(std::optional<Way>, forced);
    QFETCH(Way, way);
    QFETCH(bool, isForced);
    const TransferMethod::Choice choice = TransferMethod::choose(facts, forced);
    QCOMPARE(choice.way, way);
    QCOMPARE(choice.forced, isForced);
    // Every choice says why, and an override that could not be honoured says so.
    QVERIFY(!choice.reason.isEmpty());
    if (forced && *forced != way)
        QVERIFY2(choice.reason.contains(QLatin1String("--method")), qPrintable(choice.reason));
}

void TestTransferSpeed::methodNames()
{
    QCOMPARE(TransferMethod::fromName(QStringLiteral("archive")), std::optional(Way::Archive));
    QCOMPARE(TransferMethod::fromName(QStringLiteral("direct")), std::optional(Way::Direct));
    QVERIFY(!TransferMethod::fromName(QStringLiteral("Direct")));
    QVERIFY(!TransferMethod::fromName(QString()));
    QCOMPARE(TransferMethod::name(Way::Direct), QStringLiteral("direct"));
}

void TestTransferSpeed::compressibilityByName()
{
    QCOMPARE(TransferMethod::compressibleShareByName(QStringLiteral("catalog.CSV")), 0.5);
    QCOMPARE(TransferMethod::compressibleShareByName(QStringLiteral("image.fits.fz")), 0.0);
    QCOMPARE(TransferMethod::compressibleShareByName(QStringLiteral("cube.zst")), 0.0);
    QCOMPARE(TransferMethod::compressibleShareByName(QStringLiteral("README")), -1.0);
}

void TestTransferSpeed::stepTimings()
{
    StepTimings timings;
    timings.add(QStringLiteral("process start"), 0, 40);
    timings.begin(QStringLiteral("probe"));
    timings.begin(QStringLiteral("terminal"));
    timings.end(QStringLiteral("terminal"));
    timings.begin(QStringLiteral("probe")); // a second begin keeps the first start
    timings.end(QStringLiteral("probe"));
    timings.begin(QStringLiteral("upload"));
    QCOMPARE(timings.lengthOf(QStringLiteral("process start")), 40);
    QVERIFY(timings.lengthOf(QStringLiteral("probe")) >= timings.lengthOf(QStringLiteral("terminal")));
    QCOMPARE(timings.lengthOf(QStringLiteral("upload")), -1); // still running
    QCOMPARE(timings.lengthOf(QStringLiteral("unpack")), -1); // never measured
    const QString line = timings.line();
    QVERIFY2(line.startsWith(QStringLiteral("step timings (ms): process start 40 · probe ")),
             qPrintable(line));
    QVERIFY2(line.indexOf(QLatin1String("probe")) < line.indexOf(QLatin1String("terminal")),
             qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("upload (running)")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral(" · total ")), qPrintable(line));
    // A command's timings start with the process: it has run for a while already.
    QVERIFY(StepTimings(StepTimings::Origin::Process).elapsedMs() >= 0);
    QVERIFY(StepTimings::processAgeMs() >= 0);
}

void TestTransferSpeed::tarFraming()
{
    // What the direct way adds to each file: one block of header (two more blocks for a long
    // name), the data rounded up to whole blocks; the end is two empty blocks.
    QCOMPARE(TarHeader::entrySize(QStringLiteral("a.csv"), 0), 512);
    QCOMPARE(TarHeader::entrySize(QStringLiteral("a.csv"), 1), 1024);
    QCOMPARE(TarHeader::entrySize(QStringLiteral("a.csv"), 512), 1024);
    QCOMPARE(TarHeader::entrySize(QString(150, QLatin1Char('x')), 10), 512 + 512 + 512 + 512);
    QCOMPARE(TarHeader::end().size(), 1024);
    const QByteArray header = TarHeader::before(QStringLiteral("a.csv"), 10, 1'700'000'000);
    QCOMPARE(header.size(), 512);
    QCOMPARE(header.mid(257, 5), QByteArray("ustar"));
    QCOMPARE(header.mid(124, 11), QByteArray("00000000012")); // 10 in octal
    // The checksum is the sum of the header's bytes with its own field as spaces.
    QByteArray blanked = header;
    blanked.replace(148, 8, QByteArray(8, ' '));
    unsigned sum = 0;
    for (const char c : std::as_const(blanked))
        sum += static_cast<unsigned char>(c);
    QCOMPARE(header.mid(148, 6).toUInt(nullptr, 8), sum);
}

QTEST_GUILESS_MAIN(TestTransferSpeed)
#include "tst_transferspeed.moc"
