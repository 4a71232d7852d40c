/**
 * Unknown fields of a decoded message as protoc prints them (raw-fields.ts prints the bytes):
 * the chunks of `$unknown` in the order they were read, less those an extension printed with
 * the known fields; in a MessageSet, an Item of an unknown type by its type id.
 */
import { parseItem } from "../../codec/message-set.js";
import { WireType } from "../../wire/constants.js";
import { TextError } from "../errors.js";
import type { Out } from "./out.js";
import {
  areFields,
  Scan,
  UNKNOWN_BUDGET,
  writeCheckedFields,
  writeLengthDelimited,
  writeUint64,
} from "./raw-fields.js";

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
  writeLengthDelimited(
    new Scan(message, 0, message.length),
    message.length,
    typeId,
    o,
    ind,
    UNKNOWN_BUDGET,
  );
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
    o.w.label(ind, number, true);
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
    writeCheckedFields(new Scan(chunk, 0, chunk.length), o, ind);
  }
}

function notChunks(): TextError {
  return new TextError("INVALID_VALUE", "$unknown must be an array of Uint8Array");
}
