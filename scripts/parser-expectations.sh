#!/bin/sh
# Regenerates the parser's golden expectations from protoc 36.2, the compiler the whole
# project compares against (see fixtures/schemas/README.md; npm package protoc@36.2.0,
# override with PROTOC=/path/to/protoc):
#   fixtures/parser-cases/X.proto  -> X.expected.json  (FileDescriptorProto with
#                                        source info, as protoc writes it, in proto JSON)
#   fixtures/parser-errors/X.proto -> X.expected.txt   (protoc's error lines)
# parser-errors/mutated-*.proto are parser-cases files with tokens deleted, duplicated or
# inserted and stray bytes spliced in (a differential fuzz against protoc found no
# difference; these keep a sample of its inputs as regression cases for error recovery).
set -eu
cd "$(dirname "$0")/.."
if [ -z "${PROTOC:-}" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) PROTOC=node_modules/protoc/bin/protoc-linux-x86_64 ;;
    Linux-aarch64) PROTOC=node_modules/protoc/bin/protoc-linux-aarch_64 ;;
    Darwin-x86_64) PROTOC=node_modules/protoc/bin/protoc-osx-x86_64 ;;
    Darwin-arm64) PROTOC=node_modules/protoc/bin/protoc-osx-aarch_64 ;;
  esac
fi
[ -x "${PROTOC:-}" ] || { echo "set PROTOC to a protoc 36.2 binary" >&2; exit 1; }
PROTOC=$(cd "$(dirname "$PROTOC")" && pwd)/$(basename "$PROTOC")
case "$("$PROTOC" --version)" in
  "libprotoc 36.2") ;;
  *) echo "expected libprotoc 36.2, got $("$PROTOC" --version)" >&2; exit 1 ;;
esac
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

cases=fixtures/parser-cases
for f in "$cases"/*.proto; do
  name=$(basename "$f")
  "$PROTOC" --include_source_info --descriptor_set_out="$tmp" -I"$cases" "$name"
  node scripts/protoc-to-json.mjs "$name" < "$tmp" > "$cases/${name%.proto}.expected.json"
done

errors=fixtures/parser-errors
for f in "$errors"/*.proto; do
  name=$(basename "$f")
  # protoc exits non-zero on these; keep its error lines, drop libprotobuf log lines.
  (cd "$errors" && "$PROTOC" --descriptor_set_out=/dev/null "$name" 2>&1 || true) |
    grep -v '^\[libprotobuf' > "$errors/${name%.proto}.expected.txt" || true
done
