#include "RemoteScript.h"

#include <QDir>
#include <QRegularExpression>

namespace fornax {

namespace {

// Paths as the scripts see them: relative ones from the home folder, with "./" so that a name
// starting with "-" is never read as an option; absolute ones as they are.
QString shellPath(const QString &remotePath)
{
    const QString relative = RemoteScript::relativeToHome(remotePath);
    if (relative.isEmpty())
        return QStringLiteral(".");
    if (relative.startsWith(QLatin1Char('/')))
        return RemoteScript::quote(relative);
    return RemoteScript::quote(QStringLiteral("./") + relative);
}

// The same for tar's -C, which is relative to the previous -C: always absolute.
QString absoluteShellPath(const QString &remotePath)
{
    const QString relative = RemoteScript::relativeToHome(remotePath);
    if (relative.startsWith(QLatin1Char('/')))
        return RemoteScript::quote(relative);
    if (relative.isEmpty())
        return QStringLiteral("\"$h\"");
    return QStringLiteral("\"$h\"/") + RemoteScript::quote(relative);
}

QString parentOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    if (slash == 0)
        return QStringLiteral("/");
    return relative.left(slash);
}

QString baseName(const QString &relative)
{
    return relative.mid(relative.lastIndexOf(QLatin1Char('/')) + 1);
}

// Counts what find prints as "%y %s" lines into "<tag> files folders links bytes" (%.0f: mawk's
// %d stops at 2^31).
const QLatin1String CountAwk("awk '{ if ($1 == \"f\") { f++; b += $2 } else if ($1 == \"d\") d++; "
                             "else if ($1 == \"l\") l++ } END { printf \"%s %.0f %.0f %.0f %.0f\\n\", "
                             "tag, f, d, l, b }'");

QList<QByteArray> taggedLines(const QByteArray &output, char tag)
{
    QList<QByteArray> lines;
    for (QByteArray line : output.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() >= 2 && line.at(0) == tag && line.at(1) == ' ')
            lines.append(line.sliced(2));
    }
    return lines;
}

QList<QByteArrayView> fields(QByteArrayView line, qsizetype count)
{
    // The last field takes the rest of the line (a name may hold spaces).
    QList<QByteArrayView> result;
    while (result.size() + 1 < count) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            break;
        result.append(line.first(space));
        line = line.sliced(space + 1);
    }
    result.append(line);
    return result;
}

