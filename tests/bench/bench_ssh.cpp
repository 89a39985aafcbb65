// The app's SSH transfers against OpenSSH's own pipeline, over a real sshd on loopback
// (tests/fixtures/sshd, started and stopped here). Prints throughput and ratios; not pass/fail.
//
//   upload:    tar -c | <compressor> | ssh host 'tar -x'   vs   ArchiveWriter -> SshTransport -> tar -x
//   download:  ssh host 'tar -c' | tar -x                   vs   tar -c -> SshTransport -> ArchiveExtractor
//   stream:    ssh host 'tar -c' > /dev/null                vs   tar -c -> SshTransport -> (discarded)
//   raw:       head -c N /dev/zero | ssh host 'cat > /dev/null', ssh host 'head -c N /dev/zero' > /dev/null
//              vs the same bytes through SshTransport (the transport alone, no archive)
//
// Environment: FORNAX_BENCH_SSH_MIB (tree size, default 1024), FORNAX_BENCH_SSH_COMPRESSION
// (zstd, gzip or none; default zstd), FORNAX_BENCH_SSH_RUNS (best of n, default 1),
// FORNAX_BENCH_SSH_DIR (where the local tree goes; default a temporary folder),
// FORNAX_BENCH_SSH_ONLY (a comma-separated subset of upload, download, stream, raw-up,
// raw-down; for profiling one of them), FORNAX_BENCH_SSH_VIA_PORT (connect through a proxy
// listening there, e.g. one adding a WAN's latency; it finds the sshd's port in
// <dir>/bench-ssh-*/sshd-port). Run as root: the fixture needs its test user.
#include "BoundedBuffer.h"
#include "archive/ArchiveExtractor.h"
#include "archive/ArchiveFormat.h"
#include "archive/ArchiveWriter.h"
#include "ssh/SshConfig.h"
#include "ssh/SshSession.h"
#include "ssh/SshShell.h"
#include "ssh/SshTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace fornax;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct Fixture
{
    QJsonObject state;
    QString string(const char *key) const { return state.value(QLatin1String(key)).toString(); }
    int port() const { return state.value(QLatin1String("port")).toInt(); }
};

bool runFixture(const QStringList &arguments)
{
    QProcess fixture;
    fixture.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    fixture.start(QStringLiteral("/usr/bin/python3"),
                  QStringList {QStringLiteral(FORNAX_SSHD_FIXTURE)} + arguments);
    return fixture.waitForFinished(60'000) && fixture.exitCode() == 0;
}

bool sh(const QString &script)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("/bin/bash"),
                  {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), script});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(script));
        return false;
    }
    return true;
}

// Mostly large files of half random, half repetitive data (about 2:1 with zstd), plus many
// small files: a dataset folder rather than a best case for either compressor.
void makeTree(const QString &root, qint64 bytes)
{
    QDir().mkpath(root + QStringLiteral("/small"));
    QRandomGenerator rng(42);
    QByteArray block(MiB, Qt::Uninitialized);
    QByteArray text;
    while (text.size() < MiB)
        text += "RA=150.1191 DEC=2.2058 FLUX=1.234e-17 ERR=2.1e-19 FLAG=0\n";
    text.truncate(MiB);
    const qint64 smallBytes = bytes / 10;
    const qint64 small = std::max<qint64>(1, smallBytes / (16 * 1024));
    for (qint64 i = 0; i < small; ++i) {
        QFile file(root + QStringLiteral("/small/f%1.dat").arg(i));
        file.open(QIODevice::WriteOnly);
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), 4096);
        file.write(block.constData(), 16 * 1024);
    }
    const qint64 bigFiles = 8;
    const qint64 perFile = std::max<qint64>(MiB, (bytes - smallBytes) / bigFiles);
    for (int f = 0; f < bigFiles; ++f) {
        QFile file(root + QStringLiteral("/big%1.bin").arg(f));
        file.open(QIODevice::WriteOnly);
        for (qint64 done = 0; done < perFile; done += MiB) {
            if ((done / MiB) % 2 == 0) {
                rng.fillRange(reinterpret_cast<quint32 *>(block.data()), MiB / 4);
                file.write(block);
            } else {
                file.write(text);
            }
        }
    }
}

