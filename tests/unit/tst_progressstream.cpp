// ProgressStream: JupyterHub's progress events in, a few verdicts out; fed directly and over a
// real HTTP connection from a local server that can also break off mid-stream.
#include "hub/ProgressEvent.h"
#include "hub/ProgressStream.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using fornax::ProgressEvent;
using fornax::ProgressStream;

namespace {

QByteArray sse(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

// The stream JupyterHub 3.0 (the fixture hub) sent for one start, captured with curl.
const QByteArray ReadyStream = QByteArrayLiteral(
    "\n\n"
    "data: {\"progress\": 0, \"message\": \"Server requested\"}\n\n"
    "data: {\"progress\": 10, \"message\": \"Requesting a Small server\"}\n\n"
    "data: {\"progress\": 40, \"message\": \"Starting the single-user server process\"}\n\n"
    "data: {\"progress\": 100, \"ready\": true, \"message\": \"Server ready at /user/fixture-capture/\", "
    "\"html_message\": \"Server ready at <a "
    "href=\\\"/user/fixture-capture/\\\">/user/fixture-capture/</a>\", "
    "\"url\": \"/user/fixture-capture/\"}\n\n");

// And for a start the spawner refused.
const QByteArray FailedStream = QByteArrayLiteral(
    "data: {\"progress\": 100, \"failed\": true, \"message\": \"Spawn failed: Invalid choice 'bogus' for "
    "option capacity of profile large\"}\n\n");

// Records every signal of a stream in order, as "progress 40 text", "ready url", ...
class Recorder
{
public:
    explicit Recorder(ProgressStream *stream)
    {
        QObject::connect(stream, &ProgressStream::progressChanged, stream,
                         [this](int percent, const QString &text) {
                             log.append(QStringLiteral("progress %1 %2").arg(percent).arg(text));
                         });
        QObject::connect(stream, &ProgressStream::serverReady, stream, [this](const QString &url) {
            log.append(QStringLiteral("ready ") + url);
        });
        QObject::connect(stream, &ProgressStream::spawnFailed, stream, [this](const QString &message) {
            log.append(QStringLiteral("failed ") + message);
        });
        QObject::connect(stream, &ProgressStream::streamInterrupted, stream, [this] {
            log.append(QStringLiteral("interrupted"));
        });
    }
    QStringList log;
};

// A real HTTP server on loopback that answers every request with a scripted response, written in
// pieces a few milliseconds apart and then closed: what a hub or a dying connection does.
class ScriptedServer : public QTcpServer
{
public:
    QList<QByteArray> pieces;

    ScriptedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                if (m_request.contains("\r\n\r\n") && !m_answering) {
                    m_answering = true;
                    writeNext(socket, 0);
                }
            });
        });
    }

private:
    void writeNext(QTcpSocket *socket, int index)
    {
        if (index == pieces.size()) {
            socket->disconnectFromHost();
            return;
        }
        socket->write(pieces.at(index));
        socket->flush();
        QTimer::singleShot(5, socket, [this, socket, index] {
            writeNext(socket, index + 1);
        });
    }

    QByteArray m_request;
    bool m_answering = false;
};

QByteArray streamHeader()
{
    return QByteArrayLiteral(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        "Connection: close\r\n\r\n");
}

} // namespace

class TestProgressStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressEventFromJson_data();
    void progressEventFromJson();
    void reportsJupyterHubStream();
    void reportsFailure();
    void failureWithoutMessageStillExplains();
    void percentNeverGoesBackwards();
    void readyWithoutProgressIsComplete();
    void eventsAfterVerdictAreIgnored();
    void cutBeforeReadyIsInterrupted();
    void malformedEventsAreSkipped();
    void otherEventTypesAreIgnored();
    void oversizedEventInterrupts();
    void receiverMayDeleteStream();
    void attachedReplyReachesReady();
    void attachedReplyCutOffIsInterrupted();
    void attachedErrorStatusIsInterrupted();

private:
    QStringList runOverHttp(const QList<QByteArray> &pieces);
};

