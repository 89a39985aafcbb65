#pragma once

#include <QByteArray>

#include <optional>

class QNetworkReply;

namespace fornax {

/**
 * A bound on how much of a reply may be read into memory, for every reply the app reads whole
 * (hub JSON, token replies, folder listings, spawn forms, terminal replies, error pages).
 *
 * apply() watches the reply: a Content-Length above the limit, or more bytes than the limit
 * arriving, aborts it at once, so memory stays near the limit whatever the other side sends.
 * The aborted reply is marked; HubError::fromReply() turns the mark into Kind::TooLarge ("the hub
 * sent more than 4 MiB", "your server sent…" for a reply of the user's server), and exceeded()
 * tells other readers. A chunked body is counted as Qt hands it over; see SECURITY.md (known
 * gaps) for what Qt 6.4's network thread reads before that. Streams read piece by piece
 * (downloads, the progress stream) use Scope::ErrorBody: only an error reply's body, which is
 * read whole, is bounded.
 */
class ReplyLimit
{
public:
    enum class Scope {
        WholeReply,
        ErrorBody, // only replies with a status of 300 or more
    };

    // Hub API answers: the user model, token replies, start/stop answers.
    static constexpr qint64 HubJson = qint64(4) * 1024 * 1024;
    // A folder listing of the contents API: about 130,000 entries.
    static constexpr qint64 Listing = qint64(32) * 1024 * 1024;
    // Answers that are a line or two: a new terminal's name, api/status, a deleted item, the
    // probe of hub/api/, a file's model after a write, an error page.
    static constexpr qint64 Small = qint64(256) * 1024;
    // One websocket message of a terminal (the parser bounds a command's whole output).
    static constexpr qint64 TerminalMessage = qint64(4) * 1024 * 1024;

    static void apply(QNetworkReply *reply, qint64 maxBytes, Scope scope = Scope::WholeReply);
    // The limit a reply was aborted for, if it was.
    static std::optional<qint64> exceeded(const QNetworkReply *reply);
    // What a finished reply holds; nothing for one that was aborted (and so closed).
    static QByteArray body(QNetworkReply *reply);

    // The reply's property holding the limit once it was exceeded.
    static constexpr char PropertyName[] = "fornaxReplyTooLarge";
};

} // namespace fornax
