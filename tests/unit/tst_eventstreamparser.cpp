// EventStreamParser against the WHATWG rules, fed whole, byte by byte and in random pieces.
#include "hub/EventStreamParser.h"

#include <QRandomGenerator>
#include <QTest>

using fornax::EventStreamParser;

namespace {

// One line per event, "type|id|data" with newlines in data shown as \n, so failures are readable.
QStringList describe(const QList<EventStreamParser::Event> &events)
{
    QStringList lines;
    for (const EventStreamParser::Event &event : events) {
        QString data = event.data;
        data.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        lines.append(event.type + QLatin1Char('|') + event.id + QLatin1Char('|') + data);
    }
    return lines;
}

QStringList feedWhole(const QByteArray &input)
{
    EventStreamParser parser;
    return describe(parser.feed(input));
}

QStringList feedBytewise(const QByteArray &input)
{
    EventStreamParser parser;
    QList<EventStreamParser::Event> events;
    for (qsizetype i = 0; i < input.size(); ++i)
        events += parser.feed(QByteArrayView(input).sliced(i, 1));
    return describe(events);
}

// Pieces of 0 to 3 bytes most of the time (to split CR LF pairs and BOMs), sometimes up to 64.
QStringList feedRandomly(const QByteArray &input, quint32 seed)
{
    QRandomGenerator random(seed);
    EventStreamParser parser;
    QList<EventStreamParser::Event> events;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype wanted = random.bounded(4) == 0 ? random.bounded(65) : random.bounded(4);
        const qsizetype size = std::min(wanted, input.size() - pos);
        events += parser.feed(QByteArrayView(input).sliced(pos, size));
        pos += size;
    }
    return describe(events);
}

// What JupyterHub 3.0 (the fixture hub) really sent for one start, captured with curl.
const QByteArray JupyterHubStream = QByteArrayLiteral(
    "\n\n"
    "data: {\"progress\": 0, \"message\": \"Server requested\"}\n\n"
    "data: {\"progress\": 10, \"message\": \"Requesting a Small server\"}\n\n"
    "data: {\"progress\": 40, \"message\": \"Starting the single-user server process\"}\n\n"
    "data: {\"progress\": 100, \"ready\": true, \"message\": \"Server ready at /user/fixture-capture/\", "
    "\"html_message\": \"Server ready at <a "
    "href=\\\"/user/fixture-capture/\\\">/user/fixture-capture/</a>\", "
    "\"url\": \"/user/fixture-capture/\"}\n\n");

} // namespace

class TestEventStreamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void crLfSplitAcrossReadsEndsOneLine();
    void oversizedEventIsAnError();
    void oversizedLineIsAnError();
    void manyEventsAreNotOneBigEvent();
    void resetStartsAgain();
    void retryIsRead();
};

void TestEventStreamParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    const QString ready = QStringLiteral("message||{\"progress\": 100, \"ready\": true, \"message\": "
                                         "\"Server ready at /user/fixture-capture/\", "
                                         "\"html_message\": \"Server ready at <a "
                                         "href=\\\"/user/fixture-capture/\\\">/user/fixture-capture/</a>\", "
                                         "\"url\": \"/user/fixture-capture/\"}");
    QTest::newRow("jupyterhub stream")
        << JupyterHubStream
        << QStringList {
               QStringLiteral("message||{\"progress\": 0, \"message\": \"Server requested\"}"),
               QStringLiteral("message||{\"progress\": 10, \"message\": \"Requesting a Small server\"}"),
               QStringLiteral(
                   "message||{\"progress\": 40, \"message\": \"Starting the single-user server process\"}"),
               ready};
    QTest::newRow("cut before ready")
        << JupyterHubStream.chopped(2)
        << QStringList {
               QStringLiteral("message||{\"progress\": 0, \"message\": \"Server requested\"}"),
               QStringLiteral("message||{\"progress\": 10, \"message\": \"Requesting a Small server\"}"),
               QStringLiteral("message||{\"progress\": 40, \"message\": \"Starting the "
                              "single-user server process\"}")};
    QTest::newRow("cut inside a line")
        << QByteArrayLiteral("data: one\n\ndata: tw") << QStringList {QStringLiteral("message||one")};
    QTest::newRow("crlf") << QByteArrayLiteral("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QStringList {QStringLiteral("message||a"), QStringLiteral("message||b")};
    QTest::newRow("cr only") << QByteArrayLiteral("data: a\r\rdata: b\r\r")
                             << QStringList {QStringLiteral("message||a"), QStringLiteral("message||b")};
    QTest::newRow("mixed line ends") << QByteArrayLiteral("data: a\r\ndata: b\n\rdata: c\r\r\ndata: d\n\n")
                                     << QStringList {QStringLiteral("message||a\\nb"),
                                                     QStringLiteral("message||c"),
                                                     QStringLiteral("message||d")};
    QTest::newRow("lf cr is two line ends")
        << QByteArrayLiteral("data: a\n\r") << QStringList {QStringLiteral("message||a")};
    QTest::newRow("comments") << QByteArrayLiteral(":\n\n: keep-alive\n\ndata: x\n:comment: with colon\n\n")
                              << QStringList {QStringLiteral("message||x")};
    QTest::newRow("multi-line data") << QByteArrayLiteral(
        "data: first\ndata: second\ndata:\ndata: fourth\n\n")
                                     << QStringList {QStringLiteral("message||first\\nsecond\\n\\nfourth")};
    QTest::newRow("data without space")
        << QByteArrayLiteral("data:x\ndata:  y\n\n") << QStringList {QStringLiteral("message||x\\n y")};
    // The standard's own example: "data" alone is a field with an empty value.
    QTest::newRow("fields without colon")
        << QByteArrayLiteral("data\n\ndata\ndata\n\ndata:")
        << QStringList {QStringLiteral("message||"), QStringLiteral("message||\\n")};
    QTest::newRow("event type and lasting id")
        << QByteArrayLiteral("event: progress\nid: 7\ndata: a\n\ndata: b\n\n")
        << QStringList {QStringLiteral("progress|7|a"), QStringLiteral("message|7|b")};
    QTest::newRow("type without data is dropped")
        << QByteArrayLiteral("event: x\n\ndata: y\n\n") << QStringList {QStringLiteral("message||y")};
    QTest::newRow("id with NUL is ignored")
        << QByteArray("id: 1\ndata: a\n\nid: x\0y\ndata: b\n\n", 33)
        << QStringList {QStringLiteral("message|1|a"), QStringLiteral("message|1|b")};
    QTest::newRow("empty id clears") << QByteArrayLiteral("id: 1\ndata:a\n\nid\ndata:b\n\n")
                                     << QStringList {QStringLiteral("message|1|a"),
                                                     QStringLiteral("message||b")};
    QTest::newRow("bom") << QByteArrayLiteral("\xEF\xBB\xBF"
                                              "data: a\n\n")
                         << QStringList {QStringLiteral("message||a")};
    // Only one BOM is dropped: the second makes the field name "\uFEFFdata", which means nothing.
    QTest::newRow("second bom is text") << QByteArrayLiteral("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                             "data: a\n\ndata: b\n\n")
                                        << QStringList {QStringLiteral("message||b")};
    QTest::newRow("partial bom is text") << QByteArrayLiteral("\xEF\xBB"
                                                              "data: a\n\ndata: b\n\n")
                                         << QStringList {QStringLiteral("message||b")};
    QTest::newRow("bom then line end")
        << QByteArrayLiteral("\xEF\xBB\xBF\r\ndata: a\r\n\r\n") << QStringList {QStringLiteral("message||a")};
    QTest::newRow("blank lines only") << QByteArrayLiteral("\n\r\n\r\n\n") << QStringList {};
    QTest::newRow("unknown fields and retry")
        << QByteArrayLiteral("foo: bar\nretry: 1000\nretry: x\ndata: z\n\n")
        << QStringList {QStringLiteral("message||z")};
    QTest::newRow("utf-8") << QByteArrayLiteral("data: Gr\xC3\xB6\xC3\x9F"
                                                "e \xE2\x9C\x93\n\n")
                           << QStringList {QStringLiteral("message||Größe ✓")};
    QTest::newRow("invalid utf-8 is replaced") << QByteArrayLiteral("data: a\xFF"
                                                                    "b\n\n")
                                               << QStringList {QStringLiteral("message||a\uFFFDb")};
    QTest::newRow("empty stream") << QByteArray() << QStringList {};
}

void TestEventStreamParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);

    QCOMPARE(feedWhole(input), expected);
    QCOMPARE(feedBytewise(input), expected);
    for (quint32 seed = 1; seed <= 300; ++seed) {
        const QStringList events = feedRandomly(input, seed);
        if (events != expected) {
            qWarning("random pieces with seed %u differ", seed);
            QCOMPARE(events, expected);
        }
    }
}

