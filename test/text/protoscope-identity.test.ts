// The key property of protoscope dumps: assembleProtoscope(dumpProtoscope(b, opts)) is b,
// byte for byte, for any b, with and without a schema. Inputs: random bytes; random messages
// of random schemas (proto2, proto3, editions; the codec proofs' generators) encoded by
// protowire; those encodings mutated (cut, bytes flipped, bytes inserted, varints made
// overlong); and random protoscope texts mixing every form (long-form tags, values, lengths and
// end groups, groups closed by the wrong number, lengths past the end, bad wire types); and
// size-delimited streams of messages, dumped as one `{ ... }` per record.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessageInfo } from "../../src/codec/info.js";
import { loadSchemaSync } from "../../src/index.js";
import { assembleProtoscope, dumpProtoscope } from "../../src/text/protoscope/index.js";
import { caseArb, loadCase, messageOf, withSchema } from "../json/helpers/random-json-case.js";

function identity(bytes: Uint8Array, type?: MessageInfo, delimited = false): void {
  const text = dumpProtoscope(bytes, type === undefined ? { delimited } : { type, delimited });
  const back = assembleProtoscope(text);
  if (Buffer.compare(Buffer.from(back), Buffer.from(bytes)) !== 0) {
    expect.fail(`not the input:\n${Buffer.from(bytes).toString("hex")}\n${text}`);
  }
}

/** Edits of an encoding: cut, flip, insert, and overlong varints (a byte `b` < 0x80 as `b|0x80 00`). */
type Edit =
  | { kind: "cut"; at: number }
  | { kind: "flip"; at: number; mask: number }
  | { kind: "insert"; at: number; byte: number }
  | { kind: "overlong"; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant("overlong" as const), at: fc.nat() }),
);

function applyEdit(b: Uint8Array, e: Edit): Uint8Array {
  const at = b.length === 0 ? 0 : e.at % (b.length + 1);
  const a = [...b];
  if (e.kind === "cut") return Uint8Array.from(a.slice(0, at));
  if (e.kind === "insert") a.splice(at, 0, e.byte);
  else if (at < a.length && e.kind === "flip") a[at]! ^= e.mask;
  else if (at < a.length && a[at]! < 0x80) a.splice(at, 1, a[at]! | 0x80, 0);
  return Uint8Array.from(a);
}

