#!/usr/bin/env bash
# Renders the demo month's workbooks as they print (LibreOffice headless → PDF → PNG) into docs/, for the README.
# Installs LibreOffice Calc, poppler's pdftoppm and a Chinese font from the OS packages when they are missing
# (Debian/Ubuntu: apt-get; Fedora/RHEL: dnf); without a Chinese font every character prints as a box. Usage: docs/render-reports.sh [resolution in dpi, default 50]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
dpi="${1:-50}"

install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if command -v apt-get >/dev/null; then
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei
  elif command -v dnf >/dev/null; then
    "${sudo[@]}" dnf install -y libreoffice-calc poppler-utils wqy-zenhei-fonts
  else
    echo "install LibreOffice (soffice) and poppler (pdftoppm), then rerun" >&2
    exit 1
  fi
}
command -v soffice >/dev/null && command -v pdftoppm >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || install

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/kaohe" run --month 2026-10 --output "$work/2026-10" >/dev/null
out="$work/2026-10"
# one PNG per printed page: <report>-<page>.png
render() {
  local xlsx="$1" name="$2"
  soffice --headless --convert-to pdf --outdir "$work/pdf" "$xlsx" >/dev/null 2>&1
  rm -f "$here/$name"-*.png
  pdftoppm -png -r "$dpi" "$work/pdf/$(basename "${xlsx%.xlsx}").pdf" "$here/$name"
}
render "$out/performance-2026-10.xlsx" performance
render "$out/sections/文电科-2026-10.xlsx" section
render "$out/five-dont-lets-2026-10.xlsx" five-dont-lets
ls "$here"/*.png