std::optional<qint64> number(QByteArrayView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QString RemoteScript::transfersFolder()
{
    // Not a dot-folder: Jupyter's contents API and /files refuse hidden paths (allow_hidden is
    // off by default in Notebook 6 and jupyter_server 2). A name ending in "~" matches the
    // contents manager's default hide_globs instead, so JupyterLab's file browser does not list
    // it while the API still reads and writes inside it.
    return QStringLiteral("fornax-transfers~");
}

QString RemoteScript::jobFolder(const QString &jobId)
{
    return transfersFolder() + QLatin1Char('/') + jobId;
}

QString RemoteScript::quote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RemoteScript::relativeToHome(const QString &remotePath)
{
    QString path = remotePath.trimmed();
    if (path == QLatin1String("~"))
        return {};
    if (path.startsWith(QLatin1String("~/")))
        path = path.mid(2);
    const bool absolute = path.startsWith(QLatin1Char('/'));
    path = QDir::cleanPath(path);
    if (path == QLatin1String("."))
        return {};
    if (path.startsWith(QLatin1String("./")))
        path = path.mid(2);
    if (!absolute && path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    return path;
}

QString RemoteScript::command(const QString &script)
{
    // Sent as base64 so that nothing in a name (tabs, quotes, control characters) can reach the
    // terminal's line editor, in short lines so no terminal's line limit applies. The script's
    // standard input stays /dev/null: it never reads from the terminal.
    const QByteArray encoded = script.toUtf8().toBase64();
    QString lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        if (i > 0)
            lines += QLatin1Char('\n');
        lines += QString::fromLatin1(encoded.mid(i, 76));
    }
    return QStringLiteral("cd && sh -c \"$(printf '%s' '%1' | base64 -d)\"").arg(lines);
}

QString RemoteScript::probe(const QString &jobId, const QString &targetFolder)
{
    return QStringLiteral("umask 077\n"
                          "mkdir -p %1 || exit 1\n"
                          "find %1 -mindepth 1 -maxdepth 1 -mmin +1440 -exec chmod -R u+w {} + -exec rm -rf "
                          "{} + 2>/dev/null\n"
                          "mkdir -p %2 || exit 1\n"
                          "printf 'C %s\\n' \"$(%3)\"\n"
                          "t=%4\n"
                          "if [ -d \"$t\" ]; then echo 'D 1'; elif [ -e \"$t\" ] || [ -L \"$t\" ]; then echo "
                          "'D 2'; else echo 'D 0'; fi\n"
                          "d=$t; while [ ! -d \"$d\" ]; do d=$(dirname -- \"$d\"); done\n"
                          "printf 'F %s %s\\n' \"$(df -Pk -- \"$d\" | awk 'NR == 2 { print $4 }')\" "
                          "\"$(df -Pk -- %2 | awk 'NR == 2 { print $4 }')\"\n"
                          "if [ \"$(stat -c %d -- \"$d\")\" = \"$(stat -c %d -- %2)\" ]; then echo 'S 1'; "
                          "else echo 'S 0'; fi\n")
        .arg(quote(transfersFolder()), quote(jobFolder(jobId)), ArchiveFormat::serverProbeCommand(),
             shellPath(targetFolder));
}

RemoteScript::Probe RemoteScript::parseProbe(const QByteArray &output)
{
    Probe probe;
    bool haveFormat = false;
    bool haveFree = false;
    for (QByteArrayView line : taggedLines(output, 'C')) {
        probe.compression = ArchiveFormat::compressionFromProbe(QString::fromUtf8(line));
        haveFormat = true;
    }
    for (QByteArrayView line : taggedLines(output, 'D')) {
        probe.targetExists = line.trimmed() != "0";
        probe.targetIsFolder = line.trimmed() == "1";
    }
    for (QByteArrayView line : taggedLines(output, 'F')) {
        const QList<QByteArrayView> f = fields(line, 2);
        const auto target = number(f.value(0));
        const auto temp = number(f.value(1));
        if (target && temp) {
            probe.freeTargetBytes = *target * 1024;
            probe.freeTempBytes = *temp * 1024;
            haveFree = true;
        }
    }
    for (QByteArrayView line : taggedLines(output, 'S'))
        probe.sameFileSystem = line.trimmed() == "1";
    probe.ok = haveFormat && haveFree;
    return probe;
}

QString RemoteScript::statItems(const QString &folder, const QStringList &paths)
{
    QStringList quoted;
    for (const QString &path : paths) {
        const QString relative = relativeToHome(path);
        quoted.append(relative.startsWith(QLatin1Char('/')) ? quote(relative)
                                                            : quote(QStringLiteral("./") + relative));
    }
    // A folder that does not exist holds nothing: every item is missing.
    return QStringLiteral(
               "cd -- %1 2>/dev/null || exit 0\n"
               "i=0\n"
               "for p in %2; do\n"
               "  m=$(stat -c %Y -- \"$p\" 2>/dev/null)\n"
               "  if [ -L \"$p\" ]; then echo \"E $i l 0 $m 0 0 1 0\"\n"
               "  elif [ -d \"$p\" ]; then find \"$p\" -printf '%y %s\\n' 2>/dev/null | %3 "
               "| { read -r _ f d l b; echo \"E $i d $b $m $f $d $l $b\"; }\n"
               "  elif [ -f \"$p\" ]; then s=$(stat -c %s -- \"$p\"); echo \"E $i f $s $m 1 0 0 $s\"\n"
               "  elif [ -e \"$p\" ]; then echo \"E $i o 0 $m 0 0 0 0\"\n"
               "  fi\n"
               "  i=$((i + 1))\n"
               "done\n")
        .arg(shellPath(folder), quoted.join(QLatin1Char(' ')),
             QString(CountAwk).replace(QLatin1String("tag, "), QLatin1String("\"T\", ")));
}

QHash<int, RemoteScript::Item> RemoteScript::parseItems(const QByteArray &output)
{
    QHash<int, Item> items;
    for (QByteArrayView line : taggedLines(output, 'E')) {
        const QList<QByteArrayView> f = fields(line, 8);
        if (f.size() != 8)
            continue;
        const auto index = number(f[0]);
        if (!index)
            continue;
        Item item;
        const QByteArrayView type = f[1];
        item.type = type == "f" ? ItemType::File
            : type == "d"       ? ItemType::Folder
            : type == "l"       ? ItemType::Link
                                : ItemType::Other;
        item.size = number(f[2]).value_or(0);
        item.mtime = number(f[3]).value_or(0);
        item.totals.files = number(f[4]).value_or(0);
        item.totals.folders = number(f[5]).value_or(0);
        item.totals.symlinks = number(f[6]).value_or(0);
        item.totals.bytes = number(f[7]).value_or(0);
        items.insert(int(*index), item);
    }
    return items;
}

QString RemoteScript::unpack(const QString &jobId, const QString &archiveName, const ArchiveFormat &format)
{
    // Runs while the parts are still being uploaded: part n is complete once part n + 1 exists
    // or the end marker does (the uploader writes them strictly in turn), so unpacking overlaps
    // sending and each part is removed as soon as it has been read. It gives up when the job's
    // folder disappears (a cancel) or when nothing grows for ten minutes (a lost client).
    return QStringLiteral(
               "cd -- %1 || exit 1\n"
               "d=$(pwd)\n"
               "chmod -R u+w %2 2>/dev/null; rm -rf %2; mkdir %2 || exit 1\n"
               "a=%3; e=%6; f='%s.part%' ; f=\"${f}04d\"\n"
               "i=1; idle=0; last=\n"
               "while :; do\n"
               "  p=$(printf \"$f\" \"$a\" \"$i\"); n=$(printf \"$f\" \"$a\" $((i + 1)))\n"
               "  if [ -e \"$n\" ] || { [ -e \"$e\" ] && [ -e \"$p\" ]; }; then\n"
               "    cat -- \"$p\" && rm -f -- \"$p\" || exit 4\n"
               "    [ -e \"$n\" ] || break\n"
               "    i=$((i + 1)); idle=0; continue\n"
               "  fi\n"
               "  [ -e \"$e\" ] && break\n"
               "  [ -d \"$d\" ] || exit 6\n"
               "  s=$(stat -c %s -- \"$p\" 2>/dev/null)\n"
               "  if [ \"$s\" = \"$last\" ]; then idle=$((idle + 1)); else idle=0; last=$s; fi\n"
               "  [ \"$idle\" -lt 12000 ] || { echo 'no data arrived for ten minutes' >&2; exit 7; }\n"
               "  sleep 0.05\n"
               "done | tar -x -p --no-same-owner %4 -C %2 -f - || exit 5\n"
               "cd %2 && find . -mindepth 1 -printf '%y %s\\n' | %5\n")
        .arg(quote(jobFolder(jobId)), quote(stagingName()), quote(archiveName),
             format.tarFlags().join(QLatin1Char(' ')),
             QString(CountAwk).replace(QLatin1String("tag, "), QLatin1String("\"T\", ")),
             quote(endMarkerName()));
}

std::optional<ArchiveTotals> RemoteScript::parseTotals(const QByteArray &output)
{
    const QList<QByteArray> lines = taggedLines(output, 'T');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArrayView> f = fields(lines.constLast(), 4);
    if (f.size() != 4)
        return std::nullopt;
    ArchiveTotals totals;
    totals.files = number(f[0]).value_or(-1);
    totals.folders = number(f[1]).value_or(-1);
    totals.symlinks = number(f[2]).value_or(-1);
    totals.bytes = number(f[3]).value_or(-1);
    if (totals.files < 0 || totals.folders < 0 || totals.symlinks < 0 || totals.bytes < 0)
        return std::nullopt;
    return totals;
}

QString RemoteScript::place(const QString &jobId, const QString &targetFolder,
                            const QList<Placement> &placements)
{
    QString script =
        QStringLiteral("s=%1/%2\n"
                       "t=%3\n"
                       "mkdir -p -- \"$t\" || exit 1\n"
                       "free() { [ ! -e \"$t/$1\" ] && [ ! -L \"$t/$1\" ]; }\n"
                       "place() {\n"
                       "  i=$1; n=$2; o=$3; shift 3\n"
                       "  if [ \"$o\" = 1 ]; then\n"
                       "    if ! free \"$1\"; then chmod -R u+w -- \"$t/$1\" 2>/dev/null; rm -rf -- "
                       "\"$t/$1\" || return 1; fi\n"
                       "    mv -T -- \"$s/$n\" \"$t/$1\" || return 1; echo \"P $i $1\"; return 0\n"
                       "  fi\n"
                       "  for c in \"$@\"; do\n"
                       "    if free \"$c\"; then mv -T -- \"$s/$n\" \"$t/$c\" || return 1; echo \"P $i $c\"; "
                       "return 0; fi\n"
                       "  done\n"
                       "  return 2\n"
                       "}\n")
            .arg(quote(jobFolder(jobId)), quote(stagingName()), shellPath(targetFolder));
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const Placement &p = placements[i];
        QStringList candidates;
        for (const QString &candidate : p.candidates)
            candidates.append(quote(candidate));
        script += QStringLiteral("place %1 %2 %3 %4 || exit $((10 + $?))\n")
                      .arg(QString::number(i), quote(p.name),
                           p.overwrite ? QStringLiteral("1") : QStringLiteral("0"),
                           candidates.join(QLatin1Char(' ')));
    }
    return script;
}

