/**
 * The scalar kinds: how one value of each protobuf scalar type travels and which JS values it
 * takes (docs/codec.md, "Values encode and create accept"). Each is its own export, so that a
 * bundle keeps only the kinds its message types use.
 */
import { DecodeError } from "../../wire/errors.js";
import { FieldValueError, show } from "../values.js";
import type { Kind } from "./kind.js";
import { scalarOps } from "./scalar-ops.js";
import { bad, refuse } from "./values.js";
import {
  type Cursor,
  end,
  fail,
  high,
  open,
  readLength,
  readVarint,
  room,
  type Sink,
  take,
  writeLengthPrefixed,
  writeVarint,
  writeVarint64,
} from "./wire.js";

function kind(
  w: number,
  t: string,
  z: unknown,
  r: (c: Cursor) => unknown,
  e: (s: Sink, v: never) => void,
  c: (v: unknown) => unknown,
): Kind {
  return { w, t, z, r, e: e as Kind["e"], c, f: scalarOps };
}

const int32 = (t: string) => (v: unknown) =>
  typeof v === "number" && (v | 0) === v ? v : refuse(v, t);
const uint32 = (t: string) => (v: unknown) =>
  typeof v === "number" && v >>> 0 === v ? v : refuse(v, t);
const number = (v: unknown) => (typeof v === "number" ? v : refuse(v, "double"));

/**
 * Checks a 64-bit value given as bigint, safe-integer number or decimal string; create keeps it
 * in the form given, as the compiled codecs do (writers take BigInt of it).
 */
function big(signed: boolean, t: string) {
  return (v: unknown): unknown => {
    const x =
      typeof v === "bigint"
        ? v
        : Number.isSafeInteger(v) || (typeof v === "string" && /^-?\d{1,30}$/.test(v))
          ? BigInt(v as string)
          : refuse(v, t);
    if ((signed ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x)) !== x) {
      throw new FieldValueError(`${show(v)} is out of range for ${t}`);
    }
    return v;
  };
}

/** A 64-bit value that `big` accepted, as a bigint. */
const int64 = (v: unknown) => BigInt(v as bigint);
const varint64 = (s: Sink, v: unknown) => writeVarint64(s, int64(v));

/** The last varint read (low half `lo`, high half in `high`) as an unsigned bigint. */
const u64 = (lo: number) => (BigInt(high) << 32n) | BigInt(lo);
const varint = (s: Sink, v: number) => writeVarint(s, v, v < 0 ? -1 : 0);

export const $int32: Kind = /*@__PURE__*/ kind(
  0,
  "int32",
  0,
  (c) => readVarint(c) | 0,
  varint,
  /*@__PURE__*/ int32("int32"),
);
export const $enum: Kind = /*@__PURE__*/ kind(
  0,
  "enum",
  0,
  (c) => readVarint(c) | 0,
  varint,
  /*@__PURE__*/ int32("enum"),
);
export const $uint32: Kind = /*@__PURE__*/ kind(
  0,
  "uint32",
  0,
  readVarint,
  writeVarint,
  /*@__PURE__*/ uint32("uint32"),
);
export const $sint32: Kind = /*@__PURE__*/ kind(
  0,
  "sint32",
  0,
  (c) => {
    const x = readVarint(c);
    return (x >>> 1) ^ -(x & 1);
  },
  (s, v: number) => writeVarint(s, (v << 1) ^ (v >> 31)),
  /*@__PURE__*/ int32("sint32"),
);
export const $int64: Kind = /*@__PURE__*/ kind(
  0,
  "int64",
  0n,
  (c) => BigInt.asIntN(64, u64(readVarint(c))),
  varint64,
  /*@__PURE__*/ big(true, "int64"),
);
export const $uint64: Kind = /*@__PURE__*/ kind(
  0,
  "uint64",
  0n,
  (c) => u64(readVarint(c)),
  varint64,
  /*@__PURE__*/ big(false, "uint64"),
);
export const $sint64: Kind = /*@__PURE__*/ kind(
  0,
  "sint64",
  0n,
  (c) => {
    const x = u64(readVarint(c));
    return (x >> 1n) ^ -(x & 1n);
  },
  (s, v) => {
    const x = int64(v);
    writeVarint64(s, (x << 1n) ^ (x >> 63n));
  },
  /*@__PURE__*/ big(true, "sint64"),
);
export const $bool: Kind = /*@__PURE__*/ kind(
  0,
  "bool",
  false,
  (c) => (readVarint(c) | high) !== 0,
  (s, v: boolean) => writeVarint(s, v ? 1 : 0),
  (v) => (typeof v === "boolean" ? v : refuse(v, "bool")),
);
export const $fixed32: Kind = /*@__PURE__*/ kind(
  5,
  "fixed32",
  0,
  (c) => c.v.getUint32(take(c, 4), true),
  (s, v: number) => fixed(s, 4).setUint32(s.n - 4, v, true),
  /*@__PURE__*/ uint32("fixed32"),
);
export const $sfixed32: Kind = /*@__PURE__*/ kind(
  5,
  "sfixed32",
  0,
  (c) => c.v.getInt32(take(c, 4), true),
  (s, v: number) => fixed(s, 4).setInt32(s.n - 4, v, true),
  /*@__PURE__*/ int32("sfixed32"),
);
export const $fixed64: Kind = /*@__PURE__*/ kind(
  1,
  "fixed64",
  0n,
  (c) => c.v.getBigUint64(take(c, 8), true),
  (s, v) => fixed(s, 8).setBigUint64(s.n - 8, int64(v), true),
  /*@__PURE__*/ big(false, "fixed64"),
);
export const $sfixed64: Kind = /*@__PURE__*/ kind(
  1,
  "sfixed64",
  0n,
  (c) => c.v.getBigInt64(take(c, 8), true),
  (s, v) => fixed(s, 8).setBigInt64(s.n - 8, int64(v), true),
  /*@__PURE__*/ big(true, "sfixed64"),
);
export const $float: Kind = /*@__PURE__*/ kind(
  5,
  "float",
  0,
  (c) => c.v.getFloat32(take(c, 4), true),
  (s, v: number) => fixed(s, 4).setFloat32(s.n - 4, v, true),
  number,
);
export const $double: Kind = /*@__PURE__*/ kind(
  1,
  "double",
  0,
  (c) => c.v.getFloat64(take(c, 8), true),
  (s, v: number) => fixed(s, 8).setFloat64(s.n - 8, v, true),
  number,
);

