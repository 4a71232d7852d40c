/**
 * Unknown fields as protoc prints them (TextFormat::Printer::PrintUnknownFields), by number
 * in the order they were read: a varint as unsigned decimal, fixed32 as `0x%08x`, fixed64 as
 * `0x%016x`, a group as `N { ... }`, and a length-delimited field as `N { ... }` when its
 * bytes (non-empty) parse completely as fields, else as an escaped string `N: "..."`. That
 * guess nests at most UNKNOWN_BUDGET levels (protoc's kUnknownFieldRecursionLimit); the groups
 * inside the bytes count against the same budget. As protoc parses them before printing them,
 * the bytes are checked to be fields (a scan that makes nothing) before any is written.
 */
import { parseItem } from "../../codec/message-set.js";
import { WireType } from "../../wire/constants.js";
import { Reader } from "../../wire/reader.js";
import { TextError } from "../errors.js";
import { quoteBytes } from "./escape.js";
import { asciiBytes, type Out } from "./out.js";

const UNKNOWN_BUDGET = 10;

/** A cursor with the failure flag the guess needs (no exceptions on the hot path). */
class Scan {
  pos: number;
  lo = 0;
  hi = 0;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
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

/**
 * Whether the bytes of `s` are fields up to its end, or up to the end-group tag of field
 * `group` (> 0), where `s` is left: false for a bad wire type, field 0, a cut-off value, an
 * unmatched end group, or groups nested deeper than `depth`.
 */
function areFields(s: Scan, group: number, depth: number): boolean {
  while (s.pos < s.end) {
    if (!s.varint()) return false; // a tag: its low 32 bits count
    const number = s.lo >>> 3;
    const wire = s.lo & 7;
    if (wire === WireType.EndGroup) return group > 0 && number === group;
    if (number === 0) return false;
    switch (wire) {
      case WireType.Varint:
        if (!s.varint()) return false;
        break;
      case WireType.Fixed64:
        if (!s.fixed(8)) return false;
        break;
      case WireType.Fixed32:
        if (!s.fixed(4)) return false;
        break;
      case WireType.LengthDelimited:
        if (!s.varint() || s.hi !== 0 || s.lo > s.end - s.pos) return false;
        s.pos += s.lo;
        break;
      case WireType.StartGroup:
        if (depth <= 0 || !areFields(s, number, depth - 1)) return false;
        break;
      default:
        return false;
    }
  }
  return group === 0;
}

/** The uint64 of halves `lo`, `hi` in decimal. */
function writeUint64(o: Out, lo: number, hi: number): void {
  if (hi < 0x200000) o.w.uint(hi * 4294967296 + lo);
  else o.w.ascii(((BigInt(hi) << 32n) | BigInt(lo)).toString());
}

const HEX = asciiBytes("0123456789abcdef");

/** `v` (a uint32) in `width` lower-case hex digits. */
function writeHex(o: Out, v: number, width: number): void {
  const w = o.w;
  w.room(width);
  const buf = w.buf;
  const p = w.pos;
  for (let i = width - 1; i >= 0; i--) {
    buf[p + i] = HEX[v & 15]!;
    v >>>= 4;
  }
  w.pos = p + width;
}

/** `ind N` and, for a value, `: `. */
function label(o: Out, ind: number, number: number, colon: boolean): void {
  const w = o.w;
  w.spaces(ind);
  w.uint(number);
  if (colon) {
    w.byte(0x3a); // ":"
    w.byte(0x20);
  }
}

/**
 * Writes the fields of `s` (checked by areFields) up to its end, or up to the end-group tag
 * that closes the group being written, each `ind` deep, length-delimited ones guessed within
 * `budget`.
 */
function writeFields(s: Scan, o: Out, ind: number, budget: number): void {
  const w = o.w;
  while (s.pos < s.end) {
    s.varint();
    const number = s.lo >>> 3;
    const wire = s.lo & 7;
    if (wire === WireType.EndGroup) return;
    switch (wire) {
      case WireType.Varint:
        s.varint();
        label(o, ind, number, true);
        writeUint64(o, s.lo, s.hi);
        break;
      case WireType.Fixed64:
        s.fixed(8);
        label(o, ind, number, true);
        w.byte(0x30); // "0x"
        w.byte(0x78);
        writeHex(o, s.hi, 8);
        writeHex(o, s.lo, 8);
        break;
      case WireType.Fixed32:
        s.fixed(4);
        label(o, ind, number, true);
        w.byte(0x30);
        w.byte(0x78);
        writeHex(o, s.lo, 8);
        break;
      case WireType.LengthDelimited: {
        s.varint();
        const start = s.pos;
        s.pos += s.lo;
        writeLengthDelimited(s.buf, start, s.pos, number, o, ind, budget);
        continue; // the block or string wrote its own end
      }
      default: // StartGroup
        label(o, ind, number, false);
        w.bytes(o.open);
        writeFields(s, o, ind + o.step, budget - 1);
        w.spaces(ind);
        w.bytes(o.close);
        continue;
    }
    w.byte(o.nl);
  }
}

/**
 * A length-delimited field `N` holding `buf[start, end)`: a block of its fields when the bytes
 * are fields (and the budget allows the guess), else an escaped string.
 */
function writeLengthDelimited(
  buf: Uint8Array,
  start: number,
  end: number,
  number: number,
  o: Out,
  ind: number,
  budget: number,
): void {
  const w = o.w;
  const s = end > start && budget > 0 ? new Scan(buf, start, end) : undefined;
  if (s !== undefined && areFields(s, 0, budget)) {
    label(o, ind, number, false);
    w.bytes(o.open);
    s.pos = start; // the same bytes again, now written
    writeFields(s, o, ind + o.step, budget - 1);
    w.spaces(ind);
    w.bytes(o.close);
    return;
  }
  label(o, ind, number, true);
  quoteBytes(w, buf, start, end);
  w.byte(o.nl);
}

/** Field number of a chunk's first tag (0 when unreadable). */
export function chunkNumber(chunk: Uint8Array): number {
  const s = new Scan(chunk, 0, chunk.length);
  return s.varint() ? s.lo >>> 3 : 0;
}

/** The type id of a MessageSet Item chunk; undefined when the chunk is no Item. */
export function itemTypeId(chunk: Uint8Array): number | undefined {
  try {
    return parseItem(chunk)?.typeId;
  } catch {
    return undefined;
  }
}

/**
 * An Item of a MessageSet whose type the schema does not know, as protoc keeps it: a
 * length-delimited unknown field numbered by the type id, holding the message's bytes.
 * False when the chunk is no Item.
 */
function itemText(chunk: Uint8Array, o: Out, ind: number): boolean {
  let item: ReturnType<typeof parseItem>;
  try {
    item = parseItem(chunk);
  } catch {
    return false;
  }
  if (item === undefined) return false;
  const { typeId, message } = item;
  writeLengthDelimited(message, 0, message.length, typeId, o, ind, UNKNOWN_BUDGET);
  return true;
}

/**
 * The values of a closed-enum extension's chunk that its enum does not hold (`known`), as the
 * unknown varints protoc keeps them as: `N: value` each, from plain and packed encodings.
 */
function closedEnumLeftovers(
  chunk: Uint8Array,
  number: number,
  known: ReadonlySet<number>,
  o: Out,
  ind: number,
): void {
  if (!areFields(new Scan(chunk, 0, chunk.length), 0, 1)) return;
  const line = (lo: number, hi: number) => {
    if (known.has(lo | 0)) return;
    label(o, ind, number, true);
    writeUint64(o, lo, hi);
    o.w.byte(o.nl);
  };
  const s = new Scan(chunk, 0, chunk.length);
  while (s.pos < s.end) {
    s.varint();
    const wire = s.lo & 7;
    if (wire === WireType.Varint) {
      s.varint();
      line(s.lo, s.hi);
    } else if (wire === WireType.LengthDelimited) {
      s.varint();
      const end = s.pos + s.lo;
      const packed = new Scan(chunk, s.pos, end);
      while (packed.pos < packed.end && packed.varint()) line(packed.lo, packed.hi);
      s.pos = end;
    } else if (wire === WireType.StartGroup) areFields(s, s.lo >>> 3, 0);
    else s.fixed(wire === WireType.Fixed64 ? 8 : 4);
  }
}

/**
 * Writes the unknown-field chunks `chunks` (a message's `$unknown`), skipping those whose
 * field number `skip` holds (extensions, printed with the known fields; for a closed enum, the
 * values it does not hold still print here). In a MessageSet (`messageSet`), an Item chunk
 * counts by its type id.
 */
export function unknownText(
  chunks: unknown,
  skip: ReadonlyMap<number, ReadonlySet<number> | undefined> | undefined,
  o: Out,
  ind: number,
  messageSet: boolean,
): void {
  if (!Array.isArray(chunks)) throw notChunks();
  for (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) throw notChunks();
    if (messageSet) {
      const typeId = itemTypeId(chunk);
      if (typeId !== undefined) {
        if (!skip?.has(typeId)) itemText(chunk, o, ind);
        continue;
      }
    }
    const number = chunkNumber(chunk);
    if (skip?.has(number)) {
      const known = skip.get(number);
      if (known !== undefined) closedEnumLeftovers(chunk, number, known, o, ind);
      continue;
    }
    if (!areFields(new Scan(chunk, 0, chunk.length), 0, 100)) {
      throw new TextError("INVALID_VALUE", "$unknown holds bytes that are not protobuf fields");
    }
    writeFields(new Scan(chunk, 0, chunk.length), o, ind, UNKNOWN_BUDGET);
  }
}

function notChunks(): TextError {
  return new TextError("INVALID_VALUE", "$unknown must be an array of Uint8Array");
}

/**
 * `bytes` read without a schema, every field printed as unknown: protoc --decode_raw's text.
 * The bytes are checked first, as protoc reads them (groups nest at most 100 deep), before
 * anything is written.
 */
export function writeRaw(bytes: Uint8Array, o: Out): void {
  if (!areFields(new Scan(bytes, 0, bytes.length), 0, 100)) {
    // The wire Reader refuses all that areFields refuses (and tags past 32 bits, which protoc
    // takes): its DecodeError says what and where.
    const r = new Reader(bytes);
    while (r.pos < bytes.length) r.skip(r.tag() & 7);
    throw new TextError("INVALID_VALUE", "the bytes are not protobuf fields");
  }
  writeFields(new Scan(bytes, 0, bytes.length), o, 0, UNKNOWN_BUDGET);
}