QHash<int, QString> RemoteScript::parsePlaced(const QByteArray &output)
{
    QHash<int, QString> placed;
    for (QByteArrayView line : taggedLines(output, 'P')) {
        const QList<QByteArrayView> f = fields(line, 2);
        if (f.size() == 2) {
            if (const auto index = number(f[0]))
                placed.insert(int(*index), QString::fromUtf8(f[1]));
        }
    }
    return placed;
}

QString RemoteScript::pack(const QString &jobId, const QStringList &paths, const QString &archiveName,
                           const ArchiveFormat &format)
{
    QStringList members;
    for (const QString &path : paths) {
        const QString relative = relativeToHome(path);
        members.append(QStringLiteral("-C %1 %2")
                           .arg(absoluteShellPath(parentOf(relative)),
                                quote(QStringLiteral("./") + baseName(relative))));
    }
    const QString head = QStringLiteral("h=$(pwd)\n"
                                        "a=\"$h\"/%1/%2\n")
                             .arg(quote(jobFolder(jobId)), quote(archiveName));
    const QString tail = QStringLiteral("echo \"S $(stat -c %s -- \"$a\")\"\n");
    if (format.compression() == Compression::Zstd) {
        // zstd on all the server's cores: the user waits for the packing before the first byte
        // moves (the egress check needs the exact size), and tar --zstd would use one core. A
        // pipe loses tar's status, so a failed tar leaves a mark.
        return head
            + QStringLiteral("{ tar -c -f - %1 || : > \"$a.failed\"; } | zstd -q -T0 -%2 > \"$a\" || exit 5\n"
                             "[ ! -e \"$a.failed\" ] || exit 5\n")
                  .arg(members.join(QLatin1Char(' ')), QString::number(format.level()))
            + tail;
    }
    return head
        + QStringLiteral("tar -c %1 -f \"$a\" %2 || exit 5\n")
              .arg(format.tarFlags().join(QLatin1Char(' ')), members.join(QLatin1Char(' ')))
        + tail;
}

