#!/usr/bin/env bash
# Renders resources/icons/plumbline.svg into the PNG sizes of the hicolor theme (committed, so a build needs no SVG
# renderer; Qt's SVG plugin is optional at run time). Run after changing the SVG:  installer/linux/make-icons.sh
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
svg="$root/resources/icons/plumbline.svg"
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$root/resources/icons/plumbline-$size.png"
done
ls -l "$root"/resources/icons/plumbline-*.png
