// Resource samples: jupyter-resource-usage's api/metrics/v1 and the cgroup files parsed from
// captured replies, the summary and warnings people read, and "probably out of memory" and
// "stopped through the hub" among the reasons a server stopped.
#include "health/ResourceParsers.h"
#include "health/StopDiagnosis.h"

#include <QJsonDocument>
#include <QTest>

using namespace fornax;
using namespace std::chrono_literals;

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void metricsWithEverythingConfigured();
    void metricsByDefaultKnowOnlyMemory();
    void metricsThatAreNotMetrics();
    void cgroupV2();
    void cgroupV1WithoutLimits();
    void warnsAtNinetyPercent();
    void outOfMemoryWhenLastSampleWasNearTheLimit();
    void stoppedThroughTheHubBeforeItsIdleLimit();
    void theAppsOwnSamplingIsNotActivity();
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QDateTime At = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

} // namespace

void TestResources::metricsWithEverythingConfigured()
{
    // jupyter-resource-usage 1.1 with MEM_LIMIT, track_cpu_percent, a CPU limit and track_disk_usage.
    const auto sample = ResourceParsers::fromMetrics(
        json(R"({"rss": 5200000000, "pss": 5100000000, "limits": {"memory": {"rss": 16000000000,
                 "pss": 16000000000, "warn": false}, "cpu": {"cpu": 4.0, "warn": false}},
                 "cpu_percent": 210.0, "cpu_count": 16, "disk_used": 12000000000,
                 "disk_total": 200000000000})"),
        At);
    QVERIFY(sample);
    QCOMPARE(sample->memoryUsed, 5200000000);
    QCOMPARE(sample->memoryLimit, 16000000000);
    QCOMPARE(sample->cpuPercent, 210.0);
    QCOMPARE(sample->cpuLimit, 4.0); // the limit, not the machine's 16
    // disk_used / disk_total are the whole file system's (jupyter-resource-usage #255), never home's.
    QVERIFY(!sample->homeUsed && !sample->homeQuota);
    QVERIFY(!sample->scratchUsed);
    QCOMPARE(sample->summary(), QStringLiteral("CPU 2.1 of 4.0 · Memory 5.2 of 16 GB"));
    QVERIFY(sample->warnings().isEmpty());
    const QJsonObject out = sample->toJson();
    QCOMPARE(out.value(QLatin1String("memory_limit")).toInteger(), 16000000000);
    QVERIFY(out.value(QLatin1String("scratch_used")).isNull());
}

void TestResources::metricsByDefaultKnowOnlyMemory()
{
    // The defaults: no MEM_LIMIT (limit 0), CPU not tracked, no disk.
    const auto sample = ResourceParsers::fromMetrics(
        json(R"({"rss": 123000000, "limits": {"memory": {"rss": 0, "pss": 0}}})"), At);
    QVERIFY(sample);
    QCOMPARE(sample->memoryUsed, 123000000);
    QVERIFY(!sample->memoryLimit); // 0 is "not set", never a limit of nothing
    QVERIFY(!sample->cpuPercent && !sample->cpuLimit && !sample->homeUsed);
    QVERIFY(!sample->memoryFraction());
    QCOMPARE(sample->summary(), QStringLiteral("Memory 0.1 GB"));
    // CPU tracked without a limit: the machine's count.
    const auto counted = ResourceParsers::fromMetrics(json(R"({"rss": 1, "cpu_percent": 50, "cpu_count": 2,
                                                               "limits": {"memory": {"rss": 0}}})"),
                                                      At);
    QCOMPARE(counted->cpuLimit, 2.0);
}

void TestResources::metricsThatAreNotMetrics()
{
    QVERIFY(!ResourceParsers::fromMetrics(json(R"({"message": "Not Found"})"), At));
    QVERIFY(!ResourceParsers::fromMetrics(json(R"({"rss": "lots"})"), At));
    QVERIFY(!ResourceParsers::fromMetrics(json(R"({"rss": -5})"), At));
}

