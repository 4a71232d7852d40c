/**
 * Lookups the linker makes once per element must not scan the whole message or enum. Each
 * aggregate entry scanned the message's fields, each enum default or value the enum's values,
 * each extension its message's extension ranges. On this machine the three cases below took
 * about 11 s, 5 s and 6 s that way, and about 1 s each now; the 4 s bounds sit between. Results
 * are checked too: the option bytes against the encoding spec, extension membership against
 * the naive definition.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/schema/load.js";

/** Base-128 varint of a non-negative number (protobuf encoding spec). */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function timed<T>(f: () => T): [T, number] {
  const start = performance.now();
  const out = f();
  return [out, performance.now() - start];
}

describe("linker lookups by name and number", () => {
  it("an aggregate option naming the last of 10,000 fields 100,000 times", () => {
    const F = 10_000;
    const K = 100_000;
    const source = `syntax = "proto2";
import "google/protobuf/descriptor.proto";
enum E { ${Array.from({ length: F }, (_, i) => `E${i} = ${i};`).join(" ")} }
message O {
  ${Array.from({ length: F - 1 }, (_, i) => `optional int32 f${i} = ${i + 1};`).join(" ")}
  repeated E last = 30000;
  optional group G = 30001 { optional int32 x = 1; }
}
extend google.protobuf.FileOptions { optional O agg = 50000; }
option (agg) = { ${`last: E${F - 1} `.repeat(K)} G { x: 7 } f0: 3 };`;
    const [schema, ms] = timed(() => loadSchemaSync({ sources: { "a.proto": source } }));
    expect(ms).toBeLessThan(4_000);
    // The option, as protoc writes it (descriptor.cc serializes in field-number order):
    // field 50000 holding f0 = 3, K times `last` = E9999, then group G { x: 7 }.
    const payload = [
      ...varint(1 << 3),
      3,
      ...Array.from({ length: K }, () => [...varint(30000 << 3), ...varint(F - 1)]).flat(),
      ...varint((30001 << 3) | 3),
      ...varint(1 << 3),
      7,
      ...varint((30001 << 3) | 4),
    ];
    const expected = [...varint((50000 << 3) | 2), ...varint(payload.length), ...payload];
    const opts = schema.files.find((f) => f.name === "a.proto")!.options!;
    expect(Array.from(opts.unknownFields!)).toEqual(expected);
  });

  it("proto2 defaults naming the last of 30,000 enum values", () => {
    const N = 30_000;
    const source = `syntax = "proto2";
enum E { ${Array.from({ length: N }, (_, i) => `V${i} = ${i};`).join(" ")} }
message M { ${Array.from({ length: N }, (_, i) => `optional E f${i} = ${20_000 + i} [default = V${N - 1}];`).join(" ")} }`;
    const [schema, ms] = timed(() => loadSchemaSync({ sources: { "a.proto": source } }));
    expect(ms).toBeLessThan(4_000);
    const m = schema.findMessage("M")!;
    expect(m.fields.every((f) => f.defaultValue === N - 1)).toBe(true);
  });

  it("40,000 extensions of a message with 40,000 extension ranges", () => {
    const N = 40_000;
    const source = `syntax = "proto2";
message M { ${Array.from({ length: N }, (_, i) => `extensions ${20_000 + 2 * i};`).join(" ")} }
extend M { ${Array.from({ length: N }, (_, i) => `optional int32 e${i} = ${20_000 + 2 * (N - 1 - i)};`).join(" ")} }`;
    const [schema, ms] = timed(() => loadSchemaSync({ sources: { "a.proto": source } }));
    expect(ms).toBeLessThan(4_000);
    expect(schema.findMessage("M")!.extensions()).toHaveLength(N);
  });

  it("an extension number is accepted exactly when some (possibly unsorted) range holds it", () => {
    const range = fc
      .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }))
      .map(([from, len]) => [from, from + len] as const);
    fc.assert(
      fc.property(
        fc.uniqueArray(range, { minLength: 1, maxLength: 6, selector: (r) => r[0] }),
        fc.integer({ min: 1, max: 70 }),
        (ranges, n) => {
          // Disjoint ranges only: overlapping ones are an error of their own.
          const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
          if (sorted.some((r, i) => i > 0 && r[0] < sorted[i - 1]![1])) return;
          const decl = ranges.map(([a, b]) => `extensions ${a} to ${b - 1};`).join(" ");
          const source = `syntax = "proto2"; message M { ${decl} } extend M { optional int32 e = ${n}; }`;
          const expected = ranges.some(([a, b]) => n >= a && n < b);
          let accepted = true;
          try {
            loadSchemaSync({ sources: { "p.proto": source } });
          } catch (e) {
            accepted = false;
            expect(String(e)).toContain(`"M" does not declare ${n} as an extension number.`);
          }
          expect(accepted).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
