/**
 * The fields of a message type whose elements the streaming paths (writeTextFromBinary,
 * encodeFromText) handle one at a time at the top level: repeated message fields, not maps and
 * not delimited (their elements are length-delimited records of their own on the wire).
 */
import type { FieldInfo, MessageInfo } from "../schema/index.js";
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";

const cache = new WeakMap<MessageInfo, ReadonlyMap<number, FieldInfo>>();

/** The lazy fields of `info` by number. */
export function lazyFields(info: MessageInfo): ReadonlyMap<number, FieldInfo> {
  let fields = cache.get(info);
  if (fields === undefined) {
    const found = new Map<number, FieldInfo>();
    for (const f of info.fields) {
      if (f.repeated && f.message !== undefined && f.map === undefined && !f.delimited) {
        found.set(f.number, f);
      }
    }
    fields = found;
    cache.set(info, fields);
  }
  return fields;
}

/** Decode or encode options for an element on its own: one level below the top. */
export function elementLimit<O extends { readonly recursionLimit?: number }>(options: O): O {
  return { ...options, recursionLimit: (options.recursionLimit ?? DEFAULT_RECURSION_LIMIT) - 1 };
}
