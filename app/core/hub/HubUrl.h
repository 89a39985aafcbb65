#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

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

    // <base>hub/api/<path>, with the query given. path has no leading slash.
    QUrl apiUrl(const QString &path = {}, const QUrlQuery &query = {}) const;
    // <base>hub/<path>: HTML pages such as login, spawn, token.
    QUrl hubPageUrl(const QString &path) const;
    // <base>user/<name>/ or <base>user/<name>/<server>/.
    QUrl userServerUrl(const QString &userName, const QString &serverName = {}) const;
    // Resolves a server-relative path given by the hub ("/user/x/") against the hub's origin.
    QUrl resolve(const QString &hubRelativePath) const;

    // True when url is on the hub's origin (scheme, host and port): the only place a token may go.
    bool isSameOrigin(const QUrl &url) const;

    friend bool operator==(const HubUrl &a, const HubUrl &b) { return a.m_base == b.m_base; }

private:
    QUrl m_base;
};

} // namespace fornax
