// ArchiveWriter and ArchiveExtractor: round trips through a BoundedBuffer with the two on
// separate threads, interplay with the real GNU tar the server runs, packing errors, conflicts,
// damaged and cut streams, cancels. Hostile archives are in tst_archivesafety.cpp.

#include "BoundedBuffer.h"
#include "archive/ArchiveExtractor.h"
#include "archive/ArchiveWriter.h"
#include "transfer/MergePlan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fornax;

namespace {

constexpr int WaitMs = 120'000;

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool writeFile(const QString &path, const QByteArray &data, mode_t mode = 0644)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    return ::chmod(native(path).constData(), mode) == 0;
}

QByteArray randomBytes(QRandomGenerator &rng, qsizetype size)
{
    QByteArray data((size + 3) / 4 * 4, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    data.truncate(size);
    return data;
}

// Mixed content, 1 MiB at a time: random, zeros, text, low-entropy bytes.
bool writeMixedFile(const QString &path, qsizetype mebibytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(1234);
    for (qsizetype i = 0; i < mebibytes; ++i) {
        QByteArray block;
        switch (i % 4) {
        case 0:
            block = randomBytes(rng, 1 << 20);
            break;
        case 1:
            block = QByteArray(1 << 20, '\0');
            break;
        case 2:
            while (block.size() < (1 << 20))
                block += "row " + QByteArray::number(block.size())
                    + " ra=" + QByteArray::number(rng.generateDouble() * 360)
                    + " dec=" + QByteArray::number(rng.generateDouble() * 180 - 90) + '\n';
            block.truncate(1 << 20);
            break;
        default:
            block = randomBytes(rng, 1 << 20);
            for (char &c : block)
                c = char(c & 0x0f);
        }
        if (file.write(block) != block.size())
            return false;
    }
    return true;
}

bool setTime(const QString &path, qint64 seconds)
{
    const struct timespec times[2] = {{time_t(seconds), 0}, {time_t(seconds), 0}};
    return ::utimensat(AT_FDCWD, native(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

// The tree a user might upload: many small files with UTF-8 names, an empty folder, an empty
// file, links inside the tree, unusual modes, and (optionally) one 64 MiB file.
bool makeTree(const QString &root, bool withBigFile)
{
    QDir dir;
    const QStringList folders = {QStringLiteral("Ångström"), QStringLiteral("観測 2024"),
                                 QStringLiteral("emoji 🔭/deeper/deepest"), QStringLiteral("bin"),
                                 QStringLiteral("empty folder")};
    for (const QString &folder : folders) {
        if (!dir.mkpath(root + u'/' + folder))
            return false;
    }
    QRandomGenerator rng(99);
    for (int i = 0; i < 1000; ++i) {
        QString name;
        switch (i % 3) {
        case 0:
            name = QStringLiteral("Ångström/δ Cep – ☉ %1.fits").arg(i, 4, 10, QLatin1Char('0'));
            break;
        case 1:
            name = QStringLiteral("観測 2024/星-%1.txt").arg(i);
            break;
        default:
            name = QStringLiteral("emoji 🔭/deeper/deepest/file %1.dat").arg(i);
        }
        const mode_t mode = i % 50 == 0 ? 0755 : i % 7 == 0 ? 0600 : 0644;
        if (!writeFile(root + u'/' + name, randomBytes(rng, rng.bounded(8192)), mode))
            return false;
    }
    if (!writeFile(root + QStringLiteral("/zero.bin"), {}))
        return false;
    if (!writeFile(root + QStringLiteral("/bin/run.sh"), "#!/bin/sh\necho hi\n", 0755))
        return false;
    if (!QFile::link(QStringLiteral("Ångström/δ Cep – ☉ 0000.fits"), root + QStringLiteral("/link to δ Cep")))
        return false;
    if (!QFile::link(QStringLiteral("../Ångström"), root + QStringLiteral("/bin/up")))
        return false;
    if (::chmod(native(root + QStringLiteral("/Ångström")).constData(), 0750) != 0)
        return false;
    if (withBigFile && !writeMixedFile(root + QStringLiteral("/big.dat"), 64))
        return false;

    // Times last, children before parents (a child's creation changes its folder's time).
    QStringList all;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all.append(it.next());
    std::sort(all.begin(), all.end(), std::greater<>());
    qint64 t = 1'600'000'000;
    for (const QString &path : std::as_const(all)) {
        if (!setTime(path, t += 37))
            return false;
    }
    return setTime(root, t + 1);
}

// Everything that must survive a round trip, per relative path: type, mode, time, size, and
// the content's SHA-256 or the link's target.
QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> result;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        if (::lstat(native(path).constData(), &st) != 0) {
            result.insert(path, QStringLiteral("lstat failed"));
            continue;
        }
        QString description;
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(native(path).constData(), target, sizeof target);
            description = QStringLiteral("link -> ") + QFile::decodeName(QByteArray(target, n));
        } else if (S_ISDIR(st.st_mode)) {
            description = QStringLiteral("dir %1").arg(st.st_mode & 07777, 0, 8);
        } else {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            description = QStringLiteral("file %1 %2 %3")
                              .arg(st.st_mode & 07777, 0, 8)
                              .arg(st.st_size)
                              .arg(QString::fromLatin1(hash.result().toHex()));
        }
        description += QStringLiteral(" mtime %1").arg(st.st_mtim.tv_sec);
        result.insert(path.mid(root.size() + 1), description);
    }
    return result;
}

// Names in a folder, hidden ones included: what a failed extraction must leave empty.
QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                QDir::Name);
}

