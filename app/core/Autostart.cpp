#include "Autostart.h"

#include "FornaxVersion.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace fornax {

namespace {

// The values a session manager reads; Exec relies on PATH, as the installed desktop file does.
QByteArray entryContents()
{
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=")
        + QByteArray(ApplicationName)
        + QByteArrayLiteral("\n"
                            "Exec=fornax-desktop\n"
                            "Icon=")
        + QByteArray(ApplicationId)
        + QByteArrayLiteral("\n"
                            "Terminal=false\n"
                            "X-GNOME-Autostart-enabled=true\n");
}

// True unless the [Desktop Entry] group turns the entry off: Hidden=true is the XDG autostart
// spec's way, X-GNOME-Autostart-enabled=false GNOME's (its settings write it).
bool entryIsActive(const QByteArray &contents)
{
    bool inMainGroup = false;
    const QList<QByteArray> lines = contents.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "Hidden" && value == "true")
            return false;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            return false;
    }
    return true;
}

} // namespace

Autostart::Autostart() = default;

bool Autostart::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

QString Autostart::entryPath() const
{
    if (!isSupported())
        return {};
    // GenericConfigLocation is $XDG_CONFIG_HOME, or ~/.config when it is unset.
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (configHome.isEmpty())
        return {};
    return configHome + QLatin1String("/autostart/") + QLatin1String(ApplicationId)
        + QLatin1String(".desktop");
}

bool Autostart::isEnabled() const
{
    const QString path = entryPath();
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return entryIsActive(file.readAll());
}

bool Autostart::setEnabled(bool enabled)
{
    m_errorString.clear();
    if (!isSupported()) {
        m_errorString = tr("Starting at login is not supported on this system yet.");
        return false;
    }
    const QString path = entryPath();
    if (path.isEmpty()) {
        m_errorString = tr("Cannot set up starting at login: no configuration folder is known. Set "
                           "HOME or XDG_CONFIG_HOME and try again.");
        return false;
    }
    return enabled ? writeEntry(path) : removeEntry(path);
}

bool Autostart::writeEntry(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_errorString = tr("Cannot turn on starting at login: the folder %1 cannot be created. Check "
                           "that it is not a file and that you may write to it.")
                            .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // QSaveFile: a session manager never sees a half-written entry.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryContents()) < 0 || !file.commit()) {
        m_errorString = tr("Cannot turn on starting at login: writing %1 failed (%2). Check that "
                           "you may write to that folder.")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    qCInfo(lcApp) << "autostart on:" << path;
    return true;
}

bool Autostart::removeEntry(const QString &path)
{
    // A dangling symbolic link does not "exist" but is still an entry to remove.
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    QFile file(path);
    if (!file.remove()) {
        m_errorString = tr("Cannot turn off starting at login: removing %1 failed (%2). Remove that "
                           "file by hand to stop Fornax Desktop from starting at login.")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    qCInfo(lcApp) << "autostart off:" << path;
    return true;
}

} // namespace fornax