describe("dump then assemble is the identity", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => identity(b)),
      { numRuns: 3000 },
    );
  });

  it("on random bytes biased towards tags and small lengths", () => {
    const byte = fc.oneof(
      fc.constantFrom(
        0x08,
        0x0a,
        0x0b,
        0x0c,
        0x0d,
        0x09,
        0x12,
        0x13,
        0x14,
        0x1b,
        0x1c,
        0x80,
        0x00,
        0x01,
        0x02,
        0x03,
      ),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 120 }), (a) => identity(Uint8Array.from(a))),
      { numRuns: 3000 },
    );
  });

  for (const syntax of ["proto2", "proto3", "editions"] as const) {
    it(`on random ${syntax} messages, mutated or not, with and without their type`, () => {
      fc.assert(
        fc.property(caseArb(syntax), fc.array(editArb, { maxLength: 3 }), (draft, edits) => {
          const c = loadCase(draft.model, draft.index);
          withSchema(c.text, () => {
            for (let i = 0; i < draft.values.length; i++) {
              const bytes = c.type.encode(messageOf(c, draft, i));
              identity(bytes);
              identity(bytes, c.info);
              const mutated = edits.reduce(applyEdit, bytes);
              identity(mutated);
              identity(mutated, c.info);
            }
          });
        }),
        { numRuns: 150 },
      );
    });
  }

  it("on size-delimited streams of random messages, mutated or not", () => {
    fc.assert(
      fc.property(caseArb("proto2"), fc.array(editArb, { maxLength: 2 }), (draft, edits) => {
        const c = loadCase(draft.model, draft.index);
        withSchema(c.text, () => {
          const records = draft.values.map((_, i) => {
            const body = c.type.encode(messageOf(c, draft, i));
            return assembleProtoscope(`${body.length} \`${Buffer.from(body).toString("hex")}\``);
          });
          const stream = Uint8Array.from(records.flatMap((r) => [...r]));
          identity(stream, c.info, true);
          identity(stream, undefined, true);
          identity(edits.reduce(applyEdit, stream), c.info, true);
        });
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => identity(b, undefined, true)),
      { numRuns: 1000 },
    );
  });

  it("on random protoscope texts of every form", () => {
    const int = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map(String),
      fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }).map(String),
    );
    const lf = fc.oneof(
      fc.constant(""),
      fc.integer({ min: 0, max: 4 }).map((n) => `long-form:${n} `),
    );
    const field = fc.oneof(
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 1, max: 0x1fff_ffff }),
    );
    const tree = fc.letrec<{ item: string; items: string }>((tie) => ({
      items: fc.array(tie("item"), { maxLength: 5 }).map((a) => a.join("\n")),
      item: fc.oneof(
        { depthSize: "small" },
        fc.tuple(lf, field, lf, int).map(([a, n, b, v]) => `${a}${n}: ${b}${v}`),
        fc
          .tuple(lf, field, fc.integer(), fc.constantFrom("i32", "i64"))
          .map(([a, n, v, s]) => `${a}${n}: ${v}${s}`),
        fc.tuple(lf, field, fc.double()).map(([a, n, v]) => `${a}${n}:I64 \`${hex64(v)}\``),
        fc.tuple(lf, field, lf, fc.string({ unit: "binary", maxLength: 8 })).map(
          ([a, n, b, s]) =>
            `${a}${n}: ${b}{${JSON.stringify(s)
              .replace(/\\u00([0-9a-f]{2})/g, "\\x$1")
              .replace(/\\[trbf]/g, "")}}`,
        ),
        fc
          .tuple(lf, field, lf, fc.uint8Array({ maxLength: 8 }))
          .map(([a, n, b, u]) => `${a}${n}: ${b}{\`${Buffer.from(u).toString("hex")}\`}`),
        fc.tuple(lf, field, lf, tie("items")).map(([a, n, b, x]) => `${a}${n}: ${b}{\n${x}\n}`),
        fc.tuple(lf, field, tie("items"), lf).map(([a, n, x, b]) => `${a}${n}: !{\n${x}\n${b}}`),
        fc.tuple(field, fc.integer({ min: 0, max: 7 })).map(([n, w]) => `${n}:${w}`),
        fc.tuple(field, fc.integer({ min: 0, max: 300 })).map(([n, l]) => `${n}:LEN ${l}`),
        fc.uint8Array({ maxLength: 6 }).map((u) => `\`${Buffer.from(u).toString("hex")}\``),
      ),
    }));
    fc.assert(
      fc.property(tree.items, (text) => {
        identity(assembleProtoscope(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("on any float and double bits, typed as float, double, fixed, sfixed or nothing", () => {
    const schema = loadSchemaSync({
      sources: {
        "f.proto": `syntax = "proto2"; package f;
          message F { optional float a = 1; optional double b = 2; optional fixed32 c = 3;
            optional sfixed64 d = 4; repeated float e = 5 [packed = true];
            repeated double g = 6 [packed = true]; }`,
      },
    });
    const type = schema.findMessage("f.F")!;
    const bits32 = fc.oneof(
      fc.integer({ min: 0, max: 0xffff_ffff }),
      fc.float({ noDefaultInfinity: false }).map((x) => {
        const d = new DataView(new ArrayBuffer(4));
        d.setFloat32(0, x, true);
        return d.getUint32(0, true);
      }),
    );
    const bits64 = fc.oneof(
      fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
      fc.double().map((x) => {
        const d = new DataView(new ArrayBuffer(8));
        d.setFloat64(0, x, true);
        return d.getBigUint64(0, true);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(bits32, { maxLength: 4 }),
        fc.array(bits64, { maxLength: 4 }),
        (a, b) => {
          const f32 = a.map((u) => `${u}i32`).join(" ");
          const f64 = b.map((u) => `${u}i64`).join(" ");
          const fields = [1, 3, 5].map((n) => a.map((u) => `${n}: ${u}i32`).join("\n"));
          fields.push(...[2, 4, 6].map((n) => b.map((u) => `${n}: ${u}i64`).join("\n")));
          const bytes = assembleProtoscope(`${fields.join("\n")}\n5: {${f32}}\n6: {${f64}}`);
          identity(bytes);
          identity(bytes, type);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("on nesting deeper than the recursion limit, of messages and of groups", () => {
    const depth = 300;
    identity(assembleProtoscope(`${"1: {".repeat(depth)}2: 3${"}".repeat(depth)}`));
    identity(assembleProtoscope(`${"1: !{".repeat(depth)}2: 3${"}".repeat(depth)}`));
    identity(Uint8Array.from([...Array(depth).fill(0x0b), ...Array(depth).fill(0x0c)]));
  });
});

function hex64(v: number): string {
  const d = new DataView(new ArrayBuffer(8));
  d.setFloat64(0, v, true);
  return Buffer.from(d.buffer).toString("hex");
}
