/**
 * MessageSet wire format (`option message_set_wire_format = true`): each extension travels as an
 * Item group, field 1, holding `type_id` (field 2, uint32: the extension's number) and
 * `message` (field 3, the extension message's bytes). Items stay in `$unknown` byte-exact;
 * these helpers read and build them.
 */

import { concatBytes } from "../wire/concat.js";
import { WireType } from "../wire/constants.js";
import { FastReader } from "../wire/fast-reader.js";
import { FastWriter } from "../wire/fast-writer.js";
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

/** Parses an unknown-field chunk as a MessageSet Item; undefined when it is not one. */
export function parseItem(chunk: Uint8Array): MessageSetItem | undefined {
  const r = new FastReader(chunk);
  if (chunk.length === 0 || r.tag() !== ITEM_START) return undefined;
  let typeId: number | undefined;
  const parts: Uint8Array[] = [];
  while (r.pos < r.end) {
    const t = r.tag();
    if (t === ITEM_END) break;
    if (t === TYPE_ID) typeId = r.uint32();
    else if (t === MESSAGE) parts.push(r.bytesView());
    else r.skip(t & 7, t >>> 3);
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
