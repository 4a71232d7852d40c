// The field-kind table (src/schema/descriptor/field-kinds.ts) row by row against protoc 36 (the
// `protoc` devDependency): the FieldType number protoc gives each keyword, the bytes it writes
// for values at the ends of each range, the values its text parser refuses, and the packed,
// map-key and option-range errors it reports.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { afterAll, describe, expect, it } from "vitest";
import {
  FIELD_KINDS,
  type FieldKind,
  fieldKind,
  fieldKindByName,
  keywordType,
} from "../../src/schema/descriptor/field-kinds.js";
import { FieldType } from "../../src/schema/descriptor/shapes.js";
import { Reader } from "../../src/wire/reader.js";

const PROTOC = fileURLToPath(new URL("../../node_modules/.bin/protoc", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "protowire-field-kinds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs protoc on `proto` (written as k.proto); its status, stdout bytes and stderr text. */
function protoc(proto: string, args: string[], input = "") {
  writeFileSync(join(dir, "k.proto"), proto);
  const r = spawnSync(PROTOC, ["-I", dir, ...args, "k.proto"], { input });
  return { status: r.status, stdout: new Uint8Array(r.stdout), stderr: r.stderr.toString() };
}

/** Lines of protoc's errors by line number of k.proto. */
function errorsByLine(stderr: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of stderr.matchAll(/^(?:.*\/)?k\.proto:(\d+):\d+: (.*)$/gm))
    out.set(Number(m[1]), m[2]!);
  return out;
}

const HEAD =
  'syntax = "proto2";\npackage k;\nenum E { E0 = 0; ENEG = -1; EMIN = -2147483648; EMAX = 2147483647; }\nmessage Sub {}';

/** How a field of `kind` is declared: its keyword, or a type name for enum and message. */
function typeOf(kind: FieldKind): string {
  return kind.keyword ? kind.name : kind.js === "enum" ? "E" : "Sub";
}

/** A field `f<type>` (number: the FieldType) of `kind`; a group is named `G<type>`. */
function field(label: string, kind: FieldKind, options = ""): string {
  if (kind.type === FieldType.TYPE_GROUP)
    return `${label} group G${kind.type} = ${kind.type} ${options} {}`;
  return `${label} ${typeOf(kind)} f${kind.type} = ${kind.type} ${options};`;
}

describe("field kinds", () => {
  it("has one row per FieldType, 1 to 18", () => {
    expect(FIELD_KINDS.map((k) => k.type)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const k of FIELD_KINDS) {
      expect(fieldKind(k.type)).toBe(k);
      expect(fieldKindByName(k.name)).toBe(k);
    }
    expect(fieldKind(0)).toBeUndefined();
    expect(fieldKind(19)).toBeUndefined();
  });

  it("gives each keyword the FieldType protoc gives it", () => {
    const fields = FIELD_KINDS.map((k) => field("optional", k)).join("\n  ");
    const out = join(dir, "set.binpb");
    const r = protoc(`${HEAD}\nmessage All {\n  ${fields}\n}\n`, ["-o", out]);
    expect(r.stderr).toBe("");
    const set = fromBinary(FileDescriptorSetSchema, new Uint8Array(readFileSync(out)));
    const all = set.file[0]!.messageType.find((m) => m.name === "All")!;
    expect(all.field).toHaveLength(18);
    for (const f of all.field) {
      const kind = fieldKind(f.number)!;
      // protoc's type for the field declared with the kind's keyword (or type name).
      expect(f.type, kind.name).toBe(kind.type);
      expect(keywordType(kind.name)).toBe(kind.keyword ? kind.type : undefined);
    }
    expect(keywordType("Sub")).toBeUndefined();
  });

  // Each scalar and enum field holds 0 and its largest value, and for signed kinds its smallest
  // and -1 (repeated, unpacked: one record each); protoc's bytes show the wire type, the size of
  // each value and what the kind's Reader method reads back.
  const scalars = FIELD_KINDS.filter((k) => k.js !== "message");
  const valuesOf = (k: FieldKind): string[] => {
    const r = k.integer;
    if (r !== undefined) return ["0", String(r.max), ...(r.signed ? [String(r.min), "-1"] : [])];
    if (k.js === "float") return ["0", "1.5"];
    if (k.js === "bool") return ["false", "true"];
    return ['""', '"abc"'];
  };
  const expected = (k: FieldKind, text: string): unknown => {
    if (k.js === "bytes") return new TextEncoder().encode(JSON.parse(text));
    if (k.js === "string") return JSON.parse(text);
    if (k.js === "bool") return text === "true";
    return k.integer?.bits === 64 ? BigInt(text) : Number(text);
  };
  let encoded: { type: number; wireType: number; value: Uint8Array }[] | undefined;
  /** protoc's records of the values, made on first use (inside a test, so that a failure is one). */
  const records = () => {
    if (encoded !== undefined) return encoded;
    const fields = scalars.map((k) => field("repeated", k)).join("\n  ");
    const text = scalars.flatMap((k) => valuesOf(k).map((v) => `f${k.type}: ${v}`)).join("\n");
    const r = protoc(`${HEAD}\nmessage All {\n  ${fields}\n}\n`, ["--encode=k.All"], text);
    expect(r.stderr).toBe("");
    const out: { type: number; wireType: number; value: Uint8Array }[] = [];
    const reader = new Reader(r.stdout);
    while (reader.pos < reader.end) {
      const tag = reader.tag();
      const start = reader.pos;
      reader.skip(tag & 7, tag >>> 3);
      out.push({ type: tag >>> 3, wireType: tag & 7, value: r.stdout.slice(start, reader.pos) });
    }
    encoded = out;
    return out;
  };

  it.each(scalars.map((k) => [k.name, k] as const))(
    "%s: wire type, size and Reader method",
    (_, k) => {
      const mine = records().filter((r) => r.type === k.type);
      const values = valuesOf(k);
      expect(mine).toHaveLength(values.length);
      const sizes = new Set<number>();
      mine.forEach((rec, i) => {
        expect(rec.wireType).toBe(k.wireType);
        const reader = new Reader(rec.value);
        // LEN values carry their length first; the method reads it with them.
        if (k.wireType !== 2) sizes.add(rec.value.length);
        const got = (reader as unknown as Record<string, () => unknown>)[k.method!]!();
        expect(got).toEqual(expected(k, values[i]!));
        expect(reader.pos).toBe(rec.value.length);
        const js = got instanceof Uint8Array ? "bytes" : typeof got;
        const want = {
          number: "number",
          float: "number",
          enum: "number",
          bigint: "bigint",
          bool: "boolean",
          string: "string",
          bytes: "bytes",
        }[k.js as string];
        expect(js).toBe(want);
      });
      if (k.fixedSize > 0) expect([...sizes]).toEqual([k.fixedSize]);
      else if (k.wireType !== 2) expect(sizes.size).toBeGreaterThan(1);
      expect(k.packable).toBe(k.wireType !== 2);
    },
  );

  it("writes -1 as one byte exactly for the ZigZag kinds", () => {
    for (const k of scalars.filter((x) => x.integer?.signed === true)) {
      const rec = records()
        .filter((r) => r.type === k.type)
        .at(-1)!; // the -1
      const oneByte = rec.value.length === 1 && rec.value[0] === 1;
      expect(oneByte, k.name).toBe(k.integer!.zigzag);
    }
  });

  it("integer ranges: protoc takes defaults at both ends and refuses one past either", () => {
    // Enums take no numeric default: their range is checked through the text parser below.
    const ints = FIELD_KINDS.filter((k) => k.integer !== undefined && k.js !== "enum");
    const lines = ints.flatMap((k) => {
      const { min, max } = k.integer!;
      return [min, max, min - 1n, max + 1n].map(
        (v, i) => `optional ${k.name} f${k.type}_${i} = ${k.type * 10 + i} [default = ${v}];`,
      );
    });
    const proto = `${HEAD}\nmessage All {\n  ${lines.join("\n  ")}\n}\n`;
    const errors = errorsByLine(protoc(proto, ["-o", join(dir, "r.binpb")]).stderr);
    ints.forEach((k, i) => {
      const line = 6 + 4 * i; // the fields start on line 6
      expect(
        [0, 1, 2, 3].map((j) => errors.has(line + j)),
        k.name,
      ).toEqual([false, false, true, true]);
    });
  });

  it("enum range: protoc's text parser refuses one past either end of int32", () => {
    const k = fieldKind(FieldType.TYPE_ENUM)!;
    const proto = `${HEAD}\nmessage One {\n  ${field("optional", k)}\n}\n`;
    for (const v of [k.integer!.max + 1n, k.integer!.min - 1n]) {
      const res = protoc(proto, ["--encode=k.One"], `f${k.type}: ${v}`);
      expect(res.stderr, String(v)).toMatch(/Integer out of range/);
    }
  });

  it("packable: protoc refuses [packed = true] on exactly the other kinds", () => {
    const lines = FIELD_KINDS.map((k) => field("repeated", k, "[packed = true]"));
    const errors = errorsByLine(
      protoc(`${HEAD}\nmessage All {\n  ${lines.join("\n  ")}\n}\n`, ["-o", join(dir, "p.binpb")])
        .stderr,
    );
    FIELD_KINDS.forEach((k, i) => {
      const error = errors.get(6 + i); // the fields start on line 6
      expect(error === undefined, k.name).toBe(k.packable);
    });
  });

  it("mapKey: protoc refuses exactly the other kinds as map keys", () => {
    // A group is no type a map can name: only the others are declared.
    const kinds = FIELD_KINDS.filter((k) => k.type !== FieldType.TYPE_GROUP);
    const lines = kinds.map((k) => `map<${typeOf(k)}, int32> m${k.type} = ${k.type};`);
    const errors = errorsByLine(
      protoc(`${HEAD}\nmessage All {\n  ${lines.join("\n  ")}\n}\n`, ["-o", join(dir, "m.binpb")])
        .stderr,
    );
    kinds.forEach((k, i) => {
      expect(errors.get(6 + i) === undefined, k.name).toBe(k.mapKey);
    });
    expect(fieldKind(FieldType.TYPE_GROUP)!.mapKey).toBe(false);
  });

  it("names each integer range as protoc's option errors do", () => {
    const ints = FIELD_KINDS.filter((k) => k.integer !== undefined && k.js !== "enum");
    const ext = ints.map((k) => `optional ${k.name} o${k.type} = ${50000 + k.type};`);
    const fields = ints.map(
      (k, i) => `optional int32 f${i} = ${i + 1} [(o${k.type}) = ${k.integer!.max + 1n}];`,
    );
    const proto = `syntax = "proto2";
package k;
import "google/protobuf/descriptor.proto";
extend google.protobuf.FieldOptions {
  ${ext.join("\n  ")}
}
message M {
  ${fields.join("\n  ")}
}
`;
    const errors = errorsByLine(protoc(proto, ["-o", join(dir, "o.binpb")]).stderr);
    const first = 7 + ints.length; // the fields follow the extend block and `message M {`
    ints.forEach((k, i) => {
      expect(errors.get(first + i), k.name).toContain(
        `for ${k.integer!.name} option "k.o${k.type}"`,
      );
    });
  });
});
