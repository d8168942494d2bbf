#!/usr/bin/env bash
# The README's two commands:
#   installer/quickstart.sh demo   install what is needed, build, open Plumbline on the demo workspace
#   installer/quickstart.sh test   install what is needed, build (warnings as errors), run the whole test suite
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode="${1:-}"
case "$mode" in
  demo) preset=release ;;
  test) preset=ci ;;
  *) echo "usage: $0 demo|test" >&2; exit 64 ;;
esac

"$root/installer/install-deps.sh"

start=$(date +%s)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
echo "quickstart: built in $(( $(date +%s) - start )) s"
bin="$root/build/$preset/bin/plumbline"

if [[ "$mode" == demo ]]; then
  if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$bin" --demo
  fi
  # No display (a server or a container): run the window on a virtual screen and keep a screenshot of it.
  shot="$root/build/demo-screenshot.png"
  echo "quickstart: no display found; starting the demo on a virtual screen, screenshot in $shot"
  xvfb-run -a -s "-screen 0 1280x800x24" sh -c "\"$bin\" --demo & pid=\$!; sleep 5; import -window root \"$shot\"; kill \$pid"
  exit 0
fi

# Tests: a private session bus with an unlocked GNOME Keyring (the real Secret Service), the offscreen platform.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
  echo -n plumbline-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 70
  ctest --test-dir "$1" --output-on-failure --timeout 600 -j2
' sh "$root/build/$preset"