void TestResources::cgroupV2()
{
    // A Kubernetes pod with 4 CPUs and 16 GiB (files as read from /sys/fs/cgroup).
    ResourceParsers::CgroupFiles before;
    before.memoryMax = "17179869184\n";
    before.memoryCurrent = "5368709120\n";
    before.cpuMax = "400000 100000\n";
    before.cpuStat = "usage_usec 1000000\nuser_usec 800000\nsystem_usec 200000\nnr_periods 0\n";
    ResourceParsers::CgroupFiles now = before;
    now.cpuStat = "usage_usec 5200000\nuser_usec 4000000\nsystem_usec 1200000\n";
    const ResourceSample sample = ResourceParsers::fromCgroup(now, &before, 2.0, At);
    QCOMPARE(sample.memoryUsed, qint64(5368709120));
    QCOMPARE(sample.memoryLimit, qint64(17179869184));
    QCOMPARE(sample.cpuLimit, 4.0);
    QCOMPARE(sample.cpuPercent, 210.0); // 4.2 s of CPU in 2 s
    // "max": no limit of its own; one reading: CPU use unknown.
    now.memoryMax = "max\n";
    now.cpuMax = "max 100000\n";
    now.procMeminfo = "MemTotal:       32768000 kB\nMemFree:  100 kB\n";
    now.procStat = "cpu  1 2 3\ncpu0 1 2 3\ncpu1 1 2 3\nintr 5\n";
    const ResourceSample alone = ResourceParsers::fromCgroup(now, nullptr, 0, At);
    QCOMPARE(alone.memoryLimit, qint64(32768000) * 1024);
    QCOMPARE(alone.cpuLimit, 2.0);
    QVERIFY(!alone.cpuPercent);
}

void TestResources::cgroupV1WithoutLimits()
{
    // Captured on this Debian 12 test machine (cgroup v1, no limits).
    ResourceParsers::CgroupFiles before;
    before.memoryLimitInBytes = "9223372036854771712\n";
    before.memoryUsageInBytes = "1551724544\n";
    before.cpuacctUsage = "91518526150955\n";
    before.cfsQuotaUs = "-1\n";
    before.cfsPeriodUs = "100000\n";
    before.procMeminfo = "MemTotal:        8141484 kB\n";
    before.procStat = "cpu  10 0 0\ncpu0 5 0 0\ncpu1 5 0 0\n";
    ResourceParsers::CgroupFiles now = before;
    now.cpuacctUsage = "91519026150955\n"; // half a second later
    const ResourceSample sample = ResourceParsers::fromCgroup(now, &before, 1.0, At);
    QCOMPARE(sample.memoryUsed, qint64(1551724544));
    QCOMPARE(sample.memoryLimit, qint64(8141484) * 1024); // the "unlimited" value is not a limit
    QCOMPARE(sample.cpuLimit, 2.0);
    QCOMPARE(sample.cpuPercent, 50.0);
}

void TestResources::warnsAtNinetyPercent()
{
    ResourceSample sample;
    sample.takenAt = At;
    sample.memoryUsed = 8'900'000'000;
    sample.memoryLimit = 10'000'000'000;
    sample.homeUsed = 150'000'000'000;
    sample.homeQuota = 200'000'000'000;
    QVERIFY(sample.warnings().isEmpty()); // 89 % and 75 %: nothing yet
    sample.memoryUsed = 9'000'000'000;
    sample.homeUsed = 190'000'000'000;
    const QStringList warnings = sample.warnings();
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(QStringLiteral("90 % of its memory (9.0 of 10 GB)")),
             qPrintable(warnings.at(0)));
    QVERIFY(warnings.at(0).contains(QStringLiteral("larger size")));
    QVERIFY2(warnings.at(1).contains(QStringLiteral("home folder is 95 % full")), qPrintable(warnings.at(1)));
}

