#pragma once

#include <QCoreApplication>
#include <QString>

namespace fornax {

/**
 * Whether Fornax Desktop starts when the user logs in.
 *
 * On Linux and other XDG desktops this is an autostart entry,
 * $XDG_CONFIG_HOME/autostart/<application id>.desktop, as every desktop's session manager reads
 * it. Off by default: nothing is written until setEnabled(true). A user who turned the entry off in
 * their desktop's own settings (Hidden=true, X-GNOME-Autostart-enabled=false) sees it off here too.
 * Each call reads the file again, so the answer is never stale. Other systems report that autostart
 * is not supported yet.
 */
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(fornax::Autostart)

public:
    Autostart();

    static bool isSupported();

    // The autostart entry's path, empty where autostart is not supported or no config folder is
    // known.
    QString entryPath() const;

    bool isEnabled() const;
    // Writes or removes the autostart entry. On failure returns false, leaves the state as it was
    // and errorString() says what went wrong and what to do.
    bool setEnabled(bool enabled);

    QString errorString() const { return m_errorString; }

private:
    bool writeEntry(const QString &path);
    bool removeEntry(const QString &path);

    QString m_errorString;
};

} // namespace fornax
