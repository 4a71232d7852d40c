/** The message kind: fields holding another message type, length-prefixed or as groups. */
import type { EncodeOptions } from "../options.js";
import { DELIMITED, type FieldOps, type Kind, LIST, type Rec, type Row } from "./kind.js";
import { create, decodeMessage, encodeMessage, type MessageType, make } from "./message.js";
import { element, list, store } from "./scalar-ops.js";
import { bad, refuse, under } from "./values.js";
import { end, open, readLength, type Sink, writeTag } from "./wire.js";

/** What a message row refers to: the table of its type, as a thunk (types may be cyclic). */
export type MessageRef = () => MessageType;

/** The MessageType of message row `r`. */
export function typeOf(r: Row): MessageType {
  return (r[4] as MessageRef)();
}

/** Writes message `x` as field `r`: length-prefixed, or as a group. */
function writeOne(s: Sink, x: unknown, r: Row, o: EncodeOptions, depth: number): void {
  if (typeof x !== "object" || x === null) throw bad(x, "message");
  const T = typeOf(r);
  if ((r[3] ?? 0) & DELIMITED) {
    writeTag(s, r[0], 3);
    encodeMessage(T, s, x as Rec, o, depth + 1);
    writeTag(s, r[0], 4);
  } else {
    writeTag(s, r[0], 2);
    const at = open(s);
    encodeMessage(T, s, x as Rec, o, depth + 1);
    end(s, at);
  }
}

const ops: FieldOps = {
  i: (r) => ((r[3] ?? 0) & LIST ? [] : undefined),
  z: (r) => make(typeOf(r)),
  d(c, m, r, wt, depth) {
    const f = r[3] ?? 0;
    const group = f & DELIMITED;
    if (wt !== (group ? 3 : 2)) return false;
    const T = typeOf(r);
    let target: Rec | undefined;
    if (r[5] !== undefined) {
      const o = m[r[5]] as { case?: unknown; value?: Rec };
      if (o.case === r[1]) target = o.value;
    } else if (!(f & LIST)) target = m[r[1]] as Rec | undefined;
    target ??= make(T);
    if (group) decodeMessage(T, c, c.b.length, target, depth + 1, r[0]);
    else decodeMessage(T, c, readLength(c), target, depth + 1, 0);
    if (f & LIST) (m[r[1]] as Rec[]).push(target);
    else store(m, r, target);
    return true;
  },
  e(s, v, r, o, depth) {
    if (!((r[3] ?? 0) & LIST)) return writeOne(s, v, r, o, depth);
    const a = list(v);
    for (let i = 0; i < a.length; i++) {
      try {
        writeOne(s, a[i], r, o, depth);
      } catch (e) {
        throw under(e, `[${i}]`);
      }
    }
  },
  c(v, r, depth, lax) {
    const T = typeOf(r);
    if (!((r[3] ?? 0) & LIST)) return create(T, v, depth + 1, lax);
    const a = list(v);
    const out: Rec[] = [];
    for (let i = 0; i < a.length; i++) {
      out.push(
        element(a, i, (x) => (x == null ? refuse(x, "message") : create(T, x, depth + 1, lax))),
      );
    }
    return out;
  },
  m(v, r, prefix, out, depth) {
    const T = typeOf(r);
    const q = T.required;
    if (q === undefined) return;
    if (!((r[3] ?? 0) & LIST)) q.missing(T, v as Rec, `${prefix}${r[1]}.`, out, depth + 1);
    else {
      (v as Rec[]).forEach((x, i) => {
        q.missing(T, x, `${prefix}${r[1]}[${i}].`, out, depth + 1);
      });
    }
  },
};

/** A field of a message type (row ref: `() => TheTypesCodec`). */
export const $message: Kind = {
  w: 2,
  t: "message",
  z: undefined,
  r: () => undefined,
  e: () => undefined,
  c: (v) => v,
  f: ops,
};
