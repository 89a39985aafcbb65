// `fornax-desktop upload` and `download` against JupyterLab's own way of moving files, through a
// real hub (tests/fixtures/hub, started and stopped here). Prints files/s, MB/s, peak memory and
// ratios measured in the same run; not pass/fail.
//
//   JupyterLab's upload:   one contents PUT per file (base64 in JSON); files above 15 MB in
//                          1 MiB chunks, one after another; all files at once, six connections
//                          at a time, as a browser does
//   JupyterLab's download: one GET /files/<path> per file, six at a time
//   ours:                  the real binary, `fornax-desktop upload|download`, one archive
//
// Shapes (issue 19), each up and down: 1 file of 4 KiB, 10 files, 1,000 files, 5,000 files
// (FORNAX_BENCH_FILES), one big file of random bytes, one big file of CSV-like text; on loopback,
// again behind 50 ms of added round trip (FaultProxy's latency; the small shapes up to 1,000
// files), and the big CSV upload through a 20 MB/s uplink (FaultProxy's upstream rate; the
// proxy has no downstream limit). Every row: JupyterLab's way and ours in the same run, the
// ratio, and our peak memory; then the peak memory of a big upload and download.
//
// Environment: FORNAX_BENCH_MIB (size of the big files, default 256), FORNAX_BENCH_FILES
// (default 5000), FORNAX_BENCH_RTT_MS (default 50; 0 skips those rows), FORNAX_BENCH_RATE_MBPS
// (default 20; 0 skips that row), FORNAX_BENCH_MEMORY_MIB (default 2048; 0 skips that case),
// FORNAX_BENCH_DIR (local data; default a temporary folder).
#include "FaultProxy.h"
#include "TestHub.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = qint64(1024) * 1024;
constexpr qint64 JupyterLabChunk = MiB; // JupyterLab 3/4: CHUNK_SIZE
constexpr qint64 JupyterLabLargeFile = 15 * MiB; // above this JupyterLab uploads in chunks
const QString User = QStringLiteral("bench-user");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// Runs the loop until done() says so, checking on every event and at least every 50 ms.
void waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(50);
    if (!done())
        loop.exec();
}

struct Result
{
    double seconds = 0;
    qint64 peakKiB = 0; // ours only
    bool ok = false;
    QString error;
};

struct Bench
{
    test::TestHub hub;
    QByteArray token;
    QNetworkAccessManager network;
    QString local;

