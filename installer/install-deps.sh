#!/usr/bin/env bash
# Installs what Plumbline needs to build, run and test on Debian 12 / Ubuntu 24.04. Idempotent: when every
# package is already there it changes nothing. Works as root, or as a user with sudo.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build qt6-base-dev libqt6opengl6-dev qt6-charts-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev libxkbcommon-dev
  # value checks: phone numbers to E.164 (8.12 on Debian 12)
  libphonenumber-dev
  # notifications: e-mail through libcurl's SMTP (STARTTLS, implicit TLS, authentication)
  libcurl4-openssl-dev
  # run: the platform plugins, the Secret Service client, fonts
  qt6-qpa-plugins libsecret-1-0 fonts-dejavu-core
  # test: a display server, a session bus with a keyring, screenshots, PDF and AppStream tools, packaging
  xvfb xauth dbus dbus-x11 gnome-keyring imagemagick poppler-utils appstream sqlite3 dpkg-dev file
  desktop-file-utils curl
  # test: a real SMTP server on loopback for the e-mail channel (STARTTLS, AUTH), and openssl for its certificate
  python3-aiosmtpd openssl
  # style: the formatting check (ctest `format`) uses the clang-format Debian 12 ships (14)
  clang-format
)

missing=()
for p in "${packages[@]}"; do
  [[ "$p" == \#* ]] && continue
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are installed."
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q --no-install-recommends "${missing[@]}"
