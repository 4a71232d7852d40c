// The built package, imported the way users import it: ESM `import` and CJS `require`,
// through the `exports` map of package.json (npm's self-reference by package name).
// `npm test` builds dist/ first (the `pretest` script).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// Specifiers held in variables: the type checker must not need dist/ to exist (CI typechecks
// before it builds); at run time Node resolves them through package.json's `exports`.
const ROOT: string = "protowire";
const WIRE: string = "protowire/wire";
const NODE: string = "protowire/node";
const RUNTIME: string = "protowire/runtime";
const BINARY: string = "protowire/binary";
const BENCH_DIR = fileURLToPath(new URL("../../bench", import.meta.url));

/** A DecodeError from a codec of `root` (a truncated varint), to test its class against others. */
function decodeErrorOf(root: {
  loadSchemaSync(o: object): { messageType(n: string): { decode(b: Uint8Array): unknown } };
}): unknown {
  const M = root
    .loadSchemaSync({ sources: { "m.proto": 'syntax = "proto3"; message M { int32 a = 1; }' } })
    .messageType("M");
  try {
    M.decode(new Uint8Array([0x08]));
  } catch (e) {
    return e;
  }
  throw new Error("decode did not throw");
}

describe("package exports", () => {
  it("loads protowire and protowire/wire with import", async () => {
    const root = await import(ROOT);
    const wire = await import(WIRE);
    expect(typeof root.Writer).toBe("function");
    expect(typeof wire.Reader).toBe("function");
    const bytes = new wire.Writer().tag(1, 0).int32(150).finish();
    expect(Array.from(bytes)).toEqual([0x08, 0x96, 0x01]);
  });

  it("loads protowire and protowire/wire with require", () => {
    const root = require(ROOT);
    const wire = require(WIRE);
    expect(typeof root.Writer).toBe("function");
    const reader = new wire.Reader(new Uint8Array([0x08, 0x96, 0x01]));
    expect(reader.tag()).toBe(8);
    expect(reader.int32()).toBe(150);
  });

  it("compiles a schema from .proto text through the built package, both ways", async () => {
    const sources = {
      "demo.proto": 'syntax = "proto3"; package demo; message Point { int32 x = 1; sint64 y = 2; }',
    };
    for (const root of [await import(ROOT), require(ROOT)]) {
      const schema = root.loadSchemaSync({ sources });
      const Point = schema.messageType("demo.Point");
      const bytes: Uint8Array = Point.encode(Point.create({ x: 150, y: -1n }));
      expect(Array.from(bytes)).toEqual([0x08, 0x96, 0x01, 0x10, 0x01]);
      expect(Point.decode(bytes)).toMatchObject({ x: 150, y: -1n });
    }
  });

  it("loads protowire/binary both ways: binary codecs without the JSON and text formats", async () => {
    const sources = { "demo.proto": 'syntax = "proto3"; message P { int32 x = 1; }' };
    for (const binary of [await import(BINARY), require(BINARY)]) {
      const P = binary.loadSchemaSync({ sources }).messageType("P");
      expect(Array.from(P.encode({ x: 150 }) as Uint8Array)).toEqual([0x08, 0x96, 0x01]);
      expect(P.toJson).toBeUndefined();
      expect(binary.generateCode).toBeUndefined();
      expect(typeof binary.loadDescriptorSet).toBe("function");
    }
  });

  it("keeps the wire entry free of the schema and codec layers", async () => {
    const wire = await import(WIRE);
    expect(wire.loadSchema).toBeUndefined();
    expect(wire.compileMessage).toBeUndefined();
  });

  // What code of `protowire gen --optimize size` imports from the runtime entry.
  const COMPACT = [
    "$bool",
    "$bytes",
    "$closedEnum",
    "$compact",
    "$table",
    "$double",
    "$enum",
    "$extensions",
    "$fixed32",
    "$fixed64",
    "$float",
    "$int32",
    "$int64",
    "$jsNumber",
    "$jsString",
    "$laxString",
    "$list",
    "$map",
    "$message",
    "$oneofs",
    "$required",
    "$sfixed32",
    "$sfixed64",
    "$sint32",
    "$sint64",
    "$string",
    "$uint32",
    "$uint64",
  ];

  it("keeps the runtime entry (what generated code imports) to the codec's run-time half", async () => {
    const pairs = [
      [await import(RUNTIME), await import(WIRE)],
      [require(RUNTIME), require(WIRE)],
    ];
    for (const [runtime, wire] of pairs) {
      const names = Object.keys(runtime);
      expect(names.filter((n) => !n.startsWith("$")).sort()).toEqual([
        "DecodeError",
        "EncodeError",
        "ProtowireError",
        "codecFacts",
        "create",
        "createCodec",
        "createFileRegistry",
        "defineFunctions",
        "fromBinary",
        "mergeFromBinary",
        "runtime",
        "toBinary",
      ]);
      // The compact codecs (`protowire gen --optimize size`): the interpreter and each kind.
      const compact = names.filter((n) => COMPACT.includes(n));
      expect(compact.sort()).toEqual([...COMPACT].sort());
      // Each helper of the `rt` object stands alone as `$name` (what generated modules import).
      const helpers = names
        .filter((n) => n.startsWith("$") && !COMPACT.includes(n))
        .map((n) => n.slice(1));
      expect(helpers.sort()).toEqual(Object.keys(runtime.runtime).sort());
      for (const h of helpers) expect(runtime[`$${h}`], h).toBe(runtime.runtime[h]);
      expect(runtime.DecodeError).toBe(wire.DecodeError);
      // A descriptor set read into compact tables (createFileRegistry).
      const set = (await import(ROOT))
        .loadSchemaSync({
          sources: { "d.proto": 'syntax = "proto3"; package p; message D { int64 s = 1; }' },
        })
        .toFileDescriptorSet();
      const D = runtime.createFileRegistry(set).getMessage("p.D");
      expect(runtime.fromBinary(D, runtime.toBinary(D, { s: 5n }))).toEqual({ s: 5n });
    }
  });

  it("has one copy of each class across entries, in ESM and in CJS", async () => {
    const esm = [await import(ROOT), await import(WIRE), await import(NODE), await import(BINARY)];
    const cjs = [require(ROOT), require(WIRE), require(NODE), require(BINARY)];
    for (const [root, wire, node, binary] of [esm, cjs]) {
      for (const name of ["DecodeError", "EncodeError", "ProtowireError", "Reader", "Writer"]) {
        expect(root[name]).toBe(wire[name]);
        expect(node[name]).toBe(wire[name]);
        expect(binary[name]).toBe(wire[name]);
      }
      for (const entry of [root, node, binary]) {
        const err = decodeErrorOf(entry);
        expect(err).toBeInstanceOf(wire.DecodeError);
        expect(err).toBeInstanceOf(wire.ProtowireError);
      }
    }
  });

  it("under Node, protowire is the Node entry: loadSchema reads files from disk", async () => {
    const pairs = [
      [await import(ROOT), await import(NODE)],
      [require(ROOT), require(NODE)],
    ];
    for (const [root, node] of pairs) {
      expect(root.loadSchema).toBe(node.loadSchema);
      const schema = await root.loadSchema({ files: ["bench.proto"], includePaths: [BENCH_DIR] });
      expect(schema.findMessage("protowire.bench.User")).toBeDefined();
    }
  });

  it("loads through resolvers: memory composed with the Node entry's include-path resolver", async () => {
    const main =
      'syntax = "proto3"; import "bench.proto"; message Main { protowire.bench.User u = 1; }';
    for (const node of [await import(NODE), require(NODE)]) {
      const resolver = node.composeResolvers(
        node.sourceResolver({ "main.proto": main }),
        node.includePathResolver([BENCH_DIR]),
      );
      const schema = await node.loadSchema({ resolver, files: ["main.proto"] });
      expect(schema.findMessage("Main").field("u").message.fullName).toBe("protowire.bench.User");
      // Field 1, length-delimited, an empty User: 0a 00.
      const Main = schema.messageType("Main");
      expect(Array.from(Main.encode(Main.create({ u: {} })))).toEqual([0x0a, 0x00]);
    }
    const wire = await import(WIRE);
    expect(wire.composeResolvers).toBeUndefined();
  });

  it("the built schema cache keys entries with the build (version + a hash of src/), shared by ESM and CJS", async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import(
      "node:fs"
    );
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "protowire-package-cache-"));
    try {
      writeFileSync(join(dir, "c.proto"), 'syntax = "proto3"; message C { int32 a = 1; }');
      const options = { files: ["c.proto"], includePaths: [dir], cache: join(dir, "cache") };
      const esm = await import(NODE);
      esm.loadSchemaSync(options);
      const [entry] = readdirSync(join(dir, "cache"));
      const bytes = readFileSync(join(dir, "cache", entry!));
      const header = JSON.parse(bytes.subarray(4, 4 + bytes.readUInt32LE(0)).toString("utf8"));
      const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string })
        .version;
      expect(header.version).toMatch(
        new RegExp(`^${version.replaceAll(".", "\\.")}\\+[0-9a-f]{16}$`),
      );
      require(NODE).loadSchemaSync(options); // the same build id: the same entry
      expect(readdirSync(join(dir, "cache"))).toEqual([entry]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
