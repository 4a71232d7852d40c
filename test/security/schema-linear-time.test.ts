/**
 * Lookups the linker makes once per element must not scan the whole message or enum. Each
 * aggregate entry scanned the message's fields, each enum default or value the enum's values,
 * each extension its message's extension ranges: time grew with the square of the input. At the
 * sizes these tests used to load (10,000 fields named 100,000 times; 30,000 defaults on a
 * 30,000-value enum; 40,000 extensions on 40,000 ranges) that took about 11 s, 5 s and 6 s, and
 * about 1 s each now. Results are checked too: the option bytes against the encoding spec,
 * extension membership against the naive definition.
 *
 * No bound in milliseconds (4 s failed on a loaded machine). Each case is timed against a
 * control of the same size that declares the same things but looks names and numbers up in a
 * table of one: the ratio is what the big tables cost, and does not depend on the machine's
 * speed or load (best of several alternating rounds, timed as in test/helpers/timing.ts). The
 * lookups are a small part of a load, so linear code measures about 1; with the scans put back
 * (Array.find / Array.some, as before the fix) the same cases measure 4 or more. Each case
 * gives what it measured on a busy 2-core machine, and its limit.
 *
 * Not time(8n) / time(n): these loads allocate so much that GC dominates, and how much depends
 * on whether a load's data outlives V8's young generation; from 2,000 to 16,000 extensions the
 * current code measured a ratio of 25-35 (CPU time) where linear is 8, about what the scans
 * gave. The same size on both sides keeps the GC work equal.
 *
 * The defaults and extensions come as a binary descriptor set, which the linker checks like
 * .proto text (linker-validate parseDefault, linker-resolve hasExtensionNumber): without
 * parsing, an element costs 3-10 µs instead of about 30, so the scans stand out at sizes that
 * load in 0.1-0.2 s. The aggregate needs text; its entries are cheap.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeFileDescriptorSet } from "../../src/schema/descriptor/binary.js";
import type { FileDescriptorProto } from "../../src/schema/descriptor/shapes.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { describeRelative, relativeCost } from "../helpers/timing.js";
import { varint } from "../helpers/varint.js";

/** Rounds of timing (best of each); up to twice as many if a ratio lands at the limit. */
const ROUNDS = 3;
/** With the scans, a case takes 10-20 s: fail on the ratio, not on the timeout. */
const TIMEOUT = 120_000;

/** Times `subject` against `control`, expects the ratio under `limit`; returns the subject's result. */
function expectNoScan<T>(subject: () => T, control: () => unknown, limit: number): T {
  const cost = relativeCost(subject, control, ROUNDS, limit);
  expect(cost.ratio, `against the control: ${describeRelative(cost)}`).toBeLessThan(limit);
  return cost.result;
}

/** The linked descriptor of `source` (a.proto), without source info: the template of a set. */
function descriptorOf(source: string): FileDescriptorProto {
  const file = loadSchemaSync({ sources: { "a.proto": source } }).files.find(
    (f) => f.name === "a.proto",
  )!;
  const copy = structuredClone(file);
  delete copy.sourceCodeInfo;
  return copy;
}

