#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fornax {

/**
 * One progress report of a starting server, from the JSON data of one event of JupyterHub's
 * `GET /hub/api/users/{name}/server/progress` stream.
 *
 * JupyterHub sends `{"progress": 0-100, "message", "html_message"}` while the spawner works and
 * ends with `{"ready": true, "url"}` or `{"failed": true, "message"}`. Every field may be missing
 * (spawners report what they like), so a missing progress is -1 rather than a made-up number.
 */
struct ProgressEvent
{
    int progress = -1; // 0-100, or -1 when the event gave none
    QString message;
    QString htmlMessage;
    bool ready = false;
    QString url; // with ready: the server's path on the hub's origin ("/user/name/")
    bool failed = false; // with failed: message says why

    // nullopt when json is not a JSON object.
    static std::optional<ProgressEvent> fromJson(QByteArrayView json);

    friend bool operator==(const ProgressEvent &, const ProgressEvent &) = default;
};

} // namespace fornax
