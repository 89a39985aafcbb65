// BoundedBuffer (the bounded pipe between packer/extractor and transport) and ArchiveFormat
// (what both ends of a transfer agree on, including the probe run on the server's shell).

#include "BoundedBuffer.h"
#include "archive/ArchiveFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace fornax;

class TestArchiveBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsThroughSmallBuffer_data();
    void streamsThroughSmallBuffer();
    void closeWritingEndsAfterDrain();
    void abortWakesBlockedWriter();
    void abortWakesBlockedReader();
    void abortKeepsFirstReason();
    void tryWriteAndTryReadSignal();
    void format_data();
    void format();
    void compressionFromProbe_data();
    void compressionFromProbe();
    void serverProbeOnThisMachine();
};

void TestArchiveBuffer::streamsThroughSmallBuffer_data()
{
    QTest::addColumn<qsizetype>("capacity");
    QTest::addColumn<qsizetype>("total");
    QTest::newRow("1 byte") << qsizetype(1) << qsizetype(20'000);
    QTest::newRow("4 KiB, 8 MiB") << qsizetype(4096) << qsizetype(8 << 20);
    QTest::newRow("odd sizes") << qsizetype(997) << qsizetype(3'000'017);
}

void TestArchiveBuffer::streamsThroughSmallBuffer()
{
    QFETCH(qsizetype, capacity);
    QFETCH(qsizetype, total);

    QByteArray data(total, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), total / 4);

    BoundedBuffer buffer(capacity);
    QCOMPARE(buffer.capacity(), capacity);
    std::atomic<bool> writeOk {false};
    std::thread producer([&] {
        QRandomGenerator sizes(7);
        qsizetype offset = 0;
        bool ok = true;
        while (ok && offset < total) {
            // Writes both smaller and much larger than the capacity.
            const qsizetype n = std::min<qsizetype>(total - offset, 1 + sizes.bounded(3 * int(capacity) + 5));
            ok = buffer.write(data.constData() + offset, n);
            offset += n;
        }
        buffer.closeWriting();
        writeOk = ok;
    });

    QCryptographicHash received(QCryptographicHash::Sha256);
    QRandomGenerator sizes(9);
    qint64 count = 0;
    for (;;) {
        const QByteArray chunk = buffer.read(1 + sizes.bounded(2 * int(capacity) + 3));
        if (chunk.isEmpty())
            break;
        count += chunk.size();
        received.addData(chunk);
        QVERIFY(buffer.size() <= buffer.capacity());
    }
    producer.join();

    QVERIFY(writeOk);
    QVERIFY(!buffer.isAborted());
    QVERIFY(buffer.atEnd());
    QCOMPARE(count, qint64(total));
    QCOMPARE(buffer.bytesWritten(), qint64(total));
    QCOMPARE(buffer.bytesRead(), qint64(total));
    QVERIFY(buffer.peakSize() > 0);
    QVERIFY(buffer.peakSize() <= capacity);
    QCOMPARE(received.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

void TestArchiveBuffer::closeWritingEndsAfterDrain()
{
    BoundedBuffer buffer(16);
    QVERIFY(buffer.write(QByteArrayView("hello")));
    buffer.closeWriting();
    QVERIFY(buffer.isWritingClosed());
    QVERIFY(!buffer.atEnd());
    QVERIFY(!buffer.write(QByteArrayView("more")));
    QCOMPARE(buffer.tryWrite("x", 1), qsizetype(-1));
    QCOMPARE(buffer.read(100), QByteArray("hello"));
    QVERIFY(buffer.atEnd());
    char c = 0;
    QCOMPARE(buffer.read(&c, 1), qsizetype(0));
    QCOMPARE(buffer.tryRead(&c, 1), qsizetype(-1));
    QVERIFY(!buffer.isAborted());
}

void TestArchiveBuffer::abortWakesBlockedWriter()
{
    BoundedBuffer buffer(8);
    std::atomic<int> result {-1};
    std::thread producer([&] {
        result = buffer.write(QByteArrayView("0123456789abcdef")) ? 1 : 0;
    });
    // The writer fills the buffer and blocks for the rest.
    QTRY_COMPARE(buffer.size(), qsizetype(8));
    QCOMPARE(result.load(), -1);
    buffer.abort(QStringLiteral("connection reset"));
    producer.join();
    QCOMPARE(result.load(), 0);
    QVERIFY(buffer.isAborted());
    QCOMPARE(buffer.abortReason(), QStringLiteral("connection reset"));
    QCOMPARE(buffer.bytesWritten(), qint64(8));
    char c = 0;
    QCOMPARE(buffer.read(&c, 1), qsizetype(-1));
    QVERIFY(!buffer.write("x", 1));
}

void TestArchiveBuffer::abortWakesBlockedReader()
{
    BoundedBuffer buffer(8);
    std::atomic<qsizetype> result {-2};
    std::atomic<bool> started {false};
    std::thread consumer([&] {
        char data[4];
        started = true;
        result = buffer.read(data, 4);
    });
    QTRY_VERIFY(started.load());
    QCOMPARE(result.load(), qsizetype(-2));
    buffer.abort(QStringLiteral("cancelled"));
    consumer.join();
    QCOMPARE(result.load(), qsizetype(-1));
    QVERIFY(buffer.read(4).isEmpty());
}

void TestArchiveBuffer::abortKeepsFirstReason()
{
    BoundedBuffer buffer(8);
    QVERIFY(buffer.write("abc", 3));
    buffer.abort(QStringLiteral("first"));
    buffer.abort(QStringLiteral("second"));
    buffer.closeWriting();
    QCOMPARE(buffer.abortReason(), QStringLiteral("first"));
    QVERIFY(!buffer.isWritingClosed());
    QVERIFY(!buffer.atEnd());
    QCOMPARE(buffer.size(), qsizetype(0));
}

void TestArchiveBuffer::tryWriteAndTryReadSignal()
{
    BoundedBuffer buffer(4);
    QSignalSpy readyRead(&buffer, &BoundedBuffer::readyRead);
    QSignalSpy spaceAvailable(&buffer, &BoundedBuffer::spaceAvailable);

    char out[8] = {};
    QCOMPARE(buffer.tryRead(out, 8), qsizetype(0)); // nothing yet: owes a readyRead
    QCOMPARE(buffer.tryWrite("abcdef", 6), qsizetype(4)); // only 4 fit: owes a spaceAvailable
    QCOMPARE(readyRead.count(), 1);
    QCOMPARE(spaceAvailable.count(), 0);
    QCOMPARE(buffer.tryWrite("ef", 2), qsizetype(0));

    QCOMPARE(buffer.tryRead(out, 3), qsizetype(3));
    QCOMPARE(QByteArray(out, 3), QByteArray("abc"));
    QCOMPARE(spaceAvailable.count(), 1);
    // Once per wait, not per call.
    QCOMPARE(buffer.tryRead(out, 3), qsizetype(1));
    QCOMPARE(spaceAvailable.count(), 1);
    QCOMPARE(readyRead.count(), 1);

    QCOMPARE(buffer.tryRead(out, 3), qsizetype(0));
    buffer.closeWriting();
    QCOMPARE(readyRead.count(), 2); // the end is news too
    QCOMPARE(buffer.tryRead(out, 3), qsizetype(-1));
}

void TestArchiveBuffer::format_data()
{
    QTest::addColumn<Compression>("compression");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("level");
    QTest::newRow("zstd") << Compression::Zstd << QStringLiteral("zstd") << QStringLiteral(".tar.zst")
                          << QStringList {QStringLiteral("--zstd")} << 3;
    QTest::newRow("gzip") << Compression::Gzip << QStringLiteral("gzip") << QStringLiteral(".tar.gz")
                          << QStringList {QStringLiteral("-z")} << 1;
    QTest::newRow("none") << Compression::None << QStringLiteral("none") << QStringLiteral(".tar")
                          << QStringList {} << 0;
}

void TestArchiveBuffer::format()
{
    QFETCH(Compression, compression);
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    QFETCH(QStringList, flags);
    QFETCH(int, level);

    ArchiveFormat format(compression);
    QCOMPARE(format.name(), name);
    QCOMPARE(format.suffix(), suffix);
    QCOMPARE(format.tarFlags(), flags);
    QCOMPARE(format.level(), level);
    QCOMPARE(ArchiveFormat::compressionFromName(name), std::optional<Compression>(compression));
    format.setLevel(100);
    QVERIFY(format.level() <= 19);
    format.setThreads(0);
    QCOMPARE(format.effectiveThreads(), 1);
    format.setThreads(3);
    QCOMPARE(format.effectiveThreads(), 3);
    format.setThreads(64);
    QCOMPARE(format.effectiveThreads(), 4);
    QVERIFY(!ArchiveFormat::compressionFromName(u"brotli").has_value());
}

void TestArchiveBuffer::compressionFromProbe_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<Compression>("expected");
    QTest::newRow("zstd") << QStringLiteral("zstd\n") << Compression::Zstd;
    QTest::newRow("gzip") << QStringLiteral("gzip") << Compression::Gzip;
    QTest::newRow("none") << QStringLiteral("none\r\n") << Compression::None;
    QTest::newRow("banner first") << QStringLiteral("Welcome to the console\r\nzstd\r\n")
                                  << Compression::Zstd;
    QTest::newRow("nothing") << QString() << Compression::Gzip;
    QTest::newRow("an error") << QStringLiteral("sh: 1: syntax error") << Compression::Gzip;
}

void TestArchiveBuffer::compressionFromProbe()
{
    QFETCH(QString, output);
    QFETCH(Compression, expected);
    QCOMPARE(ArchiveFormat::compressionFromProbe(output), expected);
}

void TestArchiveBuffer::serverProbeOnThisMachine()
{
    // The probe is shell code run on a server: run it under a real /bin/sh, once with this
    // machine's tools and once with a PATH that has tar and gzip but no zstd.
    const auto probe = [](const QString &path) {
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), path);
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), ArchiveFormat::serverProbeCommand()});
        if (!sh.waitForFinished(10'000))
            return QString();
        return QString::fromUtf8(sh.readAllStandardOutput());
    };

    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
    const QString zstd = QStandardPaths::findExecutable(QStringLiteral("zstd"));
    if (tar.isEmpty() || gzip.isEmpty() || zstd.isEmpty())
        QSKIP("needs tar, gzip and zstd (packaging/install-deps.sh installs them)");

    QCOMPARE(ArchiveFormat::compressionFromProbe(probe(QStringLiteral("/usr/bin:/bin"))), Compression::Zstd);

    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QVERIFY(QFile::link(tar, bin.filePath(QStringLiteral("tar"))));
    QVERIFY(QFile::link(gzip, bin.filePath(QStringLiteral("gzip"))));
    QCOMPARE(probe(bin.path()).trimmed(), QStringLiteral("gzip"));
    QCOMPARE(ArchiveFormat::compressionFromProbe(probe(bin.path())), Compression::Gzip);

    QVERIFY(QFile::remove(bin.filePath(QStringLiteral("gzip"))));
    QCOMPARE(probe(bin.path()).trimmed(), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestArchiveBuffer)
#include "tst_archivebuffer.moc"