// Feeds bytes into a buffer from a thread of its own, as a transport would.
class Feeder
{
public:
    Feeder(BoundedBuffer *buffer, QByteArray data, bool close = true)
        : m_thread([buffer, data = std::move(data), close] {
            if (buffer->write(data) && close)
                buffer->closeWriting();
        })
    { }
    ~Feeder() { m_thread.join(); }

private:
    std::thread m_thread;
};

// Collects everything from a buffer into a file, as an upload transport would send it.
class Collector
{
public:
    Collector(BoundedBuffer *buffer, const QString &path)
        : m_thread([buffer, path] {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                buffer->abort(QStringLiteral("cannot write %1").arg(path));
            for (QByteArray chunk; !(chunk = buffer->read(1 << 16)).isEmpty();)
                file.write(chunk);
        })
    { }
    ~Collector() { m_thread.join(); }

private:
    std::thread m_thread;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roundTrip_data();
    void roundTrip();
    void writerOutputReadByGnuTar_data();
    void writerOutputReadByGnuTar();
    void gnuTarOutputExtracted_data();
    void gnuTarOutputExtracted();

    void scanMissingPath();
    void scanDuplicateNames();
    void specialFilesSkipped();
    void chosenLinksFollowed();
    void nonUtf8NameKept();
    void fileChangedWhilePacking_data();
    void fileChangedWhilePacking();
    void writerCancel_data();
    void writerCancel();
    void linkOutOfTreeStoredThenSkipped();

    void keepBothName_data();
    void keepBothName();
    void conflicts_data();
    void conflicts();
    void corruptStream();
    void truncatedStream();
    void producerAborts();
    void extractorCancel();
    void expectedTotalsMismatch();
    void targetMissing();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_smallTree; // made once: the 1,000-file tree without the big file
};

void TestArchive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArchive::roundTrip_data()
{
    QTest::addColumn<Compression>("compression");
    QTest::newRow("zstd") << Compression::Zstd;
    QTest::newRow("gzip") << Compression::Gzip;
    QTest::newRow("none") << Compression::None;
}

