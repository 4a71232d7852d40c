#!/usr/bin/env bash
# Installs protowire the way a new user does, from a git URL of a fresh clone of this
# repository's HEAD, into an empty consumer project, then imports it with `import` and
# `require` and runs the README's first example. .ci/run calls it; it needs the npm registry
# (npm installs the devDependencies to build dist/ through the `prepare` script).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet "$repo" "$work/protowire"
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "git+file://$work/protowire"

cat > shop.proto <<'PROTO'
syntax = "proto3";
package shop;
message Order { uint64 id = 1; string customer = 2; map<string, string> labels = 4; }
PROTO

cat > esm.mjs <<'JS'
import { loadSchema, loadSchemaSync } from "protowire";
import { Reader } from "protowire/wire";
import * as binary from "protowire/binary";
const fromDisk = await loadSchema({ files: ["shop.proto"] });
const fromText = loadSchemaSync({ sources: { "shop.proto": 'syntax = "proto3"; package shop; message Order { uint64 id = 1; string customer = 2; map<string, string> labels = 4; }' } });
for (const schema of [fromDisk, fromText]) {
  const Order = schema.messageType("shop.Order");
  const bytes = Order.encode(Order.create({ id: 7n, customer: "Ada", labels: { gift: "yes" } }));
  const back = Order.decode(bytes);
  if (back.id !== 7n || back.customer !== "Ada" || back.labels.get("gift") !== "yes") throw new Error("esm round trip");
  const r = new Reader(bytes);
  if (r.tag() !== 8 || r.uint64() !== 7n) throw new Error("esm wire read");
}
const Lean = binary.loadDescriptorSet(fromText.toFileDescriptorSet()).messageType("shop.Order");
if (Lean.decode(Lean.encode({ id: 7n })).id !== 7n || Lean.toJson !== undefined) throw new Error("esm binary entry");
console.log("import: ok");
JS

cat > cjs.cjs <<'JS'
const { loadSchema, DecodeError } = require("protowire");
const wire = require("protowire/wire");
const binary = require("protowire/binary");
loadSchema({ files: ["shop.proto"] }).then((schema) => {
  const Order = schema.messageType("shop.Order");
  const back = Order.decode(Order.encode({ id: 7n, customer: "Ada" }));
  if (back.id !== 7n || back.customer !== "Ada") throw new Error("cjs round trip");
  let caught;
  try {
    Order.decode(new Uint8Array([0x08]));
  } catch (e) {
    caught = e;
  }
  if (!(caught instanceof wire.DecodeError) || DecodeError !== wire.DecodeError || binary.DecodeError !== DecodeError) {
    throw new Error(`expected one DecodeError class across entries, got ${caught}`);
  }
  console.log("require: ok");
});
JS

node esm.mjs
node cjs.cjs
