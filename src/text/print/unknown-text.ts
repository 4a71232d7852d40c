/**
 * Unknown fields as protoc prints them (TextFormat::Printer::PrintUnknownFields), by number
 * in the order they were read: a varint as unsigned decimal, fixed32 as `0x%08x`, fixed64 as
 * `0x%016x`, a group as `N { ... }`, and a length-delimited field as `N { ... }` when its
 * bytes (non-empty) parse completely as fields, else as an escaped string `N: "..."`. That
 * guess nests at most UNKNOWN_BUDGET levels (protoc's kUnknownFieldRecursionLimit); the groups
 * inside the bytes count against the same budget.
 */
import { parseItem } from "../../codec/message-set.js";
import { WireType } from "../../wire/constants.js";
import { TextError } from "../errors.js";
import { flat, quoteBytes } from "./escape.js";
import type { Out } from "./out.js";

const UNKNOWN_BUDGET = 10;

/** One field read from unknown bytes. */
interface RawField {
  readonly number: number;
  readonly wire: number;
  /** Varint / fixed value halves. */
  readonly lo: number;
  readonly hi: number;
  /** Length-delimited: the payload's bounds in `buf`. */
  readonly start: number;
  readonly end: number;
  readonly group: RawField[] | undefined;
}

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
 * The fields of `s` up to its end, or up to the end-group tag of field `group` (> 0); undefined
 * when the bytes are not fields (bad wire type, field 0, cut off, unmatched end group, more
 * than `depth` nested groups).
 */
function readFields(s: Scan, group: number, depth: number): RawField[] | undefined {
  const out: RawField[] = [];
  while (s.pos < s.end) {
    if (!s.varint()) return undefined;
    const tag = s.lo;
    const number = tag >>> 3;
    const wire = tag & 7;
    if (wire === WireType.EndGroup) return group > 0 && number === group ? out : undefined;
    if (number === 0) return undefined;
    let start = 0;
    let end = 0;
    let sub: RawField[] | undefined;
    switch (wire) {
      case WireType.Varint:
        if (!s.varint()) return undefined;
        break;
      case WireType.Fixed64:
        if (!s.fixed(8)) return undefined;
        break;
      case WireType.Fixed32:
        if (!s.fixed(4)) return undefined;
        break;
      case WireType.LengthDelimited: {
        if (!s.varint()) return undefined;
        const len = s.lo;
        if (len > 0x7fffffff || len > s.end - s.pos) return undefined;
        start = s.pos;
        end = start + len;
        s.pos = end;
        break;
      }
      case WireType.StartGroup:
        if (depth <= 0) return undefined;
        sub = readFields(s, number, depth - 1);
        if (sub === undefined) return undefined;
        break;
      default:
        return undefined;
    }
    out.push({ number, wire, lo: s.lo, hi: s.hi, start, end, group: sub });
  }
  return group > 0 ? undefined : out;
}

function uint64Text(lo: number, hi: number): string {
  if (hi === 0) return String(lo);
  if (hi < 0x200000) return String(hi * 4294967296 + lo);
  return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

function hex(v: number, width: number): string {
  return v.toString(16).padStart(width, "0");
}

function fieldsText(
  buf: Uint8Array,
  fields: readonly RawField[],
  o: Out,
  ind: string,
  budget: number,
): string {
  let s = "";
  for (const f of fields) {
    switch (f.wire) {
      case WireType.Varint:
        s += `${ind}${f.number}: ${uint64Text(f.lo, f.hi)}${o.nl}`;
        break;
      case WireType.Fixed32:
        s += `${ind}${f.number}: 0x${hex(f.lo, 8)}${o.nl}`;
        break;
      case WireType.Fixed64:
        s += `${ind}${f.number}: 0x${hex(f.hi, 8)}${hex(f.lo, 8)}${o.nl}`;
        break;
      case WireType.LengthDelimited: {
        const inner =
          f.end > f.start && budget > 0
            ? readFields(new Scan(buf, f.start, f.end), 0, budget)
            : undefined;
        if (inner === undefined) {
          s += `${ind}${f.number}: ${quoteBytes(buf.subarray(f.start, f.end))}${o.nl}`;
        } else {
          const body = fieldsText(buf, inner, o, ind + o.step, budget - 1);
          // Made flat while its pieces are young: a rope of every line of a large input kept
          // the collector busy for half of decode-raw's time.
          flat.sink ^= body.charCodeAt(0);
          s += `${ind}${f.number}${o.open}${body}${ind}${o.close}`;
        }
        break;
      }
      default: {
        const body = fieldsText(buf, f.group!, o, ind + o.step, budget - 1);
        s += `${ind}${f.number}${o.open}${body}${ind}${o.close}`;
      }
    }
  }
  return s;
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
 */
function itemText(chunk: Uint8Array, o: Out, ind: string): string | undefined {
  let item: ReturnType<typeof parseItem>;
  try {
    item = parseItem(chunk);
  } catch {
    return undefined;
  }
  if (item === undefined) return undefined;
  const { typeId, message } = item;
  const field: RawField = {
    number: typeId,
    wire: WireType.LengthDelimited,
    lo: 0,
    hi: 0,
    start: 0,
    end: message.length,
    group: undefined,
  };
  return fieldsText(message, [field], o, ind, UNKNOWN_BUDGET);
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
  ind: string,
): string {
  const fields = readFields(new Scan(chunk, 0, chunk.length), 0, 1) ?? [];
  let s = "";
  const line = (lo: number, hi: number) => {
    if (!known.has(lo | 0)) s += `${ind}${number}: ${uint64Text(lo, hi)}${o.nl}`;
  };
  for (const f of fields) {
    if (f.wire === WireType.Varint) line(f.lo, f.hi);
    if (f.wire !== WireType.LengthDelimited) continue;
    const packed = new Scan(chunk, f.start, f.end);
    while (packed.pos < packed.end && packed.varint()) line(packed.lo, packed.hi);
  }
  return s;
}

/**
 * The text of the unknown-field chunks `chunks` (a message's `$unknown`), skipping those whose
 * field number `skip` holds (extensions, printed with the known fields; for a closed enum, the
 * values it does not hold still print here). In a MessageSet (`messageSet`), an Item chunk
 * counts by its type id.
 */
export function unknownText(
  chunks: unknown,
  skip: ReadonlyMap<number, ReadonlySet<number> | undefined> | undefined,
  o: Out,
  ind: string,
  messageSet: boolean,
): string {
  if (!Array.isArray(chunks)) throw notChunks();
  let s = "";
  for (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) throw notChunks();
    if (messageSet) {
      const typeId = itemTypeId(chunk);
      if (typeId !== undefined) {
        if (!skip?.has(typeId)) s += itemText(chunk, o, ind) ?? "";
        continue;
      }
    }
    const number = chunkNumber(chunk);
    if (skip?.has(number)) {
      const known = skip.get(number);
      if (known !== undefined) s += closedEnumLeftovers(chunk, number, known, o, ind);
      continue;
    }
    const fields = readFields(new Scan(chunk, 0, chunk.length), 0, 100);
    if (fields === undefined) {
      throw new TextError("INVALID_VALUE", "$unknown holds bytes that are not protobuf fields");
    }
    s += fieldsText(chunk, fields, o, ind, UNKNOWN_BUDGET);
  }
  return s;
}

function notChunks(): TextError {
  return new TextError("INVALID_VALUE", "$unknown must be an array of Uint8Array");
}