void TestArchive::roundTrip()
{
    QFETCH(Compression, compression);
    const QString source = path(QStringLiteral("source/tree"));
    const QString single = path(QStringLiteral("elsewhere/single ☉.txt"));
    QVERIFY(makeTree(source, true));
    QVERIFY(QDir().mkpath(path(QStringLiteral("elsewhere"))));
    QVERIFY(writeFile(single, "just one file\n", 0640));
    QVERIFY(setTime(single, 1'234'567'890));
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));

    // Small on purpose: the round trip must work through a buffer much smaller than the data.
    BoundedBuffer buffer(256 * 1024);
    ArchiveWriter writer({source, single}, ArchiveFormat(compression), &buffer);
    QVERIFY(!writer.scan());
    QCOMPARE(writer.topLevelNames(), (QStringList {QStringLiteral("tree"), QStringLiteral("single ☉.txt")}));
    QCOMPARE(writer.scanned().files, qint64(1000 + 4)); // + zero.bin, run.sh, big.dat, single
    ArchiveExtractor extractor(&buffer, target);

    QElapsedTimer timer;
    timer.start();
    extractor.start();
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY2(!writer.error(), qPrintable(writer.error().message()));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
    qInfo("%s: %lld bytes -> %lld compressed in %lld ms", qPrintable(ArchiveFormat(compression).name()),
          writer.packed().bytes, buffer.bytesWritten(), timer.elapsed());

    // Counts agree on both ends and with the scan.
    QCOMPARE(writer.packed(), writer.scanned());
    QCOMPARE(extractor.extracted(), writer.packed());
    QCOMPARE(writer.packed().files, qint64(1004));
    QCOMPARE(writer.packed().symlinks, qint64(2));
    QCOMPARE(writer.bytesDone(), writer.packed().bytes);
    QCOMPARE(extractor.bytesDone(), writer.packed().bytes);
    QCOMPARE(extractor.filesDone(), writer.packed().files);
    QVERIFY(buffer.peakSize() <= buffer.capacity());
    QCOMPARE(buffer.bytesRead(), buffer.bytesWritten());

    // Every byte, mode and time.
    QCOMPARE(snapshot(target + QStringLiteral("/tree")), snapshot(source));
    QCOMPARE(readAll(target + QStringLiteral("/single ☉.txt")), QByteArray("just one file\n"));
    QCOMPARE(QFileInfo(target + QStringLiteral("/single ☉.txt")).lastModified().toSecsSinceEpoch(),
             1'234'567'890);
    QCOMPARE(entries(target), (QStringList {QStringLiteral("single ☉.txt"), QStringLiteral("tree")}));
    QCOMPARE(extractor.placements().size(), 2);
    QCOMPARE(extractor.placements().at(0).placedAs, QStringLiteral("tree"));
}

void TestArchive::writerOutputReadByGnuTar_data()
{
    QTest::addColumn<Compression>("compression");
    QTest::newRow("zstd") << Compression::Zstd;
    QTest::newRow("gzip") << Compression::Gzip;
}

void TestArchive::writerOutputReadByGnuTar()
{
    // The server unpacks uploads with its own tar: it must read ours without a single warning.
    QFETCH(Compression, compression);
    if (QStandardPaths::findExecutable(QStringLiteral("zstd")).isEmpty())
        QSKIP("needs the zstd program (packaging/install-deps.sh)");
    const QString source = path(QStringLiteral("source/tree"));
    QVERIFY(makeTree(source, false));
    const ArchiveFormat format(compression);
    const QString archivePath = path(QStringLiteral("upload") + format.suffix());
    {
        BoundedBuffer buffer(64 * 1024);
        ArchiveWriter writer({source}, format, &buffer);
        Collector collector(&buffer, archivePath);
        writer.start();
        QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
        QVERIFY2(!writer.error(), qPrintable(writer.error().message()));
    }
    const QString target = path(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(target));
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              QStringList {QStringLiteral("-x")} + format.tarFlags()
                  + QStringList {QStringLiteral("-f"), archivePath, QStringLiteral("-C"), target});
    QVERIFY(tar.waitForFinished(WaitMs));
    QCOMPARE(QString::fromLocal8Bit(tar.readAllStandardError()), QString());
    QCOMPARE(tar.exitCode(), 0);
    QCOMPARE(snapshot(target + QStringLiteral("/tree")), snapshot(source));
}

void TestArchive::gnuTarOutputExtracted_data()
{
    QTest::addColumn<QStringList>("tarArguments");
    QTest::addColumn<QString>("root"); // where the tree lands in the target
    QTest::newRow("zstd, ./ names") << QStringList {QStringLiteral("--zstd"), QStringLiteral("."),
                                                    QStringLiteral("--format=gnu")}
                                    << QString();
    QTest::newRow("gzip, pax") << QStringList {QStringLiteral("-z"), QStringLiteral("--format=pax"),
                                               QStringLiteral("tree")}
                               << QStringLiteral("/tree");
    QTest::newRow("plain, gnu") << QStringList {QStringLiteral("--format=gnu"), QStringLiteral("tree")}
                                << QStringLiteral("/tree");
}

