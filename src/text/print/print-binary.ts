/**
 * writeTextFromBinary: the text of a message given as bytes, toText(decode(bytes))'s text,
 * printed without holding the decoded message whole. The top level's fields are found first
 * (tags and lengths only); the occurrences of its repeated message fields (the records of a
 * large batch) are left out of the top-level decode, and each is decoded when the printer
 * reaches its field, printed, and dropped. A batch then costs the memory of one record, and
 * the collector no longer moves a large live message.
 *
 * On a decode error the whole input is decoded again, so that the error thrown is exactly
 * decode's (offset, path); the text written before it stays written.
 */
import { compileMessage, type DecodeOptions } from "../../codec/index.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { concatBytes } from "../../wire/concat.js";
import { WireType } from "../../wire/constants.js";
import { DecodeError } from "../../wire/errors.js";
import { FastReader } from "../../wire/fast-reader.js";
import { elementLimit, lazyFields } from "../lazy-fields.js";
import type { PrintContext } from "./context.js";
import { messagePrinter } from "./message-printer.js";
import { type LazyList, outOf } from "./out.js";
import { printToChunks } from "./text-sink.js";

/** Where the top level's fields lie: the lazy fields' payloads, the rest's whole fields. */
interface TopLevel {
  /** Per lazy field: [start, end) of each payload, in wire order. */
  lists: Map<FieldInfo, number[]>;
  /** Each other field, tag included, in wire order. */
  rest: Uint8Array[];
}

/** The top level's fields, or undefined when none is lazy or the bytes do not read. */
function scanTopLevel(
  bytes: Uint8Array,
  lazy: ReadonlyMap<number, FieldInfo>,
): TopLevel | undefined {
  const r = new FastReader(bytes);
  const lists = new Map<FieldInfo, number[]>();
  const rest: Uint8Array[] = [];
  try {
    while (r.pos < bytes.length) {
      const start = r.pos;
      const tag = r.tag();
      const f = (tag & 7) === WireType.LengthDelimited ? lazy.get(tag >>> 3) : undefined;
      if (f !== undefined) {
        const end = r.length();
        const list = lists.get(f);
        if (list === undefined) lists.set(f, [r.pos, end]);
        else list.push(r.pos, end);
        r.pos = end;
      } else {
        r.skip(tag & 7);
        rest.push(bytes.subarray(start, r.pos));
      }
    }
  } catch (e) {
    if (e instanceof DecodeError) return undefined;
    throw e;
  }
  return lists.size === 0 ? undefined : { lists, rest };
}

export function writeTextFromBinary(
  info: MessageInfo,
  bytes: Uint8Array,
  c: PrintContext,
  options: DecodeOptions,
  out: (chunk: Uint8Array) => void,
): void {
  const codec = compileMessage(info);
  const whole = () => codec.decode(bytes, options);
  const tooLarge = options.maxMessageSize !== undefined && bytes.length > options.maxMessageSize;
  const top = tooLarge ? undefined : scanTopLevel(bytes, lazyFields(info));
  const cut = c.singleLine ? 1 : 0;
  if (top === undefined) {
    printToChunks(out, (w) => messagePrinter(info)(whole(), outOf(c, w), 0, 0), cut);
    return;
  }
  const lists = new Map<FieldInfo, LazyList>();
  // The input's size was checked as a whole.
  const { maxMessageSize: _, ...shared } = options;
  const elementOptions = elementLimit(shared);
  for (const [f, ranges] of top.lists) {
    const element = compileMessage(f.message!);
    const decode = (i: number) =>
      element.decode(bytes.subarray(ranges[2 * i]!, ranges[2 * i + 1]!), elementOptions);
    lists.set(f, { length: ranges.length / 2, decode });
  }
  try {
    const msg = codec.decode(concatBytes(top.rest), options);
    printToChunks(out, (w) => messagePrinter(info)(msg, outOf(c, w, lists), 0, 0), cut);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    whole(); // decode's own error for the input
    throw e;
  }
}
