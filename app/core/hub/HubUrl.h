#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace fornax {

/**
 * The base address of a JupyterHub and every URL the client builds from it.
 *
 * A hub may live under a path prefix (Fornax serves its hub below one), so nothing in the app
 * concatenates "/hub/api" onto a host: it asks HubUrl, which keeps the prefix. Users paste all
 * kinds of addresses (the console's front page, a hub page, the address of their JupyterLab tab);
 * candidateBases() turns any of them into the bases worth probing, most likely first.
 */
class HubUrl
{
public:
    HubUrl() = default;
    // base must already be a hub base (as found by HubProbe); it is normalised to end in '/'.
    explicit HubUrl(const QUrl &base);

    // The bases a user-typed address may stand for, in the order to probe them: the address
    // itself with any hub or user path removed, then the same with Fornax's "jupyter/" prefix.
    static QList<QUrl> candidateBases(const QString &userInput);

    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }
    QUrl base() const { return m_base; }
    QString toDisplayString() const;

    // <base>hub/api/<path>, with the query given. path has no leading slash; names in it come
    // percent-encoded (a user name with "/", "%" or "é"), and stay so: encoded once, not twice.
    QUrl apiUrl(const QString &path = {}, const QUrlQuery &query = {}) const;
    // <base>hub/<path>: HTML pages such as login, spawn, token; path as for apiUrl().
    QUrl hubPageUrl(const QString &path) const;
    // <base>user/<name>/ or <base>user/<name>/<server>/.
    QUrl userServerUrl(const QString &userName, const QString &serverName = {}) const;
    // Resolves a server-relative path given by the hub ("/user/x/") against the hub's origin.
    QUrl resolve(const QString &hubRelativePath) const;

    // True when url is on the hub's origin (scheme, host and port): the only place a token may go.
    bool isSameOrigin(const QUrl &url) const;

    // Which part of the hub a URL of its origin addresses, and so which token may go with it:
    // the hub's REST API (<base>hub/api/...), a user's server (<base>user/..., and the hub's
    // <base>hub/user/... that answers for a stopped one), or anything else
    // (another origin, another path, or a path with "." or ".." segments, which a server could
    // resolve to somewhere else).
    enum class Area { Elsewhere, HubApi, UserServer };
    Area areaOf(const QUrl &url) const;

    // A name a server gave (a terminal, a file, a folder) as one path segment of a URL:
    // percent-encoded, or nullopt when it could address anything but itself (empty, "." or
    // "..", or holding '/' or NUL). Servers choose these names, so they are never pasted raw.
    static std::optional<QString> encodedSegment(const QString &name);
    static bool isPlainSegment(const QString &name);
    // A relative path as URL path segments ("a/b c" -> "a/b%20c"); empty segments are skipped,
    // and nullopt when any segment is not plain.
    static std::optional<QString> encodedPath(const QString &path);
    // True when a probe that asked for the base requested ended on a base found that differs in
    // any way: another scheme, host, port or path (a hub may redirect into a user's server on
    // its own origin, <base>user/mallory/, which then gets the token). The one exception is an
    // upgrade from http:80 to https:443 with host and path otherwise identical.
    static bool leadsElsewhere(const QUrl &requested, const QUrl &found);
    // True when base lies at or under a user's server (<anything>/user/<name>/): such a path is
    // never a hub base, whatever answers there, because whoever runs that server controls it.
    static bool isUnderUserServer(const QUrl &base);
    // A plain-http hub on another computer: passwords, cookies and tokens would cross the
    // network readable by anyone on the way. Needs the user's explicit consent.
    bool isInsecure() const { return m_base.scheme() == QLatin1String("http") && !isLoopback(m_base); }
    // True for http(s) URLs whose host is this computer (localhost, 127.0.0.0/8, ::1), where an
    // unencrypted connection never crosses a network.
    static bool isLoopback(const QUrl &url);

    friend bool operator==(const HubUrl &a, const HubUrl &b) { return a.m_base == b.m_base; }

private:
    QUrl m_base;
};

} // namespace fornax