void TestArchive::gnuTarOutputExtracted()
{
    // Downloads are packed by the server's GNU tar, with its own conventions ("./" prefixes,
    // GNU long names, pax headers).
    QFETCH(QStringList, tarArguments);
    QFETCH(QString, root);
    if (QStandardPaths::findExecutable(QStringLiteral("zstd")).isEmpty())
        QSKIP("needs the zstd program (packaging/install-deps.sh)");
    const QString parent = path(QStringLiteral("source"));
    const QString source = parent + QStringLiteral("/tree");
    QVERIFY(makeTree(source, false));
    // A name longer than ustar's 100 bytes, for the GNU long-name and pax records.
    const QString longName = source + u'/' + QString(110, u'ł') + QStringLiteral(".txt");
    QVERIFY(writeFile(longName, "long\n"));
    QVERIFY(setTime(longName, 1'500'000'000));
    QVERIFY(setTime(source, 1'500'000'001));

    const QString archivePath = path(QStringLiteral("download.tar"));
    QProcess tar;
    tar.setStandardOutputFile(archivePath);
    const QString dir = root.isEmpty() ? source : parent;
    tar.start(QStringLiteral("tar"),
              QStringList {QStringLiteral("-c"), QStringLiteral("-C"), dir} + tarArguments);
    QVERIFY(tar.waitForFinished(WaitMs));
    QCOMPARE(tar.exitCode(), 0);

    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    BoundedBuffer buffer(64 * 1024);
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    {
        Feeder feeder(&buffer, readAll(archivePath));
    }
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
    QCOMPARE(snapshot(target + root), snapshot(source));
    QCOMPARE(extractor.extracted().files, qint64(1000 + 3)); // + zero.bin, run.sh, the long name
}

void TestArchive::scanMissingPath()
{
    BoundedBuffer buffer;
    const QString missing = path(QStringLiteral("not there"));
    ArchiveWriter writer({missing}, ArchiveFormat(), &buffer);
    const ArchiveError error = writer.scan();
    QCOMPARE(error.kind(), ArchiveError::Kind::SourceMissing);
    QCOMPARE(error.path(), missing);
    QVERIFY(error.message().contains(missing));

    // start() without a scan fails the same way, and tells the other end.
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QCOMPARE(writer.error().kind(), ArchiveError::Kind::SourceMissing);
    QVERIFY(buffer.isAborted());
    QCOMPARE(buffer.abortReason(), writer.error().message());
}

void TestArchive::scanDuplicateNames()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("a/data"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("b"))));
    QVERIFY(writeFile(path(QStringLiteral("b/data")), "x"));
    BoundedBuffer buffer;
    ArchiveWriter writer({path(QStringLiteral("a/data")), path(QStringLiteral("b/data"))}, ArchiveFormat(),
                         &buffer);
    const ArchiveError error = writer.scan();
    QCOMPARE(error.kind(), ArchiveError::Kind::DuplicateName);
    QCOMPARE(error.path(), QStringLiteral("data"));
}

void TestArchive::specialFilesSkipped()
{
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(writeFile(source + QStringLiteral("/file.txt"), "data"));
    const QString fifo = source + QStringLiteral("/pipe");
    QCOMPARE(::mkfifo(native(fifo).constData(), 0644), 0);

    BoundedBuffer buffer;
    ArchiveWriter writer({source}, ArchiveFormat(), &buffer);
    QVERIFY(!writer.scan());
    QCOMPARE(writer.skipped(), QStringList {fifo});
    QCOMPARE(writer.scanned().files, qint64(1));

    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
    QCOMPARE(entries(target + QStringLiteral("/tree")), QStringList {QStringLiteral("file.txt")});
}

void TestArchive::chosenLinksFollowed()
{
    // A chosen link (a desktop shortcut, a "latest" link) stands for what it points to, under the
    // link's own name; a trailing slash changes nothing.
    QVERIFY(QDir().mkpath(path(QStringLiteral("real/sub"))));
    QVERIFY(writeFile(path(QStringLiteral("real/sub/f.txt")), "content"));
    QVERIFY(QFile::link(path(QStringLiteral("real")), path(QStringLiteral("latest"))));
    QVERIFY(QFile::link(QStringLiteral("real/sub/f.txt"), path(QStringLiteral("shortcut.txt"))));
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));

    BoundedBuffer buffer;
    ArchiveWriter writer({path(QStringLiteral("latest/")), path(QStringLiteral("shortcut.txt"))},
                         ArchiveFormat(), &buffer);
    QVERIFY(!writer.scan());
    QCOMPARE(writer.topLevelNames(),
             (QStringList {QStringLiteral("latest"), QStringLiteral("shortcut.txt")}));
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY2(!writer.error(), qPrintable(writer.error().message()));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
    QVERIFY(!QFileInfo(target + QStringLiteral("/latest")).isSymLink());
    QCOMPARE(readAll(target + QStringLiteral("/latest/sub/f.txt")), QByteArray("content"));
    QVERIFY(!QFileInfo(target + QStringLiteral("/shortcut.txt")).isSymLink());
    QCOMPARE(readAll(target + QStringLiteral("/shortcut.txt")), QByteArray("content"));

    // A link to nothing is a missing source, named as chosen.
    QVERIFY(QFile::link(path(QStringLiteral("gone")), path(QStringLiteral("dangling"))));
    ArchiveWriter broken({path(QStringLiteral("dangling"))}, ArchiveFormat(), &buffer);
    QCOMPARE(broken.scan().kind(), ArchiveError::Kind::SourceMissing);
    QCOMPARE(broken.scan().path(), path(QStringLiteral("dangling")));
}

