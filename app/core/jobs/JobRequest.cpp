#include "JobRequest.h"

namespace fornax {

bool JobRequest::kindOf(const QString &fileName, Kind *kind)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".ipynb")))
        *kind = Kind::Notebook;
    else if (lower.endsWith(QLatin1String(".py")))
        *kind = Kind::Python;
    else if (lower.endsWith(QLatin1String(".sh")))
        *kind = Kind::Shell;
    else
        return false;
    return true;
}

QString JobRequest::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Notebook:
        return QStringLiteral("notebook");
    case Kind::Python:
        return QStringLiteral("python");
    case Kind::Shell:
        return QStringLiteral("shell");
    }
    return {};
}

} // namespace fornax
