// The Node loader's schema cache (`cache: dir`): a load of unchanged files links what the last
// load made of them; any changed, added or missing file, or a damaged entry, is a miss, and the
// result is always what a load without the cache gives.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loadSchema, loadSchemaSync } from "../../src/node.js";
import type { FileDescriptorProto } from "../../src/schema/descriptor/shapes.js";
import { SchemaError } from "../../src/schema/errors.js";

let root: string;
let cache: string;
let includePaths: string[];

const MAIN =
  'syntax = "proto3";\npackage pkg;\nimport "dep.proto";\nimport "google/protobuf/timestamp.proto";\n' +
  '// The main message.\nmessage Main {\n  option (dep.tag) = { a: 1 b: "x" };\n' +
  '  dep.Dep d = 1 [json_name = "dee", (dep.note) = "hi"];\n  google.protobuf.Timestamp t = 2;\n  repeated int64 n = 3;\n}\n';
const DEP =
  'syntax = "proto2";\npackage dep;\nimport "google/protobuf/descriptor.proto";\n' +
  'message Dep { optional string s = 1 [default = "x"]; }\n' +
  "message Tag { optional int32 a = 1; optional string b = 2; }\n" +
  "extend google.protobuf.FieldOptions { optional string note = 50001; }\n" +
  "extend google.protobuf.MessageOptions { optional Tag tag = 50002; }\n";
('syntax = "proto2";\npackage dep;\nmessage Dep { optional string s = 1 [default = "x"]; }\n');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pw-cache-"));
  mkdirSync(join(root, "a/pkg"), { recursive: true });
  mkdirSync(join(root, "b"), { recursive: true });
  writeFileSync(join(root, "a/pkg/main.proto"), MAIN);
  writeFileSync(join(root, "b/dep.proto"), DEP);
  cache = join(root, "cache");
  includePaths = [join(root, "a"), join(root, "b")];
});

const entries = () => readdirSync(cache).filter((f) => f.endsWith(".pwcache"));
const load = () => loadSchemaSync({ files: ["pkg/main.proto"], includePaths, cache });
const uncached = () => loadSchemaSync({ files: ["pkg/main.proto"], includePaths });
const set = (s: ReturnType<typeof load>, includeSourceInfo = false) =>
  Buffer.from(s.toFileDescriptorSet({ includeSourceInfo }));

/**
 * An entry as its head (length, header, the descriptors' byte strings) and its descriptors'
 * JSON (src/schema/load/disk-cache.ts).
 */
function splitEntry(bytes: Buffer): { head: Buffer; body: string } {
  const n = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + n).toString("utf8")) as {
    bytes: [unknown, number][];
  };
  const size = header.bytes.reduce((sum, [, length]) => sum + length, 0);
  return {
    head: bytes.subarray(0, 4 + n + size),
    body: bytes.subarray(4 + n + size).toString("utf8"),
  };
}

