#include "HubUrl.h"

#include <QHostAddress>
#include <QStringList>

namespace fornax {

namespace {

QUrl withDirectoryPath(QUrl url, QString path)
{
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

} // namespace

HubUrl::HubUrl(const QUrl &base)
{
    QUrl clean = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    m_base = withDirectoryPath(clean, clean.path().isEmpty() ? QStringLiteral("/") : clean.path());
}

QList<QUrl> HubUrl::candidateBases(const QString &userInput)
{
    QString text = userInput.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);

    // Cut the path at the first "hub" or "user" segment: what precedes it is the hub's prefix.
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList prefix;
    bool cut = false;
    for (const QString &segment : segments) {
        if (segment == QLatin1String("hub") || segment == QLatin1String("user")) {
            cut = true;
            break;
        }
        prefix << segment;
    }
    // A path such as ".../lab/tree/x.ipynb" without a user segment says nothing about the hub;
    // keep it only when it was cut at a known segment or is short enough to be a prefix.
    if (!cut && prefix.size() > 2)
        prefix.clear();

    const QString path = QLatin1Char('/') + prefix.join(QLatin1Char('/'));
    QList<QUrl> candidates {withDirectoryPath(url, path)};
    if (!cut && !prefix.endsWith(QLatin1String("jupyter"))) {
        const QString withPrefix = path.endsWith(QLatin1Char('/')) ? path + QLatin1String("jupyter")
                                                                   : path + QLatin1String("/jupyter");
        candidates << withDirectoryPath(url, withPrefix);
    }
    return candidates;
}

QString HubUrl::toDisplayString() const
{
    return m_base.toDisplayString();
}

QUrl HubUrl::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path(QUrl::FullyEncoded) + QLatin1String("hub/api/") + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl HubUrl::hubPageUrl(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path(QUrl::FullyEncoded) + QLatin1String("hub/") + path, QUrl::TolerantMode);
    return url;
}

QUrl HubUrl::userServerUrl(const QString &userName, const QString &serverName) const
{
    QString path = m_base.path() + QLatin1String("user/") + userName + QLatin1Char('/');
    if (!serverName.isEmpty())
        path += serverName + QLatin1Char('/');
    QUrl url = m_base;
    url.setPath(path);
    return url;
}

QUrl HubUrl::resolve(const QString &hubRelativePath) const
{
    const QUrl relative(hubRelativePath);
    if (relative.isRelative() && hubRelativePath.startsWith(QLatin1Char('/'))) {
        QUrl url = m_base;
        url.setPath(relative.path());
        url.setQuery(relative.query());
        return url;
    }
    return m_base.resolved(relative);
}

bool HubUrl::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_base.scheme() && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_base.port(m_base.scheme() == QLatin1String("https") ? 443 : 80);
}

HubUrl::Area HubUrl::areaOf(const QUrl &url) const
{
    if (!url.isValid() || !isSameOrigin(url))
        return Area::Elsewhere;
    const QString path = url.path(QUrl::FullyDecoded);
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Area::Elsewhere;
    }
    const QString base = m_base.path(QUrl::FullyDecoded);
    if (path.startsWith(base + QLatin1String("hub/api/")))
        return Area::HubApi;
    // <base>hub/user/... is where the hub answers for a user's server that is not running (the
    // proxy sends <base>user/... there): the same token, and nothing more, belongs there.
    if (path.startsWith(base + QLatin1String("user/")) || path.startsWith(base + QLatin1String("hub/user/")))
        return Area::UserServer;
    return Area::Elsewhere;
}

bool HubUrl::isPlainSegment(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QChar(u'\0'));
}

std::optional<QString> HubUrl::encodedSegment(const QString &name)
{
    if (!isPlainSegment(name))
        return std::nullopt;
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

std::optional<QString> HubUrl::encodedPath(const QString &path)
{
    QStringList encoded;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const auto one = encodedSegment(segment);
        if (!one)
            return std::nullopt;
        encoded << *one;
    }
    return encoded.join(QLatin1Char('/'));
}

bool HubUrl::leadsElsewhere(const QUrl &requested, const QUrl &found)
{
    const QUrl asked = HubUrl(requested).base();
    const QUrl reached = HubUrl(found).base();
    const bool samePath = asked.path(QUrl::FullyEncoded) == reached.path(QUrl::FullyEncoded);
    const bool sameHost = asked.host().compare(reached.host(), Qt::CaseInsensitive) == 0;
    if (HubUrl(asked).isSameOrigin(reached))
        return !samePath;
    const bool upgrade = asked.scheme() == QLatin1String("http") && reached.scheme() == QLatin1String("https")
        && sameHost && asked.port(80) == 80 && reached.port(443) == 443;
    return !(upgrade && samePath);
}

bool HubUrl::isUnderUserServer(const QUrl &base)
{
    const QStringList segments = base.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // "user" followed by a name: the name's server, or something below it.
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i) == QLatin1String("user"))
            return true;
    }
    return false;
}

bool HubUrl::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace fornax
