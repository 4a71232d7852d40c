/**
 * Known extensions in the compact codecs: what `$compact` gets as its `extensions` option for
 * a type the schema extends. Extension values live as raw chunks in `$unknown` (one field per
 * chunk, docs/codec.md "Extensions"); this writes those of the known extensions between the
 * regular fields in field-number order, as protoc does (a MessageSet's Items trail), and checks
 * the required fields inside extension values (`[pkg.ext].id`), as the compiled codecs do.
 */
import { DEFAULT_RECURSION_LIMIT } from "../../wire/constants.js";
import { parseItem } from "../message-set.js";
import type { Rec } from "./kind.js";
import { chunks, decodeMessage, type ExtensionCheck, make } from "./message.js";
import type { MessageRef } from "./message-kind.js";
import { type Cursor, cursor, readLength, readTag, type Sink, writeBytes } from "./wire.js";

/**
 * One known extension: its number, its name in error paths (`[pkg.ext]`), whether it is
 * repeated, and for a message extension whose type holds required fields, that type's codec.
 */
export type ExtensionRow = readonly [number, string, boolean, MessageRef?];

/** The field number of a chunk's (first) tag. */
function numberOf(chunk: Uint8Array): number {
  return readTag(cursor(chunk, DEFAULT_RECURSION_LIMIT, false, false)) >>> 3;
}

/**
 * The extensions of a type: `list` those the schema knows (a thunk: their types may come later
 * in the module), `ranges` its extension ranges `[from, toExclusive]` (known extensions
 * included), `messageSet` whether it is a MessageSet, whose extensions travel as Items.
 */
export function $extensions(
  list: () => readonly ExtensionRow[],
  ranges: readonly (readonly [number, number])[],
  messageSet = false,
): ExtensionCheck {
  let numbers: number[] | undefined;
  const sorted = () => (numbers ??= [...new Set(list().map((e) => e[0]))].sort((a, b) => a - b));
  return {
    own: (no) => messageSet || ranges.some(([a, b]) => no >= a && no < b),
    known: (chunk) => !messageSet && sorted().includes(numberOf(chunk)),
    writer(s: Sink, m: Rec) {
      if (messageSet || m.$unknown === undefined) return undefined;
      const all = chunks(m.$unknown);
      const pending = sorted();
      let i = 0;
      return (below) => {
        for (; i < pending.length && pending[i]! < below; i++) {
          for (const b of all) if (numberOf(b) === pending[i]) writeBytes(s, b);
        }
      };
    },
    missing(m, prefix, out, depth) {
      if (m.$unknown === undefined) return;
      for (const [number, name, repeated, ref] of list()) {
        const T = ref?.();
        const q = T?.required;
        if (T === undefined || q === undefined) continue;
        let merged: Rec | undefined; // a singular extension's occurrences merge
        let index = 0;
        for (const chunk of chunks(m.$unknown)) {
          const at = valueAt(chunk, number, messageSet);
          if (at === undefined) continue;
          if (merged === undefined || repeated) merged = make(T);
          decodeMessage(T, at.c, at.end, merged, depth + 1, at.group);
          if (repeated) q.missing(T, merged, `${prefix}${name}[${index++}].`, out, depth + 1);
        }
        if (!repeated && merged !== undefined)
          q.missing(T, merged, `${prefix}${name}.`, out, depth + 1);
      }
    },
  };
}

/** Where the value of extension `number` is in `chunk`: undefined for another field's chunk. */
function valueAt(
  chunk: Uint8Array,
  number: number,
  messageSet: boolean,
): { c: Cursor; end: number; group: number } | undefined {
  if (messageSet) {
    const item = parseItem(chunk);
    if (item === undefined || item.typeId !== number) return undefined;
    const c = cursor(item.message, DEFAULT_RECURSION_LIMIT, false, false);
    return { c, end: item.message.length, group: 0 };
  }
  const c = cursor(chunk, DEFAULT_RECURSION_LIMIT, false, false);
  const t = readTag(c);
  if (t >>> 3 !== number) return undefined;
  if ((t & 7) === 3) return { c, end: chunk.length, group: number };
  if ((t & 7) === 2) return { c, end: readLength(c), group: 0 };
  return undefined;
}
