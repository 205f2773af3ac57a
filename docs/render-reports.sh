#!/usr/bin/env bash
# Renders the demo month's reports as they print into docs/, for the README: the workbooks and the notice through
# LibreOffice headless (→ PDF → one PNG per page), the five don't-lets web page as headless Chromium shows it; then a
# demo year (twelve generated months of 60 people in two sections, run one after the other, then kaohe year): its
# workbooks and 公示.
# Installs LibreOffice Calc and Writer, poppler's pdftoppm, Chromium and a Chinese font from the OS packages when
# they are missing (Debian/Ubuntu: apt-get; Fedora/RHEL: dnf); without a Chinese font every character prints as a
# box. Usage: docs/render-reports.sh [resolution in dpi, default 50]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
dpi="${1:-50}"

browser() {
  command -v chromium || command -v chromium-browser || command -v google-chrome || true
}

install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if command -v apt-get >/dev/null; then
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils chromium \
      fonts-wqy-zenhei
  elif command -v dnf >/dev/null; then
    "${sudo[@]}" dnf install -y libreoffice-calc libreoffice-writer poppler-utils chromium wqy-zenhei-fonts
  else
    echo "install LibreOffice (soffice, Calc and Writer), poppler (pdftoppm) and Chromium, then rerun" >&2
    exit 1
  fi
}
command -v soffice >/dev/null && command -v pdftoppm >/dev/null && [ -n "$(browser)" ] \
  && [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || install

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/kaohe" run --month 2026-10 --output "$work/2026-10" >/dev/null
out="$work/2026-10"
# one PNG per printed page: <report>-<page>.png
render() {
  local file="$1" name="$2"
  soffice --headless --convert-to pdf --outdir "$work/pdf" "$file" >/dev/null 2>&1
  rm -f "$here/$name"-*.png
  pdftoppm -png -r "$dpi" "$work/pdf/$(basename "${file%.*}").pdf" "$here/$name"
  # pdftoppm pads page numbers to the page count's digits (-01 from ten pages on); the README names pages unpadded
  local page
  for page in "$here/$name"-0*.png; do
    [ -e "$page" ] || continue
    local n="${page##*-}"
    mv "$page" "$here/$name-$((10#${n%.png})).png"
  done
}
render "$out/performance-2026-10.xlsx" performance
render "$out/sections/文电科-2026-10.xlsx" section
render "$out/five-dont-lets-2026-10.xlsx" five-dont-lets
render "$out/notice-2026-10.docx" notice
# the web page's first screen at a laptop's width, scaled down as the PNG pages are (96 dpi on screen)
"$(browser)" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
  --force-device-scale-factor="$(awk "BEGIN { print $dpi / 96 }")" \
  --screenshot="$here/five-dont-lets-html.png" "file://$out/five-dont-lets-2026-10.html" >/dev/null 2>&1

year="$work/year"
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  "$root/kaohe" generate --people 60 --month "2026-$m" --output "$year/input/2026-$m" --seed 7 >/dev/null
  "$root/kaohe" run --month "2026-$m" --input "$year/input/2026-$m" --output "$year/output/2026-$m" >/dev/null
done
"$root/kaohe" year --year 2026 --output "$year/output/2026" >/dev/null
render "$year/output/2026/year-2026.xlsx" year
render "$year/output/2026/sections/第1科-2026.xlsx" year-section
render "$year/output/2026/publicity-2026.docx" publicity
ls "$here"/*.png
