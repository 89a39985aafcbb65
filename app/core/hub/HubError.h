#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

class QNetworkReply;

namespace fornax {

/**
 * What went wrong when talking to a hub, as a kind the code can act on plus a sentence a user
 * can act on.
 *
 * Every failure of every request ends as one HubError. The kind drives behaviour (TokenExpired
 * sends the user back to sign-in, TooManySpawns waits retryAfter), message() tells the user what
 * happened and what to do, and detail keeps the hub's own words when it gave any.
 */
class HubError
{
    Q_DECLARE_TR_FUNCTIONS(HubError)

public:
    enum class Kind {
        None,
        HostNotFound, // DNS failed
        Unreachable, // connection refused, reset, network down
        Tls, // certificate or handshake problem; never ignored
        Timeout,
        Proxy, // a proxy or gateway in front of the hub failed (502, 503, 504, proxy errors)
        NotAHub, // the address answers, but not as a JupyterHub
        TokenExpired, // the token is unknown, revoked or expired: sign in again
        Forbidden, // signed in, but not allowed to do this
        NotFound,
        AlreadyRunning,
        Pending, // a start or stop is already under way
        TooManySpawns, // 429: the hub limits concurrent starts; retry after retryAfter
        ServerError, // the hub itself failed (500)
        Rejected, // 400: the hub refuses the request as it stands (named servers off, bad input)
        SpawnFailed, // the hub accepted a start, then the spawner failed it (its message says why)
        Malformed, // the reply could not be understood
        TooLarge, // the reply was larger than ReplyLimit allows; detail names the limit
        RedirectRefused, // a redirect to where the request's token must not go; detail: the target
        Cancelled,
    };

    HubError() = default;
    HubError(Kind kind, QString detail = {}, int httpStatus = 0);
    // The same, from the user's server rather than the hub itself (for the message's wording).
    static HubError fromServer(Kind kind, QString detail = {}, int httpStatus = 0);

    // Classifies a finished reply; body is what was read of it (the hub's JSON message, if any).
    static HubError fromReply(QNetworkReply *reply, const QByteArray &body);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // Whether trying the same request again later may succeed (network and gateway trouble).
    bool isTransient() const;
    QString detail() const { return m_detail; }
    int httpStatus() const { return m_httpStatus; }
    // True when the user's server (<base>user/...) gave this error, not the hub.
    bool isFromServer() const { return m_fromServer; }
    std::chrono::seconds retryAfter() const { return m_retryAfter; }
    void setRetryAfter(std::chrono::seconds seconds) { m_retryAfter = seconds; }

    // One or two sentences for the user: what happened, then what to do about it.
    QString message() const;
    // The kind as a stable word for logs and the CLI's --json ("token-expired").
    QString kindName() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    bool m_fromServer = false;
    std::chrono::seconds m_retryAfter {0};
};

} // namespace fornax
