// Fuzz target: a folder listing of the contents API (`GET api/contents/<folder>`), as a hostile
// or broken server could send it, up to the size the app reads (ReplyLimit::Listing).
//
// Checked besides memory safety: every entry kept has a name that is one plain path segment and
// a path that is clean (relative, no "." or ".." segment) and ends in that name, so nothing a
// listing says can make the app address anything outside the folder tree; sizes are -1 or more.
#include "hub/HubUrl.h"
#include "hub/ReplyLimit.h"
#include "jupyter/RemoteEntry.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    // The app never reads more of a listing (the reply is aborted first).
    if (qint64(size) > fornax::ReplyLimit::Listing)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    for (const fornax::RemoteEntry &entry : fornax::RemoteEntry::listFromJson(document.object())) {
        check(fornax::HubUrl::isPlainSegment(entry.name));
        check(fornax::RemoteEntry::isCleanPath(entry.path));
        check(entry.path == entry.name || entry.path.endsWith(QLatin1Char('/') + entry.name));
        check(fornax::HubUrl::encodedPath(entry.path).has_value());
        check(entry.size >= -1);
    }
    return 0;
}
