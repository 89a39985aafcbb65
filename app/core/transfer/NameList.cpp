#include "NameList.h"

#include "transfer/RemoteScript.h"

namespace fornax {

QByteArray NameList::nulSeparated(const QStringList &names)
{
    QByteArray list;
    for (const QString &name : names) {
        list += name.toUtf8();
        list += '\0';
    }
    return list;
}

void NameList::add(const QString &function, const QStringList &arguments)
{
    QString line = function;
    for (const QString &argument : arguments) {
        line += QLatin1Char(' ');
        line += RemoteScript::quote(argument);
    }
    line += QLatin1Char('\n');
    m_text += line.toUtf8();
    ++m_count;
}

} // namespace fornax
