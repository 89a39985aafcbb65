// Fuzz target: ReplyBudget, the accounting behind every bound on a reply read into memory.
//
// Input layout: a limit (first 3 bytes, up to 16 MiB), a Content-Length header value up to the
// first newline, then the amounts that arrive, 2 bytes each (added to a running total, as
// QNetworkReply reports them). Checked: the declared length is refused exactly when it is a plain
// number above the limit; an amount is refused exactly when the total so far passes the limit or
// something was refused before; once refused, always refused.
#include "hub/ReplyBudget.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const qint64 limit = (qint64(data[0]) << 16) | (qint64(data[1]) << 8) | data[2];
    size_t pos = 3;
    QByteArray header;
    while (pos < size && data[pos] != '\n')
        header += char(data[pos++]);
    ++pos;

    fornax::ReplyBudget budget(limit);
    const QByteArray trimmed = header.trimmed();
    bool digits = !trimmed.isEmpty();
    for (const char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    const bool tooLong = digits && (trimmed.size() > 18 || trimmed.toLongLong() > limit);
    check(budget.admitDeclaredLength(header) == !tooLong);
    bool refused = tooLong;

    qint64 total = 0;
    while (pos + 1 < size) {
        total += (qint64(data[pos]) << 8) | data[pos + 1];
        pos += 2;
        const bool admitted = budget.admitReceived(total);
        refused = refused || total > limit;
        check(admitted == !refused);
        check(budget.isExceeded() == refused);
    }
    check(!fornax::ReplyBudget::sizeText(limit).isEmpty());
    return 0;
}