void TestProgressStream::progressEventFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("progress");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("failed");

    QTest::newRow("progress") << QByteArray(
        R"({"progress": 40, "message": "Pulling image", "html_message": "<b>x</b>"})")
                              << true << 40 << QStringLiteral("Pulling image") << false << QString() << false;
    QTest::newRow("ready") << QByteArray(
        R"({"progress": 100, "ready": true, "message": "up", "url": "/user/a/"})")
                           << true << 100 << QStringLiteral("up") << true << QStringLiteral("/user/a/")
                           << false;
    QTest::newRow("failed") << QByteArray(
        R"({"progress": 100, "failed": true, "message": "Spawn failed: x"})")
                            << true << 100 << QStringLiteral("Spawn failed: x") << false << QString() << true;
    QTest::newRow("no progress") << QByteArray(R"({"message": "waiting"})") << true << -1
                                 << QStringLiteral("waiting") << false << QString() << false;
    QTest::newRow("fraction rounds") << QByteArray(R"({"progress": 33.6})") << true << 34 << QString()
                                     << false << QString() << false;
    QTest::newRow("overshoot clamps")
        << QByteArray(R"({"progress": 250})") << true << 100 << QString() << false << QString() << false;
    QTest::newRow("negative clamps") << QByteArray(R"({"progress": -5})") << true << 0 << QString() << false
                                     << QString() << false;
    QTest::newRow("progress as text is absent")
        << QByteArray(R"({"progress": "50"})") << true << -1 << QString() << false << QString() << false;
    QTest::newRow("empty object") << QByteArray("{}") << true << -1 << QString() << false << QString()
                                  << false;
    QTest::newRow("array") << QByteArray("[1, 2]") << false << -1 << QString() << false << QString() << false;
    QTest::newRow("not json") << QByteArray("progress: 50") << false << -1 << QString() << false << QString()
                              << false;
    QTest::newRow("truncated") << QByteArray(R"({"progress": 5)") << false << -1 << QString() << false
                               << QString() << false;
    QTest::newRow("empty") << QByteArray() << false << -1 << QString() << false << QString() << false;
}

void TestProgressStream::progressEventFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const std::optional<ProgressEvent> event = ProgressEvent::fromJson(json);
    QCOMPARE(event.has_value(), valid);
    if (!valid)
        return;
    QTEST(event->progress, "progress");
    QTEST(event->message, "message");
    QTEST(event->ready, "ready");
    QTEST(event->url, "url");
    QTEST(event->failed, "failed");
}

void TestProgressStream::reportsJupyterHubStream()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed(ReadyStream);
    QCOMPARE(recorder.log,
             (QStringList {QStringLiteral("progress 0 Server requested"),
                           QStringLiteral("progress 10 Requesting a Small server"),
                           QStringLiteral("progress 40 Starting the single-user server process"),
                           QStringLiteral("progress 100 Server ready at /user/fixture-capture/"),
                           QStringLiteral("ready /user/fixture-capture/")}));
    QVERIFY(stream.isFinished());
    QCOMPARE(stream.percent(), 100);
    stream.finish(); // the hub closes the stream after the verdict: that is no interruption
    QCOMPARE(recorder.log.size(), 5);
}

void TestProgressStream::reportsFailure()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed(sse(R"({"progress": 10, "message": "Requesting"})"));
    stream.feed(FailedStream);
    QCOMPARE(recorder.log,
             (QStringList {QStringLiteral("progress 10 Requesting"),
                           QStringLiteral("failed Spawn failed: Invalid choice 'bogus' for option "
                                          "capacity of profile large")}));
    QCOMPARE(stream.percent(), 10); // a failed start is not 100 % done
}

void TestProgressStream::failureWithoutMessageStillExplains()
{
    ProgressStream stream;
    QSignalSpy failed(&stream, &ProgressStream::spawnFailed);
    stream.feed(sse(R"({"failed": true})"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().size() > 20);
}

void TestProgressStream::percentNeverGoesBackwards()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed(QByteArray(sse(R"({"progress": 50, "message": "one"})")
                           + sse(R"({"progress": 30, "message": "two"})")
                           + sse(R"({"progress": 30, "message": "two"})") + sse(R"({"message": "three"})")
                           + sse(R"({"progress": 60})")));
    QCOMPARE(recorder.log,
             (QStringList {QStringLiteral("progress 50 one"), QStringLiteral("progress 50 two"),
                           QStringLiteral("progress 50 three"), QStringLiteral("progress 60 three")}));
    QVERIFY(!stream.isFinished());
}

void TestProgressStream::readyWithoutProgressIsComplete()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed(QByteArray(sse(R"({"progress": 20, "message": "starting"})")
                           + sse(R"({"ready": true, "url": "/user/b/"})")));
    QCOMPARE(recorder.log,
             (QStringList {QStringLiteral("progress 20 starting"), QStringLiteral("progress 100 starting"),
                           QStringLiteral("ready /user/b/")}));
}

void TestProgressStream::eventsAfterVerdictAreIgnored()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed(QByteArray(sse(R"({"ready": true, "url": "/user/c/", "message": "up"})")
                           + sse(R"({"failed": true, "message": "late"})")));
    stream.feed(sse(R"({"progress": 5, "message": "again"})"));
    stream.finish();
    QCOMPARE(recorder.log,
             (QStringList {QStringLiteral("progress 100 up"), QStringLiteral("ready /user/c/")}));
}