describe("linker lookups by name and number", () => {
  it(
    "an aggregate option naming the last of 2,400 fields, with the last of 2,400 enum values, 48,000 times",
    () => {
      // The option `agg` names the last field of O and the last value of E, K times: a scan per
      // entry takes 2 x K x F steps. The control sets `small` instead: the same K entries on a
      // message of three fields and an enum of one value (E's last number: the same bytes).
      const F = 2_400;
      const K = 48_000;
      const source = (option: string) => `syntax = "proto2";
import "google/protobuf/descriptor.proto";
enum E { ${Array.from({ length: F }, (_, i) => `E${i} = ${i};`).join(" ")} }
message O {
  ${Array.from({ length: F - 1 }, (_, i) => `optional int32 f${i} = ${i + 1};`).join(" ")}
  repeated E last = 30000;
  optional group G = 30001 { optional int32 x = 1; }
}
enum Tiny { W = ${F - 1}; }
message OTiny {
  optional int32 f0 = 1;
  repeated Tiny last = 30000;
  optional group G = 30001 { optional int32 x = 1; }
}
extend google.protobuf.FileOptions { optional O agg = 50000; optional OTiny small = 50001; }
option (${option}) = { ${`last: ${option === "agg" ? `E${F - 1}` : "W"} `.repeat(K)} G { x: 7 } f0: 3 };`;
      const subject = source("agg");
      const control = source("small");
      // Measured 0.9-1.6; 4.2-5.0 with the scans.
      const schema = expectNoScan(
        () => loadSchemaSync({ sources: { "a.proto": subject } }),
        () => loadSchemaSync({ sources: { "a.proto": control } }),
        2.5,
      );
      // The option, as protoc writes it (descriptor.cc serializes in field-number order):
      // field 50000 holding f0 = 3, K times `last` = E(F-1), then group G { x: 7 }.
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
      const opts = schema.files.find((x) => x.name === "a.proto")!.options!;
      // As hex: toEqual on 200,000 array elements takes half a second.
      expect(Buffer.from(opts.unknownFields!).toString("hex")).toBe(
        Buffer.from(expected).toString("hex"),
      );
    },
    TIMEOUT,
  );

  it(
    "12,000 proto2 defaults naming the last of 12,000 enum values",
    () => {
      // A scan per default takes N x N steps. The control's fields are of an enum of one value,
      // Tiny (E is still declared).
      const N = 12_000;
      const template = descriptorOf(
        `syntax = "proto2"; enum E { V0 = 0; } enum Tiny { W = 0; }
        message M { optional E f0 = 20000 [default = V0]; }`,
      );
      const defaults = (typeName: string, defaultValue: string): Uint8Array => {
        const file = structuredClone(template);
        const e = file.enumType[0]!;
        const m = file.messageType[0]!;
        const [value, field] = [e.value[0]!, m.field[0]!];
        e.value = Array.from({ length: N }, (_, i) => ({ ...value, name: `V${i}`, number: i }));
        m.field = Array.from({ length: N }, (_, i) => ({
          ...field,
          name: `f${i}`,
          jsonName: `f${i}`,
          number: 20_000 + i,
          typeName,
          defaultValue,
        }));
        return encodeFileDescriptorSet([file]);
      };
      const subject = defaults(".E", `V${N - 1}`);
      const control = defaults(".Tiny", "W");
      // Measured 0.7-1.5; 4.0-7.1 with the scan.
      const schema = expectNoScan(
        () => loadSchemaSync({ descriptorSet: subject }),
        () => loadSchemaSync({ descriptorSet: control }),
        2.5,
      );
      const m = schema.findMessage("M")!;
      expect(m.fields).toHaveLength(N);
      expect(m.fields.every((f) => f.defaultValue === N - 1)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "24,000 extensions of a message with 24,000 extension ranges",
    () => {
      // One-number ranges; the first extension is in the last range, the last in the first. A
      // scan of the ranges per extension takes N x N / 2 steps. The control's extensions extend
      // Tiny, which has one range holding them all (M keeps its N ranges).
      const N = 24_000;
      const template = descriptorOf(
        `syntax = "proto2"; message M { extensions 20000; } message Tiny { extensions 20000; }
        extend M { optional int32 e0 = 20000; }`,
      );
      const extensions = (extendee: string): Uint8Array => {
        const file = structuredClone(template);
        const [m, m1] = [file.messageType[0]!, file.messageType[1]!];
        const [range, ext] = [m.extensionRange[0]!, file.extension[0]!];
        m.extensionRange = Array.from({ length: N }, (_, i) => ({
          ...range,
          start: 20_000 + 2 * i,
          end: 20_001 + 2 * i,
        }));
        m1.extensionRange = [{ ...range, start: 20_000, end: 20_000 + 2 * N }];
        file.extension = Array.from({ length: N }, (_, i) => ({
          ...ext,
          name: `e${i}`,
          jsonName: `e${i}`,
          number: 20_000 + 2 * (N - 1 - i),
          extendee,
        }));
        return encodeFileDescriptorSet([file]);
      };
      const subject = extensions(".M");
      const control = extensions(".Tiny");
      // A binary search of 24,000 ranges per extension against one of a single range: measured
      // 0.8-1.9; 8.7-12 with the scan.
      const schema = expectNoScan(
        () => loadSchemaSync({ descriptorSet: subject }),
        () => loadSchemaSync({ descriptorSet: control }),
        4,
      );
      expect(schema.findMessage("M")!.extensions()).toHaveLength(N);
    },
    TIMEOUT,
  );

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
