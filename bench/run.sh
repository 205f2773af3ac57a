#!/usr/bin/env bash
# Kaohe benchmark (issue 6): builds the jar once, generates synthetic months, runs the real jar on each with
# JAVA_OPTS=-Xmx1g, and measures the bare floor (OpenCSV CSVReader + first/last punch per person per day) on the
# same files in the same run, back to back. Prints markdown tables (paste them into BENCHMARKS.md).
#
#   bench/run.sh [sizes…]            default: 1000 10000 100000
#   BENCH_DIR=/tmp/kaohe-bench       where months, outputs and logs go (generated months are reused)
#   BENCH_MONTH=2026-09              a month of 22 working days: 100,000 people ≈ 8.4 M punch rows
#   BENCH_FLAT=<largest size>        people for the flat-memory check (same people, punches written twice); 0 skips
#   BENCH_XLSX_PEOPLE=11900          people for the XLSX check (≈ 1,000,000 punch rows on one sheet); 0 skips
#   BENCH_HEAP=-Xmx1g                heap for Kaohe and the floors
#   BENCH_JAVA_HOME=/usr/lib/jvm/…   the JDK for the build, the floors and Kaohe (default: the java on the PATH);
#                                    bench/both-jdks.sh runs the whole script on JDK 17 and JDK 25
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${BENCH_JAVA_HOME:-}" ]; then
  export JAVA_HOME="$BENCH_JAVA_HOME" PATH="$BENCH_JAVA_HOME/bin:$PATH"
fi
work="${BENCH_DIR:-/tmp/kaohe-bench}"
month="${BENCH_MONTH:-2026-09}"
heap="${BENCH_HEAP:--Xmx1g}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
flat="${BENCH_FLAT:-${sizes[-1]}}"
xlsx_people="${BENCH_XLSX_PEOPLE:-11900}"
mkdir -p "$work"

