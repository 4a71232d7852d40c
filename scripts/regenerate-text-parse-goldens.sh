#!/usr/bin/env bash
# Makes the text-format parser goldens of issue 12 with protoc, never with protowire:
#   fixtures/text-parse/cases/<case>.binpb   protoc --encode of <case>.txtpb
#   fixtures/text-parse/errors/<case>.err    the first line protoc prints for <case>.txtpb,
#                                            which it must reject (`input:L:C: message`)
# Each .txtpb names its schema (in fixtures/text-parse) and root type in `# proto-file:` /
# `# proto-message:` header comments. protoc comes from node_modules (the `protoc`
# devDependency). Read by test/text/parse-protoc.test.ts.
set -euo pipefail
shopt -s nullglob

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/fixtures/text-parse"
protoc="$root/node_modules/.bin/protoc"
[[ -x "$protoc" ]] || { echo "run npm ci first (needs protoc)" >&2; exit 1; }
cd "$dir"

header() { sed -n "s/^# $1: *//p" "$2" | head -n 1; }

cases=0
for txt in cases/*.txtpb; do
  file="$(header proto-file "$txt")"
  type="$(header proto-message "$txt")"
  [[ -n "$file" && -n "$type" ]] || { echo "$txt: no proto-file/proto-message header" >&2; exit 1; }
  "$protoc" -I . --encode="$type" "$file" <"$txt" >"${txt%.txtpb}.binpb"
  cases=$((cases + 1))
done

errors=0
for txt in errors/*.txtpb; do
  file="$(header proto-file "$txt")"
  type="$(header proto-message "$txt")"
  [[ -n "$file" && -n "$type" ]] || { echo "$txt: no proto-file/proto-message header" >&2; exit 1; }
  # The header lines are comments: protoc's line numbers count them, as the test does.
  if "$protoc" -I . --encode="$type" "$file" <"$txt" >/dev/null 2>"${txt%.txtpb}.stderr"; then
    echo "$txt: protoc accepted it; an error case must fail" >&2
    exit 1
  fi
  grep -m 1 '^input:' "${txt%.txtpb}.stderr" >"${txt%.txtpb}.err"
  rm "${txt%.txtpb}.stderr"
  errors=$((errors + 1))
done
echo "regenerated $cases cases and $errors error goldens in fixtures/text-parse"
