#include "RemoteScript.h"

#include "transfer/NameList.h"
#include "transfer/RemotePlacement.h"

#include <algorithm>

namespace fornax {

namespace {

// What every script ends with: the bootstrap runs a script only if this arrived too.
// A comment: the script's exit status stays that of its last command.
const QLatin1String EndLine("# fornax-script-end");

// Counts what find prints as "%y %s" lines into "files folders links bytes" (%.0f: mawk's %d
// stops at 2^31).
const QLatin1String CountAwk("awk '{ if ($1 == \"f\") { f++; b += $2 } else if ($1 == \"d\") d++; "
                             "else if ($1 == \"l\") l++ } END { printf \"%.0f %.0f %.0f %.0f\\n\", "
                             "f, d, l, b }'");

QString framed(const QString &script)
{
    QString text = script;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text + EndLine + QLatin1Char('\n');
}

// The check both bootstraps make before running what they read into $s.
QString runIfWhole(const QString &redirect)
{
    return QStringLiteral("case $s in *\"") + EndLine + QStringLiteral("\") eval \"$s\"") + redirect
        + QStringLiteral(";; *) printf \"%s\\n\" \"the script did not arrive whole\" >&2; exit 97;; esac");
}

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
    // The last field takes the rest of the line.
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
    QString path = remotePath;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("~") || path == QLatin1String("~/"))
        return {};
    if (path.startsWith(QLatin1String("~/")))
        path = path.mid(2);
    return path;
}

QString RemoteScript::shellPath(const QString &remotePath)
{
    const QString relative = relativeToHome(remotePath);
    if (relative.isEmpty())
        return QStringLiteral(".");
    if (relative.startsWith(QLatin1Char('/')))
        return quote(relative);
    return quote(QStringLiteral("./") + relative);
}

QString RemoteScript::parentOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    if (slash == 0)
        return QStringLiteral("/");
    return relative.left(slash);
}

QString RemoteScript::nameOf(const QString &relative)
{
    return relative.mid(relative.lastIndexOf(QLatin1Char('/')) + 1);
}

QString RemoteScript::command(const QString &script)
{
    const QByteArray encoded = framed(script).toUtf8().toBase64();
    QString lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        if (i > 0)
            lines += QLatin1Char('\n');
        lines += QString::fromLatin1(encoded.mid(i, 76));
    }
    return QStringLiteral("cd && printf '%s' '") + lines
        + QStringLiteral("' | base64 -d | sh -c 's=$(cat) && ") + runIfWhole(QStringLiteral(" </dev/null"))
        + QLatin1Char('\'');
}

QString RemoteScript::sshCommand(const QString &script)
{
    const qsizetype bytes = framed(script).toUtf8().size();
    return QStringLiteral("cd && exec sh -c 's=$(head -c ") + QString::number(bytes) + QStringLiteral(") && ")
        + runIfWhole(QString()) + QLatin1Char('\'');
}

QByteArray RemoteScript::sshInput(const QString &script)
{
    return framed(script).toUtf8();
}

QString RemoteScript::jobPrologue(const QString &jobId)
{
    return QStringLiteral("J=") + quote(jobFolder(jobId)) + QStringLiteral("; JID=") + quote(jobId)
        + QStringLiteral(
               "; S=\"$J/staged\"\n"
               "if [ ! -d \"$J\" ]; then printf '%s\\n' \"the transfer's folder on the server is gone "
               "(removed by a clean-up?); start the transfer again\" >&2; exit 8; fi\n"
               "printf '%s\\n' \"$$\" > \"$J/alive\"\n"
               "if command -v flock >/dev/null 2>&1; then\n"
               "  exec 9>>\"$J/lock\" && flock -s -w 300 9 || exit 8\n"
               "  [ -d \"$J\" ] || exit 8\n"
               "fi\n");
}