    QString home() const { return hub.homeOf(User); }
    QUrl serverUrl(const QUrl &base) const
    {
        return base.resolved(QUrl(QStringLiteral("user/%1/").arg(User)));
    }
    QUrl hubUrl(quint16 proxyPort) const
    {
        QUrl url = hub.url();
        if (proxyPort)
            url.setPort(proxyPort);
        return url;
    }

    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "token " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return request;
    }

    QUrl contentsUrl(quint16 port, const QString &path) const
    {
        QUrl url = serverUrl(hubUrl(port));
        url.setPath(url.path() + QStringLiteral("api/contents/") + path);
        return url;
    }

    QUrl filesUrl(quint16 port, const QString &path) const
    {
        QUrl url = serverUrl(hubUrl(port));
        url.setPath(url.path() + QStringLiteral("files/") + path);
        return url;
    }

    // One PUT of JSON; returns the reply (the caller waits and deletes).
    QNetworkReply *put(quint16 port, const QString &path, const QJsonObject &body)
    {
        return network.put(request(contentsUrl(port, path)),
                           QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // JupyterLab's file browser: every file at once (the network layer keeps six connections
    // per host busy), large files in 1 MiB chunks sent one after another.
    Result uploadLikeJupyterLab(quint16 port, const QStringList &files, const QString &remoteFolder)
    {
        Result result;
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *folder =
            put(port, remoteFolder, {{QStringLiteral("type"), QStringLiteral("directory")}});
        waitUntil([folder] {
            return folder->isFinished();
        });
        folder->deleteLater();
        int pending = int(files.size());
        int failed = 0;
        for (const QString &path : files) {
            auto file = std::make_shared<QFile>(path);
            if (!file->open(QIODevice::ReadOnly)) {
                result.error = file->errorString();
                return result;
            }
            const QString name = QFileInfo(path).fileName();
            const QString target = remoteFolder + QLatin1Char('/') + name;
            const bool chunked = file->size() > JupyterLabLargeFile;
            auto sendChunk = std::make_shared<std::function<void(int)>>();
            *sendChunk = [=, this, &pending, &failed](int number) {
                const QByteArray bytes = file->read(chunked ? JupyterLabChunk : file->size());
                const bool last = !chunked || file->atEnd();
                QJsonObject body {{QStringLiteral("type"), QStringLiteral("file")},
                                  {QStringLiteral("format"), QStringLiteral("base64")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("path"), target},
                                  {QStringLiteral("content"), QString::fromLatin1(bytes.toBase64())}};
                if (chunked)
                    body.insert(QStringLiteral("chunk"), last ? -1 : number);
                QNetworkReply *reply = put(port, target, body);
                QObject::connect(reply, &QNetworkReply::finished, reply, [=, &pending, &failed] {
                    reply->deleteLater();
                    if (reply->error() != QNetworkReply::NoError) {
                        ++failed;
                        --pending;
                    } else if (last) {
                        --pending;
                    } else {
                        (*sendChunk)(number + 1);
                    }
                    if (last || reply->error() != QNetworkReply::NoError)
                        *sendChunk = nullptr; // breaks the cycle
                });
            };
            (*sendChunk)(1);
        }
        waitUntil([&pending] {
            return pending == 0;
        });
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        result.ok = failed == 0;
        if (failed)
            result.error = QStringLiteral("%1 uploads failed").arg(failed);
        return result;
    }

    // The browser's Download on each file: GET /files/..., six at a time, written to disk.
    Result downloadLikeJupyterLab(quint16 port, const QStringList &remotePaths, const QString &localFolder)
    {
        Result result;
        QDir().mkpath(localFolder);
        QElapsedTimer timer;
        timer.start();
        int pending = int(remotePaths.size());
        int failed = 0;
        for (const QString &path : remotePaths) {
            auto file = std::make_shared<QFile>(localFolder + QLatin1Char('/') + QFileInfo(path).fileName());
            if (!file->open(QIODevice::WriteOnly)) {
                result.error = file->errorString();
                return result;
            }
            QNetworkReply *reply = network.get(request(filesUrl(port, path)));
            QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, file] {
                file->write(reply->readAll());
            });
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, file, &pending, &failed] {
                file->write(reply->readAll());
                file->close();
                if (reply->error() != QNetworkReply::NoError)
                    ++failed;
                --pending;
                reply->deleteLater();
            });
        }
        waitUntil([&pending] {
            return pending == 0;
        });
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        result.ok = failed == 0;
        if (failed)
            result.error = QStringLiteral("%1 downloads failed").arg(failed);
        return result;
    }

    // The real command line, timed from launch to exit, with its peak resident memory (VmHWM,
    // read while it runs; the high-water mark only grows).
    Result runOurs(quint16 port, const QStringList &arguments)
    {
        Result result;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FORNAX_TOKEN"), QString::fromUtf8(token));
        environment.insert(QStringLiteral("FORNAX_HUB"), hubUrl(port).toString());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), local + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), local + QStringLiteral("/data"));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &process, [&] {
            QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
            if (!status.open(QIODevice::ReadOnly))
                return;
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    result.peakKiB =
                        std::max(result.peakKiB, line.mid(6).trimmed().split(' ').value(0).toLongLong());
            }
        });
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(FORNAX_DESKTOP_BINARY),
                      arguments
                          + QStringList {QStringLiteral("--yes"), QStringLiteral("--on-conflict"),
                                         QStringLiteral("overwrite")});
        sampler.start(20);
        waitUntil([&process] {
            return process.state() == QProcess::NotRunning;
        });
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!result.ok)
            result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return result;
    }

    void removeRemote(const QString &relative)
    {
        QDir(home() + QLatin1Char('/') + relative).removeRecursively();
    }
};

bool writeRandom(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4 * MiB, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (file.write(block.constData(), std::min<qint64>(left, block.size())) < 0)
            return false;
    }
    return true;
}