qint64 treeBytes(const QString &root)
{
    QProcess du;
    du.start(QStringLiteral("du"), {QStringLiteral("-sb"), root});
    du.waitForFinished();
    return du.readAllStandardOutput().split('\t').value(0).toLongLong();
}

// Waits for a signal-driven condition, failing after a long timeout. Sleeps in the event loop
// as the app's main thread does: processEvents() with a time limit drops WaitForMoreEvents and
// spins, which took a whole core from the transfer it measured on a two-core machine.
template<class Done>
bool waitFor(Done done, int timeoutMs = 3'600'000)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start(2);
    if (!done())
        loop.exec();
    return done();
}

// CPU seconds used on this machine from start() on: this process's threads and the children it
// waited for (an OpenSSH pipeline's ssh, tar and zstd). On a machine shared with other work this
// says more than wall time: the stage that needs the most CPU loses most when cores are scarce.
class CpuClock
{
public:
    CpuClock() { m_start = now(); }
    double seconds() const { return now() - m_start; }

private:
    static double now()
    {
        double total = 0;
        for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
            rusage usage {};
            ::getrusage(who, &usage);
            total += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        }
        return total;
    }
    double m_start;
};

double rate(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / MiB / (double(ms) / 1000.0) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 sizeMiB = qEnvironmentVariableIsSet("FORNAX_BENCH_SSH_MIB")
        ? qEnvironmentVariableIntValue("FORNAX_BENCH_SSH_MIB")
        : 1024;
    const auto compression = ArchiveFormat::compressionFromName(
                                 qEnvironmentVariable("FORNAX_BENCH_SSH_COMPRESSION", QStringLiteral("zstd")))
                                 .value_or(Compression::Zstd);
    const int runs = std::max(1, qEnvironmentVariableIntValue("FORNAX_BENCH_SSH_RUNS"));
    const ArchiveFormat format(compression);
    const QString tarFlags = format.tarFlags().join(QLatin1Char(' '));
    const QStringList only =
        qEnvironmentVariable("FORNAX_BENCH_SSH_ONLY").split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&only](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };

    QTemporaryDir temp(qEnvironmentVariable("FORNAX_BENCH_SSH_DIR", QDir::tempPath())
                       + QStringLiteral("/bench-ssh-XXXXXX"));
    // sshd reads the test user's authorized_keys below it, as that user.
    QFile::setPermissions(temp.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString stateDir = temp.filePath(QStringLiteral("sshd"));
    if (!runFixture({QStringLiteral("start"), QStringLiteral("--state-dir"), stateDir}))
        return 1;
    QFile stateFile(stateDir + QStringLiteral("/state.json"));
    stateFile.open(QIODevice::ReadOnly);
    Fixture fx {QJsonDocument::fromJson(stateFile.readAll()).object()};
    const QString user = fx.string("user");
    // Through a proxy on this port (e.g. one that adds a WAN's latency), for both clients.
    const int viaPort = qEnvironmentVariableIntValue("FORNAX_BENCH_SSH_VIA_PORT");
    const int port = viaPort > 0 ? viaPort : fx.port();
    {
        QFile portFile(temp.filePath(QStringLiteral("sshd-port")));
        portFile.open(QIODevice::WriteOnly);
        portFile.write(QByteArray::number(fx.port()));
    }
    const QString key = fx.string("key");
    const QString knownHosts = temp.filePath(QStringLiteral("known_hosts"));
    {
        QFile kh(knownHosts);
        kh.open(QIODevice::WriteOnly);
        kh.write(fx.string("knownHostsLine").toUtf8() + '\n');
        if (viaPort > 0) // the same key, as seen through the proxy's port
            kh.write(fx.string("knownHostsLine")
                         .replace(QStringLiteral(":%1 ").arg(fx.port()), QStringLiteral(":%1 ").arg(viaPort))
                         .toUtf8()
                     + '\n');
    }
    const QString ssh =
        QStringLiteral("ssh -T -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=%1 "
                       "-i %2 -p %3 %4@127.0.0.1")
            .arg(knownHosts, key)
            .arg(port)
            .arg(user);
    const QString remoteBase = fx.string("home") + QStringLiteral("/bench-%1").arg(::getpid());
    const QString remoteUp = remoteBase + QStringLiteral("/up");
    auto cleanup = qScopeGuard([&] {
        QDir(remoteBase).removeRecursively();
        runFixture({QStringLiteral("stop"), QStringLiteral("--state-dir"), stateDir});
    });

    const QString source = temp.filePath(QStringLiteral("tree"));
    std::printf("generating a %lld MiB tree in %s ...\n", sizeMiB, qPrintable(source));
    std::fflush(stdout);
    makeTree(source, sizeMiB * MiB);
    const qint64 bytes = treeBytes(source);
    sh(QStringLiteral("cat %1/big*.bin %1/small/* > /dev/null").arg(source)); // warm the page cache
    sh(ssh + QStringLiteral(" 'mkdir -p %1'").arg(remoteBase));

    SshConfig config(QStringLiteral("127.0.0.1"), user, port);
    config.setAuthMethod(SshAuthMethod::KeyFile);
    config.setKeyPath(key);
    SshSession session(config);
    session.setKnownHostsFiles(knownHosts, knownHosts);
    QElapsedTimer connectTimer;
    connectTimer.start();
    session.open();
    if (!waitFor([&] {
            return session.isConnected() || session.state() == SshSession::State::Failed;
        })
        || !session.isConnected()) {
        std::fprintf(stderr, "ssh session failed: %s\n", qPrintable(session.error().message()));
        return 1;
    }
    const qint64 connectMs = connectTimer.elapsed();

    QString compressor = QStringLiteral("cat");
    if (compression == Compression::Zstd)
        compressor = QStringLiteral("zstd -q -%1 -T%2").arg(format.level()).arg(format.effectiveThreads());
    else if (compression == Compression::Gzip)
        compressor = QStringLiteral("gzip -%1").arg(format.level());

    auto fresh = [&](const QString &dir) {
        sh(QStringLiteral("rm -rf %1 && mkdir -p %1 && chown %2: %1 && sync").arg(dir, user));
    };
    double lastCpu = 0; // set by the measurements that time their CPU
    double bestRunCpu = 0; // of the last best(): the CPU seconds of its best run
    auto best = [&](const char *part, auto measure) {
        if (part && !wanted(part))
            return qint64(-1);
        qint64 bestMs = -1;
        double bestCpu = 0;
        for (int i = 0; i < runs; ++i) {
            lastCpu = 0;
            const qint64 ms = measure();
            if (ms < 0)
                return qint64(-1);
            if (bestMs < 0 || ms < bestMs) {
                bestMs = ms;
                bestCpu = lastCpu;
            }
        }
        bestRunCpu = bestCpu;
        return bestMs;
    };

    // Upload.
    const qint64 opensshUp = best("upload", [&] {
        fresh(remoteUp);
        QElapsedTimer t;
        t.start();
        if (!sh(QStringLiteral("tar -c -C %1 -f - . | %2 | %3 'tar -x %4 -C %5 -f -'")
                    .arg(source, compressor, ssh, tarFlags, remoteUp)))
            return qint64(-1);
        return t.elapsed();
    });
    qint64 compressedBytes = 0;
    const qint64 appUp = best("upload", [&] {
        fresh(remoteUp);
        BoundedBuffer buffer;
        ArchiveWriter writer({source}, format, &buffer);
        writer.scan();
        SshTransport transport(&session);
        bool done = false;
        bool failed = false;
        QObject::connect(&transport, &SshTransport::uploadFinished, [&] {
            done = true;
        });
        QObject::connect(&transport, &SshTransport::transferFailed,
                         [&](const HubError &, const QString &message) {
                             std::fprintf(stderr, "upload failed: %s\n", qPrintable(message));
                             failed = true;
                         });
        QElapsedTimer t;
        t.start();
        transport.upload(&buffer, QStringLiteral("tar -x %1 -C %2 -f -").arg(tarFlags, remoteUp));
        writer.start();
        waitFor([&] {
            return done || failed;
        });
        writer.wait();
        compressedBytes = buffer.bytesWritten();
        return failed ? qint64(-1) : t.elapsed();
    });

    // Download (of what was uploaded, or of the tree put there directly when upload is skipped).
    if (!wanted("upload") && (wanted("download") || wanted("stream"))) {
        fresh(remoteUp);
        sh(QStringLiteral("cp -a %1 %2/ && chown -R %3: %2").arg(source, remoteUp, user));
    }
    const QString localDown = temp.filePath(QStringLiteral("down"));
    const QString name = QFileInfo(source).fileName();
    const qint64 opensshDown = best("download", [&] {
        sh(QStringLiteral("rm -rf %1 && mkdir -p %1 && sync").arg(localDown));
        QElapsedTimer t;
        t.start();
        const CpuClock cpu;
        if (!sh(QStringLiteral("%1 'tar -c %2 -C %3 -f - %4' | tar -x %2 -C %5 -f -")
                    .arg(ssh, tarFlags, remoteUp, name, localDown)))
            return qint64(-1);
        lastCpu = cpu.seconds();
        return t.elapsed();
    });
    const double opensshDownCpu = bestRunCpu;
    const qint64 appDown = best("download", [&] {
        sh(QStringLiteral("rm -rf %1 && mkdir -p %1 && sync").arg(localDown));
        BoundedBuffer buffer;
        ArchiveExtractor extractor(&buffer, localDown);
        SshTransport transport(&session);
        bool done = false;
        bool failed = false;
        QObject::connect(&transport, &SshTransport::downloadFinished, [&] {
            done = true;
        });
        QObject::connect(&transport, &SshTransport::transferFailed,
                         [&](const HubError &, const QString &message) {
                             std::fprintf(stderr, "download failed: %s\n", qPrintable(message));
                             failed = true;
                         });
        QElapsedTimer t;
        t.start();
        const CpuClock cpu;
        extractor.start();
        transport.download(QStringLiteral("tar -c %1 -C %2 -f - %3").arg(tarFlags, remoteUp, name), &buffer);
        waitFor([&] {
            return done || failed;
        });
        extractor.wait();
        if (extractor.error()) {
            std::fprintf(stderr, "extraction failed: %s\n", qPrintable(extractor.error().message()));
            return qint64(-1);
        }
        lastCpu = cpu.seconds();
        return failed ? qint64(-1) : t.elapsed();
    });
    const double appDownCpu = bestRunCpu;

    // The download's stream alone (remote tar, no extraction): tells the transport's share of the
    // download's time from the extractor's.
    const qint64 opensshStream = best("stream", [&] {
        QElapsedTimer t;
        t.start();
        const CpuClock cpu;
        if (!sh(QStringLiteral("%1 'tar -c %2 -C %3 -f - %4' > /dev/null")
                    .arg(ssh, tarFlags, remoteUp, name)))
            return qint64(-1);
        lastCpu = cpu.seconds();
        return t.elapsed();
    });
    const double opensshStreamCpu = bestRunCpu;
    const qint64 appStream = best("stream", [&] {
        BoundedBuffer buffer;
        SshTransport transport(&session);
        bool done = false;
        bool failed = false;
        QObject::connect(&transport, &SshTransport::downloadFinished, [&] {
            done = true;
        });
        QObject::connect(&transport, &SshTransport::transferFailed, [&] {
            failed = true;
        });
        std::thread drain([&] {
            QByteArray chunk(MiB, Qt::Uninitialized);
            while (buffer.read(chunk.data(), chunk.size()) > 0) { }
        });
        QElapsedTimer t;
        t.start();
        const CpuClock cpu;
        transport.download(QStringLiteral("tar -c %1 -C %2 -f - %3").arg(tarFlags, remoteUp, name), &buffer);
        waitFor([&] {
            return done || failed;
        });
        drain.join();
        lastCpu = cpu.seconds();
        return failed ? qint64(-1) : t.elapsed();
    });
    const double appStreamCpu = bestRunCpu;

    // Raw streams: the tree's size in zeros, no archive, no disk: the transports alone.
    const qint64 rawBytes = bytes;
    const qint64 opensshRawUp = best("raw-up", [&] {
        QElapsedTimer t;
        t.start();
        return sh(QStringLiteral("head -c %1 /dev/zero | %2 'cat > /dev/null'").arg(rawBytes).arg(ssh))
            ? t.elapsed()
            : qint64(-1);
    });
    const qint64 appRawUp = best("raw-up", [&] {
        BoundedBuffer buffer;
        SshTransport transport(&session);
        bool done = false;
        bool failed = false;
        QObject::connect(&transport, &SshTransport::uploadFinished, [&] {
            done = true;
        });
        QObject::connect(&transport, &SshTransport::transferFailed, [&] {
            failed = true;
        });
        QElapsedTimer t;
        t.start();
        transport.upload(&buffer, QStringLiteral("cat > /dev/null"));
        std::thread feeder([&] {
            const QByteArray chunk(MiB, '\0');
            for (qint64 left = rawBytes; left > 0; left -= chunk.size()) {
                if (!buffer.write(chunk.constData(), std::min<qint64>(left, chunk.size())))
                    return;
            }
            buffer.closeWriting();
        });
        waitFor([&] {
            return done || failed;
        });
        feeder.join();
        return failed ? qint64(-1) : t.elapsed();
    });
    const qint64 opensshRawDown = best("raw-down", [&] {
        QElapsedTimer t;
        t.start();
        return sh(QStringLiteral("%1 'head -c %2 /dev/zero' > /dev/null").arg(ssh).arg(rawBytes))
            ? t.elapsed()
            : qint64(-1);
    });
    const qint64 appRawDown = best("raw-down", [&] {
        BoundedBuffer buffer;
        SshTransport transport(&session);
        bool done = false;
        bool failed = false;
        QObject::connect(&transport, &SshTransport::downloadFinished, [&] {
            done = true;
        });
        QObject::connect(&transport, &SshTransport::transferFailed, [&] {
            failed = true;
        });
        std::thread drain([&] {
            QByteArray chunk(MiB, Qt::Uninitialized);
            while (buffer.read(chunk.data(), chunk.size()) > 0) { }
        });
        QElapsedTimer t;
        t.start();
        transport.download(QStringLiteral("head -c %1 /dev/zero").arg(rawBytes), &buffer);
        waitFor([&] {
            return done || failed;
        });
        drain.join();
        return failed ? qint64(-1) : t.elapsed();
    });
    // What every OpenSSH run above paid on top: a new connection and sign-in.
    const qint64 sshConnect = best(nullptr, [&] {
        QElapsedTimer t;
        t.start();
        return sh(ssh + QStringLiteral(" true")) ? t.elapsed() : qint64(-1);
    });

    std::printf(
        "\nSSH transfer benchmark: %.0f MiB tree (%s, %.0f MiB on the wire), best of %d, loopback sshd\n",
        double(bytes) / MiB, qPrintable(format.name()), double(compressedBytes) / MiB, runs);
    std::printf("%-10s %14s %14s %8s\n", "", "OpenSSH MiB/s", "app MiB/s", "ratio");
    auto row = [](const char *label, qint64 size, qint64 reference, qint64 ours) {
        if (reference < 0 || ours < 0)
            return;
        const double r = rate(size, reference);
        const double o = rate(size, ours);
        std::printf("%-10s %14.1f %14.1f %8.2f\n", label, r, o, r > 0 ? o / r : 0.0);
    };
    row("upload", bytes, opensshUp, appUp);
    row("download", bytes, opensshDown, appDown);
    row("stream", bytes, opensshStream, appStream);
    auto cpuRow = [](const char *label, qint64 reference, qint64 ours, double referenceCpu, double ourCpu) {
        if (reference >= 0 && ours >= 0)
            std::printf("%-10s %14.2f %14.2f %8.2f   (local CPU seconds)\n", label, referenceCpu, ourCpu,
                        ourCpu > 0 ? referenceCpu / ourCpu : 0.0);
    };
    cpuRow("down CPU", opensshDown, appDown, opensshDownCpu, appDownCpu);
    cpuRow("strm CPU", opensshStream, appStream, opensshStreamCpu, appStreamCpu);
    row("raw up", rawBytes, opensshRawUp, appRawUp);
    row("raw down", rawBytes, opensshRawDown, appRawDown);
    std::printf(
        "(MiB of tree per second of wall time; raw: as many zero bytes through `cat`, no archive.\n"
        " OpenSSH's times include a new connection each, %lld ms; the app's session was open already,\n"
        " it took %lld ms to connect and sign in.)\n",
        sshConnect, connectMs);
    return 0;
}
