// The built package bundled for browsers, as a web app's bundler would: esbuild with
// `platform: "browser"` resolves `protowire` and `protowire/wire` through package.json's
// exports (browser conditions: no "node"), and the bundle runs in a `node:vm` context that has
// none of Node's globals (no Buffer, process or require), only what a browser or worker has.
// `npm test` builds dist/ first (the `pretest` script).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let app: string; // a consumer project with node_modules/protowire -> this repository

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), "protowire-browser-"));
  mkdirSync(join(app, "node_modules"));
  symlinkSync(ROOT, join(app, "node_modules", "protowire"), "dir");
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** An import or require of a Node built-in, in any of the forms a bundle may keep. */
const NODE_IMPORT = /(?:from|require\(|import\()\s*["'](?:node:[^"']+|fs|fs\/promises|path|os)["']/;

async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: app, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "iife",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

/** Runs a bundle where only browser globals exist; returns what it stored in `result`. */
function runInBrowserLikeContext(js: string): unknown {
  const context = createContext({ TextEncoder, TextDecoder, result: undefined });
  const nodeGlobals =
    "[typeof Buffer, typeof process, typeof require, typeof module, typeof setImmediate]";
  expect(runInContext(nodeGlobals, context)).toEqual(Array(5).fill("undefined"));
  runInContext(js, context);
  return (context as { result: unknown }).result;
}

const SHOP_PROTO =
  'syntax = "proto3"; package shop; import "google/protobuf/timestamp.proto"; ' +
  "message Order { uint64 id = 1; string customer = 2; map<string, string> labels = 4; " +
  "google.protobuf.Timestamp at = 5; }";

/** The golden bytes: protoc (the devDependency's binary) encodes the same order. */
function protocEncodeOrder(): string {
  writeFileSync(join(app, "shop.proto"), SHOP_PROTO);
  const text =
    'id: 7 customer: "Ada \\342\\234\\223" labels { key: "gift" value: "yes" } at { seconds: 1 nanos: 2 }';
  const protoc = join(ROOT, "node_modules", ".bin", "protoc");
  const include = join(ROOT, "node_modules", "protoc", "include");
  const args = ["-I", app, "-I", include, "--encode=shop.Order", "shop.proto"];
  return execFileSync(protoc, args, { input: text }).toString("hex");
}

const SCHEMA_APP = `
import { loadSchemaSync } from "protowire";
const schema = loadSchemaSync({ sources: { "shop.proto": ${JSON.stringify(SHOP_PROTO)} } });
const Order = schema.messageType("shop.Order");
const bytes = Order.encode(Order.create({ id: 7n, customer: "Ada ✓", labels: { gift: "yes" },
  at: { seconds: 1n, nanos: 2 } }));
const back = Order.decode(bytes);
globalThis.result = {
  hex: Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""),
  back: { id: String(back.id), customer: back.customer, gift: back.labels.get("gift"),
    seconds: String(back.at.seconds), nanos: back.at.nanos },
};`;

const WIRE_APP = `
import { Reader, Writer } from "protowire/wire";
const bytes = new Writer().tag(1, 0).int32(150).tag(2, 2).string("héllo").finish();
const r = new Reader(bytes);
globalThis.result = { hex: Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""),
  read: [r.tag(), r.int32(), r.tag(), r.string()] };`;

const BOTH_APP = `
import { loadSchemaSync, DecodeError as RootDecodeError } from "protowire";
import { DecodeError, Writer } from "protowire/wire";
const M = loadSchemaSync({ sources: { "m.proto": 'syntax = "proto3"; message M { int32 a = 1; }' } })
  .messageType("M");
let caught;
try { M.decode(new Uint8Array([0x08])); } catch (e) { caught = e; }
globalThis.result = { wireClass: caught instanceof DecodeError, same: RootDecodeError === DecodeError,
  path: caught.path, offset: caught.offset, writer: new Writer().int32(1).finish().length };`;

/** protoc's descriptor set of SHOP_PROTO with its imports (what `loadDescriptorSet` reads). */
function protocShopSet(): number[] {
  writeFileSync(join(app, "shop.proto"), SHOP_PROTO);
  const protoc = join(ROOT, "node_modules", ".bin", "protoc");
  const include = join(ROOT, "node_modules", "protoc", "include");
  const out = join(app, "shop.binpb");
  execFileSync(protoc, [
    "-I",
    app,
    "-I",
    include,
    "--include_imports",
    `--descriptor_set_out=${out}`,
    "shop.proto",
  ]);
  return [...readFileSync(out)];
}

const BINARY_APP = (set: number[]) => `
import { loadDescriptorSet } from "protowire/binary";
const Order = loadDescriptorSet(new Uint8Array(${JSON.stringify(set)})).messageType("shop.Order");
const bytes = Order.encode({ id: 7n, customer: "Ada ✓", labels: { gift: "yes" }, at: { seconds: 1n, nanos: 2 } });
const back = Order.decode(bytes);
globalThis.result = {
  hex: Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""),
  formats: [typeof Order.toJson, typeof Order.toText], customer: back.customer,
};`;

describe("protowire/binary in a browser bundle", () => {
  it("loads protoc's descriptor set, encodes protoc's bytes, and bundles no parser, no formats, no bundled files, no option interpreter", async () => {
    const js = await bundle(BINARY_APP(protocShopSet()));
    expect(js).not.toMatch(NODE_IMPORT);
    const result = runInBrowserLikeContext(js) as Record<string, unknown>;
    expect(result).toEqual({
      hex: protocEncodeOrder(),
      formats: ["undefined", "undefined"],
      customer: "Ada ✓",
    });
    // Strings of the parser (parser/enum.ts), of the JSON and text writers, of the bundled
    // files' compilations and of option interpretation: none is in the bundle.
    expect(js).not.toContain("Expected enum constant name.");
    expect(js).not.toContain("is not a map");
    expect(js).not.toContain("$unknown holds bytes that are not protobuf fields");
    expect(js).not.toContain("com.google.protobuf");
    expect(js).not.toContain("Option must have a name.");
    // The main entry's bundle of the same program has them all (the strings are the right ones).
    const main = await bundle(
      BINARY_APP(protocShopSet()).replace('"protowire/binary"', '"protowire"'),
    );
    expect(main).toContain("is not a map");
    expect(main).toContain("$unknown holds bytes that are not protobuf fields");
    const parsing = await bundle(SCHEMA_APP);
    expect(parsing).toContain("Expected enum constant name.");
    expect(parsing).toContain("com.google.protobuf");
    expect(parsing).toContain("Option must have a name.");
  });
});

describe("the main entry in a browser bundle", () => {
  it("bundles without Node built-ins and loads, encodes and decodes with no Node globals", async () => {
    const js = await bundle(SCHEMA_APP);
    expect(js).not.toMatch(NODE_IMPORT);
    const result = runInBrowserLikeContext(js) as Record<string, unknown>;
    expect(result.hex).toBe(protocEncodeOrder());
    expect(result.back).toEqual({
      id: "7",
      customer: "Ada ✓",
      gift: "yes",
      seconds: "1",
      nanos: 2,
    });
  });

  it("protowire/wire bundles and runs the same way", async () => {
    const js = await bundle(WIRE_APP);
    expect(js).not.toMatch(NODE_IMPORT);
    const result = runInBrowserLikeContext(js) as Record<string, unknown>;
    // Field 1 varint 150 (encoding spec example), field 2 "héllo" (6 UTF-8 bytes).
    expect(result.hex).toBe("089601" + "1206" + "68c3a96c6c6f");
    expect(result.read).toEqual([8, 150, 18, "héllo"]);
  });

  it("a bundle of both entries holds the wire layer once, with one DecodeError class", async () => {
    const both = await bundle(BOTH_APP);
    const result = runInBrowserLikeContext(both) as Record<string, unknown>;
    expect(result).toEqual({ wireClass: true, same: true, path: "M.a", offset: 1, writer: 1 });
    // A message that exists once in the wire layer's source (Writer.join).
    expect(both.split("join() without fork()").length - 1).toBe(1);
    expect(both.match(/\bWriter\d* = class\b/g)).toHaveLength(1);
    expect(both.match(/\bDecodeError\d* = class\b/g)).toHaveLength(1);
  });
});
