#include "RemotePlacement.h"

#include "FaultPoint.h"
#include "archive/ArchiveExtractor.h"
#include "transfer/NameList.h"
#include "transfer/RemoteScript.h"

#include <QDateTime>

namespace fornax {

namespace {

QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> result;
    for (qsizetype start = 0; start <= line.size();) {
        qsizetype space = line.indexOf(' ', start);
        if (space < 0)
            space = line.size();
        result.append(line.sliced(start, space - start));
        start = space + 1;
    }
    return result;
}

// The shell half of ArchiveExtractor::keepBothName(): the same names on both sides
// (tst_remotescripts compares them).
const QLatin1String KeepBothFunction(R"sh(kb_name() {
  k=" ($2)"
  if [ "$3" = 1 ]; then KB="$1$k"; return 0; fi
  case $1 in
    ?*.[Tt][Aa][Rr].[Gg][Zz]|?*.[Tt][Aa][Rr].[Zz][Ss][Tt]|?*.[Tt][Aa][Rr].[Bb][Zz]2|?*.[Tt][Aa][Rr].[Xx][Zz])
      KB="${1%.*.*}$k.${1#"${1%.*.*}".}"; return 0;;
  esac
  e=${1##*.}; b=${1%.*}
  if [ "$b" = "$1" ] || [ -z "$b" ] || [ -z "$e" ]; then KB="$1$k"; else KB="$b$k.$e"; fi
}
)sh");

const QLatin1String Operations(R"sh(st=0
fp() { :; }
step() { st=$((st + 1)); fp "$st"; }
rec() { printf '%s\n' "$2" > "$J/undo/$1"; }
there() { [ -e "$1" ] || [ -L "$1" ]; }
# The staged folder an item moves out of: a folder merged into one that exists, so it is
# thrown away afterwards; a read-only one (tar gave it the source's mode) gets the bits a
# rename out of it needs.
srcw() { sw=${1%/*}; [ -w "$sw" ] && [ -x "$sw" ] || chmod u+wx -- "$sw"; }
isdir() { [ -d "$1" ] && [ ! -L "$1" ]; }
writable() {
  if [ ! -w "$2" ] && isdir "$2" && [ ! -e "$J/undo/m$1" ]; then
    m=$(stat -c %a -- "$2") || return 1
    printf '%s\n' "$m" > "$J/undo/m$1"
    chmod u+w -- "$2" 2>/dev/null || { printf 'you may not write in %s\n' "$2" >&2; return 1; }
  fi
  return 0
}
move() {
  if isdir "$2" && [ ! -w "$2" ]; then
    m=$(stat -c %a -- "$2") || return 1
    printf '%s\n' "$m" > "$J/undo/n$1"
    chmod u+w -- "$2" || return 1
    mv -n -T -- "$2" "$3"
    if there "$2"; then chmod "$m" -- "$2"; return 1; fi
    chmod "$m" -- "$3"; rm -f -- "$J/undo/n$1"; return 0
  fi
  mv -n -T -- "$2" "$3" || return 1
  ! there "$2"
}
o_new() {
  t="$T/$2"; d=${t%/*}
  if there "$t"; then o_both "$1" "$2"; return; fi
  writable "$1" "$d" && srcw "$S/$2" || return 1
  rec "$1" new
  if ! move "$1" "$S/$2" "$t"; then
    there "$S/$2" && there "$t" && { o_both "$1" "$2"; return; }
    return 1
  fi
  step; printf 'P %s 0\n' "$1"
}
o_both() {
  s="$S/$2"; t="$T/$2"; d=${t%/*}; b=${KBB:-${t##*/}}; f=0
  isdir "$s" && f=1
  writable "$1" "$d" && srcw "$s" || return 1
  n=2
  while [ "$n" -lt 100000 ]; do
    kb_name "$b" "$n" "$f"
    if ! there "$d/$KB"; then
      rec "$1" "both $n"
      if move "$1" "$s" "$d/$KB"; then step; printf 'P %s %s\n' "$1" "$n"; return 0; fi
      there "$s" || return 1
      there "$d/$KB" || return 1
    fi
    n=$((n + 1))
  done
  return 1
}
o_over() {
  t="$T/$2"; d=${t%/*}; a="$d/.fornax-aside-$JID-$1"
  if isdir "$t" || isdir "$S/$2"; then o_both "$1" "$2"; return; fi
  if ! there "$t"; then o_new "$1" "$2"; return; fi
  writable "$1" "$d" && srcw "$S/$2" || return 1
  rec "$1" over
  ln -P -- "$t" "$a" 2>/dev/null || { mv -n -T -- "$t" "$a" && ! there "$t"; } || return 1
  step
  mv -T -- "$S/$2" "$t" || return 1
  step; printf 'P %s 0\n' "$1"
}
o_replace() {
  t="$T/$2"; d=${t%/*}; b=${KBB:-${t##*/}}; f=0
  if ! there "$t"; then o_new "$1" "$2"; return; fi
  isdir "$t" && f=1
  writable "$1" "$d" && srcw "$S/$2" || return 1
  n=1
  while :; do
    if [ "$n" = 1 ]; then kb_name "$b" "replaced $3" "$f"; else kb_name "$b" "replaced $3 $n" "$f"; fi
    there "$d/$KB" || break
    n=$((n + 1))
  done
  rec "$1" "replace $n"
  mv -n -T -- "$t" "$d/$KB" || return 1
  there "$t" && return 1
  step
  move "$1" "$S/$2" "$t" || return 1
  step; printf 'P %s 0\nB %s %s\n' "$1" "$1" "$n"
}
u_op() {
  u="$J/undo/$2"; t="$T/$3"; s="$S/$3"; d=${t%/*}; b=${5:-${t##*/}}
  if [ "$pass" = modes ]; then
    if [ -s "$J/undo/n$2" ] && there "$t" && read -r m < "$J/undo/n$2"; then chmod "$m" -- "$t" || rf=1; fi
    if [ -s "$J/undo/m$2" ] && read -r m < "$J/undo/m$2"; then chmod "$m" -- "$d" || rf=1; fi
    return 0
  fi
  r=
  if [ -e "$u" ]; then read -r r < "$u"
  elif [ "$1" = n ] && [ -n "$4" ] && [ -e "$J/undo/$4" ]; then r=new
  else return 0; fi
  a="$d/.fornax-aside-$JID-$2"
  case $r in
    over)
      if there "$a"; then
        if [ "$how" = back ] && [ ! "$a" -ef "$t" ]; then mv -T -- "$a" "$t" || { rf=1; return 0; }; fi
        rm -f -- "$a"
        [ "$how" = forward ] && step
      fi;;
    new)
      if [ "$how" = back ] && ! there "$s" && there "$t"; then move "$2" "$t" "$s" || rf=1; fi;;
    "both "*)
      n=${r#both }
      if [ "$how" = back ] && ! there "$s"; then
        kb_name "$b" "$n" 1
        if isdir "$d/$KB"; then move "$2" "$d/$KB" "$s" || rf=1
        else kb_name "$b" "$n" 0; if there "$d/$KB" && ! isdir "$d/$KB"; then move "$2" "$d/$KB" "$s" || rf=1; fi; fi
      fi;;
    "replace "*)
      n=${r#replace }
      if [ "$how" = back ]; then
        for f in 0 1; do
          if [ "$n" = 1 ]; then kb_name "$b" "replaced $4" "$f"; else kb_name "$b" "replaced $4 $n" "$f"; fi
          if there "$d/$KB"; then
            if there "$t" && ! there "$s"; then move "$2" "$t" "$s" || rf=1; fi
            there "$t" || mv -n -T -- "$d/$KB" "$t" || rf=1
            break
          fi
        done
      fi;;
  esac
  return 0
}
recover() {
  [ -d "$J/undo" ] && [ -e "$J/plan" ] || return 0
  how=$1; rf=0
  [ -e "$J/undo/committed" ] && how=forward
  target() { T=$1; }
  op() { u_op "$@"; }
  batch() { if [ "$pass" = modes ] && [ -s "$J/undo/mb$1" ] && read -r m < "$J/undo/mb$1"; then chmod "$m" -- "$T/$2" || rf=1; fi; }
  pass=moves; . "$J/plan"
  pass=modes; . "$J/plan"
  [ "$rf" = 0 ] || { printf '%s\n' "some items could not be put back; the transfer's folder keeps what is needed" >&2; return 1; }
  rm -rf -- "$J/undo"
}
)sh");

