// ContentsTransport against a real single-user server behind the local hub: parted chunked
// uploads fed by a producer thread, downloads into a slow consumer, a download cut mid-way by a
// proxy and resumed with Range, and a cancel in the middle of an upload.
#include "BoundedBuffer.h"
#include "FaultProxy.h"
#include "TestHub.h"
#include "hub/HubClient.h"
#include "jupyter/ContentsTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

const QString User = fornax::test::TestHub::user(QStringLiteral("contents-user"));
constexpr qint64 MiB = 1024 * 1024;

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestContentsTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadsInPartsFromAProducerThread();
    void downloadsWithBackpressure();
    void resumesACutDownloadWithRange();
    void downloadStopsPastTheAnnouncedSize();
    void retriesAChunkCutMidUpload();
    void cancelStopsAnUploadPromptly();

private:
    std::unique_ptr<HubClient> clientFor(const QUrl &base);
    QUrl serverUrl(const QUrl &base) const
    {
        return base.resolved(QUrl(QStringLiteral("user/%1/").arg(User)));
    }
    // Downloads remotePath through base into what a consumer thread read.
    void download(const QUrl &base, const QString &remotePath, qint64 size, QByteArray *received);

    test::TestHub m_hub;
    QNetworkAccessManager m_network;
};

void TestContentsTransport::initTestCase()
{
    qRegisterMetaType<HubError>();
    m_hub = test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
    QVERIFY(m_hub.ensureUser(User));
    auto server = [this] {
        return m_hub.call("GET", QStringLiteral("users/") + User)
            .json()
            .object()
            .value(QLatin1String("servers"))
            .toObject()
            .value(QString())
            .toObject();
    };
    if (!server().value(QLatin1String("ready")).toBool()) {
        const int status =
            m_hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})").status;
        QVERIFY2(status == 201 || status == 202, qPrintable(QString::number(status)));
        QTRY_VERIFY_WITH_TIMEOUT(server().value(QLatin1String("ready")).toBool(), 60'000);
    }
}

void TestContentsTransport::cleanupTestCase()
{
    if (m_hub.isValid())
        m_hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
}

std::unique_ptr<HubClient> TestContentsTransport::clientFor(const QUrl &base)
{
    auto client = std::make_unique<HubClient>(HubUrl(base), &m_network);
    const QByteArray token = m_hub.createToken(User);
    client->setToken(token);
    client->setServerToken(token); // the same token for both: these tests are about files
    return client;
}