// What a catalogue export looks like: numbers in columns, compressing about 3:1 with zstd.
bool writeCsv(const QString &path, qint64 bytes, quint32 seed = 42)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray block;
    qint64 written = 0;
    qint64 row = 0;
    while (written < bytes) {
        block.clear();
        while (block.size() < std::min(4 * MiB, bytes)) {
            block += QByteArray::number(++row) + ',' + QByteArray::number(random.bounded(360.0), 'f', 6) + ','
                + QByteArray::number(random.bounded(180.0) - 90.0, 'f', 6) + ','
                + QByteArray::number(10.0 + random.bounded(15.0), 'f', 3) + ','
                + (random.bounded(8) == 0 ? "GALAXY" : "STAR") + '\n';
        }
        const qint64 chunk = std::min<qint64>(bytes - written, block.size());
        if (file.write(block.constData(), chunk) < 0)
            return false;
        written += chunk;
    }
    return true;
}

QString rate(double value, const char *unit)
{
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value >= 100 ? 0 : 1).arg(QLatin1String(unit));
}

void printRow(const char *name, const QString &theirs, const QString &ours, double ratio, qint64 peakKiB)
{
    std::printf("%-34s %-22s %-22s %6.1fx   %5lld MiB\n", name, qPrintable(theirs), qPrintable(ours), ratio,
                static_cast<long long>(peakKiB / 1024));
    std::fflush(stdout);
}