/** Room for a fixed-width value of `n` bytes, taken: returns the view to write it through. */
function fixed(s: Sink, n: number): DataView {
  room(s, n);
  s.n += n;
  return s.v;
}

function string(fatal: boolean): Kind {
  const decoder = new TextDecoder("utf-8", { fatal, ignoreBOM: true });
  const encoder = new TextEncoder();
  return kind(
    2,
    "string",
    "",
    (c) => {
      const e = readLength(c);
      const p = c.p;
      c.p = e;
      // Short ASCII strings by hand: a TextDecoder call costs more than the loop.
      if (e - p < 32) {
        let out = "";
        let i = p;
        for (; i < e && c.b[i]! < 128; i++) out += String.fromCharCode(c.b[i]!);
        if (i === e) return out;
      }
      try {
        return decoder.decode(c.b.subarray(p, e));
      } catch {
        return fail("INVALID_UTF8", "invalid UTF-8", p);
      }
    },
    (s, v: string) => {
      // encodeInto: TextEncoder.encode allocates, and took ~1.2 µs a call on Node 20.
      const at = open(s);
      room(s, v.length * 3);
      s.n += encoder.encodeInto(v, s.b.subarray(s.n)).written;
      end(s, at);
    },
    (v) => (typeof v === "string" ? v : refuse(v, "string")),
  );
}

/** A string field whose UTF-8 is validated (proto3, editions VERIFY). */
export const $string: Kind = /*@__PURE__*/ string(true);
/** A string field whose invalid UTF-8 reads as U+FFFD (proto2, editions NONE). */
export const $laxString: Kind = /*@__PURE__*/ string(false);

export const $bytes: Kind = /*@__PURE__*/ kind(
  2,
  "bytes",
  /*@__PURE__*/ new Uint8Array(0),
  (c) => {
    const e = readLength(c);
    const p = c.p;
    c.p = e;
    return c.alias ? c.b.subarray(p, e) : c.b.slice(p, e);
  },
  writeLengthPrefixed,
  (v) => (v instanceof Uint8Array ? v : refuse(v, "bytes")),
);

/** A 64-bit kind in its `[jstype = JS_STRING]` form: decimal strings. */
export function $jsString(k: Kind): Kind {
  return {
    ...k,
    z: "0",
    r: (c) => String(k.r(c)),
    e: (s, v) => k.e(s, BigInt(v as string)),
    c: (v) => String(k.c(v)),
  };
}

/** A 64-bit kind in its `[jstype = JS_NUMBER]` form: safe integers, never rounded. */
export function $jsNumber(k: Kind): Kind {
  const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
  return {
    ...k,
    z: 0,
    r(c) {
      const at = c.p;
      const x = k.r(c) as bigint;
      if (x > MAX_SAFE || x < -MAX_SAFE) {
        throw new DecodeError(
          "INVALID_VALUE",
          `${x} does not fit a JS_NUMBER field (beyond 2^53 - 1)`,
          at,
        );
      }
      return Number(x);
    },
    e: (s, v) => k.e(s, BigInt(v as number)),
    c(v) {
      if (typeof v === "string") throw bad(v, `${k.t} (JS_NUMBER)`);
      const x = int64(k.c(v));
      if (x > MAX_SAFE || x < -MAX_SAFE)
        throw new FieldValueError(`${show(v)} is not a safe integer`);
      return Number(x);
    },
  };
}
