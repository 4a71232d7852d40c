/**
 * Helpers the generated code calls through `rt`: error construction, error paths, and the few
 * operations too rare to inline.
 */

import type { DecodeErrorCode, EncodeErrorCode } from "../wire/errors.js";
import { DecodeError, EncodeError } from "../wire/errors.js";
import { Writer } from "../wire/writer.js";

/** The linked functions of one message type, produced by evaluating emitted source. */
export interface MessageFunctions {
  make(): Record<string, unknown>;
  init(m: object, x: object): void;
  create(x?: object): Record<string, unknown>;
  decode(r: unknown, end: number, m: object, o: object, depth: number, group: number): void;
  encode(m: object, w: Writer, o: object, depth: number): void;
  missing(m: object, path: string, out: string[]): void;
}

export const runtime = {
  err(code: DecodeErrorCode, detail: string, offset: number): DecodeError {
    return new DecodeError(code, detail, offset);
  },

  endGroup(tag: number, group: number, offset: number): DecodeError {
    if (group === 0) {
      return new DecodeError(
        "UNEXPECTED_END_GROUP",
        `end-group tag for field ${tag >>> 3} outside a group`,
        offset,
      );
    }
    return new DecodeError(
      "MISMATCHED_END_GROUP",
      `end-group tag for field ${tag >>> 3} closes group ${group}`,
      offset,
    );
  },

  /** Prepends the name of the field being read (tag `t`, 0 while reading a tag) to e.path. */
  withPath(e: unknown, names: Map<number, string>, t: number): unknown {
    if (!(e instanceof DecodeError) || t === 0) return e;
    const name = names.get(t >>> 3);
    if (name !== undefined) e.path = e.path === "" ? name : `${name}.${e.path}`;
    return e;
  },

  /** A closed-enum value from a packed run kept as an unpacked varint field (as protoc does). */
  unknownVarint(m: { $unknown?: Uint8Array[] }, fieldNumber: number, value: number): void {
    const bytes = new Writer(16)
      .uint32((fieldNumber * 8) >>> 0)
      .int32(value)
      .finish();
    if (m.$unknown === undefined) m.$unknown = [bytes];
    else m.$unknown.push(bytes);
  },

  /** Writes the chunks of `$unknown` whose field number is in `numbers`, sorted by number. */
  writeExtensions(u: readonly Uint8Array[], w: Writer, numbers: ReadonlySet<number>): void {
    const picked: [number, Uint8Array][] = [];
    for (const c of u) {
      const n = chunkFieldNumber(c);
      if (numbers.has(n)) picked.push([n, c]);
    }
    if (picked.length > 1) picked.sort((a, b) => a[0] - b[0]); // stable: same-number order kept
    for (const [, c] of picked) w.raw(c);
  },

  /** Writes the chunks of `$unknown` whose field number is not in `known`, in order. */
  writeUnknownExcept(u: readonly Uint8Array[], w: Writer, known: ReadonlySet<number>): void {
    for (const c of u) if (!known.has(chunkFieldNumber(c))) w.raw(c);
  },

  tooDeep(limit: number): EncodeError {
    return encodeError("RECURSION_LIMIT", `messages nested deeper than ${limit}`);
  },

  /** Builds a map field from a Map, an iterable of pairs, or a plain object (string keys). */
  toMap(
    v: unknown,
    keyKind: string,
    conv: ((e: unknown) => unknown) | undefined,
  ): Map<unknown, unknown> {
    const out = new Map<unknown, unknown>();
    const entries: Iterable<[unknown, unknown]> =
      v instanceof Map || (typeof v === "object" && v !== null && Symbol.iterator in v)
        ? (v as Iterable<[unknown, unknown]>)
        : Object.entries(v as object).map(([k, x]) => [mapKeyFromString(k, keyKind), x]);
    for (const [k, x] of entries) out.set(k, conv === undefined ? x : conv(x));
    return out;
  },
};

/** Field number of an unknown-field chunk: its leading tag varint >>> 3 (0 if malformed). */
function chunkFieldNumber(c: Uint8Array): number {
  let tag = 0;
  for (let i = 0, shift = 0; i < c.length && i < 5; i++, shift += 7) {
    const b = c[i]!;
    tag += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return Math.floor(tag / 8);
  }
  return 0;
}

function mapKeyFromString(k: string, keyKind: string): unknown {
  switch (keyKind) {
    case "number":
      return Number(k);
    case "bigint":
      return BigInt(k);
    case "bool":
      return k === "true";
    default:
      return k;
  }
}

/** An EncodeError raised by the codec ("MISSING_REQUIRED", "RECURSION_LIMIT", "INVALID_VALUE"). */
export function encodeError(code: EncodeErrorCode, message: string): EncodeError {
  return new EncodeError(code, message);
}