QString RemoteScript::probe(const QString &jobId, const QString &targetFolder, const QDateTime &serverStarted)
{
    // Ten seconds' margin for the hub's clock against the server's. A job of this server marks
    // its folder alive after the server was ready, which is later than "started" by the whole
    // spawn (seconds to minutes), so the margin takes nothing of this server's.
    const qint64 serverEpoch = serverStarted.isValid() ? serverStarted.toSecsSinceEpoch() - 10 : 0;
    return QStringLiteral("umask 077\n"
                          "TF=")
        + quote(transfersFolder()) + QStringLiteral("\nJ=") + quote(jobFolder(jobId))
        + QStringLiteral("\nSS=") + QString::number(std::max<qint64>(0, serverEpoch))
        + QStringLiteral("\n"
                         "mkdir -p -- \"$TF\" || exit 1\n")
        + RemotePlacement::library()
        + QStringLiteral(
               // Another job's folder goes only when that job is provably dead: no process of it holds
               // the lock, and nothing marked it alive for a day or since this server started
               // (SS: a job of the server before it has no process left). Its interrupted
               // placement is finished or undone first, so nothing it was moving is lost with it.
               "before_server() { [ \"$SS\" -gt 0 ] && m=$(stat -c %Y -- \"$1\" 2>/dev/null) && "
               "[ \"$m\" -lt \"$SS\" ]; }\n"
               "sweep_one() {\n"
               "  J=$1; JID=${1##*/}; S=\"$J/staged\"\n"
               "  [ -e \"$J/plan\" ] && recover back\n"
               "  chmod -R u+w -- \"$J\" 2>/dev/null; rm -rf -- \"$J\"\n"
               "}\n"
               "for o in \"$TF\"/*; do\n"
               "  [ -d \"$o\" ] && [ \"$o\" != \"$J\" ] || continue\n"
               // Only the folders of jobs (named by their 16-digit id): never anything else that
               // someone put there.
               "  n=${o##*/}; case $n in *[!0-9a-f]*) continue ;; esac; [ ${#n} -eq 16 ] || continue\n"
               "  r=\"$o/alive\"; [ -e \"$r\" ] || r=$o\n"
               "  [ -n \"$(find \"$r\" -maxdepth 0 -mmin +1440 2>/dev/null)\" ] || before_server \"$r\" || "
               "continue\n"
               "  if command -v flock >/dev/null 2>&1; then\n"
               "    ( exec 8>>\"$o/lock\" && flock -n -x 8 && sweep_one \"$o\" ) 2>/dev/null\n"
               "  else\n"
               "    ( sweep_one \"$o\" ) 2>/dev/null\n"
               "  fi\n"
               "done\n"
               "mkdir -p -- \"$J\" || exit 1\n")
        + jobPrologue(jobId) + QStringLiteral("printf 'C %s\\n' \"$(") + ArchiveFormat::serverProbeCommand()
        + QStringLiteral(")\"\n"
                         "t=")
        + shellPath(targetFolder)
        + QStringLiteral(
               "\n"
               "if [ -d \"$t\" ]; then printf 'D 1\\n'; elif [ -e \"$t\" ] || [ -L \"$t\" ]; then "
               "printf 'D 2\\n'; else printf 'D 0\\n'; fi\n"
               "d=$t\n"
               "while [ ! -d \"$d\" ]; do case $d in */*) d=${d%/*}; [ -n \"$d\" ] || d=/;; *) d=.;; "
               "esac; done\n"
               // The folder the items land in: writable, or the user's to make writable for the
               // placement (a read-only folder of theirs). A missing one is made with mkdir -p,
               // which needs the nearest existing folder writable as it is.
               "if [ -w \"$d\" ] || { [ \"$d\" = \"$t\" ] && [ -O \"$d\" ]; }; then printf 'W 1\\n'; "
               "else printf 'W 0\\n'; fi\n"
               "printf 'F %s %s\\n' \"$(df -Pk -- \"$d\" | awk 'NR == 2 { print $4 }')\" "
               "\"$(df -Pk -- \"$J\" | awk 'NR == 2 { print $4 }')\"\n"
               "if [ \"$(stat -c %d -- \"$d\")\" = \"$(stat -c %d -- \"$J\")\" ]; then printf 'S 1\\n'; "
               "else printf 'S 0\\n'; fi\n");
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
    for (QByteArrayView line : taggedLines(output, 'W'))
        probe.targetWritable = line.trimmed() == "1";
    probe.ok = haveFormat && haveFree;
    return probe;
}

