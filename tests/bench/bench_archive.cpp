// Benchmark for the archive layer (not a test: it prints numbers, it asserts only that the data
// came through). Packs and extracts a generated compressible tree and an incompressible one with
// zstd and gzip, next to the system's tar | zstd and tar -z run in the same process run, then an
// 8 GiB sparse file (pax size record) end to end, and reports the process's peak memory.
//
//   bench_archive [--mib N] [--dir PATH] [--threads N] [--only TREE] [--skip-large]
//
// Files are read from the page cache (just written); nothing is synced, as in real use where the
// extracted files are flushed by the kernel later.

#include "BoundedBuffer.h"
#include "archive/ArchiveExtractor.h"
#include "archive/ArchiveWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <thread>

using namespace fornax;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray procStatus(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).simplified();
    }
    return {};
}

// Linux resets VmHWM to the current RSS on "5" (since 4.0): peaks per phase, without the
// generator's buffers.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QByteArray randomBlock(QRandomGenerator &rng, qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// A catalogue as a CSV table: what compresses like real science text data (about 2.5x).
QByteArray csvBlock(QRandomGenerator &rng, qsizetype size)
{
    QByteArray data;
    data.reserve(size + 200);
    qint64 id = rng.bounded(1'000'000);
    while (data.size() < size) {
        data += QByteArray::number(++id) + ',' + QByteArray::number(rng.generateDouble() * 360, 'f', 6) + ','
            + QByteArray::number(rng.generateDouble() * 180 - 90, 'f', 6) + ','
            + QByteArray::number(12 + rng.generateDouble() * 10, 'f', 3) + ",STAR,"
            + QByteArray::number(rng.bounded(5)) + '\n';
    }
    data.truncate(size);
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// About totalMiB of data: 4 MiB files plus 4,096 small ones, in a few folders.
qint64 makeTree(const QString &root, qint64 totalMiB, bool compressible)
{
    QRandomGenerator rng(compressible ? 1 : 2);
    QList<QByteArray> blocks;
    for (int i = 0; i < 16; ++i)
        blocks.append(compressible ? csvBlock(rng, 4 * MiB) : randomBlock(rng, 4 * MiB));
    qint64 bytes = 0;
    const qint64 smallCount = 4096;
    const qint64 bigCount = std::max<qint64>(1, (totalMiB * MiB - smallCount * 4096) / (4 * MiB));
    for (qint64 i = 0; i < bigCount; ++i) {
        const QString dir = root + QStringLiteral("/big %1").arg(i % 8);
        QDir().mkpath(dir);
        QByteArray data = blocks.at(i % blocks.size());
        // Distinct files, not 16 copies a long-range matcher could find.
        for (int k = 0; k < 64; ++k)
            data[qsizetype(rng.bounded(int(data.size())))] = char('0' + rng.bounded(10));
        if (!writeFile(dir + QStringLiteral("/file %1.dat").arg(i), data))
            return -1;
        bytes += data.size();
    }
    for (qint64 i = 0; i < smallCount; ++i) {
        const QString dir = root + QStringLiteral("/small %1").arg(i % 16);
        QDir().mkpath(dir);
        const QByteArray data = blocks.at(i % blocks.size()).mid((i * 4096) % (4 * MiB - 4096), 4096);
        if (!writeFile(dir + QStringLiteral("/δ %1.txt").arg(i), data))
            return -1;
        bytes += data.size();
    }
    return bytes;
}

int g_zstdThreads = 0; // --threads; 0: ArchiveFormat's choice
qint64 g_highestPeakKiB = 0;

ArchiveFormat formatFor(Compression compression)
{
    ArchiveFormat format(compression);
    format.setThreads(g_zstdThreads);
    return format;
}

double rate(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / MiB / (double(ms) / 1000.0) : 0.0;
}

struct Run
{
    qint64 ms = 0;
    qint64 compressed = 0;
    bool ok = false;
};

// Ours: writer -> buffer -> a thread writing the stream to a file (an upload's transport).
Run packToFile(const QString &tree, Compression compression, const QString &archive)
{
    BoundedBuffer buffer;
    ArchiveWriter writer({tree}, formatFor(compression), &buffer);
    QElapsedTimer timer;
    timer.start();
    std::thread sink([&] {
        QFile file(archive);
        if (!file.open(QIODevice::WriteOnly))
            buffer.abort(QStringLiteral("cannot write the archive"));
        std::vector<char> chunk(1 << 20);
        qsizetype n = 0;
        while ((n = buffer.read(chunk.data(), qsizetype(chunk.size()))) > 0)
            file.write(chunk.data(), n);
    });
    writer.start();
    writer.wait();
    sink.join();
    Run run {timer.elapsed(), buffer.bytesWritten(), !writer.error()};
    if (writer.error())
        std::printf("  pack error: %s\n", qPrintable(writer.error().message()));
    return run;
}

// Ours: a thread reading the file into the buffer (a download's transport) -> extractor.
Run extractFromFile(const QString &archive, const QString &target)
{
    QDir().mkpath(target);
    BoundedBuffer buffer;
    ArchiveExtractor extractor(&buffer, target);
    QElapsedTimer timer;
    timer.start();
    extractor.start();
    std::thread source([&] {
        QFile file(archive);
        if (!file.open(QIODevice::ReadOnly)) {
            buffer.abort(QStringLiteral("cannot read the archive"));
            return;
        }
        std::vector<char> chunk(1 << 20);
        qint64 n = 0;
        while ((n = file.read(chunk.data(), qint64(chunk.size()))) > 0) {
            if (!buffer.write(chunk.data(), qsizetype(n)))
                return;
        }
        buffer.closeWriting();
    });
    extractor.wait();
    source.join();
    if (extractor.error())
        std::printf("  extract error: %s\n", qPrintable(extractor.error().message()));
    return {timer.elapsed(), buffer.bytesRead(), !extractor.error()};
}

// Ours, both ends at once through one buffer: what bounded memory is about.
Run endToEnd(const QString &tree, Compression compression, const QString &target, qint64 *bytes)
{
    QDir().mkpath(target);
    BoundedBuffer buffer;
    ArchiveWriter writer({tree}, formatFor(compression), &buffer);
    ArchiveExtractor extractor(&buffer, target);
    QElapsedTimer timer;
    timer.start();
    extractor.start();
    writer.start();
    writer.wait();
    extractor.wait();
    const bool ok = !writer.error() && !extractor.error() && extractor.extracted() == writer.packed();
    if (!ok)
        std::printf("  end-to-end error: %s %s\n", qPrintable(writer.error().message()),
                    qPrintable(extractor.error().message()));
    *bytes = writer.packed().bytes;
    return {timer.elapsed(), buffer.bytesWritten(), ok};
}

Run shell(const QString &command)
{
    QProcess sh;
    QElapsedTimer timer;
    timer.start();
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    const bool finished = sh.waitForFinished(-1);
    Run run {timer.elapsed(), 0, finished && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0};
    if (!run.ok)
        std::printf("  command failed: %s\n  %s\n", qPrintable(command),
                    sh.readAllStandardError().constData());
    return run;
}

QString quoted(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

void row(const char *what, qint64 bytes, const Run &run, double reference = 0)
{
    const double r = rate(bytes, run.ms);
    std::printf("  %-44s %8.1f MiB/s %8lld ms", what, r, run.ms);
    if (run.compressed > 0)
        std::printf("  ratio %5.2f", double(bytes) / double(run.compressed));
    if (reference > 0)
        std::printf("  = %.2fx the reference", r / reference);
    // The peak of this step alone (the system tools run in child processes, not counted).
    const QByteArray peak = procStatus("VmHWM:");
    g_highestPeakKiB = std::max(g_highestPeakKiB, peak.split(' ').value(0).toLongLong());
    std::printf("  peak RSS %s%s\n", peak.constData(), run.ok ? "" : "  FAILED");
    resetPeak();
    std::fflush(stdout);
}

void benchTree(const QString &work, const QString &name, qint64 mib, bool compressible)
{
    const QString parent = work + u'/' + name;
    const QString tree = parent + QStringLiteral("/tree");
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = makeTree(tree, mib, compressible);
    std::printf("\n%s tree: %.0f MiB in %lld files (made in %lld ms)\n", qPrintable(name),
                double(bytes) / MiB, qint64(4096 + (bytes - 4096 * 4096) / (4 * MiB)), timer.elapsed());

    for (const Compression compression : {Compression::Zstd, Compression::Gzip}) {
        const bool reset = resetPeak();
        std::printf(" RSS now %s%s\n", procStatus("VmRSS:").constData(), reset ? ", peak reset" : "");
        const ArchiveFormat format = formatFor(compression);
        const QString ours = work + QStringLiteral("/ours") + format.suffix();
        const QString theirs = work + QStringLiteral("/theirs") + format.suffix();
        std::printf(" %s (ours: level %d%s)\n", qPrintable(format.name()), format.level(),
                    compression == Compression::Zstd
                        ? qPrintable(QStringLiteral(", %1 threads").arg(format.effectiveThreads()))
                        : "");

        const QString tarCreate = QStringLiteral("tar -c -C %1 tree").arg(quoted(parent));
        const QString reference = compression == Compression::Zstd
            ? tarCreate + QStringLiteral(" | zstd -q -1 -T2 > ") + quoted(theirs)
            : QStringLiteral("tar -cz -C %1 tree > %2").arg(quoted(parent), quoted(theirs));
        Run ref = shell(reference);
        ref.compressed = QFileInfo(theirs).size();
        row(compression == Compression::Zstd ? "pack: tar -c | zstd -1 -T2" : "pack: tar -cz (gzip -6)",
            bytes, ref);
        const double refRate = rate(bytes, ref.ms);
        if (compression == Compression::Gzip) {
            Run fast = shell(tarCreate + QStringLiteral(" | gzip -1 > ") + quoted(theirs));
            fast.compressed = QFileInfo(theirs).size();
            row("pack: tar -c | gzip -1", bytes, fast);
        }
        const Run pack = packToFile(tree, compression, ours);
        row("pack: ArchiveWriter -> buffer -> file", bytes, pack, refRate);

        const QString refTarget = work + QStringLiteral("/x-theirs");
        QDir().mkpath(refTarget);
        const Run refExtract =
            shell(QStringLiteral("tar -x %1 -f %2 -C %3")
                      .arg(format.tarFlags().join(u' '), quoted(theirs), quoted(refTarget)));
        row(qPrintable(QStringLiteral("extract: tar -x %1").arg(format.tarFlags().join(u' '))), bytes,
            refExtract);
        QDir(refTarget).removeRecursively();

        const QString target = work + QStringLiteral("/x-ours");
        const Run extract = extractFromFile(ours, target);
        row("extract: file -> buffer -> ArchiveExtractor", bytes, extract, rate(bytes, refExtract.ms));
        QDir(target).removeRecursively();

        qint64 moved = 0;
        const Run both = endToEnd(tree, compression, target, &moved);
        row("both: ArchiveWriter -> buffer -> Extractor", moved, both);
        QDir(target).removeRecursively();
        QFile::remove(ours);
        QFile::remove(theirs);
    }
    QDir(parent).removeRecursively();
}

void benchLargeSparse(const QString &work)
{
    // Over 8 GiB: past ustar's size field, so the size travels in a pax record.
    const QString source = work + QStringLiteral("/huge");
    QDir().mkpath(source);
    const QString path = source + QStringLiteral("/sparse.bin");
    const qint64 size = (qint64(8) << 30) + 12345;
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.write("start") || !f.seek(qint64(5) << 30)
            || !f.write("middle") || !f.resize(size) || !f.seek(size - 3) || !f.write("end")) {
            std::printf("\ncannot make the sparse file\n");
            return;
        }
    }
    const QString target = work + QStringLiteral("/x-huge");
    resetPeak();
    qint64 moved = 0;
    const Run run = endToEnd(source, Compression::Zstd, target, &moved);
    QFile copy(target + QStringLiteral("/huge/sparse.bin"));
    bool same = copy.open(QIODevice::ReadOnly) && copy.size() == size && copy.read(5) == "start";
    same = same && copy.seek((qint64(5) << 30) - 1) && copy.read(8) == QByteArray("\0middle\0", 8);
    same = same && copy.seek(size - 4) && copy.read(4) == QByteArray("\0end", 4);
    std::printf("\n8 GiB sparse file, zstd, end to end (size %lld, content %s)\n", moved,
                same ? "checked" : "WRONG");
    row("both: ArchiveWriter -> buffer -> Extractor", moved, run);
    QDir(target).removeRecursively();
    QDir(source).removeRecursively();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Archive layer benchmark"));
    parser.addHelpOption();
    const QCommandLineOption mibOption(QStringLiteral("mib"), QStringLiteral("Size of each tree in MiB."),
                                       QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Work folder (default: a temp folder)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("zstd threads (default: ArchiveFormat's choice)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only this tree: compressible or incompressible."),
                                        QStringLiteral("TREE"));
    const QCommandLineOption skipLarge(QStringLiteral("skip-large"),
                                       QStringLiteral("Skip the 8 GiB sparse file."));
    parser.addOptions({mibOption, dirOption, threadsOption, onlyOption, skipLarge});
    parser.process(app);

    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                               : QDir::tempPath() + QStringLiteral("/fornax-bench-XXXXXX"));
    if (!temp.isValid()) {
        std::printf("cannot make a work folder\n");
        return 1;
    }
    const qint64 mib = parser.value(mibOption).toLongLong();
    std::printf("bench_archive: %lld MiB per tree in %s, %d cores; peak RSS at start %s\n", mib,
                qPrintable(temp.path()), QThread::idealThreadCount(), procStatus("VmHWM:").constData());
    g_zstdThreads = parser.value(threadsOption).toInt();
    const QString only = parser.value(onlyOption);
    if (only.isEmpty() || only == QLatin1String("compressible"))
        benchTree(temp.path(), QStringLiteral("compressible"), mib, true);
    if (only.isEmpty() || only == QLatin1String("incompressible"))
        benchTree(temp.path(), QStringLiteral("incompressible"), mib, false);
    if (!parser.isSet(skipLarge))
        benchLargeSparse(temp.path());
    std::printf("\nhighest peak RSS (VmHWM) of any step: %lld kB\n", g_highestPeakKiB);
    return 0;
}