std::optional<qint64> RemoteScript::parseArchiveSize(const QByteArray &output)
{
    const QList<QByteArray> lines = taggedLines(output, 'S');
    if (lines.isEmpty())
        return std::nullopt;
    return number(lines.constLast());
}

QString RemoteScript::stagedChecksums(const QString &jobId)
{
    return QStringLiteral("cd -- %1/%2 || exit 1\n"
                          "find . -mindepth 1 -type f -exec sha256sum -- {} + | sed 's/^/H /'\n")
        .arg(quote(jobFolder(jobId)), quote(stagingName()));
}

QString RemoteScript::checksums(const QStringList &paths)
{
    QString script = QStringLiteral("h=$(pwd)\n");
    for (const QString &path : paths) {
        const QString relative = relativeToHome(path);
        script +=
            QStringLiteral(
                "(cd -- %1 && find %2 -type f -exec sha256sum -- {} +) | sed 's/^/H /' || exit 1\n")
                .arg(absoluteShellPath(parentOf(relative)), quote(QStringLiteral("./") + baseName(relative)));
    }
    return script;
}

QHash<QString, QByteArray> RemoteScript::parseChecksums(const QByteArray &output)
{
    QHash<QString, QByteArray> sums;
    for (QByteArrayView line : taggedLines(output, 'H')) {
        // sha256sum marks a name it had to escape (a backslash or newline in it) with a leading
        // backslash and writes those characters as \\ and \n.
        bool escaped = line.startsWith('\\');
        if (escaped)
            line = line.sliced(1);
        const qsizetype gap = line.indexOf("  ");
        if (gap != 64)
            continue;
        QByteArray name = line.sliced(gap + 2).toByteArray();
        if (escaped) {
            QByteArray plain;
            for (qsizetype i = 0; i < name.size(); ++i) {
                if (name[i] == '\\' && i + 1 < name.size()) {
                    plain += name[i + 1] == 'n' ? '\n' : name[i + 1];
                    ++i;
                } else {
                    plain += name[i];
                }
            }
            name = plain;
        }
        if (name.startsWith("./"))
            name = name.mid(2);
        sums.insert(QString::fromUtf8(name), line.first(64).toByteArray());
    }
    return sums;
}

QString RemoteScript::cleanup(const QString &jobId)
{
    return QStringLiteral("chmod -R u+w -- %1 2>/dev/null; rm -rf -- %1\n"
                          "rmdir -- %2 2>/dev/null\n"
                          "[ ! -e %1 ]\n")
        .arg(quote(jobFolder(jobId)), quote(transfersFolder()));
}

} // namespace fornax
