/**
 * The closed enum kind (proto2 enums, editions CLOSED): a number the enum does not declare is
 * not stored but kept with the unknown fields, as a varint field of the value read as int32
 * (docs/codec.md, "Semantics"); in a map entry, the whole entry.
 */

import { type FieldOps, type Kind, LIST, type Row } from "./kind.js";
import { listOps, store } from "./scalar-ops.js";
import { $enum } from "./scalars.js";
import {
  type Cursor,
  overrun,
  readLength,
  readVarint,
  unknownSink,
  writeTag,
  writeVarint,
} from "./wire.js";

const known = /*@__PURE__*/ new WeakMap<Row, Set<number>>();

function values(r: Row): Set<number> {
  let s = known.get(r);
  if (s === undefined) {
    s = new Set(r[4] as number[]);
    known.set(r, s);
  }
  return s;
}

/** Keeps value `v` of field `no` with the unknown fields of the message being decoded. */
function keep(c: Cursor, no: number, v: number): void {
  const u = unknownSink(c);
  writeTag(u, no, 0);
  writeVarint(u, v, v < 0 ? -1 : 0);
}

function closedEnum(): Kind {
  const ops: FieldOps = {
    ...listOps,
    d(c, m, r, wt) {
      const ok = values(r);
      const list = (r[3] ?? 0) & LIST;
      if (list && wt === 2) {
        const e = readLength(c);
        while (c.p < e) {
          const v = readVarint(c) | 0;
          if (ok.has(v)) (m[r[1]] as number[]).push(v);
          else keep(c, r[0], v);
        }
        if (c.p !== e) overrun(e);
        return true;
      }
      if (wt !== 0) return false;
      const v = readVarint(c) | 0;
      if (!ok.has(v)) keep(c, r[0], v);
      else if (list) (m[r[1]] as number[]).push(v);
      else store(m, r, v);
      return true;
    },
  };
  return { ...$enum, f: ops };
}

/** A field of a closed enum (row ref: the enum's numbers). */
export const $closedEnum: Kind = /*@__PURE__*/ closedEnum();
