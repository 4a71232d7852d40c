#!/usr/bin/env bash
# Makes the text-format printer goldens of issue 12 from protoc, never from protowire:
#   fixtures/text/cases/<case>.binpb         protoc --encode of <case>.txtpb (text -> binary)
#   fixtures/text/cases/<case>.expected.txt  protoc --decode of that binary (binary -> text)
# Each <case>.txtpb names its file and root type in `# proto-file:` / `# proto-message:`
# header comments; `# decode-file:` / `# decode-message:` (default: the same) name the type
# the bytes are decoded as, a narrower one for the unknown-field cases. protoc comes from
# node_modules (the `protoc` devDependency), so `npm ci` is all it needs.
# Read by test/text/print-golden.test.ts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/fixtures/text"
protoc="$root/node_modules/.bin/protoc"
[[ -x "$protoc" ]] || { echo "run npm ci first (needs protoc)" >&2; exit 1; }

cd "$dir"
header() { sed -n "s/^# $1: *//p" "$2" | head -n 1; }

count=0
for txt in cases/*.txtpb; do
  name="${txt%.txtpb}"
  file="$(header proto-file "$txt")"
  type="$(header proto-message "$txt")"
  [[ -n "$file" && -n "$type" ]] || { echo "$txt: no proto-file/proto-message header" >&2; exit 1; }
  decode_file="$(header decode-file "$txt")"
  decode_type="$(header decode-message "$txt")"
  "$protoc" -I . --encode="$type" "$file" <"$txt" >"$name.binpb"
  "$protoc" -I . --decode="${decode_type:-$type}" "${decode_file:-$file}" \
    <"$name.binpb" >"$name.expected.txt"
  count=$((count + 1))
done
echo "regenerated $count text-format goldens in fixtures/text/cases"
