/**
 * Oneofs in the strict check of input (docs/codec.md, "Strict input"): what `$compact` gets as
 * its `oneofs` option for a type that has any, so that a bundle without oneofs leaves this out.
 */
import { FieldValueError, show, withFieldPath } from "../values.js";
import { type MessageType, type OneofCheck, table } from "./message.js";

const oneofs = /*@__PURE__*/ new WeakMap<MessageType, Map<string, string[]>>();

/** Oneof property -> the case names of its members. */
function oneofsOf(T: MessageType): Map<string, string[]> {
  let out = oneofs.get(T);
  if (out === undefined) {
    out = new Map();
    for (const r of table(T).declared) {
      if (r[5] !== undefined) out.set(r[5], [...(out.get(r[5]) ?? []), r[1]]);
    }
    oneofs.set(T, out);
  }
  return out;
}

export const $oneofs: OneofCheck = {
  key(T, k) {
    for (const [prop, cases] of oneofsOf(T)) {
      if (cases.includes(k)) {
        throw withFieldPath(
          new FieldValueError(
            `${k} is a member of oneof ${prop}; set ${prop}: { case: ${JSON.stringify(k)}, value } instead`,
          ),
          k,
        );
      }
    }
  },
  check(T, m) {
    for (const [prop, cases] of oneofsOf(T)) {
      const o = m[prop];
      if (o == null) continue;
      const proto: unknown = typeof o === "object" && o !== null ? Object.getPrototypeOf(o) : 0;
      if (proto !== Object.prototype && proto !== null) {
        throw withFieldPath(
          new FieldValueError(`expected a oneof object { case, value }, got ${show(o)}`),
          prop,
        );
      }
      const { case: c, value } = o as { case?: unknown; value?: unknown };
      if (c === undefined ? value !== undefined : !cases.includes(c as string)) {
        const detail =
          c === undefined
            ? "a oneof value without a case (set case, or leave value undefined)"
            : `unknown oneof case ${show(c)}; expected one of ${cases.map((n) => JSON.stringify(n)).join(", ")} (or undefined for none)`;
        throw withFieldPath(new FieldValueError(detail), prop);
      }
      for (const k in o) {
        if (k !== "case" && k !== "value") {
          const e = withFieldPath(
            new FieldValueError("unknown key in a oneof object { case, value }"),
            k,
          );
          throw withFieldPath(e, prop);
        }
      }
    }
  },
};
