// ContentsTransport's upload protocol against a loopback stand-in for a gateway with a body
// limit (the real jupyter_server allows 512 MiB and cannot be made to answer 413 on demand):
// halving the chunk on 413, the exact chunk numbering LargeFileManager expects, parts, and a
// clear failure when even the smallest chunk is refused.
#include "BoundedBuffer.h"
#include "hub/HubClient.h"
#include "jupyter/ContentsTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace fornax;

namespace {

// Reads whole requests, refuses bodies above a limit with 413 (as nginx does), and otherwise
// applies LargeFileManager's rules: no chunk or chunk 1 writes, any other chunk appends.
class LimitedContentsServer : public QTcpServer
{
public:
    struct Put
    {
        QString path;
        QJsonValue chunk;
        qsizetype bodySize;
        int status;
    };

    explicit LimitedContentsServer(qsizetype bodyLimit)
        : m_limit(bodyLimit)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    serve(socket);
                });
            }
        });
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(serverPort())); }
    QMap<QString, QByteArray> files;
    QList<Put> puts;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray data = socket->property("data").toByteArray() + socket->readAll();
        for (;;) {
            const qsizetype headEnd = data.indexOf("\r\n\r\n");
            if (headEnd < 0)
                break;
            const QByteArray head = data.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (data.size() < headEnd + 4 + length)
                break;
            const QByteArray body = data.mid(headEnd + 4, length);
            data.remove(0, headEnd + 4 + length);
            answer(socket, head, body);
        }
        socket->setProperty("data", data);
    }

    void answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
    {
        int status = 200;
        QByteArray reply = "{}";
        const QJsonObject model = QJsonDocument::fromJson(body).object();
        const QString path = model.value(QLatin1String("path")).toString();
        if (body.size() > m_limit) {
            status = 413;
            reply = "<html>413 Request Entity Too Large</html>";
        } else if (head.startsWith("PUT ")) {
            const QByteArray content =
                QByteArray::fromBase64(model.value(QLatin1String("content")).toString().toLatin1());
            const QJsonValue chunk = model.value(QLatin1String("chunk"));
            if (chunk.isUndefined() || chunk.toInt() == 1)
                files[path] = content;
            else
                files[path] += content;
            reply = QJsonDocument(QJsonObject {{QStringLiteral("path"), path},
                                               {QStringLiteral("size"), double(files[path].size())}})
                        .toJson(QJsonDocument::Compact);
        }
        puts.append({path, model.value(QLatin1String("chunk")), body.size(), status});
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
    }

    qsizetype m_limit;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

} // namespace

class TestContentsChunking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HubError>(); }
    void halvesTheChunkOn413();
    void numbersChunksAsLargeFileManagerExpects();
    void failsClearlyWhenEvenSmallChunksAreRefused();

private:
    QNetworkAccessManager m_network;
};