void TestArchive::nonUtf8NameKept()
{
    // Linux names are bytes; an old Latin-1 name must arrive as the same bytes, not as "?".
    const QByteArray source = QFile::encodeName(path(QStringLiteral("tree")));
    QVERIFY(QDir().mkpath(QFile::decodeName(source)));
    const QByteArray latin1 = source + "/caf\xe9.txt";
    const int fd = ::open(latin1.constData(), O_WRONLY | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "latin", 5), ssize_t(5));
    ::close(fd);
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));

    BoundedBuffer buffer;
    ArchiveWriter writer({QFile::decodeName(source)}, ArchiveFormat(), &buffer);
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY2(!writer.error(), qPrintable(writer.error().message()));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
    struct stat st = {};
    const QByteArray copy = QFile::encodeName(target) + "/tree/caf\xe9.txt";
    QCOMPARE(::lstat(copy.constData(), &st), 0);
    QCOMPARE(st.st_size, off_t(5));
    // QTemporaryDir cannot remove what QString cannot name.
    ::unlink(copy.constData());
    ::unlink(latin1.constData());
}

void TestArchive::fileChangedWhilePacking_data()
{
    QTest::addColumn<bool>("shrink");
    QTest::newRow("shrinks") << true;
    QTest::newRow("grows") << false;
}

void TestArchive::fileChangedWhilePacking()
{
    QFETCH(bool, shrink);
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(source));
    const QString file = source + QStringLiteral("/growing.log");
    QRandomGenerator rng(5);
    QVERIFY(writeFile(file, randomBytes(rng, 8 << 20)));

    // No compression and a small buffer: the writer blocks inside the file, where the test can
    // change it at a known moment.
    BoundedBuffer buffer(64 * 1024);
    ArchiveWriter writer({source}, ArchiveFormat(Compression::None), &buffer);
    writer.start();
    QTRY_COMPARE(buffer.size(), buffer.capacity());
    QVERIFY(writer.isRunning());
    {
        QFile f(file);
        if (shrink) {
            QVERIFY(f.resize(1000));
        } else {
            QVERIFY(f.open(QIODevice::Append));
            QVERIFY(f.write("more"));
        }
    }
    std::thread drain([&] {
        while (!buffer.read(1 << 16).isEmpty()) { }
    });
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    drain.join();
    QCOMPARE(writer.error().kind(), ArchiveError::Kind::SourceChanged);
    QCOMPARE(writer.error().path(), file);
    QVERIFY(writer.error().message().contains(QStringLiteral("changed")));
    QVERIFY(buffer.isAborted()); // the receiving end must not take it for a whole archive
}

void TestArchive::writerCancel_data()
{
    QTest::addColumn<bool>("byTransport");
    QTest::newRow("cancel") << false;
    QTest::newRow("transport fails") << true;
}

