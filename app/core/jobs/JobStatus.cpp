#include "JobStatus.h"

#include <QList>

namespace fornax {

namespace {

struct StateName
{
    JobStatus::State state;
    const char *name;
};

constexpr StateName StateNames[] = {
    {JobStatus::State::Starting, "starting"},
    {JobStatus::State::Running, "running"},
    {JobStatus::State::Finished, "finished"},
    {JobStatus::State::Failed, "failed"},
    {JobStatus::State::Cancelled, "cancelled"},
    {JobStatus::State::TimedOut, "timed-out"},
    {JobStatus::State::ServerStopped, "server-stopped"},
};

QDateTime epoch(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    return ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

QString isoOrNull(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

} // namespace

JobStatus::State JobStatus::stateFromName(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return State::Unknown;
}

QString JobStatus::stateName(State state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("unknown");
}

JobStatus JobStatus::parse(const QString &id, const QByteArray &text)
{
    JobStatus status;
    status.id = id;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        status.fields.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    const auto field = [&status](const char *key) {
        return status.fields.value(QString::fromLatin1(key));
    };
    status.state = stateFromName(field("state"));
    status.file = field("file");
    status.kind = field("kind");
    status.kernel = field("kernel");
    status.serverSize = field("size");
    status.submitted = epoch(field("submitted"));
    status.started = epoch(field("started"));
    status.ended = epoch(field("ended"));
    bool ok = false;
    const int exitCode = field("exit").toInt(&ok);
    status.exitCode = ok ? exitCode : -1;
    status.stopWhenDone = field("stop_when_done") == QLatin1String("1");
    status.stopResult = field("stop");
    status.serverStoppedAt = epoch(field("stop_time"));
    status.maxSeconds = field("max_seconds").toLongLong();
    return status;
}

QString JobStatus::stateText() const
{
    switch (state) {
    case State::Starting:
        return tr("starting");
    case State::Running:
        return tr("running");
    case State::Finished:
        return tr("finished");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    case State::TimedOut:
        return tr("stopped at its time limit");
    case State::ServerStopped:
        return tr("server stopped during the job");
    case State::Unknown:
        break;
    }
    return tr("unknown");
}

qint64 JobStatus::elapsedSeconds(const QDateTime &now) const
{
    if (!started.isValid())
        return -1;
    return std::max<qint64>(0, started.secsTo(ended.isValid() ? ended : now));
}

QJsonObject JobStatus::toJson(const QDateTime &now) const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("file"), file},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("kernel"), kernel},
        {QStringLiteral("size"), serverSize},
        {QStringLiteral("submitted"), isoOrNull(submitted)},
        {QStringLiteral("started"), isoOrNull(started)},
        {QStringLiteral("ended"), isoOrNull(ended)},
        {QStringLiteral("elapsed_seconds"), elapsedSeconds(now)},
        {QStringLiteral("exit_code"), exitCode},
        {QStringLiteral("stop_when_done"), stopWhenDone},
        {QStringLiteral("server_stop"), stopResult},
    };
}

} // namespace fornax