const QLatin1String Place(R"sh(place() {
  mkdir -p -- "$J/undo" || exit 1
  target() { T=$1; mkdir -p -- "$T" || exit 1; }
  batch() {
    writable "b$1" "$T/$2" && srcw "$S/$2/-" || { printf 'F b%s\n' "$1"; recover back; exit 3; }
    rec "b$1" batch
    xargs -0 -r -a "$J/batch-$1" mv -n -t "$T/$2" -- 2>/dev/null
    step
  }
  op() {
    KBB=$5
    case $1 in
      n) if [ -n "$4" ] && ! there "$S/$3" && there "$T/$3"; then printf 'P %s 0\n' "$2"; return 0; fi
         o_new "$2" "$3" 2>>"$J/err";; o) o_over "$2" "$3" 2>>"$J/err";; k) o_both "$2" "$3" 2>>"$J/err";;
      r) o_replace "$2" "$3" "$4" 2>>"$J/err";; *) false;;
    esac || {
      printf 'F %s\n' "$2"; e=$(tail -n 1 "$J/err" 2>/dev/null)
      recover back
      printf '%s (nothing in the destination folder was changed)\n' "$e" >&2; exit 3
    }
  }
  trap 'recover back; exit 143' TERM HUP INT
  . "$J/plan"
  : > "$J/undo/committed"
  step
  trap '' TERM HUP INT
  recover forward || exit 4
}
place
)sh");

} // namespace

QString RemotePlacement::library()
{
    return KeepBothFunction + Operations;
}

