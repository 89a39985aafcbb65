#include "RemotePacking.h"

#include "transfer/NameList.h"
#include "transfer/RemoteScript.h"

namespace fornax {

namespace {

// tar's -C is relative to the previous -C: each one absolute, the home folder as "$H".
QString folderArgument(const QString &parent)
{
    if (parent.startsWith(QLatin1Char('/')))
        return RemoteScript::quote(parent);
    if (parent.isEmpty())
        return QStringLiteral("\"$H\"");
    return QStringLiteral("\"$H\"/") + RemoteScript::quote(parent);
}

} // namespace

RemotePacking::Group &RemotePacking::group(const QString &parent, bool recursive)
{
    for (Group &existing : m_groups) {
        if (existing.parent == parent && existing.recursive == recursive)
            return existing;
    }
    m_groups.append({parent, recursive, {}});
    return m_groups.last();
}

void RemotePacking::addWhole(const QString &remotePath)
{
    const QString relative = RemoteScript::relativeToHome(remotePath);
    // "./" so that a name starting with "-" is never read as an option.
    group(RemoteScript::parentOf(relative), true)
        .names.append(QStringLiteral("./") + RemoteScript::nameOf(relative));
}

void RemotePacking::addEntries(const QString &remotePath, const QStringList &entries)
{
    const QString relative = RemoteScript::relativeToHome(remotePath);
    Group &target = group(RemoteScript::parentOf(relative), false);
    for (const QString &entry : entries)
        target.names.append(QStringLiteral("./") + entry);
}

QMap<QString, QByteArray> RemotePacking::files() const
{
    QMap<QString, QByteArray> files;
    QString arguments = QStringLiteral("set --");
    QString sums;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const Group &g = m_groups.at(i);
        const QString list = QStringLiteral("pack-") + QString::number(i);
        files.insert(list, NameList::nulSeparated(g.names));
        arguments += QStringLiteral(" -C ") + folderArgument(g.parent)
            + (g.recursive ? QStringLiteral(" --recursion") : QStringLiteral(" --no-recursion"))
            + QStringLiteral(" --null --no-unquote -T \"$H/$J/\"") + RemoteScript::quote(list);
        sums += QStringLiteral("sums ") + folderArgument(g.parent)
            + (g.recursive ? QStringLiteral(" 1 ") : QStringLiteral(" 0 ")) + RemoteScript::quote(list)
            + QLatin1Char('\n');
    }
    files.insert(RemoteScript::packSpecFile(), (arguments + QLatin1Char('\n')).toUtf8());
    files.insert(QStringLiteral("sumspec"), sums.toUtf8());
    return files;
}

} // namespace fornax
