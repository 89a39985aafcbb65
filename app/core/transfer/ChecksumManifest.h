#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fornax {

/**
 * SHA-256 of every regular file under a set of local items, keyed by the path the file has
 * inside the transfer ("data/run1/table.csv": the item's own name first), in the same shape as
 * the server's `sha256sum` lines read by RemoteScript. Comparing the two is the proof, asked for
 * with "verify checksums", that every byte arrived; counts and sizes are always compared.
 * Symbolic links are not followed. Blocking: run it on a worker thread.
 */
class ChecksumManifest
{
public:
    // items: local paths; each one's files are keyed under names[i] (its name on arrival).
    static QHash<QString, QByteArray> compute(const QStringList &items, const QStringList &names);
    // The keys whose sums differ or that only one side has, sorted.
    static QStringList differences(const QHash<QString, QByteArray> &a, const QHash<QString, QByteArray> &b);
};

} // namespace fornax
