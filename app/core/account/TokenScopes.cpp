#include "TokenScopes.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace fornax {

namespace {

// The sub-scopes JupyterHub expands each requested scope into (scope_definitions in
// jupyterhub/scopes.py, the same in 3.0 and 5.x): a refusal may name any of them.
const QHash<QString, QStringList> &subScopes()
{
    static const QHash<QString, QStringList> table {
        {QStringLiteral("servers"),
         {QStringLiteral("read:servers"), QStringLiteral("delete:servers"),
          QStringLiteral("read:users:name")}},
        {QStringLiteral("read:servers"), {QStringLiteral("read:users:name")}},
        {QStringLiteral("tokens"), {QStringLiteral("read:tokens")}},
    };
    return table;
}

} // namespace

QStringList TokenScopes::accountScopes()
{
    return {
        QStringLiteral("read:users:name!user"), // who am I
        QStringLiteral("read:users:activity!user"), // idle time left before culling
        QStringLiteral("servers!user"), // start, stop, watch the servers
        QStringLiteral("tokens!user"), // the server's own token; revoking both at sign-out
    };
}

QStringList TokenScopes::serverScopes(const QString &userName)
{
    return {QStringLiteral("access:servers!user=") + userName};
}

QString TokenScopes::baseName(const QString &scope)
{
    return scope.section(QLatin1Char('!'), 0, 0).trimmed();
}

QString TokenScopes::capability(const QString &scope)
{
    const QString base = baseName(scope);
    if (base == QLatin1String("read:users:name"))
        return tr("see which account is signed in");
    if (base == QLatin1String("read:users:activity"))
        return tr("show how long your server may stay idle before the hub stops it");
    if (base == QLatin1String("servers"))
        return tr("start, stop and watch your server");
    if (base == QLatin1String("tokens"))
        return tr("give your server a sign-in of its own that cannot reach the hub, and cancel the "
                  "app's sign-ins on the hub when you sign out");
    if (base == QLatin1String("access:servers"))
        return tr("open your files and terminals on your server (the file browser, uploads and "
                  "downloads)");
    return scope;
}

QStringList TokenScopes::refusedScopes(const QStringList &requested, const QString &hubMessage)
{
    static const QRegularExpression refusal(
        QStringLiteral("Not assigning requested scopes (.+?) not held by"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = refusal.match(hubMessage);
    if (!match.hasMatch())
        return {};
    QStringList excess;
    for (const QString &scope : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        excess << baseName(scope);
    QStringList refused;
    for (const QString &scope : requested) {
        const QString base = baseName(scope);
        const QStringList subs = subScopes().value(base);
        const bool named = std::any_of(excess.cbegin(), excess.cend(), [&](const QString &name) {
            return name == base || subs.contains(name);
        });
        if (named)
            refused << scope;
    }
    return refused;
}

QString TokenScopes::describe(const QStringList &granted, const QStringList &refused)
{
    QStringList lines;
    for (const QString &scope : granted)
        lines << tr("Can: %1").arg(capability(scope));
    for (const QString &scope : refused)
        lines << tr("Cannot: %1").arg(capability(scope));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fornax
