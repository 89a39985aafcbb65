#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fornax {

/**
 * Lists of names for the server-side scripts, written into a file of the job's folder rather
 * than onto a command line: a command line has a length limit (128 KiB per argument on Linux,
 * less over SSH), a file has none.
 *
 * Two forms. nulSeparated() is what `tar --null --no-unquote -T` and `xargs -0` read: the names'
 * bytes, each ended by a NUL, with nothing interpreted. The shell form is a file a script
 * sources: one call per line, every argument single-quoted, so any byte of a name (a newline,
 * a quote, "$(...)", a backslash, a leading "-") reaches the script exactly as it is, and POSIX
 * sh needs no read loop (which would have to decode escapes, with subshells per name).
 */
class NameList
{
public:
    static QByteArray nulSeparated(const QStringList &names);

    // Appends `<function> <arguments...>` as one line; each argument is quoted.
    void add(const QString &function, const QStringList &arguments);
    QByteArray shellText() const { return m_text; }
    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

private:
    QByteArray m_text;
    qsizetype m_count = 0;
};

} // namespace fornax
