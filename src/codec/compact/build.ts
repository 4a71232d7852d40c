/**
 * Compact codecs made in-process from a schema (compactPlan), as the code of `protowire gen
 * --optimize=size` makes them: what tests compare with the compiled codecs, without writing
 * and importing generated files, and what createFileRegistry makes of a descriptor set. It
 * imports every kind (a bundle with it keeps them all).
 */
import type { MessageCodec } from "../codec.js";
import type { MessageInfo } from "../info.js";
import { $closedEnum } from "./closed-enum.js";
import { $compact, $table } from "./codec.js";
import { $extensions, type ExtensionRow } from "./extensions.js";
import type { MessageTable } from "./functions.js";
import type { Kind, Row } from "./kind.js";
import { $map } from "./map.js";
import { $message } from "./message-kind.js";
import { $oneofs } from "./oneof.js";
import { compactPlan, type KindPlan, type RefPlan } from "./plan.js";
import { $required } from "./required.js";
import { $list } from "./scalar-ops.js";
import * as scalars from "./scalars.js";

// Every kind by its export name (what compactPlan names), made on first use: a module-level
// object would keep every kind in bundles of the runtime entry that never make a table.
let kinds: Record<string, Kind> | undefined;

function kind(k: KindPlan): Kind {
  kinds ??= { ...scalars, $closedEnum, $map, $message } as unknown as Record<string, Kind>;
  let out = kinds[k.name];
  if (out === undefined) throw new Error(`internal: no kind ${k.name}`);
  if (k.form !== undefined)
    out = (k.form === "$jsNumber" ? scalars.$jsNumber : scalars.$jsString)(out);
  return k.list === true ? $list(out) : out;
}

/** The compact codec of `info` (its table's, compactTable). */
export function compactCodec<T extends object = Record<string, unknown>>(
  info: MessageInfo,
): MessageCodec<T> {
  return $compact(compactTable<T>(info));
}

/** The compact table of `info` and, on first use, of every type it reaches. */
export function compactTable<T extends object = Record<string, unknown>>(
  info: MessageInfo,
  made: Map<string, MessageTable<object>> = new Map(),
): MessageTable<T> {
  const known = made.get(info.fullName);
  if (known !== undefined) return known as MessageTable<T>;
  const plan = compactPlan(info);
  const ref = (r: RefPlan | undefined): unknown => {
    if (r === undefined) return undefined;
    if ("message" in r) {
      const message = r.message;
      return () => compactTable(message, made);
    }
    if ("values" in r) return r.values;
    return [kind(r.key), kind(r.value), ref(r.valueRef)];
  };
  const rows = (): Row[] =>
    plan.rows.map((r) => [
      r.number,
      r.name,
      kind(r.kind),
      r.flags,
      ref(r.ref),
      r.oneof,
      r.default?.value,
      r.invalidDefault,
    ]);
  const extensions = (): ExtensionRow[] =>
    plan.extensions.map((e) => {
      const message = e.message;
      return message === undefined
        ? [e.number, e.name, e.repeated]
        : [e.number, e.name, e.repeated, () => compactTable(message, made)];
    });
  const table = $table<T>(info.fullName, rows, {
    ...(plan.extensions.length > 0 || plan.ranges.length > 0 || plan.messageSet
      ? { extensions: $extensions(extensions, plan.ranges, plan.messageSet) }
      : {}),
    ...(plan.required ? { required: $required } : {}),
    ...(plan.oneofs ? { oneofs: $oneofs } : {}),
  });
  made.set(info.fullName, table as MessageTable<object>);
  return table;
}
