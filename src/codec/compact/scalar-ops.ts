/**
 * The field handlers of scalar kinds (numbers, bool, string, bytes, open enums): `scalarOps`
 * for singular fields and oneof members, `listOps` for repeated ones too (packed or not, both
 * read), which `$list(kind)` gives a kind: a bundle without repeated fields leaves them out.
 */
import { EXPLICIT, type FieldOps, type Kind, LIST, PACKED, type Rec, type Row } from "./kind.js";
import { bad, under } from "./values.js";
import { end, open, overrun, readLength, type Sink, writeTag } from "./wire.js";

/** Stores `v` as field `r` of `m`: under its oneof's property when it has one. */
export function store(m: Rec, r: Row, v: unknown): void {
  if (r[5] !== undefined) m[r[5]] = { case: r[1], value: v };
  else m[r[1]] = v;
}

/**
 * Whether `x` is the zero of `k` (`-0` is not: protoc writes it; a 64-bit value may be a
 * number or decimal string).
 */
export function isZero(k: Kind, x: unknown): boolean {
  if (x === k.z) return x !== 0 || 1 / x > 0;
  return typeof k.z === "bigint"
    ? BigInt(x as bigint) === 0n
    : x instanceof Uint8Array && !x.length;
}

/** Element `i` of list `v`, checked by `check`; an error names its index. */
export function element<T>(v: unknown[], i: number, check: (x: unknown) => T): T {
  try {
    return check(v[i]);
  } catch (e) {
    throw under(e, `[${i}]`);
  }
}

/** `v` as a list: arrays only. */
export function list(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw bad(v, "array");
  return v;
}

/** Writes singular field `r` holding `v` (an implicit-presence zero is not written). */
function encodeOne(s: Sink, v: unknown, r: Row): void {
  const k = r[2];
  const x = k.c(v);
  if (!((r[3] ?? 0) & EXPLICIT) && r[5] === undefined && isZero(k, x)) return;
  writeTag(s, r[0], k.w);
  k.e(s, x);
}

export const scalarOps: FieldOps = {
  i: (r) => ((r[3] ?? 0) & EXPLICIT ? undefined : r[2].z),
  d(c, m, r, wt) {
    if (wt !== r[2].w) return false;
    store(m, r, r[2].r(c));
    return true;
  },
  e: encodeOne,
  c: (v, r) => r[2].c(v),
};

export const listOps: FieldOps = {
  i: (r) => ((r[3] ?? 0) & LIST ? [] : (r[3] ?? 0) & EXPLICIT ? undefined : r[2].z),
  d(c, m, r, wt) {
    const k = r[2];
    if ((r[3] ?? 0) & LIST) {
      const a = m[r[1]] as unknown[];
      if (wt === 2 && k.w !== 2) {
        const e = readLength(c);
        while (c.p < e) a.push(k.r(c));
        if (c.p !== e) overrun(e);
        return true;
      }
      if (wt !== k.w) return false;
      a.push(k.r(c));
      return true;
    }
    if (wt !== k.w) return false;
    store(m, r, k.r(c));
    return true;
  },
  e(s: Sink, v, r) {
    const k = r[2];
    const f = r[3] ?? 0;
    const no = r[0];
    if (f & LIST) {
      const a = list(v);
      if (a.length === 0) return;
      const check = (x: unknown) => k.c(x);
      if (f & PACKED) {
        writeTag(s, no, 2);
        const at = open(s);
        // A packed 64-bit varint list names no index in its errors, as the compiled codecs'.
        const wide = k.w === 0 && typeof k.z === "bigint";
        for (let i = 0; i < a.length; i++) k.e(s, wide ? k.c(a[i]) : element(a, i, check));
        end(s, at);
      } else {
        for (let i = 0; i < a.length; i++) {
          const x = element(a, i, check);
          writeTag(s, no, k.w);
          k.e(s, x);
        }
      }
      return;
    }
    encodeOne(s, v, r);
  },
  c(v, r) {
    const k = r[2];
    if (!((r[3] ?? 0) & LIST)) return k.c(v);
    const a = list(v);
    const out: unknown[] = [];
    for (let i = 0; i < a.length; i++) out.push(element(a, i, (x) => k.c(x)));
    return out;
  },
};

/** Kind `k` for a repeated field. */
export function $list(k: Kind): Kind {
  return { ...k, f: listOps };
}
