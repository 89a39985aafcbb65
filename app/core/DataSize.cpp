#include "DataSize.h"

#include <QLocale>

namespace fornax {

QString DataSize::format(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString DataSize::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(format(qint64(bytesPerSecond)));
}

} // namespace fornax
