// Proof beyond conformance (issue 4): hostile input against the five conformance message types
// (loaded through protowire's own parser). Random and mutated bytes never raise anything but
// DecodeError, always terminate, and never allocate more than a small multiple of the input;
// a length prefix that claims 2 GB in a 10-byte input fails at once.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConformanceSchema, TEST_MESSAGE_TYPES } from "../../conformance/protocol.js";
import { type MessageCodec, messageType } from "../../src/codec/index.js";
import type { FieldInfo, MessageInfo } from "../../src/codec/info.js";
import { DecodeError } from "../../src/wire/errors.js";
import { bestTime } from "../helpers/timing.js";
import { varint } from "../helpers/varint.js";

let codecs: { name: string; codec: MessageCodec; seeds: Uint8Array[] }[] = [];
/**
 * The unit of the time bounds below: decoding all 15 seeds once, best of 5 (timed as in
 * test/helpers/timing.ts), so the bounds follow the machine's speed.
 */
let seedsMs = Number.POSITIVE_INFINITY;
/**
 * A hostile input of at most a few hundred bytes (or a mutated seed) may take this many times
 * as long as decoding the 15 seeds, best of up to 3 tries. Measured: at most 2-6 times (about
 * one seed's worth of bytes, colder paths). A decoder doing work by a claimed length instead of
 * the bytes present takes seconds: a stand-in that counted to the claim (up to 2^28) before
 * the length check measured about 900 times.
 */
const SLOWDOWN = 50;

beforeAll(() => {
  const schema = loadConformanceSchema();
  codecs = TEST_MESSAGE_TYPES.map((name) => {
    const codec = messageType(schema, name);
    const info = schema.findMessage(name)!;
    const seeds = [0, 1, 2].map((variant) =>
      codec.encode(codec.create(sampleInit(info, 0, variant)), { allowPartial: true }),
    );
    return { name, codec, seeds };
  });
  const decodeSeeds = () => {
    for (const { codec, seeds } of codecs) for (const seed of seeds) codec.decode(seed);
  };
  for (let i = 0; i < 20; i++) decodeSeeds();
  seedsMs = bestTime(decodeSeeds, 5);
});

/**
 * Time of `run` (which may throw), retried up to 3 times while over the bound: a GC pause
 * or a compile can make one try slow, not all three.
 */
function hostileMs(run: () => void): number {
  return bestTime(run, 3, SLOWDOWN * seedsMs);
}

function expectQuick(ms: number, what: string): void {
  if (ms > SLOWDOWN * seedsMs) {
    throw new Error(
      `${what}: ${ms.toFixed(2)} ms, over ${SLOWDOWN} times the ${seedsMs.toFixed(3)} ms of decoding the 15 seeds`,
    );
  }
}

/** Decodes `bytes`; a DecodeError is fine, anything else fails. A decoded message re-encodes. */
function decodeOrReject(codec: MessageCodec, bytes: Uint8Array): void {
  let m: ReturnType<MessageCodec["decode"]> | undefined;
  let error: unknown;
  const ms = hostileMs(() => {
    try {
      m = codec.decode(bytes);
    } catch (e) {
      error = e;
    }
  });
  expectQuick(ms, hex(bytes));
  if (m === undefined) {
    if (!(error instanceof DecodeError)) {
      throw new Error(`non-DecodeError for ${hex(bytes)}: ${String(error)}`, { cause: error });
    }
    return;
  }
  // What decodes must encode, and decode again to the same value.
  const again = codec.encode(m);
  expect(codec.decode(again)).toStrictEqual(m);
}

/** Bytes that look like protobuf: tags and varint bytes the decoder has to take seriously. */
const protobufish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        0x08,
        0x0a,
        0x0b,
        0x0c,
        0x0d,
        0x09,
        0x12,
        0x92,
        0x01,
        0xda,
        0xfa,
        0x80,
        0xff,
        0x00,
        0x7f,
      ),
      fc.integer({ min: 0, max: 255 }),
    ),
    { maxLength: 200 },
  )
  .map((a) => Uint8Array.from(a));

type Mutation =
  | { kind: "set"; at: number; byte: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; len: number }
  | { kind: "truncate"; at: number }
  | { kind: "duplicate"; at: number; len: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 16 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 32 }),
  }),
);

function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  const b = [...input];
  const at = b.length === 0 ? 0 : m.at % (b.length + 1);
  switch (m.kind) {
    case "set":
      if (at < b.length) b[at] = m.byte;
      break;
    case "insert":
      b.splice(at, 0, ...m.bytes);
      break;
    case "delete":
      b.splice(at, m.len);
      break;
    case "truncate":
      b.length = at;
      break;
    case "duplicate":
      b.splice(at, 0, ...b.slice(at, at + m.len));
      break;
  }
  return Uint8Array.from(b);
}

