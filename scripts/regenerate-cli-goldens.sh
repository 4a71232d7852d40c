#!/usr/bin/env bash
# Makes the goldens of the `protowire` command (issue 13) from protoc and buf, never from
# protowire. Everything runs from the repository root, as test/cli/ runs the command:
#   fixtures/cli/raw/<case>.txt            protoc --decode_raw of fixtures/text/cases/<case>.binpb
#   fixtures/cli/protoc/<case>/            one protoc command line: `args` (one per line), `stdin`
#                                          (optional), and protoc's `stdout`, `stderr`, `status`
#   fixtures/cli/convert/<case>.json       buf convert of fixtures/json/cases/<case>.txtpb to JSON
#   fixtures/cli/compile/<file>.<flags>.binpb  protoc --descriptor_set_out of fixtures/text/<file>
# The text and JSON cases of fixtures/text/ and fixtures/json/ are reused read-only: their
# .binpb (protoc --encode) and .expected.txt (protoc --decode) are the encode/decode goldens.
# Read by test/cli/*.test.ts. protoc and buf come from node_modules (`npm ci`).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
protoc="$root/node_modules/.bin/protoc"
buf="$root/node_modules/.bin/buf"
[[ -x "$protoc" && -x "$buf" ]] || { echo "run npm ci first (needs protoc and buf)" >&2; exit 1; }
cd "$root"
out="fixtures/cli"
rm -rf "$out/raw" "$out/protoc" "$out/convert" "$out/compile"
mkdir -p "$out/raw" "$out/protoc" "$out/convert" "$out/compile" "$out/malformed"

# decode_raw of every text case (nested messages, groups, packed fields, unknown fields).
for bin in fixtures/text/cases/*.binpb; do
  name="$(basename "${bin%.binpb}")"
  "$protoc" --decode_raw <"$bin" >"$out/raw/$name.txt"
done

# Malformed inputs, written here byte by byte (printf), for protoc's errors.
printf '\x08' >"$out/malformed/truncated-varint.bin"
printf '\x0a\x05ab' >"$out/malformed/length-past-end.bin"
printf '\x08\x01\x0f' >"$out/malformed/wire-type-7.bin"
printf '\x0b\x08\x01' >"$out/malformed/unclosed-group.bin"
printf '\x0c' >"$out/malformed/end-group-alone.bin"
printf '\x00\x01' >"$out/malformed/field-zero.bin"
printf '\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01' >"$out/malformed/varint-overlong.bin"
printf '\x12\x03\x08\x96' >"$out/malformed/nested-truncated.bin"
printf 'i32: "x"\n' >"$out/malformed/bad-value.txtpb"
printf 'i32: 1\nnope: 2\n' >"$out/malformed/unknown-field.txtpb"
printf 'i32: 1\n' >"$out/malformed/scalars.txtpb"
: >"$out/malformed/empty.txtpb"
printf 'syntax = "proto3";\nimport "missing.proto";\n' >"$out/malformed/missing-import.proto"

# case NAME STDIN ARGS...: records what protoc does with that command line.
case_() {
  local name="$1" stdin="$2"
  shift 2
  local dir="$out/protoc/$name"
  mkdir -p "$dir"
  printf '%s\n' "$@" >"$dir/args"
  local status=0
  if [[ -n "$stdin" ]]; then
    cp "$stdin" "$dir/stdin"
    "$protoc" "$@" <"$stdin" >"$dir/stdout" 2>"$dir/stderr" || status=$?
  else
    "$protoc" "$@" </dev/null >"$dir/stdout" 2>"$dir/stderr" || status=$?
  fi
  echo "$status" >"$dir/status"
}

T=fixtures/text
for bad in "$out"/malformed/*.bin; do
  name="$(basename "${bad%.bin}")"
  case_ "decode-raw-$name" "$bad" --decode_raw
  case_ "decode-$name" "$bad" -I "$T" --decode=text2.Scalars text2.proto
done
case_ decode-raw-ok "$T/cases/groups.binpb" --decode_raw
case_ decode-raw-with-files "$T/cases/groups.binpb" --decode_raw "$T/text2.proto"
case_ decode-ok "$T/cases/scalars.binpb" -I "$T" --decode=text2.Scalars text2.proto
case_ decode-ok-space "$T/cases/scalars.binpb" --proto_path "$T" --decode text2.Scalars text2.proto
case_ decode-attached-include "$T/cases/scalars.binpb" "-I$T" --decode=text2.Scalars text2.proto
case_ encode-ok "$out/malformed/scalars.txtpb" -I "$T" --encode=text2.Scalars text2.proto
case_ encode-bad-value "$out/malformed/bad-value.txtpb" -I "$T" --encode=text2.Scalars text2.proto
case_ encode-unknown-field "$out/malformed/unknown-field.txtpb" -I "$T" --encode=text2.Scalars text2.proto
case_ encode-missing-required "$out/malformed/empty.txtpb" -I "$T" --encode=text2.Defaults text2.proto
case_ decode-missing-required "$out/malformed/empty.txtpb" -I "$T" --decode=text2.Defaults text2.proto
case_ type-not-defined "$T/cases/scalars.binpb" -I "$T" --decode=text2.Nope text2.proto
case_ missing-input-file "$T/cases/scalars.binpb" -I "$T" --decode=text2.Scalars
case_ missing-output-directives "" -I "$T" text2.proto
case_ no-such-file "" -I "$T" --decode=text2.Scalars nope.proto
case_ outside-proto-path "" -I fixtures/json -o /dev/null "$T/text2.proto"
case_ missing-import "" -I "$out/malformed" -o /dev/null missing-import.proto
case_ schema-syntax-error "" -I fixtures/schema-errors -o /dev/null default_bool_number.proto
case_ descriptor-set-in "$T/cases/scalars.binpb" --descriptor_set_in=fixtures/json/descriptors.binpb \
  --decode=golden.Scalars golden.proto
case_ descriptor-set-out "" -I "$T" -o /dev/stdout text3.proto
case_ descriptor-set-out-imports "" -I "$T" --descriptor_set_out=/dev/stdout --include_imports text2.proto

# buf convert: text and binary to JSON (Go's protojson), read back by protowire convert.
J=fixtures/json
for txt in "$J"/cases/*.txtpb; do
  name="$(basename "${txt%.txtpb}")"
  type="$(sed -n 's/^# proto-message: *//p' "$txt" | head -n 1)"
  "$buf" convert "$J/descriptors.binpb#format=binpb" --type "$type" \
    --from "$txt#format=txtpb" --to "$out/convert/$name.json#format=json"
done

# Descriptor sets. any.proto is taken from src/schema/wkt by both (-I), so that the source
# info of an imported well-known type is of the same text.
for file in text2.proto text3.proto text_editions.proto; do
  base="${file%.proto}"
  "$protoc" -I "$T" -I src/schema/wkt -o "$out/compile/$base.plain.binpb" "$file"
  "$protoc" -I "$T" -I src/schema/wkt -o "$out/compile/$base.imports.binpb" --include_imports "$file"
  "$protoc" -I "$T" -I src/schema/wkt -o "$out/compile/$base.source.binpb" --include_source_info "$file"
  "$protoc" -I "$T" -I src/schema/wkt -o "$out/compile/$base.imports-source.binpb" \
    --include_imports --include_source_info "$file"
done
echo "regenerated the CLI goldens in $out"