void TestContentsChunking::halvesTheChunkOn413()
{
    // 256 KiB of data become ~350 KiB of base64: a 200 KiB limit forces two halvings.
    LimitedContentsServer server(200 * 1024);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HubClient client(HubUrl(server.baseUrl()), &m_network);
    ContentsTransport transport(&client, server.baseUrl().resolved(QUrl(QStringLiteral("user/u/"))));
    transport.setChunkSize(512 * 1024);
    transport.setMinimumChunkSize(16 * 1024);
    transport.setPartSize(0);

    const QByteArray source = randomBytes(3 * 1024 * 1024 + 123);
    BoundedBuffer buffer(source.size() + 1);
    QVERIFY(buffer.write(source));
    buffer.closeWriting();
    QSignalSpy finished(&transport, &ContentsTransport::uploadFinished);
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    transport.upload(&buffer, QStringLiteral("dir/a.tar"), source.size());
    QVERIFY(finished.wait(20'000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().first().toStringList(), QStringList {QStringLiteral("dir/a.tar")});
    QCOMPARE(server.files.value(QStringLiteral("dir/a.tar")), source);

    int refused = 0;
    for (const auto &put : std::as_const(server.puts))
        refused += put.status == 413;
    QCOMPARE(refused, 2); // 512 KiB and 256 KiB refused, 128 KiB accepted
    QCOMPARE(server.puts.first().status, 413);
    QCOMPARE(transport.chunkSize(), 128 * 1024);
    // The refused chunk was sent again as chunk 1, not skipped or appended.
    QCOMPARE(server.puts.at(2).status, 200);
    QCOMPARE(server.puts.at(2).chunk.toInt(), 1);
}

void TestContentsChunking::numbersChunksAsLargeFileManagerExpects()
{
    LimitedContentsServer server(64 * 1024 * 1024);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HubClient client(HubUrl(server.baseUrl()), &m_network);
    ContentsTransport transport(&client, server.baseUrl());
    transport.setChunkSize(1000);
    transport.setPartSize(2500); // parts of 1000 + 1000 + 500 bytes

    // 2500 + 2500 + 400: two full parts, then one of a single chunk.
    const QByteArray source = randomBytes(5400);
    BoundedBuffer buffer(1024);
    QSignalSpy finished(&transport, &ContentsTransport::uploadFinished);
    QSignalSpy partDone(&transport, &ContentsTransport::partUploaded);
    transport.upload(&buffer, QStringLiteral("x.tar"));
    // Fed from this thread in slices, the transport must wait for readyRead between them.
    qsizetype offset = 0;
    while (offset < source.size()) {
        const qsizetype n = buffer.tryWrite(source.constData() + offset, source.size() - offset);
        QVERIFY(n >= 0);
        offset += n;
        QCoreApplication::processEvents();
    }
    buffer.closeWriting();
    QVERIFY(finished.wait(10'000));

    const QStringList parts {QStringLiteral("x.tar.part0001"), QStringLiteral("x.tar.part0002"),
                             QStringLiteral("x.tar.part0003")};
    QCOMPARE(finished.first().first().toStringList(), parts);
    QCOMPARE(partDone.size(), 3);
    QCOMPARE(partDone.at(2).at(1).toLongLong(), 400);
    QByteArray joined;
    for (const QString &part : parts)
        joined += server.files.value(part);
    QCOMPARE(joined, source);

    QList<QJsonValue> chunks;
    for (const auto &put : std::as_const(server.puts))
        chunks << put.chunk;
    // 1 creates, 2 appends, -1 appends and ends; a one-chunk part is a plain save.
    const QList<QJsonValue> expected {1, 2, -1, 1, 2, -1, QJsonValue(QJsonValue::Undefined)};
    QCOMPARE(chunks, expected);
}

void TestContentsChunking::failsClearlyWhenEvenSmallChunksAreRefused()
{
    LimitedContentsServer server(1000);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HubClient client(HubUrl(server.baseUrl()), &m_network);
    ContentsTransport transport(&client, server.baseUrl());
    transport.setChunkSize(64 * 1024);
    transport.setMinimumChunkSize(8 * 1024);

    BoundedBuffer buffer(256 * 1024);
    QVERIFY(buffer.write(randomBytes(100 * 1024)));
    buffer.closeWriting();
    QSignalSpy failed(&transport, &ContentsTransport::transferFailed);
    transport.upload(&buffer, QStringLiteral("y.tar"));
    QVERIFY(failed.wait(10'000));
    const auto error = failed.first().at(0).value<HubError>();
    QCOMPARE(error.httpStatus(), 413);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("413")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(buffer.isAborted());
    QVERIFY(!transport.isActive());
    // 64, 32, 16, 8 KiB: then it gives up rather than going on for ever.
    QCOMPARE(server.puts.size(), 4);
}

QTEST_GUILESS_MAIN(TestContentsChunking)
#include "tst_contentschunking.moc"
