/**
 * MessageSet wire format (`option message_set_wire_format = true`): each extension travels as an
 * Item group, field 1, holding `type_id` (field 2, uint32: the extension's number) and
 * `message` (field 3, the extension message's bytes). Items stay in `$unknown` byte-exact;
 * these helpers read and build them.
 */

import { concatBytes } from "../wire/concat.js";
import { DEFAULT_RECURSION_LIMIT, WireType } from "../wire/constants.js";
import { FastWriter } from "../wire/fast-writer.js";
import { cursor, readLength, readTag, readVarint, skipField } from "./compact/wire.js";
import type { FieldInfo } from "./info.js";

/** A message extension of a MessageSet travels inside an Item group. */
export function inMessageSet(ext: FieldInfo): boolean {
  return ext.extendee?.isMessageSet === true && ext.message !== undefined && !ext.repeated;
}

const ITEM_START = (1 << 3) | WireType.StartGroup; // 0x0b
const ITEM_END = (1 << 3) | WireType.EndGroup; // 0x0c
const TYPE_ID = (2 << 3) | WireType.Varint; // 0x10
const MESSAGE = (3 << 3) | WireType.LengthDelimited; // 0x1a

export interface MessageSetItem {
  typeId: number;
  /** Concatenated payloads of the item's `message` fields (repeated ones merge). */
  message: Uint8Array;
}

/**
 * Parses an unknown-field chunk as a MessageSet Item; undefined when it is not one. Read with
 * the compact codecs' cursor (a few functions), so that their bundles need no Reader class.
 */
export function parseItem(chunk: Uint8Array): MessageSetItem | undefined {
  const c = cursor(chunk, DEFAULT_RECURSION_LIMIT);
  if (chunk.length === 0 || readTag(c) !== ITEM_START) return undefined;
  let typeId: number | undefined;
  const parts: Uint8Array[] = [];
  while (c.p < chunk.length) {
    const t = readTag(c);
    if (t === ITEM_END) break;
    if ((t & 7) === WireType.EndGroup) return undefined;
    if (t === TYPE_ID) typeId = readVarint(c);
    else if (t === MESSAGE) {
      const end = readLength(c);
      parts.push(chunk.subarray(c.p, end));
      c.p = end;
    } else skipField(c, t & 7, t >>> 3, 0);
  }
  if (typeId === undefined) return undefined;
  return { typeId, message: concatBytes(parts) };
}

/** An Item as protoc writes it: start group, type_id, message, end group. */
export function buildItem(typeId: number, message: Uint8Array): Uint8Array {
  return new FastWriter(message.length + 16)
    .uint32(ITEM_START)
    .uint32(TYPE_ID)
    .uint32(typeId)
    .uint32(MESSAGE)
    .bytes(message)
    .uint32(ITEM_END)
    .finish();
}