bool report(const Result &result, const char *what)
{
    if (result.ok)
        return true;
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.error));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 bigBytes = envInt("FORNAX_BENCH_MIB", 256) * MiB;
    const int fileCount = envInt("FORNAX_BENCH_FILES", 5000);
    const int rttMs = envInt("FORNAX_BENCH_RTT_MS", 50);
    const int rateMBps = envInt("FORNAX_BENCH_RATE_MBPS", 20);
    const qint64 memoryBytes = envInt("FORNAX_BENCH_MEMORY_MIB", 2048) * MiB;

    QTemporaryDir scratch(qEnvironmentVariable("FORNAX_BENCH_DIR", QDir::tempPath())
                          + QStringLiteral("/bench-XXXXXX"));
    QTemporaryDir hubState;
    if (!scratch.isValid() || !hubState.isValid())
        return 1;
    const QString demoHub = QStringLiteral(FORNAX_DEMO_HUB);
    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    start.start(QStringLiteral("/usr/bin/python3"),
                {demoHub, QStringLiteral("start"), QStringLiteral("--state-dir"), hubState.path(),
                 QStringLiteral("--timeout"), QStringLiteral("90")});
    if (!start.waitForFinished(120'000) || start.exitCode() != 0) {
        std::fprintf(stderr, "the demo hub did not start\n");
        return 1;
    }
    const auto stopHub = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("/usr/bin/python3"),
                          {demoHub, QStringLiteral("stop"), QStringLiteral("--state-dir"), hubState.path()});
    });
    qputenv("FORNAX_TEST_HUB_STATE", (hubState.path() + QStringLiteral("/state.json")).toUtf8());

    Bench bench;
    bench.hub = test::TestHub::fromEnvironment();
    bench.local = scratch.path();
    bench.token = bench.hub.createToken(User);
    if (bench.token.isEmpty())
        return 1;
    bench.hub.call("POST", QStringLiteral("users/%1/server").arg(User), R"({"profile":"small"})");
    QElapsedTimer starting;
    starting.start();
    waitUntil([&] {
        return starting.elapsed() > 90'000
            || bench.hub.call("GET", QStringLiteral("users/") + User)
                   .json()
                   .object()
                   .value(QLatin1String("servers"))
                   .toObject()
                   .value(QString())
                   .toObject()
                   .value(QLatin1String("ready"))
                   .toBool();
    });

    // The data: small files of CSV-like text (what small results usually are), big files of
    // random bytes (compression cannot help) and of CSV text.
    struct Shape
    {
        QString name; // folder name here and on the server
        QStringList files;
        double units; // files, or MB
        const char *unit;
    };
    auto smallShape = [&](int count) {
        Shape shape {QStringLiteral("small%1").arg(count), {}, double(count), "files/s"};
        const QString folder = bench.local + QLatin1Char('/') + shape.name;
        QDir().mkpath(folder);
        for (int i = 0; i < count; ++i) {
            shape.files << folder + QStringLiteral("/f%1.csv").arg(i, 5, 10, QLatin1Char('0'));
            if (!writeCsv(shape.files.last(), 4096, quint32(i)))
                return Shape {};
        }
        return shape;
    };
    QList<Shape> small;
    for (int count : {1, 10, 1000, fileCount})
        small.append(smallShape(count));
    const QString csv = bench.local + QStringLiteral("/catalog.csv");
    const QString random = bench.local + QStringLiteral("/random.bin");
    if (!writeCsv(csv, bigBytes) || !writeRandom(random, bigBytes))
        return 1;
    const double bigMB = double(bigBytes) / 1e6;

    std::printf("fornax-desktop vs JupyterLab's way, files of 4 KiB, big files of %lld MiB, one run\n",
                static_cast<long long>(bigBytes / MiB));
    std::printf("%-34s %-22s %-22s %7s   %s\n", "case", "JupyterLab's way", "fornax-desktop", "ratio",
                "our peak RSS");

    const QString ours = QStringLiteral("ours");
    const QString theirs = QStringLiteral("jl");
    // Up: everything of the shape into a fresh folder on both sides. Down: what ours uploaded;
    // a few files are named one by one (as a person picks them), many as their folder.
    auto upCase = [&](const QString &name, quint16 port, const QStringList &files, double units,
                      const char *unit, const QStringList &ourItems = {}) {
        bench.removeRemote(theirs);
        bench.removeRemote(ours);
        const Result jl = bench.uploadLikeJupyterLab(port, files, theirs);
        const Result fx = bench.runOurs(port,
                                        QStringList {QStringLiteral("upload")}
                                            + (ourItems.isEmpty() ? files : ourItems) + QStringList {ours});
        if (!report(jl, "JupyterLab's upload") || !report(fx, "fornax-desktop upload"))
            return false;
        printRow(name.toUtf8().constData(), rate(units / jl.seconds, unit), rate(units / fx.seconds, unit),
                 jl.seconds / fx.seconds, fx.peakKiB);
        return true;
    };
    auto downCase = [&](const QString &name, quint16 port, const QStringList &files, double units,
                        const char *unit) {
        QStringList remote;
        for (const QString &path : files)
            remote << ours + QLatin1Char('/') + QFileInfo(path).fileName();
        const QString jlTarget = bench.local + QStringLiteral("/down-jl");
        const QString fxTarget = bench.local + QStringLiteral("/down-ours");
        QDir(jlTarget).removeRecursively();
        QDir(fxTarget).removeRecursively();
        const Result jl = bench.downloadLikeJupyterLab(port, remote, jlTarget);
        const Result fx =
            bench.runOurs(port, QStringList {QStringLiteral("download")} + remote + QStringList {fxTarget});
        if (!report(jl, "JupyterLab's download") || !report(fx, "fornax-desktop download"))
            return false;
        printRow(name.toUtf8().constData(), rate(units / jl.seconds, unit), rate(units / fx.seconds, unit),
                 jl.seconds / fx.seconds, fx.peakKiB);
        return true;
    };
    // Many files go up as one folder (an upload of the folder, as a person drops it).
    auto upShape = [&](const Shape &shape, quint16 port, const QString &suffix) {
        const QString label = QStringLiteral("%1 x 4 KiB up%2").arg(shape.files.size()).arg(suffix);
        const QStringList items =
            shape.files.size() > 16 ? QStringList {QFileInfo(shape.files.constFirst()).path()} : shape.files;
        return upCase(label, port, shape.files, shape.units, shape.unit, items);
    };
    auto downShape = [&](const Shape &shape, quint16 port, const QString &suffix) {
        const QString label = QStringLiteral("%1 x 4 KiB down%2").arg(shape.files.size()).arg(suffix);
        QStringList items = shape.files;
        if (shape.files.size() > 16) {
            // ours has the folder; JupyterLab's way fetches its files one by one.
            QStringList remote;
            for (const QString &path : shape.files)
                remote << ours + QLatin1Char('/') + shape.name + QLatin1Char('/')
                        + QFileInfo(path).fileName();
            const QString jlTarget = bench.local + QStringLiteral("/down-jl");
            const QString fxTarget = bench.local + QStringLiteral("/down-ours");
            QDir(jlTarget).removeRecursively();
            QDir(fxTarget).removeRecursively();
            const Result jl = bench.downloadLikeJupyterLab(port, remote, jlTarget);
            const Result fx = bench.runOurs(
                port, {QStringLiteral("download"), ours + QLatin1Char('/') + shape.name, fxTarget});
            if (!report(jl, "JupyterLab's download") || !report(fx, "fornax-desktop download"))
                return false;
            printRow(label.toUtf8().constData(), rate(shape.units / jl.seconds, shape.unit),
                     rate(shape.units / fx.seconds, shape.unit), jl.seconds / fx.seconds, fx.peakKiB);
            return true;
        }
        return downCase(label, port, items, shape.units, shape.unit);
    };

    bool ok = true;
    for (const Shape &shape : std::as_const(small)) {
        ok = ok && upShape(shape, 0, QString());
        ok = ok && downShape(shape, 0, QString());
    }
    ok = ok && upCase(QStringLiteral("1 big random up"), 0, {random}, bigMB, "MB/s");
    ok = ok && downCase(QStringLiteral("1 big random down"), 0, {random}, bigMB, "MB/s");
    ok = ok && upCase(QStringLiteral("1 big CSV up"), 0, {csv}, bigMB, "MB/s");
    ok = ok && downCase(QStringLiteral("1 big CSV down"), 0, {csv}, bigMB, "MB/s");

    if (ok && rttMs > 0) {
        test::FaultProxy proxy(quint16(bench.hub.url().port()));
        if (!proxy.start())
            return 1;
        proxy.setLatency(std::chrono::milliseconds(rttMs / 2));
        const QString suffix = QStringLiteral(", +%1 ms").arg(rttMs);
        for (const Shape &shape : std::as_const(small)) {
            if (shape.files.size() > 1000)
                continue; // JupyterLab's way would take minutes
            ok = ok && upShape(shape, proxy.port(), suffix);
            ok = ok && downShape(shape, proxy.port(), suffix);
        }
    }
    if (ok && rateMBps > 0) {
        test::FaultProxy proxy(quint16(bench.hub.url().port()));
        if (!proxy.start())
            return 1;
        proxy.setUpstreamRate(qint64(rateMBps) * 1'000'000);
        ok = upCase(QStringLiteral("1 big CSV up, %1 MB/s uplink").arg(rateMBps), proxy.port(), {csv}, bigMB,
                    "MB/s");
    }

    if (ok && memoryBytes > 0) {
        const QString huge = bench.local + QStringLiteral("/huge.bin");
        bench.removeRemote(ours);
        QFile::remove(random);
        if (!writeRandom(huge, memoryBytes))
            return 1;
        const Result up = bench.runOurs(0, {QStringLiteral("upload"), huge, ours});
        ok = report(up, "fornax-desktop upload of the memory case");
        QFile::remove(huge);
        const Result down = ok
            ? bench.runOurs(0, {QStringLiteral("download"), ours + QStringLiteral("/huge.bin"), bench.local})
            : Result {};
        ok = ok && report(down, "fornax-desktop download of the memory case");
        if (ok)
            std::printf(
                "peak memory of fornax-desktop with %lld MiB: upload %lld MiB (%.1f MB/s), download %lld "
                "MiB (%.1f MB/s)\n",
                static_cast<long long>(memoryBytes / MiB), static_cast<long long>(up.peakKiB / 1024),
                double(memoryBytes) / 1e6 / up.seconds, static_cast<long long>(down.peakKiB / 1024),
                double(memoryBytes) / 1e6 / down.seconds);
    }
    bench.removeRemote(ours);
    bench.removeRemote(theirs);
    bench.hub.call("DELETE", QStringLiteral("users/%1/server").arg(User));
    return ok ? 0 : 1;
}
