/**
 * Required fields (proto2 `required`) in the compact codecs: what `$table` gets as its
 * `required` option for a type that holds any, itself or in its message fields, so that a
 * bundle without such types leaves this out.
 */
import { DecodeError, EncodeError } from "../../wire/errors.js";
import { missingList, shortName } from "../codec-errors.js";
import { CREATE_DEPTH_LIMIT } from "../values.js";
import { REQUIRED, type Rec } from "./kind.js";
import { type MessageType, type RequiredCheck, table, tooDeep } from "./message.js";

/** The paths of unset required fields of `m` (prefixed) into `out`. */
function missing(T: MessageType, m: Rec, prefix: string, out: string[], depth: number): void {
  if (depth > CREATE_DEPTH_LIMIT) tooDeep();
  for (const r of table(T).sorted) {
    let v = m[r[5] ?? r[1]] as unknown;
    if (r[5] !== undefined) {
      const o = v as { case?: unknown; value?: unknown } | undefined;
      v = o?.case === r[1] ? o.value : undefined;
    }
    if (v == null) {
      if ((r[3] ?? 0) & REQUIRED) out.push(prefix + r[1]);
    } else r[2].f.m?.(v, r, prefix, out, depth);
  }
  T.extensions?.missing(m, prefix, out, depth);
}

/** The paths of unset required fields of `m`, from its root. */
function list(T: MessageType, m: Rec): string[] {
  const out: string[] = [];
  missing(T, m, "", out, 0);
  return out;
}

/**
 * Throws MISSING_REQUIRED when `m` lacks required fields: a DecodeError at `offset` after a
 * decode, else an EncodeError. `root` names the message in the error.
 */
function check(T: MessageType, m: Rec, offset?: number): void {
  const absent = list(T, m);
  if (absent.length === 0) return;
  const root = shortName(T.name);
  if (offset !== undefined) {
    throw new DecodeError("MISSING_REQUIRED", missingList(absent), offset, `${root}.${absent[0]}`);
  }
  throw new EncodeError("MISSING_REQUIRED", `${root}: ${missingList(absent)}`);
}

export const $required: RequiredCheck = { missing, list, check };
