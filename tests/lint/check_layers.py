#!/usr/bin/python3
"""Fails when app code includes a header the wrong way between layers.

The folders of app/ are layers (README, "How the code is organised"). The transfer engine:

    transfer/  ->  transfer/backends/  ->  archive/  jupyter/  ssh/  ->  hub/ account/ and the basics

archive/ (libarchive, safe extraction) includes only the basics; jupyter/ (a single-user
server's terminals and contents) and ssh/ (libssh) include the basics, hub/ and account/ but
never each other, archive/ or transfer/. The jobs in transfer/ reach the server only through
the interfaces TransferBackend, ServerCommands and ArchiveStream: only transfer/backends/
(jupyter/, ssh/, loopback/ and the real server's HubBackend) includes jupyter/ or ssh/, so no
job can grow a branch for one transport. Two files of transfer/ are not jobs and talk to the
server directly: RemoteDirectory (the remote browser's folder view) and TransferJobFactory
(reads the hub's SSH settings). Nothing in
app/core includes the window (ui/) or the command line (cli/), and neither of those includes
the other. The basics, hub/, account/, cost/ and health/ never include the transfer engine.
jobs/ (notebooks and scripts run on the server) sits on top of the engine: it may include the
basics, hub/, account/, cost/, jupyter/, archive/ and transfer/ (it runs its scripts through
ServerCommands), never transfer/backends/, and nothing below it includes jobs/.

  check_layers.py APPDIR    scans *.cpp and *.h below APPDIR (the repository's app/); prints
                            file:line, the header and the rule for every wrong-way include
                            and exits 1 if there is one.

Run by the build (app/CMakeLists.txt) and as the test lint.layers.
"""
import pathlib
import re
import sys

CORE_BASE = {"basics", "hub", "account", "cost", "health"}
ENGINE = {"archive", "jupyter", "ssh", "transfer", "backends"}
# Files of transfer/ that are not jobs and may include jupyter/ and ssh/ (see above).
TRANSFER_DIRECT = {"RemoteDirectory", "TransferJobFactory"}

# What each layer may include (besides itself). Unlisted layers (ui, cli) use FORBIDDEN.
ALLOWED = {
    **{layer: CORE_BASE for layer in CORE_BASE},
    "archive": {"basics"},
    "jupyter": {"basics", "hub", "account"},
    "ssh": {"basics", "hub", "account"},
    "transfer": {"basics", "hub", "account", "archive", "backends"},
    "backends": {"basics", "hub", "account", "archive", "jupyter", "ssh", "transfer"},
    "jobs": {"basics", "hub", "account", "cost", "archive", "jupyter", "transfer"},
}
FORBIDDEN = {"ui": {"cli"}, "cli": {"ui"}}

RULES = {
    "archive": "archive/ includes only app/core's top-level basics",
    "jupyter": "jupyter/ includes only the basics, hub/ and account/ (never ssh/, archive/ or transfer/)",
    "ssh": "ssh/ includes only the basics, hub/ and account/ (never jupyter/, archive/ or transfer/)",
    "transfer": "transfer/ reaches jupyter/ and ssh/ only through transfer/backends/ (TransferBackend)",
    "backends": "transfer/backends/ includes the basics, hub/, account/, archive/, jupyter/, ssh/ and transfer/",
    "ui": "ui/ never includes cli/",
    "cli": "cli/ never includes ui/",
    "jobs": "jobs/ includes the basics, hub/, account/, cost/, archive/, jupyter/ and transfer/ (never transfer/backends/)",
}
BASE_RULE = "app/core (basics, hub/, account/, cost/, health/) never includes ui/, cli/ or the transfer engine"

# ui/ keeps a folder per feature (signin/, server/, transfers/, cost/), each an include root of
# fornax-ui: its headers are included by bare name. They are all the layer "ui".
def ui_features(app):
    return sorted(p for p in (app / "ui").iterdir() if p.is_dir())


INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(path, app):
    """The layer of a file below app/: a folder name, or "basics" for app/core's top level."""
    parts = path.relative_to(app).parts
    if parts[0] == "core":
        if len(parts) > 3 and parts[1:3] == ("transfer", "backends"):
            return "backends"
        return "basics" if len(parts) == 2 else parts[1]
    return parts[0] if len(parts) > 1 else "main"


def resolve(header, including, app):
    """Where the compiler finds a quoted include: beside the file, then the include roots."""
    for root in (including.parent, app / "core", app / "ui", *ui_features(app), app / "cli"):
        candidate = root / header
        if candidate.is_file():
            return candidate.resolve()
    return None  # generated (FornaxVersion.h) or not ours


def violations(app):
    app = app.resolve()
    found = []
    for path in sorted(p for p in app.rglob("*") if p.suffix in (".cpp", ".h")):
        layer = layer_of(path, app)
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in INCLUDE.finditer(text):
            target = resolve(match.group(1), path, app)
            if target is None or app not in target.parents:
                continue
            other = layer_of(target, app)
            if other == layer:
                continue
            if layer in ALLOWED:
                wrong = other not in ALLOWED[layer]
                if layer == "transfer" and path.stem in TRANSFER_DIRECT and other in ("jupyter", "ssh"):
                    wrong = False
                rule = RULES.get(layer, BASE_RULE)
            else:
                wrong = other in FORBIDDEN.get(layer, set())
                rule = RULES.get(layer, "")
            if wrong:
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(app.parent)}:{line}: includes \"{match.group(1)}\" "
                             f"({other}): {rule}")
    return found


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    found = violations(pathlib.Path(argv[1]))
    for entry in found:
        print(entry)
    if found:
        print(f"{len(found)} wrong-way include(s); the layers are described in tests/lint/check_layers.py "
              "and the README's \"How the code is organised\".")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
