/**
 * Extensions, read and written through the unknown fields (as protobuf-es does): an extension
 * value lives as raw field bytes in `msg.$unknown`, so messages round-trip byte-exact whether or
 * not the reader knows the extension. Each extension is compiled once as a one-field message.
 * Extensions of a MessageSet live in Item groups instead (message-set.ts).
 */
import { concatBytes } from "../wire/concat.js";
import { FastReader } from "../wire/fast-reader.js";
import type { Message, MessageCodec } from "./codec.js";
import type { FieldInfo, MessageInfo } from "./info.js";
import { buildItem, inMessageSet, parseItem } from "./message-set.js";
import { compileMessage } from "./message-type.js";

const holders = new WeakMap<FieldInfo, MessageCodec<{ value: unknown }>>();

/** The codec of a message with the extension as its only field, named `value`. */
function holderOf(ext: FieldInfo): MessageCodec<{ value: unknown }> {
  let codec = holders.get(ext);
  if (codec === undefined) {
    const field: FieldInfo = {
      name: ext.name,
      localName: "value",
      number: ext.number,
      type: ext.type,
      repeated: ext.repeated,
      presence: ext.presence === "implicit" ? "explicit" : ext.presence,
      packed: ext.packed,
      delimited: ext.delimited,
      utf8Validate: ext.utf8Validate,
      message: ext.message,
      enum: ext.enum,
      proto: { options: ext.proto?.options }, // [jstype = ...]
    };
    const info: MessageInfo = { fullName: ext.name, fields: [field] };
    codec = compileMessage<{ value: unknown }>(info);
    holders.set(ext, codec);
  }
  return codec;
}

/** Whether an unknown-field chunk holds (part of) the extension's value. */
function belongsTo(chunk: Uint8Array, ext: FieldInfo): boolean {
  if (inMessageSet(ext)) return parseItem(chunk)?.typeId === ext.number;
  return new FastReader(chunk).tag() >>> 3 === ext.number;
}

function chunksOf(msg: Message, ext: FieldInfo): Uint8Array[] {
  const unknown = msg.$unknown;
  if (unknown === undefined) return [];
  return unknown.filter((c) => belongsTo(c, ext));
}

/** True when the message holds bytes for the extension's field number. */
export function hasExtension(msg: Message, ext: FieldInfo): boolean {
  return chunksOf(msg, ext).length > 0;
}

/**
 * The extension's value: decoded from every occurrence in the unknown fields with protobuf
 * merge semantics. Absent: `[]` for a repeated extension, else `undefined`.
 */
export function getExtension(msg: Message, ext: FieldInfo): unknown {
  const chunks = chunksOf(msg, ext);
  if (inMessageSet(ext)) {
    if (chunks.length === 0) return undefined;
    const payload = concatBytes(chunks.map((c) => parseItem(c)!.message));
    return compileMessage(ext.message!).decode(payload, { allowPartial: true });
  }
  return holderOf(ext).decode(concatBytes(chunks), { allowPartial: true }).value;
}

/** Replaces the extension's value (an `undefined` value clears it). */
export function setExtension(msg: Message, ext: FieldInfo, value: unknown): void {
  clearExtension(msg, ext);
  if (value === undefined) return;
  let bytes: Uint8Array;
  if (inMessageSet(ext)) {
    const codec = compileMessage(ext.message!);
    bytes = buildItem(
      ext.number,
      codec.encode(codec.create(value as object), { allowPartial: true }),
    );
  } else {
    const codec = holderOf(ext);
    bytes = codec.encode(codec.create({ value }), { allowPartial: true });
  }
  if (bytes.length === 0) return;
  if (msg.$unknown === undefined) msg.$unknown = [bytes];
  else msg.$unknown.push(bytes);
}

export function clearExtension(msg: Message, ext: FieldInfo): void {
  const unknown = msg.$unknown;
  if (unknown === undefined) return;
  const kept = unknown.filter((c) => !belongsTo(c, ext));
  if (kept.length === 0) delete msg.$unknown;
  else msg.$unknown = kept;
}
