#!/usr/bin/env bash
# Makes the JSON goldens of issue 11 from independent tools, never from protowire:
#   fixtures/json/descriptors.binpb   protoc --include_imports of golden.proto and golden2.proto
#   fixtures/json/cases/<case>.binpb  protoc --encode of <case>.txtpb (text format -> binary)
#   fixtures/json/cases/<case>.json   buf convert of that binary to JSON (Go's protojson)
# Each <case>.txtpb names its file and root type in `# proto-file:` / `# proto-message:`
# header comments. Both tools come from node_modules (the `protoc` and `@bufbuild/buf`
# devDependencies), so `npm ci` is all it needs. Read by test/json/json-golden.test.ts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/fixtures/json"
protoc="$root/node_modules/.bin/protoc"
buf="$root/node_modules/.bin/buf"
[[ -x "$protoc" && -x "$buf" ]] || { echo "run npm ci first (needs protoc and buf)" >&2; exit 1; }

cd "$dir"
"$protoc" -I . --include_imports --descriptor_set_out=descriptors.binpb golden.proto golden2.proto

header() { sed -n "s/^# $1: *//p" "$2" | head -n 1; }

count=0
for txt in cases/*.txtpb; do
  name="${txt%.txtpb}"
  file="$(header proto-file "$txt")"
  type="$(header proto-message "$txt")"
  [[ -n "$file" && -n "$type" ]] || { echo "$txt: no proto-file/proto-message header" >&2; exit 1; }
  "$protoc" -I . --encode="$type" "$file" <"$txt" >"$name.binpb"
  "$buf" convert "descriptors.binpb#format=binpb" --type "$type" \
    --from "$name.binpb#format=binpb" --to "$name.json#format=json"
  count=$((count + 1))
done
echo "regenerated $count JSON goldens in fixtures/json/cases"
