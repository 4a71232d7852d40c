#!/usr/bin/env bash
# Records what protoc 3.21 writes, as committed goldens, so that tests which pin protoc 3.21's
# behaviour (its descriptor byte layout, its error wording) run without /usr/bin/protoc:
# `npm ci && npm test` must pass on a machine with only Node 20 and npm.
#
# Needs protoc 3.21 and its well-known types (`apt-get install -y protobuf-compiler
# libprotobuf-dev`: /usr/bin/protoc, /usr/include/google/protobuf); override with
# PROTOC321=... and PROTOC321_INCLUDE=...
#
# Writes, under fixtures/protoc321/:
#   include/google/protobuf/*.proto   protoc 3.21's own well-known types, copied verbatim, so
#                                     our loader reads the very files protoc 3.21 compiled
#   descriptor-sets/<file>.binpb         protoc --include_imports <file>
#   descriptor-sets/<file>.source.binpb  the same with --include_source_info
#                                     for every fixtures/linker-options/*.proto and for
#                                     google/protobuf/descriptor.proto ("/" spelled "_")
#   linker-errors/<case>.stderr       protoc's stderr for linker-errors/<case>.proto when it
#                                     rejects the file; empty when it accepts it
# Read by test/schema/descriptor-binary.test.ts, linker-protoc.test.ts and
# linker-errors-protoc.test.ts.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
protoc="${PROTOC321:-/usr/bin/protoc}"
system_include="${PROTOC321_INCLUDE:-/usr/include}"
golden="$root/fixtures/protoc321"
data="$root/fixtures/linker-options"

[[ -x "$protoc" ]] || { echo "no protoc 3.21 at $protoc (apt-get install -y protobuf-compiler)" >&2; exit 1; }
version="$("$protoc" --version)"
[[ "$version" == "libprotoc 3.21."* ]] || { echo "need libprotoc 3.21.x, $protoc is $version" >&2; exit 1; }
[[ -f "$system_include/google/protobuf/descriptor.proto" ]] ||
  { echo "no $system_include/google/protobuf (apt-get install -y libprotobuf-dev)" >&2; exit 1; }

# protoc 3.21's well-known types (top level only: compiler/plugin.proto is never imported).
rm -rf "$golden/include"
mkdir -p "$golden/include/google/protobuf"
cp "$system_include"/google/protobuf/*.proto "$golden/include/google/protobuf/"
include="$golden/include"

# Descriptor sets. -I order: data first, then the copied well-known types (identical to the
# system ones protoc 3.21 would otherwise find next to its binary).
rm -rf "$golden/descriptor-sets"
mkdir -p "$golden/descriptor-sets"
files=()
for f in "$data"/*.proto; do files+=("$(basename "$f")"); done
files+=("google/protobuf/descriptor.proto")
for f in "${files[@]}"; do
  out="$golden/descriptor-sets/${f//\//_}"
  "$protoc" -I "$data" -I "$include" --include_imports --descriptor_set_out="$out.binpb" "$f"
  "$protoc" -I "$data" -I "$include" --include_imports --include_source_info \
    --descriptor_set_out="$out.source.binpb" "$f"
done

# Linker errors: files named *_lib*.proto are imported by the others and are not cases.
rm -f "$golden"/linker-errors/*.stderr
count=0
for proto in "$golden"/linker-errors/*.proto; do
  name="$(basename "$proto" .proto)"
  [[ "$name" == *_lib* ]] && continue
  stderr="$golden/linker-errors/$name.stderr"
  if "$protoc" -I "$golden/linker-errors" -I "$include" --descriptor_set_out=/dev/null \
    "$name.proto" 2>"$stderr.tmp"; then
    : >"$stderr"
    rm "$stderr.tmp"
  else
    mv "$stderr.tmp" "$stderr"
  fi
  count=$((count + 1))
done

echo "protoc 3.21 goldens: ${#files[@]} descriptor sets (x2), $count linker error cases, in $golden"
