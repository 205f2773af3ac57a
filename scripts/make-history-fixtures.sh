#!/usr/bin/env bash
# Makes the run-history fixtures of the migration tests: the job repository (.kaohe/) that an earlier released
# commit of kaohe writes when it runs the demo month, as an office upgrading from that commit has it.
#   scripts/make-history-fixtures.sh              # every commit below
#   scripts/make-history-fixtures.sh e72ea01      # one of them
# Each commit is exported with git archive into a temporary folder, built there (tests skipped), and run on the
# demo month input/2026-10 of that commit; its .kaohe/jobs.mv.db is copied to
# src/test/resources/history-fixtures/<commit>/jobs.mv.db.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# e72ea01: the history as it was when issue 13 was taken (people as CSV parts in KAOHE_RUN_PEOPLE)
# 237a35b: the last history with a KAOHE_RUN_PERSON row per person (the parent of ff8a993)
commits=("${@:-e72ea01 237a35b}")
for commit in ${commits[*]}; do
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  git -C "$here" archive "$commit" | tar -x -C "$work"
  (cd "$work" && ./mvnw -B -q -DskipTests package)
  (cd "$work" && java -jar target/kaohe.jar run --month 2026-10 --input input/2026-10 --output "$work/out/2026-10")
  target="$here/src/test/resources/history-fixtures/$commit"
  mkdir -p "$target"
  cp "$work/out/.kaohe/jobs.mv.db" "$target/jobs.mv.db"
  rm -rf "$work"
  trap - EXIT
  echo "wrote $target/jobs.mv.db"
done
