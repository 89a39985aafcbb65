#pragma once

#include <QCoreApplication>
#include <QString>

namespace fornax {

/**
 * Sizes as people read them, the same in the window and on the command line: decimal units
 * (kB, MB, GB — as disks, networks and the hub's per-GB prices count them) with one decimal,
 * "125.8 MB". Never binary units beside decimal ones. Below a kilobyte, a counted plural: "1 byte",
 * "999 bytes" (the English plural forms come from the app's English translation, Translations).
 */
class DataSize
{
    Q_DECLARE_TR_FUNCTIONS(DataSize)

public:
    static QString format(qint64 bytes);
    // "12.3 MB/s".
    static QString rate(double bytesPerSecond);
};

} // namespace fornax