QString RemoteScript::statItems(const QString &jobId, const QString &folder)
{
    // find names each entry's starting point (%H) and its depth; awk sums them per item.
    // mawk and gawk both read and write NUL-separated records. A folder that does not exist
    // holds nothing: every item is missing.
    return jobPrologue(jobId)
        + QStringLiteral("H=$(pwd)\n"
                         ": > \"$H/$J/found\"\n"
                         "cd -- ")
        + shellPath(folder)
        + QStringLiteral(
               " 2>/dev/null || exit 0\n"
               "xargs -0 -r -a \"$H/$J/names0\" sh -c 'exec find \"$@\" -printf "
               "\"%H\\0%y\\0%s\\0%T@\\0%d\\0%P\\0%l\\0\"' sh 2>/dev/null |\n"
               "awk -v listfile=\"$H/$J/list0\" '\n"
               "BEGIN { RS = \"\\0\"; ORS = \"\\0\"; while ((getline line < listfile) > 0) want[line] = 1 }\n"
               "{ field[n++] = $0; if (n < 7) next; n = 0\n"
               "  h = field[0]; y = field[1]; s = field[2]; t = int(field[3]); p = field[5]; l = field[6]\n"
               "  if (!(h in seen)) { seen[h] = 1; order[++count] = h }\n"
               "  if (field[4] == 0) { type[h] = y; size[h] = s; mtime[h] = t }\n"
               "  if (y == \"f\") { f[h]++; b[h] += s } else if (y == \"d\") d[h]++\n"
               "  else if (y == \"l\") { k[h]++; print \"L\"; print h; print p; print l }\n"
               "  if (h in want) { print \"W\"; print h; print y \" \" s \" \" t; print p; print l }\n"
               "}\n"
               "END { for (i = 1; i <= count; i++) { h = order[i]; print \"E\"; print h\n"
               "  printf \"%s %.0f %.0f %.0f %.0f %.0f %.0f%s\", type[h], size[h], mtime[h], f[h], d[h], "
               "k[h], "
               "b[h], ORS } }' > \"$H/$J/found\"\n");
}

QMap<QString, QByteArray> RemoteScript::statFiles(const QStringList &paths, const QStringList &listed)
{
    return {{QStringLiteral("names0"), NameList::nulSeparated(paths)},
            {QStringLiteral("list0"), NameList::nulSeparated(listed)}};
}

QString RemoteScript::extractionUmask()
{
    // The user's own umask, with group and other write taken away in any case.
    return QStringLiteral("umask \"$(printf '%o' $(( 0$(umask) | 022 )))\"");
}

QString RemoteScript::extractionMaskPass(const QString &folder)
{
    // tar without --same-permissions already applies the umask; as root it would not, and no
    // tar should leave setuid or setgid bits from someone else's archive.
    return QStringLiteral("find ") + folder
        + QStringLiteral(
               " ! -type l \\( -perm -4000 -o -perm -2000 -o -perm /022 \\) -exec chmod u-s,g-s,go-w -- "
               "{} + 2>/dev/null\n");
}

QString RemoteScript::countStaged(const QString &folder)
{
    return QStringLiteral("( cd -- ") + folder
        + QStringLiteral(" && find . -mindepth 1 -printf '%y %s\\n' | ") + CountAwk
        + QStringLiteral(" | sed 's/^/T /' )\n");
}