void TestArchive::writerCancel()
{
    QFETCH(bool, byTransport);
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(source));
    QRandomGenerator rng(6);
    QVERIFY(writeFile(source + QStringLiteral("/data.bin"), randomBytes(rng, 8 << 20)));
    BoundedBuffer buffer(64 * 1024);
    ArchiveWriter writer({source}, ArchiveFormat(Compression::None), &buffer);
    writer.start();
    QTRY_COMPARE(buffer.size(), buffer.capacity()); // blocked on a full buffer
    QElapsedTimer timer;
    timer.start();
    if (byTransport)
        buffer.abort(QStringLiteral("The connection to the server was lost."));
    else
        writer.cancel();
    QVERIFY(writer.wait(QDeadlineTimer(5000)));
    QVERIFY(timer.elapsed() < 5000);
    if (byTransport) {
        QCOMPARE(writer.error().kind(), ArchiveError::Kind::StreamFailed);
        QVERIFY(writer.error().message().contains(QStringLiteral("connection to the server was lost")));
    } else {
        QCOMPARE(writer.error().kind(), ArchiveError::Kind::Cancelled);
        QVERIFY(buffer.isAborted());
    }
    QVERIFY(writer.bytesDone() < (8 << 20));
}

void TestArchive::linkOutOfTreeStoredThenSkipped()
{
    // The packer stores a link as it is, even pointing out of the tree; the extracting side
    // decides: that link is not created, it is named, and the rest arrives.
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(writeFile(source + QStringLiteral("/ok.txt"), "ok"));
    QVERIFY(QFile::link(QStringLiteral("../../etc"), source + QStringLiteral("/etc")));
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));

    BoundedBuffer buffer;
    ArchiveWriter writer({source}, ArchiveFormat(), &buffer);
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QCOMPARE(writer.packed().symlinks, qint64(1));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));
    QCOMPARE(extractor.skippedLinks(),
             (QMap<QString, QString> {{QStringLiteral("tree/etc"), QStringLiteral("../../etc")}}));
    QCOMPARE(entries(target), QStringList {QStringLiteral("tree")});
    QCOMPARE(entries(target + QStringLiteral("/tree")), QStringList {QStringLiteral("ok.txt")});
}

void TestArchive::keepBothName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file") << QStringLiteral("δ Cep – ☉.fits") << false
                          << QStringLiteral("δ Cep – ☉ (2).fits");
    QTest::newRow("no suffix") << QStringLiteral("README") << false << QStringLiteral("README (2)");
    QTest::newRow("dot file") << QStringLiteral(".bashrc") << false << QStringLiteral(".bashrc (2)");
    QTest::newRow("tarball") << QStringLiteral("data.tar.gz") << false << QStringLiteral("data (2).tar.gz");
    QTest::newRow("two dots") << QStringLiteral("v1.2.txt") << false << QStringLiteral("v1.2 (2).txt");
    QTest::newRow("trailing dot") << QStringLiteral("name.") << false << QStringLiteral("name. (2)");
    QTest::newRow("folder") << QStringLiteral("run.v2") << true << QStringLiteral("run.v2 (2)");
}

void TestArchive::keepBothName()
{
    QFETCH(QString, name);
    QFETCH(bool, folder);
    QFETCH(QString, expected);
    QCOMPARE(ArchiveExtractor::keepBothName(name, 2, folder), expected);
}

void TestArchive::conflicts_data()
{
    // Operations as "<n|o|k|r>:<path>"; none: each top-level item as a new one.
    QTest::addColumn<QStringList>("operations");
    QTest::addColumn<QStringList>("expectedEntries");
    QTest::addColumn<QByteArray>("expectedA"); // content of target/a.txt
    QTest::addColumn<QStringList>("expectedFolder"); // entries of target/folder
    QTest::addColumn<bool>("trashed"); // the old a.txt went to the trash

    const QStringList oldFolder {QStringLiteral("old.txt")};
    const QStringList merged {QStringLiteral("new.txt"), QStringLiteral("old.txt")};
    QTest::newRow("default: keep both")
        << QStringList()
        << QStringList {QStringLiteral("a (2).txt"), QStringLiteral("a.txt"), QStringLiteral("folder"),
                        QStringLiteral("folder (2)"), QStringLiteral("fresh.txt")}
        << QByteArray("old") << oldFolder << false;
    QTest::newRow("merge, overwrite")
        << QStringList {QStringLiteral("o:a.txt"), QStringLiteral("n:folder/new.txt"),
                        QStringLiteral("n:fresh.txt")}
        << QStringList {QStringLiteral("a.txt"), QStringLiteral("folder"), QStringLiteral("fresh.txt")}
        << QByteArray("new") << merged << false;
    QTest::newRow("skip: what has no operation is not placed")
        << QStringList {QStringLiteral("n:fresh.txt")}
        << QStringList {QStringLiteral("a.txt"), QStringLiteral("folder"), QStringLiteral("fresh.txt")}
        << QByteArray("old") << oldFolder << false;
    QTest::newRow("keep both inside a merge")
        << QStringList {QStringLiteral("k:a.txt"), QStringLiteral("n:folder/new.txt")}
        << QStringList {QStringLiteral("a (2).txt"), QStringLiteral("a.txt"), QStringLiteral("folder")}
        << QByteArray("old") << merged << false;
    QTest::newRow("replace: the old one goes to the trash")
        << QStringList {QStringLiteral("r:a.txt")}
        << QStringList {QStringLiteral("a.txt"), QStringLiteral("folder")} << QByteArray("new") << oldFolder
        << true;
}

