/**
 * The map kind: `map<K, V>` fields as `Map`s. An entry is read and written through its key's
 * and value's own kinds, as the rows `[1, "key", K]` and `[2, "value", V, ., ref]`.
 */
import { keySegment } from "../values.js";
import { EXPLICIT, type FieldOps, type Kind, type Rec, type Row } from "./kind.js";
import { refuse, under } from "./values.js";
import {
  end,
  endGroup,
  open,
  overrun,
  readLength,
  readTag,
  skipField,
  unknownSink,
  writeBytes,
  writeTag,
} from "./wire.js";

/** A map row's ref: the key kind, the value kind, and the value's own ref (message, enum values). */
export type MapRef = readonly [Kind, Kind, unknown?];

const entries = /*@__PURE__*/ new WeakMap<Row, readonly [Row, Row]>();

/** The key and value rows of map row `r`. */
function entryRows(r: Row): readonly [Row, Row] {
  let e = entries.get(r);
  if (e === undefined) {
    const [k, v, ref] = r[4] as MapRef;
    e = [
      [1, "key", k, EXPLICIT],
      [2, "value", v, EXPLICIT, ref],
    ];
    entries.set(r, e);
  }
  return e;
}

/** The entries of a map value: a Map, or for string keys also a plain object. */
function pairs(v: unknown, key: Kind): Iterable<[unknown, unknown]> {
  if (v instanceof Map) return v as Map<unknown, unknown>;
  const proto: unknown = typeof v === "object" && v !== null ? Object.getPrototypeOf(v) : undefined;
  if (key.t === "string" && (proto === Object.prototype || proto === null)) {
    return Object.entries(v as object);
  }
  return refuse(v, key.t === "string" ? "Map or plain object" : "Map");
}

/** Runs `f` for the entry of key `k`: an error names the key. */
function at<T>(k: unknown, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw under(e, keySegment(k));
  }
}

const ops: FieldOps = {
  i: () => new Map(),
  d(c, m, r, wt, depth, start) {
    if (wt !== 2) return false;
    const [kr, vr] = entryRows(r);
    const e = readLength(c);
    const entry: Rec = { key: kr[2].z, value: undefined };
    const outer = c.u;
    c.u = null;
    while (c.p < e) {
      const tagAt = c.p;
      const t = readTag(c);
      if ((t & 7) === 4) endGroup(t >>> 3, 0, tagAt);
      const row = t >>> 3 === 1 ? kr : t >>> 3 === 2 ? vr : undefined;
      if (row === undefined || !row[2].f.d(c, entry, row, t & 7, depth + 1, tagAt)) {
        skipField(c, t & 7, t >>> 3, depth + 1);
      }
    }
    if (c.p !== e) overrun(e);
    // A closed enum value the schema does not know: the whole entry is an unknown field.
    const unknownValue = c.u !== null;
    c.u = outer;
    if (unknownValue) {
      writeBytes(unknownSink(c), c.b.subarray(start, e));
      return true;
    }
    const v = entry.value ?? vr[2].f.z?.(vr) ?? vr[2].z;
    (m[r[1]] as Map<unknown, unknown>).set(entry.key, v);
    return true;
  },
  e(s, v, r, o, depth) {
    const [kr, vr] = entryRows(r);
    for (const [k, x] of pairs(v, kr[2])) {
      at(k, () => {
        writeTag(s, r[0], 2);
        const p = open(s);
        kr[2].f.e(s, k, kr, o, depth);
        if (x == null) refuse(x, vr[2].t);
        vr[2].f.e(s, x, vr, o, depth);
        end(s, p);
      });
    }
  },
  c(v, r, depth, lax) {
    const [kr, vr] = entryRows(r);
    const out = new Map<unknown, unknown>();
    for (const [k, x] of pairs(v, kr[2])) {
      at(k, () => out.set(kr[2].c(k), vr[2].f.c(x, vr, depth, lax)));
    }
    return out;
  },
  m(v, r, prefix, out, depth) {
    const [, vr] = entryRows(r);
    const check = vr[2].f.m;
    if (check === undefined) return;
    for (const [k, x] of v as Map<unknown, unknown>) {
      check(x, [0, `${r[1]}${keySegment(k)}`, vr[2], 0, vr[4]], prefix, out, depth);
    }
  },
};

/** A `map<K, V>` field (row ref: `[K, V, valueRef]`, MapRef). */
export const $map: Kind = {
  w: 2,
  t: "map",
  z: undefined,
  r: () => undefined,
  e: () => undefined,
  c: (v) => v,
  f: ops,
};
