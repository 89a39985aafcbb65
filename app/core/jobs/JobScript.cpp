#include "JobScript.h"

#include "transfer/RemoteScript.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace fornax {

namespace {

QString q(const QString &text)
{
    return RemoteScript::quote(text);
}

// Writes bytes into the file at shell path `target` without a command line carrying them raw.
QString writeBlock(const QByteArray &bytes, const QString &target)
{
    const QByteArray encoded = bytes.toBase64();
    QString lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += QString::fromLatin1(encoded.mid(i, 76)) + QLatin1Char('\n');
    return QStringLiteral("printf '%s' '") + lines + QStringLiteral("' | base64 -d > ") + target
        + QStringLiteral(" || exit 1\n");
}

// setst KEY VALUE [KEY VALUE]...: rewrites the status file of $J (atomically, by rename);
// jobpids ID: every process carrying FORNAX_JOB=ID in its environment; field KEY: its value;
// jobprocs ID WPID: every process of the job (below); endall ID WPID: ends them all.
QString statusLibrary()
{
    return QStringLiteral(
        "setst() {\n"
        "  t=\"$J/status.$$\"; cp \"$J/status\" \"$t\" 2>/dev/null || : > \"$t\"\n"
        "  while [ $# -ge 2 ]; do grep -v \"^$1=\" \"$t\" > \"$t.n\"; printf '%s=%s\\n' "
        "\"$1\" \"$2\" >> \"$t.n\";"
        " mv -f \"$t.n\" \"$t\"; shift 2; done\n"
        "  mv -f \"$t\" \"$J/status\"\n"
        "}\n"
        "field() { sed -n \"s/^$1=//p\" \"$J/status\" 2>/dev/null | tail -n 1; }\n"
        "jobpids() { grep -lzx \"FORNAX_JOB=$1\" /proc/[0-9]*/environ 2>/dev/null | sed "
        "'s,^/proc/,,; s,/environ$,,'; }\n"
        // ownpid ID PID: PID is still job ID's wrapper (pids are reused, above all by
        // a new server): never signal a recorded pid without this.
        "ownpid() { [ -n \"$2\" ] && grep -qzx \"FORNAX_JOB=$1\" \"/proc/$2/environ\" "
        "2>/dev/null; }\n"
        // "pid state ppid pgrp session" of every process (the name in /proc/P/stat may
        // hold spaces and parentheses: everything after its last ") ").
        "proctable() {\n"
        "  for f in /proc/[0-9]*/stat; do\n"
        "    { read -r s < \"$f\"; } 2>/dev/null || continue\n"
        "    p=${f#/proc/}; printf '%s %s\\n' \"${p%/stat}\" \"${s##*) }\"\n"
        "  done\n"
        "}\n"
        // The job's processes: those carrying its tag (a process that dropped it from its
        // environment is found by what follows), every process in a session whose leader
        // is one of them (kernels start sessions of their own) or in the wrapper's own
        // session (WPID, trusted only while it is ID's wrapper), and the descendants of
        // all these. A session's id is its leader's pid, which the kernel does not give
        // out again while the session has members: nothing outside the job matches.
        "jobprocs() {\n"
        "  { for p in $(jobpids \"$1\"); do echo \"M $p\"; done\n"
        "    ownpid \"$1\" \"$2\" && echo \"M $2\"\n"
        "    proctable; } | awk '\n"
        "  $1 == \"M\" { job[$2] = 1; next }\n"
        "  { n++; pid[n] = $1; pp[n] = $3; sid[n] = $5; t[$1] = $21 }\n"
        "  END {\n"
        "    do {\n"
        "      more = 0\n"
        "      for (i = 1; i <= n; i++) if (!(pid[i] in job) && ((sid[i] in job) || (pp[i] in "
        "job))) { job[pid[i]] = 1; more = 1 }\n"
        "    } while (more)\n"
        "    for (p in job) if (p > 1 && (p in t)) print p, t[p]\n"
        "  }'\n"
        "}\n"
        // started PID: its start time (clock ticks after boot), which tells a process from a
        // later one given the same pid.
        "started() { { read -r s < \"/proc/$1/stat\"; } 2>/dev/null || return 1; set -- ${s##*) };"
        " printf '%s\\n' \"${20}\"; }\n"
        // Freezes what it finds first, so that nothing forks a child the second look
        // would miss, then kills it all; never the shell that calls it.
        "endall() {\n"
        "  l=$(jobprocs \"$1\" \"$2\" | cut -d' ' -f1)\n"
        "  for p in $l; do [ \"$p\" = \"$$\" ] || kill -STOP \"$p\" 2>/dev/null; done\n"
        "  l=\"$l $(jobprocs \"$1\" \"$2\" | cut -d' ' -f1)\"\n"
        "  for p in $l; do [ \"$p\" = \"$$\" ] || kill -KILL \"$p\" 2>/dev/null; done\n"
        "}\n");
}

QString statusFile(const JobRequest &request, const QDateTime &now)
{
    QString text;
    const auto add = [&text](const char *key, const QString &value) {
        QString clean = value;
        clean.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += QLatin1String(key) + QLatin1Char('=') + clean + QLatin1Char('\n');
    };
    add("state", QStringLiteral("starting"));
    add("submitted", QString::number(now.toSecsSinceEpoch()));
    add("file", request.fileName);
    add("kind", JobRequest::kindName(request.kind));
    add("kernel", request.kernel);
    add("size", request.serverSize);
    add("server_started", QString::number(request.serverStarted));
    add("stop_when_done", request.stopWhenDone ? QStringLiteral("1") : QStringLiteral("0"));
    add("max_seconds", QString::number(request.maxSeconds));
    if (!request.stopTokenId.isEmpty())
        add("stop_token_id", request.stopTokenId);
    return text;
}

QString outputName(const QString &fileName)
{
    QString stem = fileName;
    if (stem.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        stem.chop(6);
    return stem + QStringLiteral("-executed.ipynb");
}

QString jobVariables(const QString &jobId)
{
    return QStringLiteral("JF=") + q(JobScript::jobsFolder()) + QStringLiteral("\nJ=")
        + q(JobScript::jobFolder(jobId)) + QStringLiteral("\nID=") + q(jobId) + QLatin1Char('\n');
}

} // namespace

QString JobScript::jobsFolder()
{
    // Like fornax-transfers~ (RemoteScript::transfersFolder): a name ending in "~" is hidden by
    // the contents manager's default hide_globs, while the API still reads inside it.
    return QStringLiteral("fornax-jobs~");
}

QString JobScript::jobFolder(const QString &jobId)
{
    return jobsFolder() + QLatin1Char('/') + jobId;
}

QString JobScript::workFolder(const QString &jobId)
{
    return jobFolder(jobId) + QLatin1Char('/') + jobId;
}

QString JobScript::newId(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

bool JobScript::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-z][0-9a-z-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

QString JobScript::spec(const JobRequest &request)
{
    return QStringLiteral("ID=") + q(request.id) + QStringLiteral("\nKIND=")
        + JobRequest::kindName(request.kind) + QStringLiteral("\nFILE=") + q(request.fileName)
        + QStringLiteral("\nOUT=") + q(outputName(request.fileName)) + QStringLiteral("\nKERNEL=")
        + q(request.kernel) + QStringLiteral("\nMAX=") + QString::number(request.maxSeconds)
        + QStringLiteral("\nSTOP=") + (request.stopWhenDone ? QStringLiteral("1") : QStringLiteral("0"))
        + QStringLiteral("\nKEEPALIVE=") + (request.endKeepAlive ? QStringLiteral("1") : QStringLiteral("0"))
        + QStringLiteral("\nSERVER_STARTED=") + QString::number(std::max<qint64>(0, request.serverStarted))
        + QLatin1Char('\n');
}

QString JobScript::prepare(const JobRequest &request)
{
    QString manifest;
    manifest += QStringLiteral("run ") + request.fileName + QLatin1Char('\n');
    for (const QString &input : request.inputs)
        manifest += QStringLiteral("input ") + input + QLatin1Char('\n');
    QString params;
    for (const auto &[name, value] : request.parameters)
        params += name + QLatin1Char('=') + value + QLatin1Char('\n');

    QString script = jobVariables(request.id);
    script += QStringLiteral(
        "[ -e \"$J/status\" ] && { printf '%s\\n' 'a job of that id exists already' >&2; exit 25; }\n"
        "command -v setsid >/dev/null 2>&1 || { printf '%s\\n' 'the server has no setsid' >&2; exit 21; }\n"
        "OU=$(umask)\n"
        "umask 077\n"
        "mkdir -p \"$J/$ID\" || exit 1\n");
    // Empty too: an empty script is a valid one (it did nothing, exit 0), not a missing file.
    script += writeBlock(request.content, QStringLiteral("\"$J/$ID/\"") + q(request.fileName));
    script += writeBlock(spec(request).toUtf8(), QStringLiteral("\"$J/spec\""));
    script += writeBlock(params.toUtf8(), QStringLiteral("\"$J/params\""));
    script += writeBlock(manifest.toUtf8(), QStringLiteral("\"$J/manifest\""));
    script += writeBlock(wrapper().toUtf8(), QStringLiteral("\"$J/run.sh\""));
    script += writeBlock(notebookDriver().toUtf8(), QStringLiteral("\"$J/run-notebook.py\""));
    script += QStringLiteral("[ -f \"$J/$ID/\"") + q(request.fileName)
        + QStringLiteral(
                  " ] || { printf '%s\\n' 'the file to run did not arrive' >&2; rm -rf \"$J\"; exit 24; }\n");
    if (request.kind == JobRequest::Kind::Notebook) {
        // The Python that runs the notebook: the one beside `jupyter`, else python3 on PATH.
        script += QStringLiteral("PY=\n"
                                 "jd=$(command -v jupyter 2>/dev/null) && jd=${jd%/*}\n"
                                 "for c in ${jd:+\"$jd/python3\"} python3 /usr/bin/python3; do\n"
                                 "  \"$c\" -c 'import nbconvert' >/dev/null 2>&1 && { PY=$c; break; }\n"
                                 "done\n"
                                 "[ -n \"$PY\" ] || { printf '%s\\n' 'no Python on the server can import "
                                 "nbconvert' >&2; rm -rf \"$J\"; exit 22; }\n"
                                 "printf \"PY='%s'\\n\" \"$PY\" >> \"$J/spec\"\n");
        if (!request.parameters.isEmpty())
            script += QStringLiteral(
                "command -v papermill >/dev/null 2>&1 || { printf '%s\\n' 'papermill is not installed' >&2; "
                "rm -rf \"$J\"; exit 23; }\n");
    }
    script += QStringLiteral("printf 'UMASK=%s\\n' \"$OU\" >> \"$J/spec\"\n");
    // From here the job counts as running for every other job's end (a stop-when-done waits for
    // it) while its status is younger than StartingSeconds (keepStarting() refreshes it).
    script += writeBlock(statusFile(request, QDateTime::currentDateTimeUtc()).toUtf8(),
                         QStringLiteral("\"$J/status\""));
    script += QStringLiteral("printf 'P %s\\n' prepared\n");
    return script;
}

QString JobScript::start(const JobRequest &request)
{
    QString script = jobVariables(request.id);
    script += QStringLiteral("grep -qx 'state=starting' \"$J/status\" 2>/dev/null || exit 8\n"
                             "umask 077\n"
                             "A=\"$(pwd)/$J\"\n");
    if (request.stopWhenDone && !request.stopToken.isEmpty())
        script += writeBlock(request.stopToken, QStringLiteral("\"$J/stop-token\""))
            + QStringLiteral("chmod 600 \"$J/stop-token\"\n");
    script += writeBlock(statusFile(request, QDateTime::currentDateTimeUtc()).toUtf8(),
                         QStringLiteral("\"$J/status\""));
    script += QStringLiteral(
        // The inputs (--upload keeps the modes it found) are as private as the job's folder;
        // links are left alone (chmod would change what they point to).
        "find \"$J/$ID\" ! -type l -exec chmod go= {} + 2>/dev/null\n"
        ": > \"$J/log\"\n"
        // FORNAX_JOB in the wrapper's own environment from its start: its pid in the status file
        // is trusted only while that process carries it (ownpid), so a pid a later server gave to
        // another process is never signalled.
        "FORNAX_JOB=\"$ID\" setsid sh \"$A/run.sh\" \"$A\" </dev/null >>\"$A/log\" 2>&1 &\n"
        "i=0\n"
        "while [ $i -lt 100 ] && grep -qx 'state=starting' \"$J/status\"; do sleep 0.1; i=$((i+1)); done\n"
        "printf 'S %s\\n' \"$(sed -n 's/^state=//p' \"$J/status\")\"\n");
    return script;
}

QString JobScript::submit(const JobRequest &request)
{
    return prepare(request) + start(request);
}

QString JobScript::keepStarting(const QString &jobId)
{
    return jobVariables(jobId)
        + QStringLiteral("grep -qx 'state=starting' \"$J/status\" 2>/dev/null || exit 8\n"
                         "touch \"$J/status\"\nprintf 'P %s\\n' starting\n");
}

QString JobScript::discard(const QString &jobId)
{
    // Only a job that never started: its folder, its inputs and its token file go.
    return jobVariables(jobId)
        + QStringLiteral("grep -qx 'state=starting' \"$J/status\" 2>/dev/null || exit 8\n"
                         "grep -q '^pid=' \"$J/status\" && exit 8\n"
                         "rm -rf \"$J\"\nprintf 'P %s\\n' discarded\n");
}

QString JobScript::wrapper()
{
    // $1: the job's folder (absolute). Runs in a session of its own: $$ is its process group.
    return QStringLiteral("#!/bin/sh\n"
                          "# Fornax Desktop: runs one job and records how it ends (JobScript::wrapper).\n"
                          "J=$1\n"
                          "JF=${J%/*}\n"
                          ". \"$J/spec\"\n"
                          "export FORNAX_JOB=\"$ID\"\n"
                          // ipykernel's debugger warns about frozen modules on every start: noise in a log.
                          "export PYDEVD_DISABLE_FILE_VALIDATION=1\n"
                          "umask \"${UMASK:-022}\"\n")
        + statusLibrary() + endLibrary() + QStringLiteral(R"SH(finish() {
  trap '' TERM INT HUP
  [ -f "$J/cancelled" ] && set -- cancelled 143
  [ -f "$J/server-stopped" ] && set -- server-stopped "$2"
  [ -n "$W" ] && kill "$W" 2>/dev/null
  endall "$ID" "$$"
  printf '[fornax] job %s: %s (exit code %s)\n' "$ID" "$1" "$2"
  setst state "$1" exit "$2" ended "$(date +%s)"
  # Marked by a listing on a later server: this job's server is gone, nothing to decide here.
  [ "$1" = server-stopped ] && { rm -f "$J/stop-token"; exit 0; }
  # Only a job that may stop the server waits for a reader of its log to see its end.
  if [ -f "$J/stop-token" ] || [ -d "$JF/.stop-pending-${SERVER_STARTED:-0}" ]; then let_watcher_see; fi
  settle
  rm -f "$J/stop-token"
  exit 0
}
on_signal() {
  if [ -f "$J/timed-out" ]; then finish timed-out 124; else finish cancelled 143; fi
}
cd "$J/$ID" || { setst state failed exit 1 ended "$(date +%s)"; exit 1; }
trap on_signal TERM INT HUP
setst state running pid "$$" started "$(date +%s)"
W=
if [ "${MAX:-0}" -gt 0 ]; then
  ( trap 'kill "$s" 2>/dev/null; exit 0' TERM; sleep "$MAX" & s=$!; wait "$s" || exit 0
    : > "$J/timed-out"; kill -TERM "-$$" ) &
  W=$!
fi
case $KIND in
notebook)
  if [ -s "$J/params" ]; then
    set --
    while IFS= read -r l; do set -- "$@" -p "${l%%=*}" "${l#*=}"; done < "$J/params"
    papermill --log-output -k "$KERNEL" "$@" "./$FILE" "./$OUT" &
  else
    "$PY" -u "$J/run-notebook.py" "./$FILE" "./$OUT" "$KERNEL" &
  fi;;
python) python3 -u "./$FILE" & ;;
*) sh "./$FILE" & ;;
esac
C=$!
wait "$C"
rc=$?
if [ "$rc" -eq 0 ]; then finish finished 0; else finish failed "$rc"; fi
)SH");
}

