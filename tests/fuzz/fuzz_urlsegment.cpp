// Fuzz target: names a server chooses (terminals, files, folders) on their way into URLs.
//
// The input is a name (UTF-8). Checked: a name HubUrl accepts as a plain segment, encoded and
// resolved below a server's folder, is exactly one more segment of that folder, decodes back to
// the name, adds no query or fragment, and is still an address the server token may go to;
// a name it refuses would be a path of its own ("..", "a/b"); a usable terminal name is plain;
// and a listing entry of that name is kept exactly when the name is plain.
#include "hub/HubUrl.h"
#include "jupyter/RemoteEntry.h"
#include "jupyter/RemoteShell.h"

#include <QJsonObject>
#include <QLoggingCategory>

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
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fornax.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    static const fornax::HubUrl hub(QUrl(QStringLiteral("https://hub.example.org/prefix/")));
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const bool plain = fornax::HubUrl::isPlainSegment(name);
    check(plain
          == (!name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
              && !name.contains(QLatin1Char('/')) && !name.contains(QChar(u'\0'))));
    const auto encoded = fornax::HubUrl::encodedSegment(name);
    check(encoded.has_value() == plain);
    if (encoded) {
        const QUrl folder =
            hub.userServerUrl(QStringLiteral("ada")).resolved(QUrl(QStringLiteral("api/terminals/")));
        const QUrl url = folder.resolved(QUrl(*encoded));
        const QString path = url.path(QUrl::FullyEncoded);
        check(path.startsWith(folder.path(QUrl::FullyEncoded)));
        const QString rest = path.mid(folder.path(QUrl::FullyEncoded).size());
        check(!rest.isEmpty() && !rest.contains(QLatin1Char('/')));
        check(QUrl::fromPercentEncoding(rest.toLatin1()) == name);
        check(!url.hasQuery() && !url.hasFragment());
        check(hub.areaOf(url) == fornax::HubUrl::Area::UserServer);
    }
    if (fornax::RemoteShell::isUsableTerminalName(name))
        check(plain);
    const auto entry =
        fornax::RemoteEntry::fromJson(QJsonObject {{QStringLiteral("name"), name},
                                                   {QStringLiteral("path"), name},
                                                   {QStringLiteral("type"), QStringLiteral("file")}});
    check(entry.has_value() == plain);
    return 0;
}
