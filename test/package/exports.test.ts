// The built package, imported the way users import it: ESM `import` and CJS `require`,
// through the `exports` map of package.json (npm's self-reference by package name).
// `npm test` builds dist/ first (the `pretest` script).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// Specifiers held in variables: the type checker must not need dist/ to exist (CI typechecks
// before it builds); at run time Node resolves them through package.json's `exports`.
const ROOT: string = "protowire";
const WIRE: string = "protowire/wire";

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

  it("keeps the wire entry free of the schema and codec layers", async () => {
    const wire = await import(WIRE);
    expect(wire.loadSchema).toBeUndefined();
    expect(wire.compileMessage).toBeUndefined();
  });
});
