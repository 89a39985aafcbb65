// TerminalOutputParser: what a terminal prints around marked commands (prompt, echo, dotfile
// noise, CRLF, escapes), fed whole, byte by byte and in random pieces; plus the wrapped command
// run by a real local shell.
#include "jupyter/TerminalOutputParser.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using fornax::TerminalOutputParser;
using Result = TerminalOutputParser::Result;

Q_DECLARE_METATYPE(Result)

namespace fornax {
// Readable failures: QTest finds this by argument-dependent lookup.
char *toString(const TerminalOutputParser::Result &result)
{
    const QByteArray text = "{" + result.marker + ", " + QByteArray::number(result.exitCode) + ", "
        + result.output.left(200).toPercentEncoding(" ") + ", " + result.errorString.toUtf8() + "}";
    return qstrdup(text.constData());
}
} // namespace fornax

namespace {

// What a pty makes of text: every '\n' becomes "\r\n".
QByteArray tty(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray begin(const QByteArray &marker)
{
    return "\nFORNAX-BEGIN-" + marker + "\n";
}

QByteArray end(const QByteArray &marker, int code)
{
    return "\nFORNAX-END-" + marker + ' ' + QByteArray::number(code) + "\n";
}

// The echo of the typed command line, as readline redraws it with bracketed paste on.
QByteArray echoOf(const QByteArray &marker)
{
    return "\x1b[?2004h$ " + TerminalOutputParser::wrapCommand(QStringLiteral("ls"), marker).toUtf8()
        + "\x1b[?2004l\n";
}

Result result(const QByteArray &marker, int code, const QByteArray &output)
{
    Result r;
    r.marker = marker;
    r.exitCode = code;
    r.output = output;
    return r;
}

QList<Result> feedInPieces(const QList<QByteArray> &markers, const QByteArray &stream,
                           const QList<qsizetype> &cuts,
                           qsizetype maxOutput = TerminalOutputParser::DefaultMaxOutput)
{
    TerminalOutputParser parser(maxOutput);
    for (const QByteArray &marker : markers)
        parser.expect(marker);
    QList<Result> results;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        results += parser.feed(QByteArrayView(stream).sliced(from, cut - from));
        from = cut;
    }
    results += parser.feed(QByteArrayView(stream).sliced(from));
    return results;
}

} // namespace

class TestTerminalOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void longLinesWithoutNewline();
    void outputOverTheLimitIsAnError();
    void clearForgetsAnAbandonedCommand();
    void wrappedCommandRunsInARealShell_data();
    void wrappedCommandRunsInARealShell();
};

void TestTerminalOutput::parses_data()
{
    QTest::addColumn<QList<QByteArray>>("markers");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<Result>>("expected");

    const QByteArray a = "0f1e2d3c-aaaa-4bbb-8ccc-000000000001";
    const QByteArray b = "0f1e2d3c-aaaa-4bbb-8ccc-000000000002";

    QTest::newRow("plain") << QList {a} << tty(begin(a) + "hello\n" + end(a, 0))
                           << QList {result(a, 0, "hello\n")};
    QTest::newRow("prompt, echo and bracketed paste before")
        << QList {a}
        << tty("Welcome!\nuser@host:~$ " + echoOf(a) + begin(a) + "hello\n" + end(a, 0)
               + "\x1b[?2004huser@host:~$ ")
        << QList {result(a, 0, "hello\n")};
    QTest::newRow("no final newline, nonzero exit")
        << QList {a} << tty(begin(a) + "boom" + end(a, 3)) << QList {result(a, 3, "boom")};
    QTest::newRow("empty output") << QList {a} << tty(begin(a) + end(a, 0)) << QList {result(a, 0, "")};
    QTest::newRow("blank lines kept")
        << QList {a} << tty(begin(a) + "\n\nx\n\n" + end(a, 1)) << QList {result(a, 1, "\n\nx\n\n")};
    QTest::newRow("colour escapes and carriage returns removed")
        << QList {a} << tty(begin(a) + "\x1b[01;34mdir\x1b[0m\r\n\x1b]0;title\x07ok 50%\r100%\n" + end(a, 0))
        << QList {result(a, 0, "dir\nok 50%100%\n")};
    QTest::newRow("marker text inside a line is output")
        << QList {a} << tty(begin(a) + "see FORNAX-END-" + a + " 0\nFORNAX-END-" + a + " x\n" + end(a, 0))
        << QList {result(a, 0, "see FORNAX-END-" + a + " 0\nFORNAX-END-" + a + " x\n")};
    QTest::newRow("two commands, noise between, a stale marker")
        << QList {a, b}
        << tty("noise\n" + begin(a) + "one\n" + end(a, 0) + "\nFORNAX-END-deadbeef 0\nmore noise " + echoOf(b)
               + begin(b) + "two\n" + end(b, 127) + "$ ")
        << QList {result(a, 0, "one\n"), result(b, 127, "two\n")};
    QTest::newRow("incomplete command gives nothing")
        << QList {a} << tty(begin(a) + "partial output\n") << QList<Result> {};
    QTest::newRow("utf-8 passes through")
        << QList {a} << tty(begin(a) + "Zürich – ✓\n" + end(a, 0)) << QList {result(a, 0, "Zürich – ✓\n")};
}