describe("random and mutated bytes against the conformance message types", () => {
  it("has seeds that decode: the mutations start from valid messages", () => {
    for (const { codec, seeds } of codecs) {
      for (const seed of seeds) {
        expect(seed.length).toBeGreaterThan(200);
        expect(() => codec.decode(seed)).not.toThrow();
      }
    }
  });

  it("random bytes decode or raise DecodeError", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 4 }),
        fc.oneof(fc.uint8Array({ maxLength: 300 }), protobufish),
        (i, bytes) => {
          decodeOrReject(codecs[i]!.codec, bytes);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("mutated valid messages decode or raise DecodeError", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 4 }),
        fc.nat({ max: 2 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (i, s, mutations) => {
          const { codec, seeds } = codecs[i]!;
          decodeOrReject(codec, mutations.reduce(mutate, seeds[s]!));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("length prefixes that claim more than the input holds", () => {
  // Field 14 (string), 15 (bytes), 18 (message), 75 (packed int32) exist in all five types;
  // 999 is unknown to all. Each tag is followed by a varint length and three payload bytes.
  const TAGS: [string, number[]][] = [
    ["string field 14", [0x72]],
    ["bytes field 15", [0x7a]],
    ["message field 18", [0x92, 0x01]],
    ["packed field 75", [0xda, 0x04]],
    ["unknown field 999", [0xba, 0x3e]],
  ];
  const CLAIMS: [string, number[]][] = [
    ["2 GB", [0x80, 0x80, 0x80, 0x80, 0x08]], // 2^31
    ["4 GB - 1", [0xff, 0xff, 0xff, 0xff, 0x0f]], // 2^32 - 1
    ["2^64 - 1", [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
  ];

  for (const [tagName, tag] of TAGS) {
    for (const [claimName, claim] of CLAIMS) {
      it(`${tagName} claiming ${claimName} fails at once, at the length prefix`, () => {
        const input = Uint8Array.from([...tag, ...claim, 1, 2, 3]);
        for (const { name, codec } of codecs) {
          const before = process.memoryUsage().arrayBuffers;
          let error: unknown;
          const ms = hostileMs(() => {
            try {
              codec.decode(input);
            } catch (e) {
              error = e;
            }
          });
          expectQuick(ms, name);
          // No buffer sized by the claim: a few KiB of noise at most, never gigabytes.
          expect(process.memoryUsage().arrayBuffers - before, name).toBeLessThan(1 << 20);
          expect(error, name).toBeInstanceOf(DecodeError);
          expect((error as DecodeError).code, name).toBe("LENGTH_OUT_OF_RANGE");
          expect((error as DecodeError).offset, name).toBe(tag.length);
        }
      });
    }
  }

  it("a 10-byte input claiming 2 GB is the issue's exact case", () => {
    const input = Uint8Array.from([0x92, 0x01, 0x80, 0x80, 0x80, 0x80, 0x08, 0x08, 0x01, 0x00]);
    expect(input.length).toBe(10);
    for (const { codec } of codecs) {
      expect(() => codec.decode(input)).toThrow(DecodeError);
    }
  });
});

describe("nesting and repetition", () => {
  it("100,000 nested recursive_message fields give RECURSION_LIMIT, not a stack overflow", () => {
    const input = nestLengthDelimited([0xda, 0x01], 100_000); // field 27, wire type 2
    for (const { name, codec } of codecs) {
      let error: unknown;
      try {
        codec.decode(input);
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).code, name).toBe("RECURSION_LIMIT");
    }
  });

  it("nesting well under the limit decodes; recursionLimit is honoured", () => {
    const { codec } = codecs[1]!; // proto3: recursive_message is plain length-delimited
    expect(() => codec.decode(nestLengthDelimited([0xda, 0x01], 50))).not.toThrow();
    expect(() => codec.decode(nestLengthDelimited([0xda, 0x01], 150))).toThrow(DecodeError);
    expect(() =>
      codec.decode(nestLengthDelimited([0xda, 0x01], 5), { recursionLimit: 10 }),
    ).not.toThrow();
    expect(() =>
      codec.decode(nestLengthDelimited([0xda, 0x01], 20), { recursionLimit: 10 }),
    ).toThrow(expect.objectContaining({ code: "RECURSION_LIMIT" }));
  });

  it("1,000,000 nested unknown groups give RECURSION_LIMIT", () => {
    // Field 1000, wire type 3 (start group): tag 8003 = c3 3e. Never closed.
    const input = new Uint8Array(2_000_000);
    for (let i = 0; i < input.length; i += 2) {
      input[i] = 0xc3;
      input[i + 1] = 0x3e;
    }
    for (const { name, codec } of codecs) {
      let error: unknown;
      try {
        codec.decode(input);
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).code, name).toBe("RECURSION_LIMIT");
    }
  });

  it("a megabyte of one-byte packed varints costs a small multiple of the input", () => {
    // packed_int32 (field 75): tag da 04, length 2^20 as varint 80 80 40, then 2^20 zero bytes.
    const count = 1 << 20;
    const input = new Uint8Array(5 + count);
    input.set([0xda, 0x04, 0x80, 0x80, 0x40]);
    const { codec } = codecs[1]!;
    const before = process.memoryUsage();
    const m = codec.decode(input) as { packedInt32: number[] };
    const after = process.memoryUsage();
    expect(m.packedInt32.length).toBe(count);
    // A JS array of 2^20 small integers takes 4-8 MiB; 32x the input leaves room for array
    // growth but not for per-element objects or buffers sized by a claim.
    const grown = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
    expect(grown).toBeLessThan(32 * input.length);
  });

  it("maxMessageSize rejects a large input before reading it", () => {
    const { codec } = codecs[1]!;
    expect(() => codec.decode(new Uint8Array(1000), { maxMessageSize: 999 })).toThrow(
      expect.objectContaining({ code: "MESSAGE_TOO_LARGE" }),
    );
  });
});

/** `depth` copies of `tag` + length, each wrapping the next; the innermost is empty. */
function nestLengthDelimited(tag: number[], depth: number): Uint8Array {
  // Sizes from the inside out, then write from the outside in: O(total size).
  const inner: number[] = new Array(depth + 1);
  inner[depth] = 0;
  for (let d = depth - 1; d >= 0; d--) {
    const len = inner[d + 1]!;
    inner[d] = tag.length + varint(len).length + len;
  }
  const out = new Uint8Array(inner[0]!);
  let pos = 0;
  for (let d = 0; d < depth; d++) {
    out.set(tag, pos);
    pos += tag.length;
    const length = varint(inner[d + 1]!);
    out.set(length, pos);
    pos += length.length;
  }
  return out;
}

function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");
}

/**
 * An init object that sets every field of `info` (one member per oneof), nested one level:
 * the seeds cover every field kind of the conformance messages, groups and maps included.
 */
function sampleInit(info: MessageInfo, depth: number, variant: number): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  const oneofsDone = new Set<string>();
  for (const f of info.fields) {
    const oneof = f.oneof !== undefined && f.proto?.proto3Optional !== true ? f.oneof : undefined;
    if (oneof !== undefined) {
      // Rotate the chosen member with the variant so different seeds cover different cases.
      const members = info.fields.filter((g) => g.oneof?.name === oneof.name);
      if (oneofsDone.has(oneof.name) || members[variant % members.length] !== f) continue;
      oneofsDone.add(oneof.name);
    }
    const value = sampleField(f, depth, variant);
    if (value === undefined) continue;
    if (oneof !== undefined) init[oneof.localName] = { case: f.localName, value };
    else init[f.localName] = value;
  }
  return init;
}

function sampleField(f: FieldInfo, depth: number, variant: number): unknown {
  if (f.map !== undefined) {
    const k = sampleScalar(f.map.key, depth, variant);
    const v = sampleScalar(f.map.value, depth, variant);
    return v === undefined ? new Map() : new Map([[k, v]]);
  }
  const one = sampleScalar(f, depth, variant);
  if (one === undefined) return undefined;
  return f.repeated ? [one, sampleScalar(f, depth, variant + 1)] : one;
}

function sampleScalar(f: FieldInfo, depth: number, variant: number): unknown {
  const neg = variant % 2 === 1;
  switch (f.type) {
    case 1:
      return neg ? -1.5e300 : 0.1;
    case 2:
      return neg ? -0.25 : 3.5;
    case 3:
    case 16:
    case 18:
      return neg ? -(2n ** 63n) : 2n ** 62n;
    case 4:
    case 6:
      return neg ? 2n ** 64n - 1n : 300n;
    case 5:
    case 15:
    case 17:
      return neg ? -2_147_483_648 : 150;
    case 7:
    case 13:
      return neg ? 4_294_967_295 : 128;
    case 8:
      return !neg;
    case 9:
      return neg ? "h\u00e9\u20ac\u{1f600}" : "hello";
    case 12:
      return neg ? Uint8Array.from([0, 255, 128]) : Uint8Array.from([1]);
    case 14: {
      const values = f.enum!.values;
      return values[variant % values.length]!.number;
    }
    case 10:
    case 11:
      return depth < 1 ? sampleInit(f.message!, depth + 1, variant) : undefined;
    default:
      throw new Error(`unexpected field type ${f.type}`);
  }
}
