#!/usr/bin/env bash
# Builds the Debian package from a built tree, validates its desktop integration, installs it on this machine,
# runs the installed `plumbline --version` and `plumbline check` against the installed `plumbline sandbox`, then
# removes the package and checks that it is gone. Any failure exits non-zero. Needs root or sudo (apt-get).
#   installer/package-check.sh [BUILD_DIR]      BUILD_DIR: a configured and built tree (default: build/ci)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build/ci}" && pwd)"
app_id=io.plumbline.Plumbline
start=$(date +%s)

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "package-check: run as root or install sudo" >&2
  exit 1
fi
say() { echo "package-check: $*"; }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

tmp="$(mktemp -d)"
sandbox_pid=""
installed_by_us=0
cleanup() {
  [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null || true
  if [[ $installed_by_us -eq 1 ]] && dpkg-query -W -f='${db:Status-Status}' plumbline 2>/dev/null | grep -qx installed; then
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q plumbline >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

if dpkg-query -W -f='${db:Status-Status}' plumbline 2>/dev/null | grep -qx installed; then
  fail "a plumbline package is already installed on this machine; remove it first (apt-get remove plumbline)"
fi

# 1. The package.
t=$(date +%s)
rm -f "$build"/plumbline_*.deb
(cd "$build" && cpack -G DEB >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log" >&2; fail "cpack"; }
deb="$(ls "$build"/plumbline_*.deb)"
size=$(stat -c %s "$deb")
say "built $(basename "$deb"): $((size / 1024)) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB, in $(( $(date +%s) - t )) s"
say "Depends: $(dpkg-deb -f "$deb" Depends)"
for need in libqt6sql6-sqlite libsecret-1-0 qt6-qpa-plugins libqt6widgets6 libqt6keychain1; do
  dpkg-deb -f "$deb" Depends | grep -q "$need" || fail "Depends lacks $need"
done
dpkg-deb -f "$deb" Recommends | grep -q gnome-keyring || fail "Recommends lacks a Secret Service provider"

# 2. Desktop integration as shipped.
dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/plumbline "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
  [[ -e "$tmp/root/$f" ]] || fail "the package lacks /$f"
done
for s in 16 32 48 64 128 256; do
  png="$tmp/root/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png"
  [[ -e "$png" ]] || fail "the package lacks the ${s}x${s} icon"
  file "$png" | grep -q "$s x $s" || fail "the ${s}x${s} icon is $(file -b "$png")"
done
desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/$app_id.metainfo.xml" >"$tmp/appstream.log" 2>&1 \
  || { cat "$tmp/appstream.log" >&2; fail "appstreamcli validate"; }
say "desktop file and AppStream metadata valid; icons: scalable + 16..256"

# 3. Install it like a user would.
t=$(date +%s)
installed_by_us=1
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 \
  || { cat "$tmp/apt.log" >&2; fail "apt-get install"; }
[[ -x /usr/bin/plumbline ]] || fail "/usr/bin/plumbline missing after install"
say "installed in $(( $(date +%s) - t )) s"

# 4. Run the installed binary: --version, then a check against the installed sandbox, as a user with a fresh home.
mkdir -m 700 "$tmp/home" "$tmp/runtime"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
  XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime" PLUMBLINE_SETTINGS="$tmp/home/plumbline.conf"
version="$(/usr/bin/plumbline --version)"
[[ "$version" == *"$(dpkg-deb -f "$deb" Version)"* ]] || fail "--version printed '$version'"
say "/usr/bin/plumbline --version: $version"

/usr/bin/plumbline sandbox --port 0 >"$tmp/sandbox.log" 2>&1 &
sandbox_pid=$!
base=""
for _ in $(seq 1 100); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$tmp/sandbox.log" | head -1 || true)"
  [[ -n "$base" ]] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$tmp/sandbox.log" >&2; fail "the sandbox exited"; }
  sleep 0.1
done
[[ -n "$base" ]] || fail "the sandbox did not start"
curl -sf "$base/_sandbox/workspace" >"$tmp/workspace.json" || fail "the sandbox's workspace"
curl -sf "$base/_sandbox/env" >"$tmp/env" || fail "the sandbox's keys"
/usr/bin/plumbline --data-dir "$tmp/data" import "$tmp/workspace.json" || fail "plumbline import"
set +e
(
  # KEY=value lines, exported as they are (never sourced: a key may hold shell characters).
  while IFS= read -r line; do [[ "$line" == PLUMBLINE_SECRET_*=* ]] && export "$line"; done <"$tmp/env"
  exec /usr/bin/plumbline --data-dir "$tmp/data" check
) >"$tmp/check.log" 2>&1
status=$?
set -e
cat "$tmp/check.log"
[[ $status -eq 0 ]] || fail "plumbline check exited $status against the healthy sandbox"
grep -q '^PLUMBLINE OK' "$tmp/check.log" || fail "plumbline check did not report OK"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""

# 5. Remove it again.
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q plumbline >"$tmp/apt.log" 2>&1 \
  || { cat "$tmp/apt.log" >&2; fail "apt-get remove"; }
installed_by_us=0
[[ ! -e /usr/bin/plumbline ]] || fail "/usr/bin/plumbline is still there after apt-get remove"
[[ ! -e "/usr/share/applications/$app_id.desktop" ]] || fail "the desktop file is still there after removal"
say "removed; all package checks passed in $(( $(date +%s) - start )) s"
