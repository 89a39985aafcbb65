// Fuzz target: UsageLedger reading arbitrary bytes as its file (usage.jsonl), then appending to it.
//
// Checked besides memory safety: a ledger set aside is moved whole (the backup holds exactly the
// bytes, the ledger is gone) and reads as empty; otherwise every record is complete (a hub, a
// valid time, no negative bytes), survives its own JSON unchanged, and they come oldest first;
// appending one download afterwards always works and adds exactly one record, whatever the file
// held (a torn last line included), without setting the ledger aside.
#include "cost/UsageLedger.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using fornax::UsageLedger;
using fornax::UsageRecord;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_ledger: %s\n", what);
        std::abort();
    }
}

void checkRecords(const QList<UsageRecord> &records)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        const UsageRecord &record = records.at(i);
        check(!record.hub.isEmpty() && record.time.isValid(), "incomplete record");
        check(record.bytes >= 0, "negative download");
        check(UsageRecord::fromJson(record.toJson()) == record, "record changes through its JSON");
        check(i == 0 || !(record.time < records.at(i - 1).time), "records out of order");
        (void)UsageLedger::monthKey(record.time);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fornax.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    static QTemporaryDir dir;
    check(dir.isValid(), "no temporary folder");

    const QString path = dir.filePath(QStringLiteral("usage.jsonl"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size(),
              "cannot write the ledger");
    }

    UsageLedger ledger(path);
    const QList<UsageRecord> before = ledger.records();
    const QString aside = ledger.setAsidePath();
    if (!aside.isEmpty()) {
        check(before.isEmpty(), "records from a ledger set aside");
        check(!QFile::exists(path), "the ledger stayed after being set aside");
        QFile backup(aside);
        check(backup.open(QIODevice::ReadOnly) && backup.readAll() == bytes, "the backup differs");
        backup.close();
        QFile::remove(aside);
    }
    checkRecords(before);

    const QDateTime time = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    check(ledger.recordDownload(QStringLiteral("https://hub.example.org/"), QStringLiteral("ada"),
                                QStringLiteral("data.csv"), 42, time),
          "append failed");
    const QList<UsageRecord> after = ledger.records();
    check(ledger.setAsidePath().isEmpty(), "an append made the ledger unreadable");
    check(after.size() == before.size() + 1, "the appended record is not read back exactly once");
    checkRecords(after);
    QFile::remove(path);
    return 0;
}
