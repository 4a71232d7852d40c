// Proof beyond conformance (issue 4): every message-level golden fixture decodes and re-encodes
// to identical bytes. A fixture is a `<case>.bin` that protoc produced from `<case>.txtpb`,
// whose `# proto-message: pkg.Msg` line names the message type; the .proto files beside it
// form the schema (loaded through protowire's own parser). The bytes come from protoc, an
// encoder independent of ours, so identical output also proves field order, packing and
// varint widths match protoc's.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { messageType } from "../../src/codec/index.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures", import.meta.url));

interface Fixture {
  dir: string;
  name: string;
  message: string;
  bin: Uint8Array;
}

function findFixtures(dir: string, out: Fixture[] = []): Fixture[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      findFixtures(path, out);
      continue;
    }
    if (!entry.endsWith(".txtpb")) continue;
    const binPath = path.replace(/\.txtpb$/, ".bin");
    const header = /^# proto-message: *(\S+)/m.exec(readFileSync(path, "utf8"));
    if (header === null || !existsSync(binPath)) continue;
    out.push({
      dir,
      name: relative(FIXTURES, binPath),
      message: header[1]!,
      bin: new Uint8Array(readFileSync(binPath)),
    });
  }
  return out;
}

function schemaFor(dir: string) {
  const sources: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".proto"))) {
    sources[f] = readFileSync(join(dir, f), "utf8");
  }
  return loadSchemaSync({ sources, files: Object.keys(sources) });
}

const fixtures = findFixtures(FIXTURES);
const schemas = new Map<string, ReturnType<typeof schemaFor>>();

describe("golden message fixtures", () => {
  it("exist: the wire layer's protoc-made fixtures are found", () => {
    // fixtures/wire has 15 cases (classic 150, varint boundaries, zigzag, fixed extremes,
    // float specials, UTF-8 strings, bytes, nested, packed, map, group, ...).
    expect(fixtures.filter((f) => f.name.startsWith("wire/")).length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    "%s decodes and re-encodes to identical bytes",
    (_, f) => {
      let schema = schemas.get(f.dir);
      if (schema === undefined) {
        schema = schemaFor(f.dir);
        schemas.set(f.dir, schema);
      }
      const codec = messageType(schema, f.message);
      const decoded = codec.decode(f.bin);
      expect(decoded.$unknown, "no field may land in unknown fields").toBeUndefined();
      expect(codec.encode(decoded)).toEqual(f.bin);
    },
  );
});