void TestContentsTransport::uploadsInPartsFromAProducerThread()
{
    const QString home = m_hub.homeOf(User);
    for (const QString &old : QDir(home).entryList({QStringLiteral("upload.bin*")}))
        QFile::remove(home + QLatin1Char('/') + old);

    const QByteArray source = randomBytes(20 * MiB);
    BoundedBuffer buffer(2 * MiB);
    std::thread producer([&] {
        // Uneven slices, as a compressor writes them.
        for (qsizetype offset = 0; offset < source.size();) {
            const qsizetype n = std::min<qsizetype>(300'000, source.size() - offset);
            if (!buffer.write(source.constData() + offset, n))
                return;
            offset += n;
        }
        buffer.closeWriting();
    });

    auto client = clientFor(m_hub.url());
    ContentsTransport transport(client.get(), serverUrl(m_hub.url()));
    transport.setChunkSize(1 * MiB);
    transport.setPartSize(8 * MiB);
    QSignalSpy finished(&transport, &ContentsTransport::uploadFinished);
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    QSignalSpy partDone(&transport, &ContentsTransport::partUploaded);
    QSignalSpy progressed(&transport, &ContentsTransport::progressed);
    transport.upload(&buffer, QStringLiteral("upload.bin"), source.size());
    const bool done = finished.wait(120'000);
    if (!done)
        buffer.abort(QStringLiteral("test timed out"));
    producer.join();
    QVERIFY2(done, failed.isEmpty() ? "no signal" : qPrintable(failed.first().at(1).toString()));

    const QStringList parts = finished.first().first().toStringList();
    QCOMPARE(parts,
             QStringList({QStringLiteral("upload.bin.part0001"), QStringLiteral("upload.bin.part0002"),
                          QStringLiteral("upload.bin.part0003")}));
    QCOMPARE(partDone.size(), 3);
    QCOMPARE(partDone.at(0).at(1).toLongLong(), 8 * MiB);
    QCOMPARE(partDone.at(2).at(1).toLongLong(), 4 * MiB);
    QCOMPARE(progressed.last().at(0).toLongLong(), source.size());
    QVERIFY(buffer.peakSize() <= buffer.capacity());

    QByteArray joined;
    for (const QString &part : parts) {
        QFile file(home + QLatin1Char('/') + part);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        joined += file.readAll();
    }
    QCOMPARE(joined.size(), source.size());
    QCOMPARE(sha256(joined), sha256(source));
}

void TestContentsTransport::download(const QUrl &base, const QString &remotePath, qint64 size,
                                     QByteArray *received)
{
    auto client = clientFor(base);
    ContentsTransport transport(client.get(), serverUrl(base));
    transport.setRetryDelay(50ms);
    BoundedBuffer buffer(512 * 1024);
    QSignalSpy finished(&transport, &ContentsTransport::downloadFinished);
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    transport.download(remotePath, &buffer, size);
    // No consumer yet: the transport must fill the sink and then stop reading, not block or
    // buffer the rest in memory.
    QTRY_VERIFY_WITH_TIMEOUT(buffer.size() == buffer.capacity(), 30'000);
    QVERIFY(finished.isEmpty() && failed.isEmpty());
    QCOMPARE(buffer.bytesWritten(), buffer.capacity());

    std::thread consumer([&] {
        char slice[64 * 1024];
        for (;;) {
            const qsizetype n = buffer.read(slice, sizeof slice);
            if (n <= 0)
                return;
            received->append(slice, n);
        }
    });
    const bool done = finished.wait(120'000);
    if (!done)
        buffer.abort(QStringLiteral("test timed out"));
    consumer.join();
    QVERIFY2(done, failed.isEmpty() ? "no signal" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(finished.first().first().toLongLong(), size);
    QVERIFY(buffer.atEnd()); // the sink was closed, not aborted
    QVERIFY(!buffer.isAborted());
}

void TestContentsTransport::downloadsWithBackpressure()
{
    const QByteArray source = randomBytes(20 * MiB);
    QFile file(m_hub.homeOf(User) + QStringLiteral("/download.bin"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(source), source.size());
    file.close();

    QByteArray received;
    download(m_hub.url(), QStringLiteral("download.bin"), source.size(), &received);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(received.size(), source.size());
    QCOMPARE(sha256(received), sha256(source));
}

void TestContentsTransport::resumesACutDownloadWithRange()
{
    const QByteArray source = randomBytes(20 * MiB);
    QFile file(m_hub.homeOf(User) + QStringLiteral("/cut.bin"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(source), source.size());
    file.close();

    test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    // Every connection dies after 7 MiB: the file needs three of them.
    proxy.setCutAfterDownstreamBytes(7 * MiB);
    QUrl base = m_hub.url();
    base.setPort(proxy.port());

    QByteArray received;
    download(base, QStringLiteral("cut.bin"), source.size(), &received);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(proxy.cuts() >= 2, qPrintable(QString::number(proxy.cuts())));
    QCOMPARE(received.size(), source.size());
    QCOMPARE(sha256(received), sha256(source));
}

void TestContentsTransport::downloadStopsPastTheAnnouncedSize()
{
    // A server that announced 170 bytes and sends a chunked body without end: the download
    // stops as soon as more arrives, and says so. Before, it read on until the body ended.
    test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    test::FaultProxy::Canned endless;
    endless.headers = {"Content-Type: application/octet-stream"};
    endless.prefix = "x";
    endless.filler = 'x';
    endless.fillerSize = 64 * 1024;
    endless.chunked = true;
    endless.endless = true;
    endless.paced = true;
    proxy.intercept("GET", QRegularExpression(QStringLiteral("/files/announced\\.txt")), endless);
    QUrl base = m_hub.url();
    base.setPort(proxy.port());
    auto client = clientFor(base);
    ContentsTransport transport(client.get(), serverUrl(base));
    BoundedBuffer buffer(512 * 1024);
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    transport.download(QStringLiteral("announced.txt"), &buffer, 170);
    QVERIFY(failed.wait(30'000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("sent more of announced.txt than it announced")),
             qPrintable(message));
    QVERIFY2(buffer.bytesWritten() <= 170, qPrintable(QString::number(buffer.bytesWritten())));
}

void TestContentsTransport::retriesAChunkCutMidUpload()
{
    test::FaultProxy proxy(quint16(m_hub.url().port()));
    QVERIFY(proxy.start());
    QUrl base = m_hub.url();
    base.setPort(proxy.port());

    const QByteArray source = randomBytes(12 * MiB + 777);
    BoundedBuffer buffer(source.size() + 1);
    QVERIFY(buffer.write(source));
    buffer.closeWriting();
    auto client = clientFor(base);
    ContentsTransport transport(client.get(), serverUrl(base));
    transport.setChunkSize(1 * MiB);
    transport.setPartSize(8 * MiB);
    transport.setRetryDelay(300ms);
    // The hub's proxy closes the connection after every PUT, so a cut has to land inside one
    // request: once chunk 1 is in, the next request (an append) is cut after about half of its
    // 1.4 MB; as soon as that happened the cut is lifted again, well before the retry.
    connect(&transport, &ContentsTransport::progressed, this, [&proxy](qint64 done) {
        if (done == 1 * MiB)
            proxy.setCutAfterUpstreamBytes(700'000);
    });
    QTimer lifter;
    connect(&lifter, &QTimer::timeout, this, [&proxy] {
        if (proxy.cuts() > 0)
            proxy.setCutAfterUpstreamBytes(0);
    });
    lifter.start(5);
    QSignalSpy finished(&transport, &ContentsTransport::uploadFinished);
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    transport.upload(&buffer, QStringLiteral("retried.bin"), source.size());
    QVERIFY2(finished.wait(120'000),
             failed.isEmpty() ? "no signal" : qPrintable(failed.first().at(1).toString()));
    // Qt itself may resend a request cut before any reply byte, and may be cut again before the
    // lifter runs: the count varies, the cut and the intact result must not.
    QVERIFY(proxy.cuts() >= 1);

    QByteArray joined;
    for (const QString &part : finished.first().first().toStringList()) {
        QFile file(m_hub.homeOf(User) + QLatin1Char('/') + part);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        joined += file.readAll();
    }
    QCOMPARE(joined.size(), source.size());
    QCOMPARE(sha256(joined), sha256(source));
}

void TestContentsTransport::cancelStopsAnUploadPromptly()
{
    BoundedBuffer buffer(1 * MiB);
    std::atomic<bool> producerStopped {false};
    std::thread producer([&] {
        // An endless archive: only the cancel can end this upload.
        const QByteArray slice = randomBytes(256 * 1024);
        while (buffer.write(slice)) { }
        producerStopped = true;
    });

    auto client = clientFor(m_hub.url());
    ContentsTransport transport(client.get(), serverUrl(m_hub.url()));
    transport.setChunkSize(1 * MiB);
    QSignalSpy progressed(&transport, &ContentsTransport::progressed);
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    QSignalSpy finished(&transport, &ContentsTransport::uploadFinished);
    transport.upload(&buffer, QStringLiteral("cancelled.bin"));
    const bool started = progressed.wait(60'000);
    if (!started)
        buffer.abort(QStringLiteral("test timed out"));
    QVERIFY(started);

    QElapsedTimer clock;
    clock.start();
    transport.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<HubError>().kind(), HubError::Kind::Cancelled);
    QVERIFY(!transport.isActive());
    QVERIFY(buffer.isAborted());
    QTRY_VERIFY_WITH_TIMEOUT(producerStopped.load(), 2'000);
    producer.join();
    QVERIFY(clock.elapsed() < 2'000);
    // Nothing more happens after the cancel.
    const qsizetype progressCount = progressed.size();
    QTest::qWait(300);
    QCOMPARE(progressed.size(), progressCount);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestContentsTransport)
#include "tst_contentstransport.moc"
