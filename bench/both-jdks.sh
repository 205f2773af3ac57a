#!/usr/bin/env bash
# bench/run.sh on each JDK in turn, the floor and Kaohe in the same run on the same months (generated once, reused),
# then every JDK's tables one after the other, headed by the JDK, for BENCHMARKS.md.
#
#   bench/both-jdks.sh [sizes…]                    the sizes and BENCH_* settings of bench/run.sh
#   BENCH_JDKS="/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64"   the JDKs (JAVA_HOMEs)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jdks="${BENCH_JDKS:-/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64}"
work="${BENCH_DIR:-/tmp/kaohe-bench}"
mkdir -p "$work"
tables=()
for jdk in $jdks; do
  [ -x "$jdk/bin/java" ] || { echo "no JDK at $jdk (set BENCH_JDKS)" >&2; exit 1; }
  table="$work/tables-$(basename "$jdk").md"
  echo "== $jdk" >&2
  BENCH_JAVA_HOME="$jdk" "$here/bench/run.sh" "$@" > "$table"
  tables+=("$table")
done
for t in "${tables[@]}"; do
  # headed by the JDK's runtime line, from the machine line run.sh prints
  echo "### $(grep -o 'machine: .*' "$t" | sed -E 's/.*RAM, (.*), load before.*/\1/')"
  cat "$t"
  echo
done
