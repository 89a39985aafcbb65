#include "UsageRecord.h"

#include <limits>

namespace fornax {

namespace {

// Bumped only when a record changes meaning; readers skip versions they do not know. Storage
// samples came later (UsageRecord::NewestVersion), so an older reader sets them aside as newer.
constexpr int RecordVersion = 1;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

UsageRecord UsageRecord::download(const QString &hub, const QString &account, const QString &what,
                                  qint64 bytes, const QDateTime &time, int files)
{
    UsageRecord record;
    record.kind = Kind::Download;
    record.hub = hub;
    record.account = account;
    record.what = what;
    record.bytes = bytes;
    record.files = files;
    record.time = time.toUTC();
    return record;
}

UsageRecord UsageRecord::session(const QString &hub, const QString &account, const QString &size,
                                 const QDateTime &start, const QDateTime &stop)
{
    UsageRecord record;
    record.kind = Kind::Session;
    record.hub = hub;
    record.account = account;
    record.size = size;
    record.time = start.toUTC();
    record.stop = stop.isValid() ? stop.toUTC() : QDateTime();
    return record;
}

UsageRecord UsageRecord::storage(const QString &hub, const QString &account, const QString &volume,
                                 qint64 bytes, const QDateTime &time, bool atLeast, int files)
{
    UsageRecord record;
    record.kind = Kind::Storage;
    record.hub = hub;
    record.account = account;
    record.what = volume;
    record.bytes = bytes;
    record.time = time.toUTC();
    record.atLeast = atLeast;
    record.files = files;
    return record;
}

UsageRecord UsageRecord::jobRun(const QString &hub, const QString &account, const QString &jobId,
                                const QString &file, const QString &size, const QDateTime &start,
                                const QDateTime &stop, double saved)
{
    UsageRecord record;
    record.kind = Kind::Job;
    record.hub = hub;
    record.account = account;
    record.job = jobId;
    record.what = file;
    record.size = size;
    record.time = start.toUTC();
    record.stop = stop.isValid() ? stop.toUTC() : QDateTime();
    record.saved = saved;
    return record;
}

UsageRecord UsageRecord::peak(const QString &hub, const QString &account, const QString &server,
                              const QDateTime &start, double peakCores, qint64 peakMemory)
{
    UsageRecord record;
    record.kind = Kind::Peak;
    record.hub = hub;
    record.account = account;
    record.server = server;
    record.time = start.toUTC();
    record.peakCores = peakCores;
    record.peakMemory = peakMemory;
    return record;
}

QString UsageRecord::sessionKey() const
{
    return hub + QLatin1Char('\n') + account + QLatin1Char('\n') + server + QLatin1Char('\n') + isoTime(time);
}

QJsonObject UsageRecord::toJson() const
{
    const int version = kind == Kind::Peak || kind == Kind::Job ? NewestVersion
        : kind == Kind::Storage                                 ? StorageVersion
                                                                : RecordVersion;
    QJsonObject json {
        {QStringLiteral("v"), version}, {QStringLiteral("hub"), hub}, {QStringLiteral("account"), account}};
    if (kind == Kind::Job) {
        json.insert(QStringLiteral("type"), QStringLiteral("job"));
        json.insert(QStringLiteral("job"), job);
        json.insert(QStringLiteral("file"), what);
        json.insert(QStringLiteral("size"), size);
        json.insert(QStringLiteral("start"), isoTime(time));
        if (stop.isValid())
            json.insert(QStringLiteral("stop"), isoTime(stop));
        if (saved >= 0)
            json.insert(QStringLiteral("saved"), saved);
    } else if (kind == Kind::Peak) {
        json.insert(QStringLiteral("type"), QStringLiteral("peak"));
        json.insert(QStringLiteral("start"), isoTime(time));
        if (!server.isEmpty())
            json.insert(QStringLiteral("server"), server);
        if (peakCores >= 0)
            json.insert(QStringLiteral("cpu"), peakCores);
        if (peakMemory >= 0)
            json.insert(QStringLiteral("memory"), peakMemory);
    } else if (kind == Kind::Storage) {
        json.insert(QStringLiteral("type"), QStringLiteral("storage"));
        json.insert(QStringLiteral("time"), isoTime(time));
        json.insert(QStringLiteral("volume"), what);
        json.insert(QStringLiteral("bytes"), bytes);
        // Added fields of the same version: an older reader of version 2 ignores them.
        if (atLeast)
            json.insert(QStringLiteral("at_least"), true);
        if (files >= 0)
            json.insert(QStringLiteral("files"), files);
    } else if (kind == Kind::Download) {
        json.insert(QStringLiteral("type"), QStringLiteral("download"));
        json.insert(QStringLiteral("time"), isoTime(time));
        json.insert(QStringLiteral("bytes"), bytes);
        json.insert(QStringLiteral("what"), what);
        if (files >= 0)
            json.insert(QStringLiteral("files"), files);
    } else {
        json.insert(QStringLiteral("type"), QStringLiteral("session"));
        json.insert(QStringLiteral("start"), isoTime(time));
        if (stop.isValid())
            json.insert(QStringLiteral("stop"), isoTime(stop));
        if (seen.isValid())
            json.insert(QStringLiteral("seen"), isoTime(seen));
        json.insert(QStringLiteral("size"), size);
        if (!server.isEmpty())
            json.insert(QStringLiteral("server"), server);
    }
    return json;
}

std::optional<UsageRecord> UsageRecord::fromJson(const QJsonObject &json)
{
    const int version = json.value(QLatin1String("v")).toInt();
    if (version < RecordVersion || version > NewestVersion)
        return std::nullopt;
    UsageRecord record;
    record.hub = json.value(QLatin1String("hub")).toString();
    record.account = json.value(QLatin1String("account")).toString();
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == QLatin1String("job")) {
        record.kind = Kind::Job;
        record.job = json.value(QLatin1String("job")).toString();
        record.what = json.value(QLatin1String("file")).toString();
        record.size = json.value(QLatin1String("size")).toString();
        record.time = parseTime(json.value(QLatin1String("start")));
        record.stop = parseTime(json.value(QLatin1String("stop")));
        record.saved = json.value(QLatin1String("saved")).toDouble(-1);
        if (record.job.isEmpty() || !record.time.isValid())
            return std::nullopt;
    } else if (type == QLatin1String("peak")) {
        record.kind = Kind::Peak;
        record.time = parseTime(json.value(QLatin1String("start")));
        record.server = json.value(QLatin1String("server")).toString();
        const QJsonValue cpu = json.value(QLatin1String("cpu"));
        const QJsonValue memory = json.value(QLatin1String("memory"));
        if (cpu.isDouble() && cpu.toDouble() >= 0)
            record.peakCores = cpu.toDouble();
        if (memory.isDouble() && memory.toDouble() >= 0)
            record.peakMemory = memory.toInteger();
    } else if (type == QLatin1String("storage")) {
        record.kind = Kind::Storage;
        record.time = parseTime(json.value(QLatin1String("time")));
        record.what = json.value(QLatin1String("volume")).toString();
        const QJsonValue bytes = json.value(QLatin1String("bytes"));
        if (!bytes.isDouble() || bytes.toDouble() < 0
            || (record.what != homeVolume() && record.what != scratchVolume()))
            return std::nullopt;
        record.bytes = bytes.toInteger();
        record.atLeast = json.value(QLatin1String("at_least")).toBool(false);
        const QJsonValue files = json.value(QLatin1String("files"));
        if (files.isDouble() && files.toInteger() >= 0
            && files.toInteger() <= std::numeric_limits<int>::max())
            record.files = int(files.toInteger());
    } else if (type == QLatin1String("download")) {
        record.kind = Kind::Download;
        record.time = parseTime(json.value(QLatin1String("time")));
        const QJsonValue bytes = json.value(QLatin1String("bytes"));
        if (!bytes.isDouble() || bytes.toDouble() < 0)
            return std::nullopt;
        record.bytes = bytes.toInteger();
        record.what = json.value(QLatin1String("what")).toString();
        const QJsonValue files = json.value(QLatin1String("files"));
        if (files.isDouble() && files.toInteger() >= 0
            && files.toInteger() <= std::numeric_limits<int>::max())
            record.files = int(files.toInteger());
    } else if (type == QLatin1String("session")) {
        record.kind = Kind::Session;
        record.time = parseTime(json.value(QLatin1String("start")));
        record.stop = parseTime(json.value(QLatin1String("stop")));
        record.seen = parseTime(json.value(QLatin1String("seen")));
        record.size = json.value(QLatin1String("size")).toString();
        record.server = json.value(QLatin1String("server")).toString();
    } else {
        return std::nullopt;
    }
    if (record.hub.isEmpty() || !record.time.isValid())
        return std::nullopt;
    return record;
}

} // namespace fornax