QString RemoteScript::unpack(const QString &jobId, const QString &archiveName, const ArchiveFormat &format)
{
    // Runs while the parts are still being uploaded: part n is complete once part n + 1 exists
    // or the end marker does (the uploader writes them strictly in turn), so unpacking overlaps
    // sending and each part is removed as soon as it has been read. It gives up when the job's
    // folder disappears (a cancel) or when nothing grows for ten minutes (a lost client).
    return jobPrologue(jobId)
        + QStringLiteral("cd -- \"$J\" || exit 1\n"
                         "d=$(pwd)\n"
                         "chmod -R u+w staged 2>/dev/null; rm -rf staged; mkdir staged || exit 1\n"
                         "a=")
        + quote(archiveName) + QStringLiteral("; e=") + quote(endMarkerName())
        + QStringLiteral("; f='%s.part%' ; f=\"${f}04d\"\n"
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
                         "  [ \"$idle\" -lt 12000 ] || { printf '%s\\n' 'no data arrived for ten minutes' "
                         ">&2; exit 7; }\n"
                         "  sleep 0.05\n"
                         "done | { ")
        + extractionUmask() + QStringLiteral("; tar -x --no-same-permissions --no-same-owner ")
        + format.tarFlags().join(QLatin1Char(' ')) + QStringLiteral(" -C staged -f -; } || exit 5\n")
        + extractionMaskPass(QStringLiteral("staged")) + countStaged(QStringLiteral("staged"));
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

QString RemoteScript::pack(const QString &jobId, const QString &archiveName, const ArchiveFormat &format)
{
    const QString head = jobPrologue(jobId)
        + QStringLiteral("H=$(pwd)\n"
                         "a=\"$H/$J/\"")
        + quote(archiveName) + QStringLiteral("\n. \"$H/$J/") + packSpecFile() + QStringLiteral("\"\n");
    const QString tail = QStringLiteral("printf 'S %s\\n' \"$(stat -c %s -- \"$a\")\"\n");
    if (format.compression() == Compression::Zstd) {
        // zstd on all the server's cores: the user waits for the packing before the first byte
        // moves (the egress check needs the exact size), and tar --zstd would use one core. A
        // pipe loses tar's status, so a failed tar leaves a mark.
        return head + QStringLiteral("{ tar -c -f - \"$@\" || : > \"$a.failed\"; } | zstd -q -T0 -")
            + QString::number(format.level())
            + QStringLiteral(" > \"$a\" || exit 5\n"
                             "[ ! -e \"$a.failed\" ] || exit 5\n")
            + tail;
    }
    return head + QStringLiteral("tar -c ") + format.tarFlags().join(QLatin1Char(' '))
        + QStringLiteral(" -f \"$a\" \"$@\" || exit 5\n") + tail;
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
    return jobPrologue(jobId)
        + QStringLiteral("cd -- \"$S\" || exit 1\n"
                         "find . -mindepth 1 -type f -print0 | xargs -0 -r sha256sum -z -- > ../")
        + sumsFile() + QStringLiteral(" || exit 1\n");
}

QString RemoteScript::checksums(const QString &jobId)
{
    // The sum spec names each group's folder, whether its list is recursive, and the list.
    return jobPrologue(jobId)
        + QStringLiteral("H=$(pwd)\n"
                         ": > \"$H/$J/")
        + sumsFile()
        + QStringLiteral(
               "\"\n"
               "sums() {\n"
               "  if [ \"$2\" = 1 ]; then x='find \"$@\" -type f -print0'; else x='find \"$@\" -maxdepth 0 "
               "-type f -print0'; fi\n"
               "  ( cd -- \"$1\" && xargs -0 -r -a \"$H/$J/$3\" sh -c \"$x\" sh | xargs -0 -r sha256sum -z "
               "-- ) >> \"$H/$J/")
        + sumsFile()
        + QStringLiteral("\" || exit 1\n"
                         "}\n"
                         ". \"$H/$J/sumspec\"\n");
}

QString RemoteScript::checksumsOf(const QString &jobId, const QString &folder, const QString &listFile)
{
    return jobPrologue(jobId)
        + QStringLiteral("H=$(pwd)\n"
                         "cd -- ")
        + shellPath(folder) + QStringLiteral(" || exit 1\nxargs -0 -r -a \"$H/$J/") + listFile
        + QStringLiteral("\" sha256sum -z -- > \"$H/$J/") + sumsFile() + QStringLiteral("\" || exit 1\n");
}

QHash<QString, QByteArray> RemoteScript::parseChecksums(const QByteArray &records)
{
    QHash<QString, QByteArray> sums;
    for (const QByteArray &record : records.split('\0')) {
        // "<64 hex>  <name>", nothing escaped with -z.
        if (record.size() < 67 || record.at(64) != ' ' || record.at(65) != ' ')
            continue;
        QByteArray name = record.mid(66);
        if (name.startsWith("./"))
            name = name.mid(2);
        sums.insert(QString::fromUtf8(name), record.left(64));
    }
    return sums;
}

QString RemoteScript::writeFile(const QString &jobId, const QString &name)
{
    return jobPrologue(jobId) + QStringLiteral("cat > \"$J/\"") + quote(name + QStringLiteral(".tmp"))
        + QStringLiteral(" && mv -f -- \"$J/\"") + quote(name + QStringLiteral(".tmp"))
        + QStringLiteral(" \"$J/\"") + quote(name) + QLatin1Char('\n');
}

QString RemoteScript::readFile(const QString &jobId, const QString &name)
{
    return jobPrologue(jobId) + QStringLiteral("cat -- \"$J/\"") + quote(name) + QLatin1Char('\n');
}

QString RemoteScript::cleanup(const QString &jobId)
{
    return QStringLiteral("TF=") + quote(transfersFolder()) + QStringLiteral("; J=") + quote(jobFolder(jobId))
        + QStringLiteral("; JID=") + quote(jobId) + QStringLiteral("; S=\"$J/staged\"\n")
        + RemotePlacement::library() + cleanupSteps();
}

QString RemoteScript::cleanupSteps()
{
    return QStringLiteral(
        "if [ -d \"$J\" ]; then\n"
        "  if command -v flock >/dev/null 2>&1; then\n"
        "    exec 9>>\"$J/lock\"\n"
        // A step of this job that is still dying (a closed terminal, a cut channel) ends first.
        "    flock -x -w 60 9 || { printf '%s\\n' \"a step of this transfer still runs on the server; "
        "its folder is removed once that has ended\" >&2; exit 3; }\n"
        "  fi\n"
        "  [ -e \"$J/plan\" ] && recover back\n"
        "  chmod -R u+w -- \"$J\" 2>/dev/null; rm -rf -- \"$J\"\n"
        "fi\n"
        "rmdir -- \"$TF\" 2>/dev/null\n"
        "[ ! -e \"$J\" ]\n");
}

} // namespace fornax