void TestTerminalOutput::parses()
{
    QFETCH(QList<QByteArray>, markers);
    QFETCH(QByteArray, stream);
    QFETCH(QList<Result>, expected);

    QCOMPARE(feedInPieces(markers, stream, {}), expected);

    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < stream.size(); ++i)
        everyByte.append(i);
    QCOMPARE(feedInPieces(markers, stream, everyByte), expected);

    QRandomGenerator random(20261125);
    for (int round = 0; round < 200; ++round) {
        QList<qsizetype> cuts;
        qsizetype at = 0;
        while (true) {
            at += 1 + random.bounded(qsizetype(24));
            if (at >= stream.size())
                break;
            cuts.append(at);
        }
        QCOMPARE(feedInPieces(markers, stream, cuts), expected);
    }
}

void TestTerminalOutput::longLinesWithoutNewline()
{
    const QByteArray a = "m1";
    const QByteArray big(100'000, 'x');
    // Colour escapes every so often, so that some fall on a piece boundary.
    QByteArray coloured;
    for (int i = 0; i < 2000; ++i)
        coloured += "\x1b[31m" + QByteArray(50, 'y');
    const QByteArray stream = tty(QByteArray(20'000, 'n') + begin(a) + big + coloured + end(a, 0));
    const QList<Result> expected {result(a, 0, big + QByteArray(100'000, 'y'))};
    QList<qsizetype> cuts;
    for (qsizetype at = 777; at < stream.size(); at += 777)
        cuts.append(at);
    QCOMPARE(feedInPieces({a}, stream, {}), expected);
    QCOMPARE(feedInPieces({a}, stream, cuts), expected);
}

void TestTerminalOutput::outputOverTheLimitIsAnError()
{
    const QByteArray stream =
        tty(begin("m1") + QByteArray(150, 'x') + "\n" + end("m1", 0) + begin("m2") + "fits\n" + end("m2", 0));
    const QList<Result> results = feedInPieces({"m1", "m2"}, stream, {10, 90, 170}, 100);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).marker, QByteArray("m1"));
    QVERIFY(results.at(0).output.isEmpty());
    QVERIFY2(results.at(0).errorString.contains(QLatin1String("more than")),
             qPrintable(results.at(0).errorString));
    QCOMPARE(results.at(1), result("m2", 0, "fits\n"));
}

void TestTerminalOutput::clearForgetsAnAbandonedCommand()
{
    TerminalOutputParser parser;
    parser.expect("m1");
    QVERIFY(parser.feed(tty(begin("m1") + "sleeping")).isEmpty());
    parser.clear();
    QCOMPARE(parser.pendingCount(), 0);
    parser.expect("m2");
    // ^C, the rest of the interrupted command, then the next one.
    const QList<Result> results =
        parser.feed(tty("^C\nlate\n" + end("m1", 130) + begin("m2") + "next\n" + end("m2", 0)));
    QCOMPARE(results, QList {result("m2", 0, "next\n")});
}

void TestTerminalOutput::wrappedCommandRunsInARealShell_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("echo") << QStringLiteral("echo hello") << 0 << QByteArray("hello\n");
    QTest::newRow("stderr merged, exit 3")
        << QStringLiteral("sh -c 'echo out; echo err >&2; exit 3'") << 3 << QByteArray("out\nerr\n");
    QTest::newRow("no newline") << QStringLiteral("printf abc") << 0 << QByteArray("abc");
    QTest::newRow("trailing comment") << QStringLiteral("echo x # a comment") << 0 << QByteArray("x\n");
    QTest::newRow("reads no input") << QStringLiteral("cat; echo done") << 0 << QByteArray("done\n");
    QTest::newRow("false, nothing printed") << QStringLiteral("false") << 1 << QByteArray();
}

void TestTerminalOutput::wrappedCommandRunsInARealShell()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    const QByteArray marker = "5b0c9c62-1111-4222-8333-abcdefabcdef";
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), TerminalOutputParser::wrapCommand(command, marker)});
    QVERIFY(shell.waitForFinished(10'000));
    TerminalOutputParser parser;
    parser.expect(marker);
    const QList<Result> results = parser.feed(tty(shell.readAllStandardOutput()));
    QCOMPARE(results, QList {result(marker, exitCode, output)});
}

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminaloutput.moc"
