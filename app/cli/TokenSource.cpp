#include "TokenSource.h"

#include <QFile>
#include <QFileInfo>

namespace fornax::cli {

TokenSource::Result TokenSource::fromFileOrEnvironment(const QString &tokenFile)
{
    Result result;
    if (!tokenFile.isEmpty()) {
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("Cannot read the token file %1: %2.").arg(tokenFile, file.errorString());
            return result;
        }
        result.token = file.read(4096).trimmed();
        result.origin = QStringLiteral("file");
        if (result.token.isEmpty() || result.token.contains('\n') || result.token.contains(' '))
            result.error = tr("The token file %1 must hold the token alone on one line.").arg(tokenFile);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (QFileInfo(file).permissions() & others)
            result.warning =
                tr("Warning: %1 can be read by other users; protect it with “chmod 600 %1”.").arg(tokenFile);
        return result;
    }
    const QByteArray fromEnvironment = qgetenv("FORNAX_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty()) {
        result.token = fromEnvironment;
        result.origin = QStringLiteral("environment");
    }
    return result;
}

} // namespace fornax::cli
