#!/usr/bin/env bash
# CTest's packaging.deb: builds the .deb from a built tree with CPack, unpacks it into a temporary
# root with dpkg -x and checks that what a user gets is there and works.
# Usage: check-deb.sh BUILD_DIR OUT_DIR VERSION APP_ID ICON_SIZE...
set -euo pipefail

BUILD="$1" OUT="$2" VERSION="$3" APP_ID="$4"
shift 4
ICON_SIZES=("$@")

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

rm -rf "$OUT"
mkdir -p "$OUT"
cd "$BUILD"
echo "check-deb: cpack -G DEB"
"${CPACK:-cpack}" -G DEB -B "$OUT" > "$OUT/cpack.log" 2>&1 || { cat "$OUT/cpack.log" >&2; echo "FAIL: cpack failed" >&2; exit 1; }

debs=("$OUT"/*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
    echo "FAIL: expected one .deb in $OUT, found: ${debs[*]}" >&2
    exit 1
fi
DEB="${debs[0]}"
echo "check-deb: $DEB ($(du -h "$DEB" | cut -f1))"

# The control fields a package manager and a user see.
field() { dpkg-deb --field "$DEB" "$1"; }
[[ $(field Package) == fornax-desktop ]] || fail "Package is '$(field Package)', not fornax-desktop"
[[ $(field Version) == "$VERSION"-* ]] || fail "Version '$(field Version)' does not start with $VERSION-"
[[ $(field Section) == science ]] || fail "Section is '$(field Section)', not science"
[[ $(field Homepage) == https://* ]] || fail "Homepage '$(field Homepage)' is not an https URL"
[[ $(field Maintainer) == *"<"*"@"*">" ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
depends="$(field Depends)"
# Computed by dpkg-shlibdeps: the libraries the executable links, with versions.
for lib in libc6 libqt6core6 libqt6widgets6 libqt6svg6; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[[ $depends == *"("*">="* ]] || fail "Depends has no versioned dependency, was dpkg-shlibdeps run? $depends"
description="$(field Description)"
[[ $(wc -l <<< "$description") -ge 2 ]] || fail "Description has no extended part: $description"

ROOT="$OUT/root"
dpkg -x "$DEB" "$ROOT"

exe="$ROOT/usr/bin/fornax-desktop"
if [[ -x $exe ]]; then
    version_output="$("$exe" --version 2>&1)" || fail "fornax-desktop --version exited with $?: $version_output"
    [[ $version_output == *" $VERSION"* ]] || fail "fornax-desktop --version says '$version_output', not $VERSION"
    echo "check-deb: usr/bin/fornax-desktop --version: $version_output"
else
    fail "usr/bin/fornax-desktop is missing or not executable"
fi

expect_file() { [[ -s "$ROOT/$1" ]] || fail "$1 is missing or empty"; }
expect_file "usr/share/applications/$APP_ID.desktop"
expect_file "usr/share/metainfo/$APP_ID.metainfo.xml"
expect_file "usr/share/man/man1/fornax-desktop.1.gz"
expect_file "usr/share/doc/fornax-desktop/copyright"
expect_file "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

# Each PNG has the size its folder names (width and height are bytes 16-23 of a PNG).
for size in "${ICON_SIZES[@]}"; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    expect_file "$png"
    [[ -s "$ROOT/$png" ]] || continue
    read -r w h < <(od -An -tu1 -j16 -N8 "$ROOT/$png" |
        awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [[ $w == "$size" && $h == "$size" ]] || fail "$png is ${w}x${h}"
done

# The man page is the one for this version, and has the options --help lists.
man="$ROOT/usr/share/man/man1/fornax-desktop.1.gz"
if [[ -s $man ]]; then
    page="$(gzip -dc "$man")" || fail "$man is not gzip"
    grep -q "^\.TH FORNAX-DESKTOP \"1\".*$VERSION" <<< "$page" || fail "man page .TH does not name version $VERSION"
    grep -q 'hub' <<< "$page" || fail "man page does not describe --hub"
fi

# The installed tree as AppStream tools see it: metainfo, its desktop file and icon together.
if ! appstreamcli validate-tree --no-net "$ROOT" > "$OUT/validate-tree.log" 2>&1; then
    cat "$OUT/validate-tree.log" >&2
    fail "appstreamcli validate-tree rejected the installed tree"
fi
desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" || fail "installed desktop file is invalid"

if ((failures > 0)); then
    echo "check-deb: $failures problem(s) in $DEB" >&2
    exit 1
fi
echo "check-deb: $DEB is complete"