QString JobScript::endLibrary()
{
    // What the end of a job means for its server. One ending job at a time decides (a lock
    // folder), so the last job to end sees every stop that was asked for: a job with
    // --stop-when-done that ends while another runs hands its token over (moved, never copied,
    // into .stop-pending-<server start>/, private to the user) and the last job out claims
    // them (one rename, so one wrapper only) and stops the server with them. A job being
    // submitted (status "starting", younger than StartingSeconds) counts: the stop waits until
    // it runs (and then ends last) or is given up.
    return QStringLiteral("STARTING_FOR=") + QString::number(StartingSeconds) + QStringLiteral(R"SH(
others_active() {
  now=$(date +%s)
  for s in "$JF"/*/status; do
    d=${s%/status}; d=${d##*/}
    [ "$d" = "$ID" ] && continue
    st=$(sed -n 's/^state=//p' "$s" 2>/dev/null); p=$(sed -n 's/^pid=//p' "$s" 2>/dev/null)
    # A job of an earlier server is not on this one (its processes may outlive it).
    ss=$(sed -n 's/^server_started=//p' "$s" 2>/dev/null)
    [ "${SERVER_STARTED:-0}" -gt 0 ] && [ "${ss:-0}" -gt 0 ] && [ "$ss" != "$SERVER_STARTED" ] && continue
    case $1.$st in
    running.running) ownpid "$d" "$p" && return 0;;
    starting.starting) m=$(stat -c %Y "$s" 2>/dev/null || echo 0)
      [ $((now - m)) -lt "$STARTING_FOR" ] && return 0;;
    esac
  done
  return 1
}
lock_end() {
  i=0
  until mkdir "$JF/.end-lock" 2>/dev/null; do
    o=$(cat "$JF/.end-lock/pid" 2>/dev/null)
    if [ -n "$o" ] && ! kill -0 "$o" 2>/dev/null; then rm -rf "$JF/.end-lock"; continue; fi
    i=$((i+1)); [ $i -ge 300 ] && return 0
    sleep 0.1
  done
  echo $$ > "$JF/.end-lock/pid"
}
unlock_end() { [ "$(cat "$JF/.end-lock/pid" 2>/dev/null)" = "$$" ] && rm -rf "$JF/.end-lock"; }
let_watcher_see() {
  [ -f "$J/watched" ] || return 0
  m=$(stat -c %Y "$J/watched" 2>/dev/null || echo 0)
  [ $(($(date +%s) - m)) -lt 10 ] || return 0
  i=0
  while [ $i -lt 150 ] && [ ! -f "$J/end-seen" ]; do sleep 0.1; i=$((i+1)); done
}
stop_with() {
  python3 - "$@" <<'PYEOF'
import os, sys, urllib.error, urllib.parse, urllib.request
tokens = []
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            tokens.append(f.read().strip())
    except OSError:
        pass
    finally:
        try:
            os.remove(path)
        except OSError:
            pass
api = os.environ.get('JUPYTERHUB_API_URL', '').rstrip('/')
user = os.environ.get('JUPYTERHUB_USER', '')
name = os.environ.get('JUPYTERHUB_SERVER_NAME', '')
if not api or not user:
    print('failed: the server does not know its hub (no JUPYTERHUB_API_URL)')
    sys.exit(0)
url = api + '/users/' + urllib.parse.quote(user, safe='')
url += '/servers/' + urllib.parse.quote(name, safe='') if name else '/server'
result = 'failed: no token to stop the server with'
for token in tokens:
    if not token:
        continue
    request = urllib.request.Request(url, method='DELETE', headers={'Authorization': 'token ' + token})
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            result = 'stopped' if reply.status in (202, 204) else 'failed: HTTP %d' % reply.status
    except urllib.error.HTTPError as error:
        result = 'failed: HTTP %d' % error.code
    except Exception as error:
        result = 'failed: %s' % error
    if result == 'stopped':
        break
print(result)
PYEOF
}
end_keepalive() {
  [ "$KEEPALIVE" = 1 ] || return 0
  python3 - <<'PYEOF'
import os, urllib.request
base = os.environ.get('JUPYTERHUB_SERVICE_URL', '').rstrip('/')
token = os.environ.get('JUPYTERHUB_API_TOKEN', '')
if base and token:
    try:
        request = urllib.request.Request(base + '/ext-keepalive', method='DELETE',
                                         headers={'Authorization': 'token ' + token})
        urllib.request.urlopen(request, timeout=30).close()
        print('[fornax] the server no longer keeps itself alive for this job')
    except Exception as error:
        print('[fornax] could not end the server keep-alive: %s' % error)
PYEOF
}
settle() {
  P="$JF/.stop-pending-${SERVER_STARTED:-0}"
  w=0
  while :; do
    lock_end
    if others_active running; then
      if [ -f "$J/stop-token" ]; then
        (umask 077; mkdir -p "$P") && mv -f "$J/stop-token" "$P/$ID" && setst stop handed-over
        printf '[fornax] another job still runs on this server: the last one to end stops it\n'
      fi
      unlock_end
      return
    fi
    if [ -f "$J/stop-token" ] || [ -d "$P" ]; then
      if others_active starting && [ $w -lt $((STARTING_FOR / 2)) ]; then
        [ $w = 0 ] && setst stop waiting-for-starting-job
        unlock_end; w=$((w + 1)); sleep 2; continue
      fi
      rm -rf "$J/stop-claimed"
      (umask 077; mkdir "$J/stop-claimed")
      [ -d "$P" ] && mv "$P" "$J/stop-claimed/p"
      for o in "$JF"/.stop-pending-*; do [ -d "$o" ] && rm -rf "$o"; done
      f=$(ls "$J/stop-claimed/p" 2>/dev/null | tr '\n' ' '); f=${f% }
      setst stop requested stop_time "$(date +%s)" stop_for "$f"
      unlock_end
      printf '[fornax] stopping this server (--stop-when-done%s)\n' "${f:+ of job $f}"
      r=$(stop_with "$J/stop-token" "$J/stop-claimed"/p/*)
      rm -rf "$J/stop-claimed"
      setst stop "$r"
      printf '[fornax] server: %s\n' "$r"
      return
    fi
    unlock_end
    end_keepalive
    return
  done
}
)SH");
}

QString JobScript::notebookDriver()
{
    // nbconvert's own executor (what `jupyter nbconvert --to notebook --execute` runs), driven so
    // that each cell's output reaches the log as the cell ends rather than only at the end.
    return QStringLiteral(
        "# Fornax Desktop: executes a notebook like `jupyter nbconvert --to notebook --execute`,\n"
        "# printing each cell's output as it ends (JobScript::notebookDriver).\n"
        "import re, sys, traceback\n"
        "import nbformat\n"
        "from nbconvert.preprocessors import ExecutePreprocessor\n"
        "source, target, kernel = sys.argv[1:4]\n"
        "ansi = re.compile(r'\\x1b\\[[0-9;]*[A-Za-z]')\n"
        "def show(msg):\n"
        "    kind, content = msg.get('msg_type'), msg.get('content', {})\n"
        "    if kind == 'stream':\n"
        "        (sys.stderr if content.get('name') == 'stderr' else sys.stdout).write(content.get('text', "
        "''))\n"
        "    elif kind in ('execute_result', 'display_data'):\n"
        "        text = content.get('data', {}).get('text/plain')\n"
        "        if text:\n"
        "            print(text)\n"
        "    elif kind == 'error':\n"
        "        print(ansi.sub('', '\\n'.join(content.get('traceback', []))), file=sys.stderr)\n"
        "    sys.stdout.flush(); sys.stderr.flush()\n"
        "class Streaming(ExecutePreprocessor):\n"
        "    # Every output message of the kernel as it arrives (nbclient's NotebookClient.output).\n"
        "    def output(self, outs, msg, display_id, cell_index):\n"
        "        show(msg)\n"
        "        return super().output(outs, msg, display_id, cell_index)\n"
        "notebook = nbformat.read(source, as_version=4)\n"
        "executor = Streaming(kernel_name=kernel, timeout=None)\n"
        "failed = False\n"
        "try:\n"
        "    executor.preprocess(notebook, {'metadata': {'path': '.'}})\n"
        "except Exception as error:\n"
        "    failed = True\n"
        "    name = type(error).__name__\n"
        "    if name != 'CellExecutionError':\n"
        "        traceback.print_exc()\n"
        "    lines = ansi.sub('', str(error)).strip().splitlines()\n"
        "    print('[fornax] the notebook failed: %s' % (lines[-1] if lines else name), file=sys.stderr)\n"
        "finally:\n"
        "    nbformat.write(notebook, target)\n"
        "sys.exit(1 if failed else 0)\n");
}

QString JobScript::list(qint64 serverStarted)
{
    return QStringLiteral("JF=") + q(jobsFolder()) + QStringLiteral("\nSS=")
        + QString::number(std::max<qint64>(0, serverStarted)) + QLatin1Char('\n') + statusLibrary()
        + QStringLiteral("[ -d \"$JF\" ] || { printf 'N 0\\n'; exit 0; }\n"
                         "now=$(date +%s)\n"
                         // Stops handed over on an earlier server (JobScript::endLibrary) are void: that
                         // server is gone, and its tokens must never stop this one.
                         "if [ \"$SS\" -gt 0 ]; then for o in \"$JF\"/.stop-pending-*; do\n"
                         "  [ -d \"$o\" ] && [ \"${o##*-}\" != \"$SS\" ] && rm -rf \"$o\"; done; fi\n"
                         "for d in $(ls -1r \"$JF\"); do\n"
                         "  case $d in *[!0-9a-z-]*) continue;; esac\n"
                         "  J=\"$JF/$d\"; [ -f \"$J/status\" ] || continue\n"
                         "  st=$(field state); p=$(field pid); ss=$(field server_started); \n"
                         "  case $st in running|starting)\n"
                         "    gone=0\n"
                         "    if [ -n \"$p\" ]; then ownpid \"$d\" \"$p\" || gone=1;"
                         // Being submitted (its inputs upload): counted as alive while its status is fresh.
                         " elif [ $((now - $(stat -c %Y \"$J/status\" 2>/dev/null || echo 0))) -ge ")
        + QString::number(StartingSeconds)
        + QStringLiteral(
               "; then gone=1; fi\n"
               "    [ \"$SS\" -gt 0 ] && [ \"${ss:-0}\" -gt 0 ] && [ \"$ss\" != \"$SS\" ] && gone=1\n"
               // Read again: a wrapper that just ended wrote its last state before it exited.
               "    if [ $gone = 1 ] && grep -qxE 'state=(running|starting)' \"$J/status\"; then\n"
               // The end is the log's last change before anything of the job is ended (a
               // kernel whose parent goes writes a last line).
               "      e=$(stat -c %Y \"$J/log\" 2>/dev/null || echo \"$now\")\n"
               "      : > \"$J/server-stopped\"\n"
               "      endall \"$d\" \"$p\"\n"
               "      setst state server-stopped ended \"$e\"\n"
               "      printf '[fornax] the server stopped during the job\\n' >> \"$J/log\"\n"
               "      rm -f \"$J/stop-token\"\n"
               "    fi;;\n"
               "  esac\n"
               "  printf '@ %s ' \"$d\"; base64 -w0 < \"$J/status\"; printf '\\n'\n"
               "done\n"
               "printf 'N 1\\n'\n");
}

JobScript::Listed JobScript::parseList(const QByteArray &output)
{
    Listed listed;
    for (QByteArray line : output.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("N "))
            listed.ok = true;
        if (!line.startsWith("@ "))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3)
            continue;
        const QString id = QString::fromUtf8(parts.at(1));
        if (!isValidId(id))
            continue;
        listed.jobs.append(JobStatus::parse(id, QByteArray::fromBase64(parts.at(2))));
    }
    return listed;
}

QString JobScript::readLog(const QString &jobId, qint64 offset, qint64 maxBytes)
{
    // offset < 0: the last -offset bytes (a view's tail).
    const QString read = offset < 0
        ? QString(QStringLiteral("tail -c ") + QString::number(-offset) + QStringLiteral(" \"$J/log\""))
        : QStringLiteral("tail -c +") + QString::number(offset + 1) + QStringLiteral(" \"$J/log\" | head -c ")
            + QString::number(std::max<qint64>(1, maxBytes));
    return jobVariables(jobId)
        + QStringLiteral("[ -d \"$J\" ] || exit 8\n")
        // The state first: the wrapper writes its last log line before its final state, so a
        // state that says "ended" comes with the whole log. "watched" tells the wrapper that
        // someone follows the log, "end-seen" that they saw the end: a wrapper about to stop
        // the server waits for that (JobScript::wrapper, let_watcher_see).
        + QStringLiteral("st=$(sed -n 's/^state=//p' \"$J/status\")\n"
                         "n=$(wc -c < \"$J/log\" 2>/dev/null || echo 0)\n"
                         "touch \"$J/watched\" 2>/dev/null\n"
                         "case $st in running|starting) ;; *) : > \"$J/end-seen\" 2>/dev/null;; esac\n"
                         "printf 'L %s\\nT %s\\n' \"$((n))\" \"$st\"\n"
                         "printf 'D '\n")
        + read + QStringLiteral(" | base64 -w0\nprintf '\\n'\n");
}

JobScript::LogChunk JobScript::parseLog(const QByteArray &output)
{
    LogChunk chunk;
    bool sawSize = false;
    for (QByteArray line : output.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("L ")) {
            chunk.total = line.mid(2).toLongLong(&sawSize);
        } else if (line.startsWith("T ")) {
            chunk.state = QString::fromUtf8(line.mid(2));
        } else if (line.startsWith("D")) {
            chunk.bytes = QByteArray::fromBase64(line.mid(1).trimmed());
            chunk.ok = sawSize;
        }
    }
    return chunk;
}

QString JobScript::cancel(const QString &jobId)
{
    return jobVariables(jobId) + QStringLiteral("[ -d \"$J\" ] || exit 8\n") + statusLibrary()
        + QStringLiteral(R"SH(st=$(field state); p=$(field pid)
case $st in running|starting)
  # Every process of the job, frozen (twice: what forked meanwhile), so that none can leave
  # the job unseen, e.g. a child in a session of its own whose parent ends on TERM.
  snap=$(jobprocs "$ID" "$p")
  for q in $(echo "$snap" | cut -d' ' -f1); do kill -STOP "$q" 2>/dev/null; done
  snap="$snap
$(jobprocs "$ID" "$p")"
  for q in $(echo "$snap" | cut -d' ' -f1); do kill -STOP "$q" 2>/dev/null; done
  # TERM to each (and the wrapper's group), then on they go: the wrapper records the end.
  ownpid "$ID" "$p" && kill -TERM "-$p" 2>/dev/null
  for q in $(echo "$snap" | cut -d' ' -f1); do kill -TERM "$q" 2>/dev/null; kill -CONT "$q" 2>/dev/null; done
  i=0
  while [ $i -lt 50 ] && grep -qxE 'state=(running|starting)' "$J/status"; do sleep 0.1; i=$((i+1)); done
  # The wrapper ends what is left of the job itself (and may stop the server): only one that
  # did not react within five seconds is killed with everything it started.
  if grep -qxE 'state=(running|starting)' "$J/status"; then
    ownpid "$ID" "$p" && kill -KILL "-$p" 2>/dev/null
    endall "$ID" "$p"
    setst state cancelled exit 143 ended "$(date +%s)"
    rm -f "$J/stop-token"
  fi
  # What ignored TERM out of the wrapper's reach: killed by pid when it is still the same
  # process (its start time), never one that got the pid since; the wrapper may still be
  # stopping the server.
  echo "$snap" | while read -r q t; do
    [ -n "$q" ] && [ "$q" != "$p" ] && [ "$(started "$q")" = "$t" ] && kill -KILL "$q" 2>/dev/null
  done;;
esac
printf 'K %s\n' "$(field state)"
)SH");
}

} // namespace fornax