QString RemotePlacement::placeScript(const QString &jobId)
{
    return RemoteScript::jobPrologue(jobId) + library() + FaultPoint::shellFunction(QStringLiteral("place"))
        + Place;
}

QString RemotePlacement::placeAndCleanUpScript(const QString &jobId)
{
    // place() runs in this shell, as in placeScript() (killing the script stops it), and exits
    // on every failure: the lines after it run only when everything is in place. The
    // prologue's shared lock on the job (fd 9) goes before the clean-up takes it whole.
    return RemoteScript::jobPrologue(jobId) + QStringLiteral("TF=")
        + RemoteScript::quote(RemoteScript::transfersFolder()) + QLatin1Char('\n') + library()
        + FaultPoint::shellFunction(QStringLiteral("place")) + Place + QStringLiteral("exec 9>&-\n(\n")
        + RemoteScript::cleanupSteps() + QStringLiteral(") >/dev/null 2>&1\nexit 0\n");
}

QMap<QString, QByteArray> RemotePlacement::planFiles(const QString &jobId, const QString &targetFolder,
                                                     const QList<MergePlan::Operation> &operations,
                                                     const QString &stamp)
{
    QMap<QString, QByteArray> files;
    NameList plan;
    const QString relative = RemoteScript::relativeToHome(targetFolder);
    const QString target = relative.isEmpty()   ? QStringLiteral(".")
        : relative.startsWith(QLatin1Char('/')) ? relative
                                                : QStringLiteral("./") + relative;
    plan.add(QStringLiteral("target"), {target});
    const QString staged = RemoteScript::jobFolder(jobId) + QStringLiteral("/staged/./");
    // New items that land in the same folder move in one `mv -n -t` (a process per item cost
    // seconds per hundred items on a busy server); each is still one rename.
    const auto parentOf = [](const QString &path) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        return slash < 0 ? QStringLiteral(".") : QStringLiteral("./") + path.left(slash);
    };
    for (qsizetype i = 0; i < operations.size();) {
        qsizetype end = i;
        while (end < operations.size() && operations.at(end).kind == MergePlan::Operation::Kind::New
               && parentOf(operations.at(end).path) == parentOf(operations.at(i).path))
            ++end;
        QString tag;
        if (end - i >= 2) {
            tag = QStringLiteral("b") + QString::number(files.size());
            QStringList sources;
            for (qsizetype k = i; k < end; ++k)
                sources.append(staged + operations.at(k).path);
            plan.add(QStringLiteral("batch"), {tag.mid(1), parentOf(operations.at(i).path)});
            files.insert(QStringLiteral("batch-") + tag.mid(1), NameList::nulSeparated(sources));
        } else {
            end = i + 1;
        }
        for (qsizetype k = i; k < end; ++k) {
            const MergePlan::Operation &operation = operations.at(k);
            QString kind;
            switch (operation.kind) {
            case MergePlan::Operation::Kind::New:
                kind = QStringLiteral("n");
                break;
            case MergePlan::Operation::Kind::Overwrite:
                kind = QStringLiteral("o");
                break;
            case MergePlan::Operation::Kind::KeepBoth:
                kind = QStringLiteral("k");
                break;
            case MergePlan::Operation::Kind::Replace:
                kind = QStringLiteral("r");
                break;
            }
            // Always five: kind, index, path, the stamp (replace) or batch, and the name "keep both"
            // starts from when the name itself is too long for it (keepBothBase()).
            const QString name = operation.path.mid(operation.path.lastIndexOf(QLatin1Char('/')) + 1);
            const QString base = ArchiveExtractor::keepBothBase(name, operation.isFolder);
            plan.add(QStringLiteral("op"),
                     {kind, QString::number(k), QStringLiteral("./") + operation.path,
                      operation.kind == MergePlan::Operation::Kind::Replace ? stamp : tag,
                      base == name ? QString() : base});
        }
        i = end;
    }
    files.insert(QStringLiteral("plan"), plan.shellText());
    return files;
}

RemotePlacement::Result RemotePlacement::parse(const QByteArray &output)
{
    Result result;
    for (QByteArray line : output.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QList<QByteArrayView> f = fields(line);
        bool ok = false;
        if (f.size() == 3 && (f[0] == "P" || f[0] == "B")) {
            const int operation = f[1].toInt(&ok);
            bool nOk = false;
            const int n = f[2].toInt(&nOk);
            if (ok && nOk)
                (f[0] == "P" ? result.placed : result.backups).insert(operation, n);
        } else if (f.size() == 2 && f[0] == "F") {
            const int operation = f[1].toInt(&ok);
            if (ok)
                result.failed = operation;
        }
    }
    return result;
}

QString RemotePlacement::backupName(const QString &name, const QString &stamp, int n, bool isFolder)
{
    QString label = QStringLiteral("replaced ") + stamp;
    if (n > 1)
        label += QLatin1Char(' ') + QString::number(n);
    return ArchiveExtractor::keepBothName(ArchiveExtractor::keepBothBase(name, isFolder), label, isFolder);
}

QString RemotePlacement::currentStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"));
}

} // namespace fornax
