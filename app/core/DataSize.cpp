#include "DataSize.h"

#include <QLocale>

namespace fornax {

QString DataSize::format(qint64 bytes)
{
    // QLocale says "1 bytes"; below a kilobyte the count is a plural like any other.
    if (bytes >= 0 && bytes < 1000)
        return tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString DataSize::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(format(qint64(bytesPerSecond)));
}

} // namespace fornax