void TestEventStreamParser::crLfSplitAcrossReadsEndsOneLine()
{
    EventStreamParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    // The LF completes the CR LF pair; taken as a second line end it would dispatch "a" now.
    QVERIFY(parser.feed("\n").isEmpty());
    const auto events = parser.feed("\r");
    QCOMPARE(describe(events), QStringList {QStringLiteral("message||a")});
    QVERIFY(parser.feed("\n").isEmpty());
    QCOMPARE(describe(parser.feed("data: b\n\n")), QStringList {QStringLiteral("message||b")});
}

void TestEventStreamParser::oversizedEventIsAnError()
{
    EventStreamParser parser(1000);
    QByteArray lines;
    for (int i = 0; i < 30; ++i)
        lines += "data: " + QByteArray(40, 'x') + '\n';
    QVERIFY(parser.feed(lines).isEmpty());
    QVERIFY(parser.hasError());
    // The limit in the same units as every size the app shows (1000 bytes: "1.0 kB").
    QVERIFY2(parser.errorString().contains(QLatin1String("1.0 kB")), qPrintable(parser.errorString()));
    // Nothing more comes out, not even well-formed events.
    QVERIFY(parser.feed("\n\ndata: fine\n\n").isEmpty());
}

void TestEventStreamParser::oversizedLineIsAnError()
{
    EventStreamParser parser(1000);
    for (int i = 0; i < 20; ++i)
        parser.feed(QByteArray(100, 'y')); // never a line end
    QVERIFY(parser.hasError());
}

void TestEventStreamParser::manyEventsAreNotOneBigEvent()
{
    EventStreamParser parser(1000);
    int count = 0;
    for (int i = 0; i < 100; ++i)
        count += int(parser.feed(QByteArray("data: " + QByteArray(100, 'z') + "\n\n")).size());
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
    QCOMPARE(count, 100);
}

void TestEventStreamParser::resetStartsAgain()
{
    EventStreamParser parser(100);
    parser.feed(QByteArray("id: 5\ndata: " + QByteArray(200, 'x')));
    QVERIFY(parser.hasError());
    parser.reset();
    QVERIFY(!parser.hasError());
    QCOMPARE(describe(parser.feed("\xEF\xBB\xBF"
                                  "data: again\n\n")),
             QStringList {QStringLiteral("message||again")});
}

void TestEventStreamParser::retryIsRead()
{
    EventStreamParser parser;
    QCOMPARE(parser.retryMilliseconds(), -1);
    parser.feed("retry: 2500\n");
    QCOMPARE(parser.retryMilliseconds(), 2500);
    parser.feed("retry: 3s\nretry: 99999999999999999999\n");
    QCOMPARE(parser.retryMilliseconds(), 2500);
}

QTEST_GUILESS_MAIN(TestEventStreamParser)
#include "tst_eventstreamparser.moc"