echo "== build" >&2
(cd "$here" && ./mvnw -B -q -DskipTests package) >&2
rm -rf "$work/jar" "$work/floor"
java -Djarmode=tools -jar "$here/target/kaohe.jar" extract --destination "$work/jar" >/dev/null
cp="$work/jar/kaohe.jar:$work/jar/lib/*"
javac -nowarn -d "$work/floor" -cp "$cp" "$here"/bench/java/*.java
cp="$work/floor:$cp"

# generate <people> <dir> [generator options…]: reuses a folder generated earlier with the same arguments
generate() {
  local people="$1" dir="$2"; shift 2
  local stamp="$people $month $*"
  if [ -f "$dir/.generated" ] && [ "$(cat "$dir/.generated")" = "$stamp" ]; then return; fi
  rm -rf "$dir"
  echo "== generate $people people $*" >&2
  java -jar "$here/target/kaohe.jar" generate --people "$people" --month "$month" --output "$dir" \
      --rules "$here/jobs/rules.yml" "$@" >&2
  echo "$stamp" > "$dir/.generated"
}

# measure <label> <gc-log> <command…>: runs the command under /usr/bin/time -v; sets wall, cpu (user + system
# seconds, the figure a busy shared machine distorts least), rss_mb, heap_mb, live_mb
measure() {
  local label="$1" gclog="$2"; shift 2
  local timing="$work/time-$label.txt"
  rm -f "$gclog"
  if ! /usr/bin/time -v "$@" > "$work/out-$label.txt" 2> "$timing"; then
    echo "FAILED: $label (see $work/out-$label.txt, $timing)" >&2; tail -5 "$timing" >&2; exit 1
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$timing")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.1f", s}' "$timing")
  rss_mb=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$timing")
  [ -s "$gclog" ] || { echo "no GC log from $label: JAVA_OPTS did not reach the JVM" >&2; exit 1; }
  # peak heap in use = largest "before" of any collection, or the heap used at exit; live = largest "after" of a
  # pause that collects (young, mixed or full): G1's remark and cleanup pauses only report the occupancy, garbage
  # and all, so they would count what the run no longer holds
  heap_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | awk -F'M->|M' '{if ($1>m) m=$1} END {print m+0}')
  local at_exit
  at_exit=$( (grep -oE 'used [0-9]+K' "$gclog" || true) | head -1 | awk '{printf "%d", $2/1024}')
  [ "${at_exit:-0}" -gt "$heap_mb" ] && heap_mb=$at_exit
  live_mb=$(grep -E 'Pause (Young|Full)' "$gclog" | grep -oE '[0-9]+M->[0-9]+M' \
      | awk -F'M->|M' '{if ($2>m) m=$2} END {print m+0}')
}

gcopts() { echo "$heap -Xlog:gc,gc+heap+exit:file=$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
rate() { awk -v r="$1" -v s="$2" 'BEGIN {printf "%d", r/s}'; }
punch_rows() { cat "$1"/punches-*.csv | wc -l | awk -v f="$(ls "$1"/punches-*.csv | wc -l)" '{print $1-f}'; }

# the month's composition: data rows per input kind (a CSV's lines but its header); appends a row to $kinds
kinds_header="| month | staff | punches | leave | overtime | errors | findings | duty | tasks | documents | information |"
composition() {
  local name="$1" input="$2" row="| $1 |" kind n
  for kind in staff punches leave overtime errors findings duty tasks documents information; do
    n=$(cat "$input/$kind"*.csv 2>/dev/null | wc -l)
    n=$((n - $(ls "$input/$kind"*.csv 2>/dev/null | wc -l)))
    [ "$n" -gt 0 ] || { echo "the month $name has no $kind rows: every input kind must be measured" >&2; exit 1; }
    row+=" $n |"
  done
  kinds+="$row"$'\n'
}

# every output the month must have written (the attendance grid and the print set-up are inside the workbooks)
outputs_complete() {
  local out="$1" f
  for f in "results-$month.csv" "payroll-$month.csv" "rejected-$month.csv" "performance-$month.xlsx" \
      "five-dont-lets-$month.xlsx" "five-dont-lets-$month.html" "notice-$month.docx"; do
    [ -s "$out/$f" ] || { echo "the run did not write $out/$f" >&2; exit 1; }
  done
  [ -n "$(ls "$out/sections" 2>/dev/null)" ] || { echo "the run wrote no section workbooks in $out" >&2; exit 1; }
}

# run_pair <name> <input dir>: the floor then Kaohe on the same month; appends a table row to $rows
run_pair() {
  local name="$1" input="$2" out="$work/$1/output/$month"
  local n; n=$(punch_rows "$input")
  measure "$name-floor" "$work/gc-$name-floor.log" java $(gcopts "$work/gc-$name-floor.log") -cp "$cp" PunchFloor "$input"/punches-*.csv
  local fw=$wall fcpu=$cpu frss=$rss_mb fheap=$heap_mb
  rm -rf "$work/$name/output"
  JAVA_OPTS="$(gcopts "$work/gc-$name-kaohe.log")" measure "$name-kaohe" "$work/gc-$name-kaohe.log" \
      "$here/kaohe" run --month "$month" --input "$input" --output "$out" --rules "$here/jobs/rules.yml"
  outputs_complete "$out"
  composition "$name" "$input"
  local people; people=$(($(wc -l < "$out/results-$month.csv") - 1))
  rows+="| $name | $people | $n | $fw | $fcpu | $(rate "$n" "$fw") | $frss | $fheap | $wall | $cpu | $(rate "$n" "$wall") | $rss_mb | $heap_mb | $live_mb | $(ratio "$wall" "$fw") | $(ratio "$cpu" "$fcpu") |"$'\n'
}

# the launcher records its start-up cache (class-data archive or AOT cache) at its first use after a build or with
# another JDK: do that outside the measurements
echo "== warm-up run (demo month)" >&2
rm -rf "$work/warmup"
"$here/kaohe" run --month 2026-10 --input "$here/input/2026-10" --output "$work/warmup/2026-10" \
    --rules "$here/jobs/rules.yml" > /dev/null

rows="" kinds=""
for n in "${sizes[@]}"; do
  generate "$n" "$work/$n/input/$month"
  run_pair "$n" "$work/$n/input/$month"
done
if [ "$flat" != 0 ]; then
  generate "$flat" "$work/${flat}x2/input/$month" --punch-copies 2
  run_pair "${flat}x2" "$work/${flat}x2/input/$month"
fi

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | sed -n 2p), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: bench/run.sh ${sizes[*]}  (BENCH_MONTH=$month BENCH_HEAP=$heap BENCH_FLAT=$flat BENCH_XLSX_PEOPLE=$xlsx_people)"
echo
echo "| month | people | punch rows | floor wall s | floor CPU s | floor rows/s | floor RSS MB | floor heap MB | Kaohe wall s | Kaohe CPU s | Kaohe rows/s | Kaohe RSS MB | Kaohe heap MB | Kaohe live MB | wall ×floor | CPU ×floor |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s' "$rows"
echo
echo "$kinds_header"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s' "$kinds"

if [ "$xlsx_people" != 0 ]; then
  dir="$work/xlsx/input/$month"
  generate "$xlsx_people" "$dir" --xlsx
  measure xlsx-poi "$work/gc-xlsx-poi.log" java $(gcopts "$work/gc-xlsx-poi.log") -cp "$cp" XlsxFloor "$dir/punches-1.xlsx"
  pw=$wall pcpu=$cpu prss=$rss_mb pheap=$heap_mb
  measure xlsx-kaohe "$work/gc-xlsx-kaohe.log" java $(gcopts "$work/gc-xlsx-kaohe.log") -cp "$cp" XlsxKaoheRead "$dir"
  echo
  echo "| XLSX punch sheet | rows | POI event API wall s | CPU s | RSS MB | heap MB | Kaohe reader wall s | CPU s | RSS MB | heap MB | wall ×POI | CPU ×POI |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| punches-1.xlsx | $(grep -oE 'rows=[0-9]+' "$work/out-xlsx-kaohe.txt" | cut -d= -f2) | $pw | $pcpu | $prss | $pheap | $wall | $cpu | $rss_mb | $heap_mb | $(ratio "$wall" "$pw") | $(ratio "$cpu" "$pcpu") |"
fi