describe("loadSchema with a cache directory", () => {
  it("writes an entry, then gives the same schema from it: descriptors, source info, codecs", async () => {
    const first = load();
    expect(entries()).toHaveLength(1);
    const second = await loadSchema({ files: ["pkg/main.proto"], includePaths, cache });
    expect(set(second)).toEqual(set(uncached()));
    expect(set(second, true)).toEqual(set(uncached(), true));
    expect(set(second, true)).toEqual(set(first, true));
    const main = second.files.find((f) => f.name === "pkg/main.proto")!.messageType[0]!;
    expect(main.options?.unknownFields).toBeInstanceOf(Uint8Array); // (dep.tag), kept as bytes
    expect(main.field[0]!.options?.unknownFields).toBeInstanceOf(Uint8Array); // (dep.note)
    const T = second.messageType("pkg.Main");
    const msg = T.create({ d: { s: "y" }, t: { seconds: 5n }, n: [1n, -2n] });
    expect(T.decode(T.encode(msg))).toEqual(msg);
    expect(second.messageType("dep.Dep").getField({}, "s")).toBe("x");
    expect(T.toJson(msg)).toEqual(uncached().messageType("pkg.Main").toJson(msg));
  });

  it("links the entry's descriptors on a hit: nothing is parsed again", () => {
    load();
    // An entry whose texts match but whose descriptors hold one more message: the load
    // believes it, so it read the entry instead of the files.
    const file = join(cache, entries()[0]!);
    const { head, body } = splitEntry(readFileSync(file));
    const protos = JSON.parse(body) as FileDescriptorProto[];
    const dep = protos.find((p) => p.name === "dep.proto")!;
    dep.messageType.push({ ...dep.messageType[0]!, name: "Forged" });
    writeFileSync(file, Buffer.concat([head, Buffer.from(JSON.stringify(protos))]));
    expect(load().findMessage("dep.Forged")).toBeDefined();
    expect(uncached().findMessage("dep.Forged")).toBeUndefined();
  });

  it("misses when an imported file changed, and rewrites the entry", () => {
    load();
    const before = statSync(join(cache, entries()[0]!)).mtimeMs;
    writeFileSync(
      join(root, "b/dep.proto"),
      DEP.replace('"x"]; }', '"x"]; optional int32 k = 2; }'),
    );
    const s = load();
    expect(s.findMessage("dep.Dep")!.field("k")).toBeDefined();
    expect(set(s)).toEqual(set(uncached()));
    expect(entries()).toHaveLength(1);
    expect(statSync(join(cache, entries()[0]!)).mtimeMs).toBeGreaterThanOrEqual(before);
    expect(load().findMessage("dep.Dep")!.field("k")).toBeDefined();
  });

  it("misses when a file is shadowed by one earlier in the include paths", () => {
    load();
    writeFileSync(join(root, "a/dep.proto"), DEP.replace("Dep", "Dep2"));
    expect(() => load()).toThrow(SchemaError); // a/dep.proto has no dep.Dep
  });

  it("misses when an imported file is gone", () => {
    load();
    rmSync(join(root, "b/dep.proto"));
    expect(() => load()).toThrow(/Import "dep.proto" was not found/);
  });

  it("treats a damaged or foreign entry as a miss", () => {
    load();
    const file = join(cache, entries()[0]!);
    for (const damaged of [
      Buffer.alloc(0),
      Buffer.from("not a cache entry"),
      readFileSync(file).subarray(0, 100),
      Buffer.concat([readFileSync(file).subarray(0, -10), Buffer.alloc(10, 0xff)]),
    ]) {
      writeFileSync(file, damaged);
      expect(set(load())).toEqual(set(uncached()));
    }
  });

  it("treats an entry that parses but does not link as a miss", () => {
    load();
    const file = join(cache, entries()[0]!);
    const { head, body: text } = splitEntry(readFileSync(file));
    const protos = JSON.parse(text) as Record<string, unknown>[];
    // Damage to a file that holds no bytes, so that the entry still reads.
    const timestamp = (p: Record<string, unknown>) => p.name === "google/protobuf/timestamp.proto";
    type Damage = (p: Record<string, unknown>) => Record<string, unknown>;
    const damages: Damage[] = [
      (p) => ({ ...p, messageType: [null] }), // the linker throws a TypeError
      (p) => ({ ...p, dependency: ["nowhere.proto"] }), // a SchemaError
    ];
    for (const damage of damages) {
      const body = JSON.stringify(protos.map((p) => (timestamp(p) ? damage(p) : p)));
      writeFileSync(file, Buffer.concat([head, Buffer.from(body)]));
      expect(set(load())).toEqual(set(uncached()));
    }
  });

  it("keeps one entry per list of root files", () => {
    load();
    loadSchemaSync({ files: ["dep.proto"], includePaths, cache });
    loadSchemaSync({ files: ["dep.proto", "pkg/main.proto"], includePaths, cache });
    expect(entries()).toHaveLength(3);
  });

  it("writes nothing for a load that fails, nor with sourceInfo: true", () => {
    writeFileSync(join(root, "b/dep.proto"), "syntax = 3;");
    expect(() => load()).toThrow(SchemaError);
    writeFileSync(join(root, "b/dep.proto"), DEP);
    loadSchemaSync({ files: ["pkg/main.proto"], includePaths, cache, sourceInfo: true });
    expect(() => readdirSync(cache)).toThrow(); // never made
  });

  it("still loads when the cache cannot be written", () => {
    writeFileSync(join(root, "not-a-dir"), "");
    const s = loadSchemaSync({
      files: ["pkg/main.proto"],
      includePaths,
      cache: join(root, "not-a-dir", "cache"),
    });
    expect(set(s)).toEqual(set(uncached()));
  });

  it("rejects a cache option that is not a directory name", () => {
    const options = { files: ["pkg/main.proto"], includePaths, cache: 5 };
    expect(() =>
      loadSchemaSync(options as unknown as Parameters<typeof loadSchemaSync>[0]),
    ).toThrow(/cache must be the name of a directory/);
  });
});
