/**
 * Fields read without a schema, printed as protoc prints unknown fields
 * (TextFormat::Printer::PrintUnknownFields) and `protoc --decode_raw` prints its input: by
 * number in the order they were read, a varint as unsigned decimal, fixed32 as `0x%08x`,
 * fixed64 as `0x%016x`, a group as `N { ... }`, and a length-delimited field as `N { ... }` when
 * its bytes (non-empty) parse completely as fields, else as an escaped string `N: "..."`. That
 * guess nests at most UNKNOWN_BUDGET levels (protoc's kUnknownFieldRecursionLimit); the groups
 * inside the bytes count against the same budget.
 *
 * As protoc parses them before printing them, a chunk of unknown fields (or decode_raw's
 * input) is checked to be fields (areFields) before any is written. The guess inside writes
 * the bytes as fields while it checks them and takes that back (a hold on the sink) when they
 * turn out not to be, after a look at their first fields, which most strings fail.
 */
import { WireType } from "../../wire/constants.js";
import { FastReader } from "../../wire/fast-reader.js";
import { TextError } from "../errors.js";
import { quoteBytes } from "./escape.js";
import type { Out } from "./out.js";

export const UNKNOWN_BUDGET = 10;

/** A cursor with the failure flag the guess needs (no exceptions on the hot path). */
export class Scan {
  pos: number;
  lo = 0;
  hi = 0;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    public end: number,
  ) {
    this.pos = start;
  }
  /** Reads a varint of up to 10 bytes into lo / hi; false when cut off or longer. */
  varint(): boolean {
    const p = this.pos;
    if (p < this.end) {
      const b = this.buf[p]!;
      if (b < 0x80) {
        this.lo = b;
        this.hi = 0;
        this.pos = p + 1;
        return true;
      }
    }
    return this.longVarint();
  }
  private longVarint(): boolean {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) return false;
      const b = this.buf[this.pos++]!;
      if (i < 4) lo |= (b & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >> 4;
      } else hi |= (b & 0x7f) << (7 * i - 32);
      if (b < 0x80) {
        this.lo = lo >>> 0;
        this.hi = hi >>> 0;
        return true;
      }
    }
    return false;
  }
  fixed(bytes: number): boolean {
    if (this.end - this.pos < bytes) return false;
    const b = this.buf;
    const p = this.pos;
    this.lo = (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
    this.hi =
      bytes === 8
        ? (b[p + 4]! | (b[p + 5]! << 8) | (b[p + 6]! << 16) | (b[p + 7]! << 24)) >>> 0
        : 0;
    this.pos = p + bytes;
    return true;
  }
}

/** What a tag read by readTag is. */
enum Tag {
  /** A field's: its number and wire type are in `s.lo` (`>>> 3`, `& 7`). */
  Field,
  /** The end-group tag of the group being read. */
  GroupEnd,
  /** Cut off, field 0, or an end-group tag of no open group. */
  Bad,
}

/** Reads the tag at `s.pos` (its low 32 bits count) inside group `group` (0: none). */
function readTag(s: Scan, group: number): Tag {
  if (!s.varint()) return Tag.Bad;
  const number = s.lo >>> 3;
  if ((s.lo & 7) === WireType.EndGroup)
    return group > 0 && number === group ? Tag.GroupEnd : Tag.Bad;
  return number === 0 ? Tag.Bad : Tag.Field;
}

/**
 * Whether the bytes of `s` are fields up to its end, or up to the end-group tag of field
 * `group` (> 0), where `s` is left: false for a bad wire type, field 0, a cut-off value, an
 * unmatched end group, or groups nested deeper than `depth`. With `most`, true as soon as that
 * many fields are good (the guess's first look, which most strings fail).
 */
export function areFields(s: Scan, group: number, depth: number, most = Infinity): boolean {
  for (let n = 0; s.pos < s.end; n++) {
    if (n === most) return true;
    const tag = readTag(s, group);
    if (tag !== Tag.Field) return tag === Tag.GroupEnd;
    const wire = s.lo & 7;
    if (wire === WireType.StartGroup) {
      if (depth <= 0 || !areFields(s, s.lo >>> 3, depth - 1)) return false;
    } else if (!readValue(s, wire)) return false;
    else if (wire === WireType.LengthDelimited) s.pos += s.lo;
  }
  return group === 0;
}

/**
 * Reads the value of a field of wire type `wire` (not a group) into `s.lo` / `s.hi`: a varint,
 * a fixed64 or fixed32, or a length that fits in `s`, where `s` is left at the bytes it counts.
 * False when cut off, too long, or no wire type.
 */
