#!/usr/bin/env bash
# Installs every Debian 12 package needed to build, run and test Fornax Desktop.
# Idempotent: packages already present are skipped, so a second run costs a second.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config git ccache lld
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev qtkeychain-qt6-dev libssh-dev libarchive-dev libxml2-dev libgl-dev
  # the usage page's chart (app/ui only)
  qt6-charts-dev
  # run and test: display, session bus, keyring, tray host
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools trayer
  # the process tests (tests/process): keys, clicks and screenshots from outside the app, and an
  # X session manager's logout (libSM/libICE)
  xdotool imagemagick libsm-dev libice-dev libx11-dev
  # the real servers the tests start: the hub, Notebook 6 and jupyter_server single-user servers
  # (the latter is what Fornax runs), terminals for both
  jupyterhub node-configurable-http-proxy python3-notebook python3-jupyter-server python3-terminado
  python3-websocket openssh-server zstd
  # jobs (issue 21): notebooks run on the fixture's servers with nbconvert and a python3 kernel
  python3-nbconvert python3-ipykernel jupyter-nbconvert
  # a Secret Service that never answers (CredentialStore's timeout test)
  python3-dbus
  # code style
  clang-format
  # fuzzing (tests/fuzz, -DFORNAX_FUZZ=ON with clang): libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # quality gates: the `tidy` target, line coverage (tests/coverage.sh)
  clang-tidy gcovr
  # packaging: icons, man page, validators, .deb dependencies
  librsvg2-bin help2man desktop-file-utils appstream dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q "${missing[@]}"