void TestArchive::conflicts()
{
    QFETCH(QStringList, operations);
    QFETCH(QStringList, expectedEntries);
    QFETCH(QByteArray, expectedA);
    QFETCH(QStringList, expectedFolder);
    QFETCH(bool, trashed);

    const QString source = path(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source + QStringLiteral("/folder")));
    QVERIFY(writeFile(source + QStringLiteral("/folder/new.txt"), "new"));
    QVERIFY(writeFile(source + QStringLiteral("/a.txt"), "new"));
    QVERIFY(writeFile(source + QStringLiteral("/fresh.txt"), "fresh"));
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target + QStringLiteral("/folder")));
    QVERIFY(writeFile(target + QStringLiteral("/folder/old.txt"), "old"));
    QVERIFY(writeFile(target + QStringLiteral("/a.txt"), "old"));

    BoundedBuffer buffer;
    ArchiveWriter writer({source + QStringLiteral("/a.txt"), source + QStringLiteral("/folder"),
                          source + QStringLiteral("/fresh.txt")},
                         ArchiveFormat(), &buffer);
    ArchiveExtractor extractor(&buffer, target);
    QList<MergePlan::Operation> planned;
    for (const QString &operation : operations) {
        MergePlan::Operation op;
        const QChar kind = operation.at(0);
        op.kind = kind == u'o' ? MergePlan::Operation::Kind::Overwrite
            : kind == u'k'     ? MergePlan::Operation::Kind::KeepBoth
            : kind == u'r'     ? MergePlan::Operation::Kind::Replace
                               : MergePlan::Operation::Kind::New;
        op.path = operation.mid(2);
        planned.append(op);
    }
    extractor.setOperations(planned);
    extractor.start();
    writer.start();
    QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QVERIFY2(!writer.error(), qPrintable(writer.error().message()));
    QVERIFY2(!extractor.error(), qPrintable(extractor.error().message()));

    QCOMPARE(entries(target), expectedEntries);
    QCOMPARE(readAll(target + QStringLiteral("/a.txt")), expectedA);
    QCOMPARE(entries(target + QStringLiteral("/folder")), expectedFolder);
    if (operations.isEmpty()) {
        QCOMPARE(readAll(target + QStringLiteral("/a (2).txt")), QByteArray("new"));
        QCOMPARE(entries(target + QStringLiteral("/folder (2)")), QStringList {QStringLiteral("new.txt")});
        QCOMPARE(extractor.placements().at(0).placedAs, QStringLiteral("a (2).txt"));
    }
    QCOMPARE(extractor.trashed().contains(QStringLiteral("a.txt")), trashed);
    if (trashed) {
        const QString inTrash = extractor.trashed().value(QStringLiteral("a.txt"));
        QCOMPARE(readAll(inTrash), QByteArray("old")); // never deleted: in the desktop's trash
        QFile::remove(inTrash);
    }
}

