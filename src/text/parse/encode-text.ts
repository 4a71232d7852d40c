/**
 * encodeFromText: the bytes of `encode(fromText(text))`, made without holding the parsed
 * message whole. Each element of a repeated message field of the top level (the records of a
 * batch) is encoded as soon as it is read and dropped; the rest of the message is encoded at
 * the end and the elements' records are put in it where encode puts that field: fields go out
 * in field-number order, so before the first field numbered above it.
 *
 * On any error, and when the rest's fields are not in number order, the text is parsed and
 * encoded again the plain way, so that the result and the error are exactly
 * encode(fromText(text))'s.
 */
import { compileMessage, type EncodeOptions } from "../../codec/index.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { WireType } from "../../wire/constants.js";
import { FastReader } from "../../wire/fast-reader.js";
import { FastWriter } from "../../wire/fast-writer.js";
import { sizeTag } from "../../wire/tag.js";
import { sizeVarint32 } from "../../wire/varint.js";
import { elementLimit, lazyFields } from "../lazy-fields.js";
import type { ParseContext } from "./context.js";

/** What fromText does (text-format.ts): its parse (errors rooted) and its required check. */
export interface ReadText {
  parse(c: ParseContext): object;
  check(msg: object): void;
}

export function encodeFromText(
  info: MessageInfo,
  read: ReadText,
  c: ParseContext,
  options: EncodeOptions,
): Uint8Array {
  const codec = compileMessage<object>(info);
  const plain = () => {
    const msg = read.parse(c);
    read.check(msg);
    return codec.encode(msg, options);
  };
  const lazy = lazyFields(info);
  if (lazy.size === 0) return plain();
  const elements = new Map<FieldInfo, Uint8Array[]>();
  // Pooled: views into shared slabs, no buffer of its own per record (they are only read, by
  // splice).
  const elementOptions: EncodeOptions = { ...elementLimit(options), pooled: true };
  const onElement = (field: FieldInfo, element: object): boolean => {
    if (lazy.get(field.number) !== field) return false;
    const bytes = compileMessage<object>(field.message!).encode(element, elementOptions);
    const list = elements.get(field);
    if (list === undefined) elements.set(field, [bytes]);
    else list.push(bytes);
    return true;
  };
  try {
    const msg = read.parse({ ...c, onElement });
    read.check(msg);
    return splice(codec.encode(msg, options), elements) ?? plain();
  } catch {
    return plain();
  }
}

/**
 * `rest` (top-level fields in number order) with each field's element records put before the
 * first field numbered above it; undefined when `rest` is not in number order.
 */
function splice(rest: Uint8Array, elements: Map<FieldInfo, Uint8Array[]>): Uint8Array | undefined {
  if (elements.size === 0) return rest;
  const starts: number[] = []; // offset of each top-level field
  const numbers: number[] = [];
  const r = new FastReader(rest);
  while (r.pos < rest.length) {
    starts.push(r.pos);
    const tag = r.tag();
    const n = tag >>> 3;
    if (numbers.length > 0 && n < numbers[numbers.length - 1]!) return undefined;
    numbers.push(n);
    r.skip(tag & 7);
  }
  const fields = [...elements.keys()].sort((a, b) => a.number - b.number);
  let size = rest.length;
  for (const f of fields) {
    for (const e of elements.get(f)!) size += sizeTag(f.number) + sizeVarint32(e.length) + e.length;
  }
  const w = new FastWriter(size);
  let copied = 0; // bytes of `rest` written
  let i = 0; // next top-level field of `rest`
  for (const f of fields) {
    while (i < numbers.length && numbers[i]! <= f.number) i++;
    const at = i < starts.length ? starts[i]! : rest.length;
    w.raw(rest.subarray(copied, at));
    copied = at;
    for (const e of elements.get(f)!) w.tag(f.number, WireType.LengthDelimited).bytes(e);
  }
  w.raw(rest.subarray(copied));
  return w.finish();
}