export function readValue(s: Scan, wire: number): boolean {
  switch (wire) {
    case WireType.Varint:
      return s.varint();
    case WireType.Fixed64:
      return s.fixed(8);
    case WireType.Fixed32:
      return s.fixed(4);
    case WireType.LengthDelimited:
      return s.varint() && s.hi === 0 && s.lo <= s.end - s.pos;
    default:
      return false;
  }
}

/** Fields the guess checks before it writes any (see writeLengthDelimited). */
const GUESS_FIELDS = 4;

/** The uint64 of halves `lo`, `hi` in decimal. */
export function writeUint64(o: Out, lo: number, hi: number): void {
  if (hi < 0x200000) o.w.uint(hi * 4294967296 + lo);
  else o.w.ascii(((BigInt(hi) << 32n) | BigInt(lo)).toString());
}

/**
 * Writes the fields of `s` up to its end, or up to the end-group tag of `group` (> 0), each
 * `ind` deep, length-delimited ones guessed within `budget`, checking them as areFields does
 * (groups at most `depth` deep): false when they are not fields, with part of them written.
 */
function writeFields(
  s: Scan,
  o: Out,
  ind: number,
  budget: number,
  group: number,
  depth: number,
): boolean {
  const w = o.w;
  while (s.pos < s.end) {
    const tag = readTag(s, group);
    if (tag !== Tag.Field) return tag === Tag.GroupEnd;
    const number = s.lo >>> 3;
    const wire = s.lo & 7;
    if (wire === WireType.StartGroup) {
      if (depth <= 0) return false;
      w.label(ind, number, false);
      w.bytes(o.open);
      if (!writeFields(s, o, ind + o.step, budget - 1, number, depth - 1)) return false;
      w.spaces(ind);
      w.bytes(o.close);
      continue;
    }
    if (!readValue(s, wire)) return false;
    if (wire === WireType.LengthDelimited) {
      writeLengthDelimited(s, s.pos + s.lo, number, o, ind, budget);
      continue; // the block or string wrote its own end
    }
    w.label(ind, number, true);
    switch (wire) {
      case WireType.Varint:
        writeUint64(o, s.lo, s.hi);
        break;
      case WireType.Fixed64:
        w.byte(0x30); // "0x"
        w.byte(0x78);
        w.hex32(s.hi);
        w.hex32(s.lo);
        break;
      default: // Fixed32
        w.byte(0x30);
        w.byte(0x78);
        w.hex32(s.lo);
    }
    w.byte(o.nl);
  }
  return group === 0;
}

/**
 * A length-delimited field `N` holding the bytes of `s` from its position to `end`, where `s`
 * is left: a block of its fields when the bytes are fields (and the budget allows the guess),
 * else an escaped string. The block is written as the guess checks it, and taken back if the
 * check fails.
 */
export function writeLengthDelimited(
  s: Scan,
  end: number,
  number: number,
  o: Out,
  ind: number,
  budget: number,
): void {
  const w = o.w;
  const start = s.pos;
  const outer = s.end;
  s.end = end;
  if (end > start && budget > 0 && areFields(s, 0, budget, GUESS_FIELDS)) {
    s.pos = start;
    const mark = w.hold();
    w.label(ind, number, false);
    w.bytes(o.open);
    const ok = writeFields(s, o, ind + o.step, budget - 1, 0, budget);
    s.end = outer;
    if (ok) {
      w.release();
      w.spaces(ind);
      w.bytes(o.close);
      s.pos = end;
      return;
    }
    w.release(mark);
  }
  s.end = outer;
  w.label(ind, number, true);
  quoteBytes(w, s.buf, start, end);
  w.byte(o.nl);
  s.pos = end;
}

/** Writes the fields of `s`, checked beforehand by areFields (to group depth 100). */
export function writeCheckedFields(s: Scan, o: Out, ind: number): void {
  if (!writeFields(s, o, ind, UNKNOWN_BUDGET, 0, 100)) {
    throw new Error("internal: fields that areFields accepted failed to print");
  }
}

/**
 * `bytes` read without a schema, every field printed as unknown: protoc --decode_raw's text.
 * The bytes are checked first, as protoc reads them (groups nest at most 100 deep), before
 * anything is written.
 */
export function writeRaw(bytes: Uint8Array, o: Out): void {
  if (!areFields(new Scan(bytes, 0, bytes.length), 0, 100)) {
    // The wire FastReader refuses all that areFields refuses (and tags past 32 bits, which protoc
    // takes): its DecodeError says what and where.
    const r = new FastReader(bytes);
    while (r.pos < bytes.length) r.skip(r.tag() & 7);
    throw new TextError("INVALID_VALUE", "the bytes are not protobuf fields");
  }
  writeCheckedFields(new Scan(bytes, 0, bytes.length), o, 0);
}
