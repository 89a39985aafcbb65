#pragma once

#include <QByteArray>
#include <QString>

namespace fornax {

/**
 * The `.fornax-partial-*` folders downloads extract into, and what happens to them when the app
 * does not live to remove them (a crash, a kill, a power cut).
 *
 * A running extraction registers its folder (one small file per folder under the app's data
 * folder, `partial-downloads/`) and holds an exclusive lock (flock) on `<folder>/lock`. At the
 * next start, cleanOrphans() goes through the registry: a folder whose lock nobody holds is an
 * orphan; its interrupted placement is finished or undone (LocalPlacement::recover()) so the
 * destination holds the complete old or the complete new items, and then it is removed. A
 * folder still locked belongs to a running app and is left alone. Folders whose recovery could
 * not put everything back stay, with their registry entry, for the next start.
 */
class PartialFolders
{
public:
    // Registers partial (absolute, native); returns the registry entry to remove() later.
    static QString add(const QByteArray &partial);
    static void remove(const QString &entry);
    // Takes partial's lock; the returned descriptor holds it until closed (-1 on failure).
    static int lock(const QByteArray &partial);
    // Cleans every orphan of earlier runs; returns how many folders were removed.
    static int cleanOrphans();
    static QString registryFolder();
};

} // namespace fornax
