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
// jobpids ID: every process carrying FORNAX_JOB=ID in its environment; field KEY: its value.
QString statusLibrary()
{
    return QStringLiteral("setst() {\n"
                          "  t=\"$J/status.$$\"; cp \"$J/status\" \"$t\" 2>/dev/null || : > \"$t\"\n"
                          "  while [ $# -ge 2 ]; do grep -v \"^$1=\" \"$t\" > \"$t.n\"; printf '%s=%s\\n' "
                          "\"$1\" \"$2\" >> \"$t.n\";"
                          " mv -f \"$t.n\" \"$t\"; shift 2; done\n"
                          "  mv -f \"$t\" \"$J/status\"\n"
                          "}\n"
                          "field() { sed -n \"s/^$1=//p\" \"$J/status\" 2>/dev/null | tail -n 1; }\n"
                          "jobpids() { grep -lzx \"FORNAX_JOB=$1\" /proc/[0-9]*/environ 2>/dev/null | sed "
                          "'s,^/proc/,,; s,/environ$,,'; }\n"
                          "endall() { for p in $(jobpids \"$1\"); do [ \"$p\" = \"$$\" ] || kill -KILL "
                          "\"$p\" 2>/dev/null; done; }\n"
                          // ownpid ID PID: PID is still job ID's wrapper (pids are reused, above all by
                          // a new server): never signal a recorded pid without this.
                          "ownpid() { [ -n \"$2\" ] && grep -qzx \"FORNAX_JOB=$1\" \"/proc/$2/environ\" "
                          "2>/dev/null; }\n");
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
        + QLatin1Char('\n');
}