void TestResources::outOfMemoryWhenLastSampleWasNearTheLimit()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(15min);
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.started = now.addSecs(-3600);
    status.lastActivity = now.addSecs(-30);
    diagnosis.observe(status);
    ServerSnapshot snapshot;
    snapshot.takenAt = now.addSecs(-10);
    snapshot.lastActivity = now.addSecs(-20);
    snapshot.kernels = 2;
    snapshot.busyKernels = 1;
    snapshot.resources.takenAt = snapshot.takenAt;
    snapshot.resources.memoryUsed = 7'600'000'000;
    snapshot.resources.memoryLimit = 8'000'000'000;
    diagnosis.observe(snapshot);
    // A later sample without resources keeps the evidence of the last one that had them.
    ServerSnapshot plain = snapshot;
    plain.resources = {};
    diagnosis.observe(plain);
    StopReason reason = diagnosis.diagnose(now);
    QCOMPARE(reason.kind, StopReason::Kind::OutOfMemory);
    QCOMPARE(reason.kindName(), QStringLiteral("out-of-memory"));
    QVERIFY2(reason.text.contains(QStringLiteral("probably ran out of memory")), qPrintable(reason.text));
    QVERIFY2(reason.text.contains(QStringLiteral("7.6 of its 8.0 GB (95 %)")), qPrintable(reason.text));
    QVERIFY2(reason.text.contains(QStringLiteral("At that time 2 kernel")), qPrintable(reason.text));
    QVERIFY2(reason.text.contains(QStringLiteral("(1 busy)")), qPrintable(reason.text));
    // Well below the limit: not memory, but what it was before.
    snapshot.resources.memoryUsed = 2'000'000'000;
    diagnosis.observe(snapshot);
    reason = diagnosis.diagnose(now);
    QCOMPARE(reason.kind, StopReason::Kind::StoppedElsewhere);
}

void TestResources::stoppedThroughTheHubBeforeItsIdleLimit()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(15min);
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.started = now.addSecs(-3600);
    status.lastActivity = now.addSecs(-60);
    diagnosis.observe(status);
    // Vanished between two polls: stopped elsewhere (killed, its machine, ...).
    QCOMPARE(diagnosis.diagnose(now).kind, StopReason::Kind::StoppedElsewhere);
    // Seen stopping (the hub's pending "stop"), nobody here asked: through the hub.
    status.state = ServerStatus::State::Stopping;
    diagnosis.observe(status);
    const StopReason reason = diagnosis.diagnose(now);
    QCOMPARE(reason.kind, StopReason::Kind::StoppedThroughHub);
    QVERIFY2(reason.text.contains(QStringLiteral("stopped through the hub")), qPrintable(reason.text));
    // ... unless it had been idle for the hub's limit: then its culler did it.
    StopDiagnosis culled;
    culled.setIdleTimeout(15min);
    status.state = ServerStatus::State::Running;
    status.lastActivity = now.addSecs(qint64(-20) * 60);
    culled.observe(status);
    status.state = ServerStatus::State::Stopping;
    culled.observe(status);
    QCOMPARE(culled.diagnose(now).kind, StopReason::Kind::Inactivity);
}

void TestResources::theAppsOwnSamplingIsNotActivity()
{
    // Sampled every few seconds through the hub's proxy, which records each read as the server's
    // activity; the server's own record (which honors no_track_activity) says it was idle.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StopDiagnosis diagnosis;
    diagnosis.setIdleTimeout(20s);
    ServerStatus status;
    status.state = ServerStatus::State::Running;
    status.started = now.addSecs(-70);
    status.lastActivity = now.addSecs(-4); // the proxy saw the app's last read
    diagnosis.observe(status);
    ServerSnapshot snapshot;
    snapshot.takenAt = now.addSecs(-3);
    snapshot.started = status.started;
    snapshot.lastActivity = now.addSecs(-65);
    diagnosis.observe(snapshot);
    QCOMPARE(diagnosis.lastActivitySeen(), now.addSecs(-65));
    QCOMPARE(diagnosis.diagnose(now).kind, StopReason::Kind::Inactivity);
    // Used (from a browser) well after the app last sampled it: that is activity.
    status.lastActivity = now.addSecs(-2);
    snapshot.takenAt = now.addSecs(-40);
    diagnosis.observe(snapshot);
    diagnosis.observe(status);
    QCOMPARE(diagnosis.lastActivitySeen(), now.addSecs(-2));
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