void TestProgressStream::cutBeforeReadyIsInterrupted()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    // Everything up to the middle of the ready event, then the connection ends.
    stream.feed(ReadyStream.left(ReadyStream.indexOf("\"ready\"")));
    stream.finish();
    stream.finish();
    QCOMPARE(recorder.log.last(), QStringLiteral("interrupted"));
    QCOMPARE(recorder.log.count(QStringLiteral("interrupted")), 1);
    QVERIFY(!recorder.log.join(QLatin1Char(',')).contains(QLatin1String("ready")));
    QCOMPARE(stream.percent(), 40);
}

void TestProgressStream::malformedEventsAreSkipped()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed(QByteArray(sse("not json") + sse("[1]") + sse(R"({"progress": 70, "message": "ok"})")));
    QCOMPARE(recorder.log, QStringList {QStringLiteral("progress 70 ok")});
}

void TestProgressStream::otherEventTypesAreIgnored()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.feed("event: debug\ndata: {\"ready\": true, \"url\": \"/wrong/\"}\n\n");
    QVERIFY(recorder.log.isEmpty());
    QVERIFY(!stream.isFinished());
}

void TestProgressStream::oversizedEventInterrupts()
{
    ProgressStream stream;
    Recorder recorder(&stream);
    const QByteArray line = "data: " + QByteArray(64 * 1024, 'x') + '\n';
    for (int i = 0; i < 20 && !stream.isFinished(); ++i)
        stream.feed(line);
    QCOMPARE(recorder.log, QStringList {QStringLiteral("interrupted")});
}

void TestProgressStream::receiverMayDeleteStream()
{
    auto *stream = new ProgressStream;
    QPointer<ProgressStream> guard(stream);
    connect(stream, &ProgressStream::progressChanged, this, [stream] {
        delete stream;
    });
    stream->feed(QByteArray(sse(R"({"progress": 10})") + sse(R"({"progress": 20})")));
    QVERIFY(guard.isNull());
}

QStringList TestProgressStream::runOverHttp(const QList<QByteArray> &pieces)
{
    ScriptedServer server;
    server.pieces = pieces;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on loopback: %s", qPrintable(server.errorString()));
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/hub/api/users/a/server/progress").arg(server.serverPort())));
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    ProgressStream stream;
    Recorder recorder(&stream);
    stream.attach(reply.get());
    if (!QTest::qWaitFor(
            [&] {
                return stream.isFinished();
            },
            20'000))
        recorder.log.append(QStringLiteral("(no verdict within 20 s)"));
    return recorder.log;
}

void TestProgressStream::attachedReplyReachesReady()
{
    // Pieces cut anywhere, including between the CR and LF of the header and inside events.
    const QByteArray all = streamHeader() + ReadyStream;
    QList<QByteArray> pieces;
    for (qsizetype pos = 0; pos < all.size(); pos += 37)
        pieces.append(all.mid(pos, 37));
    const QStringList log = runOverHttp(pieces);
    QCOMPARE(log,
             (QStringList {QStringLiteral("progress 0 Server requested"),
                           QStringLiteral("progress 10 Requesting a Small server"),
                           QStringLiteral("progress 40 Starting the single-user server process"),
                           QStringLiteral("progress 100 Server ready at /user/fixture-capture/"),
                           QStringLiteral("ready /user/fixture-capture/")}));
}

void TestProgressStream::attachedReplyCutOffIsInterrupted()
{
    const qsizetype cut = ReadyStream.indexOf("\"ready\"");
    const QStringList log =
        runOverHttp({streamHeader(), ReadyStream.left(cut / 2), ReadyStream.mid(cut / 2, cut / 2)});
    QVERIFY2(!log.isEmpty() && log.last() == QLatin1String("interrupted"),
             qPrintable(log.join(QLatin1Char(','))));
    QVERIFY(log.contains(QStringLiteral("progress 40 Starting the single-user server process")));
}

void TestProgressStream::attachedErrorStatusIsInterrupted()
{
    // What the hub answers when no start is under way; the body must not be taken for events.
    const QByteArray body =
        "{\"status\": 400, \"message\": \"a has no pending spawn\"}\n\ndata: {\"ready\": true}\n\n";
    const QStringList log =
        runOverHttp({"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body});
    QCOMPARE(log, QStringList {QStringLiteral("interrupted")});
}

QTEST_GUILESS_MAIN(TestProgressStream)
#include "tst_progressstream.moc"