QString JobScript::submit(const JobRequest &request)
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
        "mkdir -p \"$J/$ID\" || exit 1\n"
        "A=\"$(pwd)/$J\"\n");
    // Empty too: an empty script is a valid one (it did nothing, exit 0), not a missing file.
    script += writeBlock(request.content, QStringLiteral("\"$J/$ID/\"") + q(request.fileName));
    script += writeBlock(spec(request).toUtf8(), QStringLiteral("\"$J/spec\""));
    script += writeBlock(params.toUtf8(), QStringLiteral("\"$J/params\""));
    script += writeBlock(manifest.toUtf8(), QStringLiteral("\"$J/manifest\""));
    script += writeBlock(wrapper().toUtf8(), QStringLiteral("\"$J/run.sh\""));
    script += writeBlock(notebookDriver().toUtf8(), QStringLiteral("\"$J/run-notebook.py\""));
    if (request.stopWhenDone && !request.stopToken.isEmpty())
        script += writeBlock(request.stopToken, QStringLiteral("\"$J/stop-token\""))
            + QStringLiteral("chmod 600 \"$J/stop-token\"\n");
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
    script += writeBlock(statusFile(request, QDateTime::currentDateTimeUtc()).toUtf8(),
                         QStringLiteral("\"$J/status\""));
    script += QStringLiteral(
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

QString JobScript::wrapper()
{
    // $1: the job's folder (absolute). Runs in a session of its own: $$ is its process group.
    return QStringLiteral("#!/bin/sh\n"
                          "# Fornax Desktop: runs one job and records how it ends (JobScript::wrapper).\n"
                          "J=$1\n"
                          ". \"$J/spec\"\n"
                          "export FORNAX_JOB=\"$ID\"\n"
                          // ipykernel's debugger warns about frozen modules on every start: noise in a log.
                          "export PYDEVD_DISABLE_FILE_VALIDATION=1\n"
                          "umask \"${UMASK:-022}\"\n")
        + statusLibrary()
        + QStringLiteral(
               "others_running() {\n"
               "  for s in \"$J\"/../*/status; do\n"
               "    d=${s%/status}; [ \"${d##*/}\" = \"$ID\" ] && continue\n"
               "    st=$(sed -n 's/^state=//p' \"$s\"); p=$(sed -n 's/^pid=//p' \"$s\")\n"
               "    case $st in running|starting) [ -z \"$p\" ] && return 0; ownpid \"${d##*/}\" \"$p\" && "
               "return 0;; esac\n"
               "  done\n"
               "  return 1\n"
               "}\n"
               "stop_server() {\n"
               "  [ -f \"$J/stop-token\" ] || { setst stop 'failed: no token to stop the server with'; "
               "return; }\n"
               "  if others_running; then\n"
               "    setst stop skipped-other-jobs\n"
               "    printf '[fornax] another job still runs on this server: it keeps running\\n'\n"
               "    return\n"
               "  fi\n"
               "  setst stop requested stop_time \"$(date +%s)\"\n"
               "  printf '[fornax] stopping this server (--stop-when-done)\\n'\n"
               "  r=$(python3 - \"$J/stop-token\" <<'PYEOF'\n"
               "import os, sys, urllib.error, urllib.parse, urllib.request\n"
               "path = sys.argv[1]\n"
               "try:\n"
               "    with open(path) as f:\n"
               "        token = f.read().strip()\n"
               "finally:\n"
               "    try:\n"
               "        os.remove(path)\n"
               "    except OSError:\n"
               "        pass\n"
               "api = os.environ.get('JUPYTERHUB_API_URL', '').rstrip('/')\n"
               "user = os.environ.get('JUPYTERHUB_USER', '')\n"
               "name = os.environ.get('JUPYTERHUB_SERVER_NAME', '')\n"
               "if not api or not user:\n"
               "    print('failed: the server does not know its hub (no JUPYTERHUB_API_URL)')\n"
               "    sys.exit(0)\n"
               "url = api + '/users/' + urllib.parse.quote(user, safe='')\n"
               "url += '/servers/' + urllib.parse.quote(name, safe='') if name else '/server'\n"
               "request = urllib.request.Request(url, method='DELETE', headers={'Authorization': 'token ' + "
               "token})\n"
               "try:\n"
               "    with urllib.request.urlopen(request, timeout=60) as reply:\n"
               "        print('stopped' if reply.status in (202, 204) else 'failed: HTTP %d' % "
               "reply.status)\n"
               "except urllib.error.HTTPError as error:\n"
               "    print('failed: HTTP %d' % error.code)\n"
               "except Exception as error:\n"
               "    print('failed: %s' % error)\n"
               "PYEOF\n"
               "  )\n"
               "  setst stop \"$r\"\n"
               "  printf '[fornax] server: %s\\n' \"$r\"\n"
               "}\n"
               // The server's own token (JUPYTERHUB_API_TOKEN, which may use this server) ends the
               // keep-alive that was set for the job, on the server's own address.
               "end_keepalive() {\n"
               "  [ \"$KEEPALIVE\" = 1 ] || return 0\n"
               "  others_running && return 0\n"
               "  python3 - <<'PYEOF'\n"
               "import os, urllib.request\n"
               "base = os.environ.get('JUPYTERHUB_SERVICE_URL', '').rstrip('/')\n"
               "token = os.environ.get('JUPYTERHUB_API_TOKEN', '')\n"
               "if base and token:\n"
               "    try:\n"
               "        request = urllib.request.Request(base + '/ext-keepalive', method='DELETE',\n"
               "                                         headers={'Authorization': 'token ' + token})\n"
               "        urllib.request.urlopen(request, timeout=30).close()\n"
               "        print('[fornax] the server no longer keeps itself alive for this job')\n"
               "    except Exception as error:\n"
               "        print('[fornax] could not end the server keep-alive: %s' % error)\n"
               "PYEOF\n"
               "}\n"
               "finish() {\n"
               "  trap '' TERM INT HUP\n"
               "  [ -f \"$J/cancelled\" ] && set -- cancelled 143\n"
               "  [ -f \"$J/server-stopped\" ] && set -- server-stopped \"$2\"\n"
               "  [ -n \"$W\" ] && kill \"$W\" 2>/dev/null\n"
               "  endall \"$ID\"\n"
               "  setst state \"$1\" exit \"$2\" ended \"$(date +%s)\"\n"
               "  printf '[fornax] job %s: %s (exit code %s)\\n' \"$ID\" \"$1\" \"$2\"\n"
               "  if [ \"$STOP\" = 1 ]; then stop_server; else end_keepalive; fi\n"
               "  rm -f \"$J/stop-token\"\n"
               "  exit 0\n"
               "}\n"
               "on_signal() {\n"
               "  if [ -f \"$J/timed-out\" ]; then finish timed-out 124; else finish cancelled 143; fi\n"
               "}\n"
               "cd \"$J/$ID\" || { setst state failed exit 1 ended \"$(date +%s)\"; exit 1; }\n"
               "trap on_signal TERM INT HUP\n"
               "setst state running pid \"$$\" started \"$(date +%s)\"\n"
               "W=\n"
               "if [ \"${MAX:-0}\" -gt 0 ]; then\n"
               "  ( trap 'kill \"$s\" 2>/dev/null; exit 0' TERM; sleep \"$MAX\" & s=$!; wait \"$s\" || exit "
               "0\n"
               "    : > \"$J/timed-out\"; kill -TERM \"-$$\" ) &\n"
               "  W=$!\n"
               "fi\n"
               "case $KIND in\n"
               "notebook)\n"
               "  if [ -s \"$J/params\" ]; then\n"
               "    set --\n"
               "    while IFS= read -r l; do set -- \"$@\" -p \"${l%%=*}\" \"${l#*=}\"; done < "
               "\"$J/params\"\n"
               "    papermill --log-output -k \"$KERNEL\" \"$@\" \"./$FILE\" \"./$OUT\" &\n"
               "  else\n"
               "    \"$PY\" -u \"$J/run-notebook.py\" \"./$FILE\" \"./$OUT\" \"$KERNEL\" &\n"
               "  fi;;\n"
               "python) python3 -u \"./$FILE\" & ;;\n"
               "*) sh \"./$FILE\" & ;;\n"
               "esac\n"
               "C=$!\n"
               "wait \"$C\"\n"
               "rc=$?\n"
               "if [ \"$rc\" -eq 0 ]; then finish finished 0; else finish failed \"$rc\"; fi\n");
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
        + QStringLiteral(
               "[ -d \"$JF\" ] || { printf 'N 0\\n'; exit 0; }\n"
               "now=$(date +%s)\n"
               "for d in $(ls -1r \"$JF\"); do\n"
               "  case $d in *[!0-9a-z-]*) continue;; esac\n"
               "  J=\"$JF/$d\"; [ -f \"$J/status\" ] || continue\n"
               "  st=$(field state); p=$(field pid); ss=$(field server_started); sub=$(field submitted)\n"
               "  case $st in running|starting)\n"
               "    gone=0\n"
               "    if [ -n \"$p\" ]; then ownpid \"$d\" \"$p\" || gone=1;"
               " elif [ $((now - ${sub:-0})) -gt 60 ]; then gone=1; fi\n"
               "    [ \"$SS\" -gt 0 ] && [ \"${ss:-0}\" -gt 0 ] && [ \"$ss\" != \"$SS\" ] && gone=1\n"
               // Read again: a wrapper that just ended wrote its last state before it exited.
               "    if [ $gone = 1 ] && grep -qxE 'state=(running|starting)' \"$J/status\"; then\n"
               "      : > \"$J/server-stopped\"\n"
               "      ownpid \"$d\" \"$p\" && kill -KILL \"-$p\" 2>/dev/null\n"
               "      endall \"$d\"\n"
               "      e=$(stat -c %Y \"$J/log\" 2>/dev/null || echo \"$now\")\n"
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
    return jobVariables(jobId) + QStringLiteral("[ -d \"$J\" ] || exit 8\n")
        + QStringLiteral("n=$(wc -c < \"$J/log\" 2>/dev/null || echo 0)\n"
                         "printf 'L %s\\nT %s\\n' \"$((n))\" \"$(sed -n 's/^state=//p' \"$J/status\")\"\n"
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
        + QStringLiteral("st=$(field state); p=$(field pid)\n"
                         "case $st in running|starting)\n"
                         "  ownpid \"$ID\" \"$p\" && kill -TERM \"-$p\" 2>/dev/null\n"
                         "  i=0\n"
                         "  while [ $i -lt 50 ] && grep -qxE 'state=(running|starting)' \"$J/status\"; do "
                         "sleep 0.1; i=$((i+1)); done\n"
                         // The wrapper ends what is left of the job itself (and may stop the server): only
                         // one that did not react within five seconds is killed with everything it started.
                         "  if grep -qxE 'state=(running|starting)' \"$J/status\"; then\n"
                         "    ownpid \"$ID\" \"$p\" && kill -KILL \"-$p\" 2>/dev/null\n"
                         "    endall \"$ID\"\n"
                         "    setst state cancelled exit 143 ended \"$(date +%s)\"\n"
                         "    rm -f \"$J/stop-token\"\n"
                         "  fi;;\n"
                         "esac\n"
                         "printf 'K %s\\n' \"$(field state)\"\n");
}

} // namespace fornax
