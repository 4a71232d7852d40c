/**
 * Required fields inside extension values. Extension values live as raw bytes in `$unknown`
 * (extensions.ts), so the generated `missing()` (emit/missing.ts) hands each extension whose
 * message type can hold a required field to this function, which decodes the value and asks
 * its own `missing()`: protoc (IsInitialized) and protobuf-es check them too, so a message whose
 * extension value lacks a required field is MISSING_REQUIRED, named `[pkg.ext].id`.
 */
import { WireType } from "../wire/constants.js";
import { FastReader } from "../wire/fast-reader.js";
import { parseItem } from "./message-set.js";
import { DEFAULT_RUN_OPTIONS } from "./options.js";
import type { MessageFunctions } from "./runtime.js";

/**
 * Pushes the missing required paths of extension `number`'s value(s) in `m` (a repeated
 * extension: each element, `prefix[i].`; a singular one: all its occurrences merged).
 */
export function missingInExtension(
  m: Record<string, unknown>,
  number: number,
  messageSet: boolean,
  repeated: boolean,
  fns: MessageFunctions,
  prefix: string,
  out: string[],
  depth: number,
  limit: number,
): void {
  const unknown = m.$unknown as Uint8Array[] | undefined;
  if (unknown === undefined) return;
  let value: Record<string, unknown> | undefined;
  let index = 0;
  for (const chunk of unknown) {
    const r = readerOfValue(chunk, number, messageSet);
    if (r === undefined) continue;
    if (repeated || value === undefined) value = fns.make();
    fns.decode(r.reader, r.reader.end, value, DEFAULT_RUN_OPTIONS, depth + 1, r.group);
    if (repeated) {
      fns.missing(value, `${prefix}[${index}].`, out, depth + 1, limit);
      index++;
    }
  }
  if (!repeated && value !== undefined) fns.missing(value, `${prefix}.`, out, depth + 1, limit);
}

/**
 * A FastReader positioned on the value of extension `number` in one unknown-field chunk, with the
 * group number its decode stops at (0: length-delimited); undefined for another field's chunk.
 */
function readerOfValue(
  chunk: Uint8Array,
  number: number,
  messageSet: boolean,
): { reader: FastReader; group: number } | undefined {
  if (messageSet) {
    const item = parseItem(chunk);
    if (item === undefined || item.typeId !== number) return undefined;
    return { reader: new FastReader(item.message), group: 0 };
  }
  const r = new FastReader(chunk);
  const tag = r.tag();
  if (tag >>> 3 !== number) return undefined;
  const wireType = tag & 7;
  if (wireType === WireType.StartGroup) return { reader: r, group: number };
  if (wireType !== WireType.LengthDelimited) return undefined;
  return { reader: new FastReader(r.bytesView()), group: 0 };
}
