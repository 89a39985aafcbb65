#include "SessionRecorder.h"

#include "Logging.h"
#include "cost/UsageRecord.h"

#include <optional>

namespace fornax {

namespace {

// How often a running session's "last seen" is written: the most a stop nobody saw can be put
// too early by, against one ledger line per interval.
constexpr qint64 SeenIntervalSeconds = 300; // five minutes

} // namespace

SessionRecorder::SessionRecorder(const QString &hubKey, const QString &account, const QString &serverName,
                                 const QString &ledgerFile, QObject *parent)
    : QObject(parent)
    , m_ledger(ledgerFile)
    , m_hub(hubKey)
    , m_account(account)
    , m_server(serverName)
{ }

SessionRecorder::~SessionRecorder()
{
    if (m_start.isValid() && m_lastSeen.isValid() && m_lastSeen != m_seenWritten)
        noteSeen(m_lastSeen);
    writePeaks();
}

void SessionRecorder::observeResources(const ResourceSample &sample)
{
    if (!m_start.isValid() || !sample.isValid())
        return;
    const bool first = m_peakCores < 0 && m_peakMemory < 0;
    if (const auto cores = sample.coresUsed(); cores && *cores > m_peakCores) {
        m_peakCores = *cores;
        m_peaksWritten = false;
    }
    if (sample.memoryUsed && *sample.memoryUsed > m_peakMemory) {
        m_peakMemory = *sample.memoryUsed;
        m_peaksWritten = false;
    }
    if (first)
        writePeaks(); // known from the start; later growth goes out with the "seen" notes
}

void SessionRecorder::writePeaks()
{
    if (m_peaksWritten || !m_start.isValid() || (m_peakCores < 0 && m_peakMemory < 0))
        return;
    if (append(UsageRecord::peak(m_hub, m_account, m_server, m_start, m_peakCores, m_peakMemory)))
        m_peaksWritten = true;
}

void SessionRecorder::observe(const ServerStatus &status)
{
    using State = ServerStatus::State;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool runs =
        (status.state == State::Running || status.state == State::Stopping) && status.started.isValid();
    if (runs) {
        follow(status, now);
        return;
    }
    if (status.state != State::Stopped && status.state != State::Failed)
        return; // starting, or not known yet: nothing billed or ended that the ledger must say
    if (m_start.isValid()) {
        // Seen running at the last poll, gone at this one: it stopped in between.
        writePeaks();
        m_peakCores = -1;
        m_peakMemory = -1;
        closeSession(std::exchange(m_start, QDateTime()), now);
        m_size.clear();
        m_lastSeen = {};
        m_seenWritten = {};
        return;
    }
    if (!m_ledgerChecked) {
        m_ledgerChecked = true;
        closeUnseen({});
    }
}

void SessionRecorder::follow(const ServerStatus &status, const QDateTime &now)
{
    if (m_start == status.started) {
        m_lastSeen = now;
        if (!m_seenWritten.isValid() || m_seenWritten.secsTo(now) >= SeenIntervalSeconds)
            noteSeen(now);
        return;
    }
    // A server seen for the first time by this recorder (or a new one that replaced the last
    // between two polls, which then stopped unseen).
    if (m_start.isValid()) {
        writePeaks();
        closeSession(m_start, m_lastSeen.isValid() ? m_lastSeen : now);
    }
    m_peakCores = -1;
    m_peakMemory = -1;
    m_peaksWritten = true;
    m_ledgerChecked = true;
    closeUnseen(status.started);
    m_start = status.started;
    m_size = status.profileSlug().isEmpty() ? m_defaultSize : status.profileSlug();
    m_lastSeen = now;
    bool known = false;
    for (const UsageRecord &record : m_ledger.records()) {
        if (record.kind == UsageRecord::Kind::Session && record.hub == m_hub && record.account == m_account
            && record.server == m_server && record.time == m_start)
            known = true;
    }
    if (known) {
        noteSeen(now);
        return;
    }
    UsageRecord start = UsageRecord::session(m_hub, m_account, m_size, m_start);
    start.server = m_server;
    start.seen = now;
    if (append(start))
        m_seenWritten = now;
    qCInfo(lcCost) << "server session from" << m_start << "recorded";
}

void SessionRecorder::closeSession(const QDateTime &start, const QDateTime &stop)
{
    for (const UsageRecord &record : m_ledger.records()) {
        if (record.kind == UsageRecord::Kind::Session && record.hub == m_hub && record.account == m_account
            && record.server == m_server && record.time == start && record.stop.isValid())
            return; // another process recorded its end already
    }
    UsageRecord ended = UsageRecord::session(m_hub, m_account, m_size, start, stop);
    ended.server = m_server;
    append(ended);
    qCInfo(lcCost) << "server session from" << start << "ended at" << stop;
}

void SessionRecorder::closeUnseen(const QDateTime &except)
{
    // Sessions of this server the ledger holds open although it is not running them (any more):
    // they ended while nobody watched. Records older than "seen" say nothing about their end and
    // keep counting as before (up to CostMeter's cap).
    for (const UsageRecord &record : m_ledger.records()) {
        if (record.kind != UsageRecord::Kind::Session || record.hub != m_hub || record.account != m_account
            || record.server != m_server || record.stop.isValid() || !record.seen.isValid()
            || record.time == except)
            continue;
        UsageRecord ended = record;
        ended.stop = record.seen;
        append(ended);
        qCInfo(lcCost) << "server session from" << record.time << "ended unseen; closed at" << record.seen;
    }
}

void SessionRecorder::noteSeen(const QDateTime &now)
{
    writePeaks();
    UsageRecord seen = UsageRecord::session(m_hub, m_account, m_size, m_start);
    seen.server = m_server;
    seen.seen = now;
    if (append(seen))
        m_seenWritten = now;
}

bool SessionRecorder::append(const UsageRecord &record)
{
    if (!m_ledger.append(record)) {
        m_error = m_ledger.errorString();
        Q_EMIT writeFailed(m_error);
        return false;
    }
    m_error.clear();
    Q_EMIT recorded();
    return true;
}

} // namespace fornax