void TestArchive::corruptStream()
{
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    QRandomGenerator rng(3);
    BoundedBuffer buffer;
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    {
        Feeder feeder(&buffer, randomBytes(rng, 100'000));
        QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    }
    QCOMPARE(extractor.error().kind(), ArchiveError::Kind::Corrupt);
    QVERIFY(extractor.error().message().contains(QStringLiteral("damaged")));
    QCOMPARE(entries(target), QStringList());
}

void TestArchive::truncatedStream()
{
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(makeTree(source, false));
    const QString archivePath = path(QStringLiteral("upload.tar.zst"));
    {
        BoundedBuffer buffer;
        ArchiveWriter writer({source}, ArchiveFormat(), &buffer);
        Collector collector(&buffer, archivePath);
        writer.start();
        QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
        QVERIFY(!writer.error());
    }
    const QByteArray whole = readAll(archivePath);
    QVERIFY(whole.size() > 100'000);

    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    BoundedBuffer buffer;
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    {
        Feeder feeder(&buffer, whole.left(whole.size() / 2));
        QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    }
    QCOMPARE(extractor.error().kind(), ArchiveError::Kind::Corrupt);
    QVERIFY(extractor.bytesDone() > 0); // it got well into the archive before the cut
    QCOMPARE(entries(target), QStringList());
}

void TestArchive::producerAborts()
{
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(makeTree(source, false));
    const QString archivePath = path(QStringLiteral("upload.tar.zst"));
    {
        BoundedBuffer buffer;
        ArchiveWriter writer({source}, ArchiveFormat(), &buffer);
        Collector collector(&buffer, archivePath);
        writer.start();
        QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    }
    const QByteArray whole = readAll(archivePath);
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));
    BoundedBuffer buffer;
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    {
        Feeder feeder(&buffer, whole.left(whole.size() / 2), false);
    }
    QTRY_VERIFY(extractor.filesDone() > 0);
    buffer.abort(QStringLiteral("The connection to the server was reset."));
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QCOMPARE(extractor.error().kind(), ArchiveError::Kind::StreamFailed);
    QVERIFY(extractor.error().message().contains(QStringLiteral("connection to the server was reset")));
    QCOMPARE(entries(target), QStringList());
}

void TestArchive::extractorCancel()
{
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(makeTree(source, false));
    const QString archivePath = path(QStringLiteral("download.tar.zst"));
    {
        BoundedBuffer buffer;
        ArchiveWriter writer({source}, ArchiveFormat(), &buffer);
        Collector collector(&buffer, archivePath);
        writer.start();
        QVERIFY(writer.wait(QDeadlineTimer(WaitMs)));
    }
    const QByteArray whole = readAll(archivePath);
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));

    // Half the download has arrived and the transport waits for more: the extractor is blocked
    // in the middle of the archive when the user cancels.
    BoundedBuffer buffer(16 * 1024);
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    Feeder feeder(&buffer, whole.left(whole.size() / 2), false);
    QTRY_VERIFY(extractor.filesDone() > 10);
    QElapsedTimer timer;
    timer.start();
    extractor.cancel();
    QVERIFY(extractor.wait(QDeadlineTimer(5000)));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(extractor.error().kind(), ArchiveError::Kind::Cancelled);
    QCOMPARE(entries(target), QStringList());
    // The transport learns it from the buffer, with the reason.
    QVERIFY(!buffer.write("more", 4));
    QVERIFY(buffer.abortReason().contains(QStringLiteral("cancelled")));
}

void TestArchive::expectedTotalsMismatch()
{
    const QString source = path(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(source));
    QVERIFY(writeFile(source + QStringLiteral("/a.txt"), "abc"));
    const QString target = path(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(target));

    BoundedBuffer buffer;
    ArchiveWriter writer({source}, ArchiveFormat(), &buffer);
    ArchiveExtractor extractor(&buffer, target);
    // The sender counted two files; one arrived (the stream was cut at an entry boundary).
    extractor.setExpectedTotals({2, 1, 0, 6});
    extractor.start();
    writer.start();
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QCOMPARE(extractor.error().kind(), ArchiveError::Kind::Incomplete);
    QVERIFY(extractor.error().message().contains(QStringLiteral("expected")));
    QCOMPARE(entries(target), QStringList());
}

void TestArchive::targetMissing()
{
    BoundedBuffer buffer;
    const QString target = path(QStringLiteral("no such folder"));
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    QVERIFY(extractor.wait(QDeadlineTimer(WaitMs)));
    QCOMPARE(extractor.error().kind(), ArchiveError::Kind::TargetUnusable);
    QVERIFY(extractor.error().message().contains(target));
    QVERIFY(buffer.isAborted()); // a transport feeding it stops instead of blocking
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
