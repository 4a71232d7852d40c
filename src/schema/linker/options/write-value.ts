// Writes one field value in wire format from a linked field type, the way protoc's
// UnknownFieldSet / DynamicMessage serializers write option values. A type's FastWriter method
// comes from the field-kind table (descriptor/field-kinds.ts), as its wire type does for the
// callers that write the tag.

import type { FastWriter } from "../../../wire/fast-writer.js";
import { fieldKind } from "../../descriptor/field-kinds.js";

export type ScalarValue = number | bigint | boolean | string | Uint8Array;

/** Writes a scalar payload (no tag). Values are already range-checked by the caller. */
export function writeScalar(w: FastWriter, type: number, v: ScalarValue): void {
  const method = fieldKind(type)?.method;
  if (method === undefined) throw new Error(`not a scalar type: ${type}`);
  // The FastWriter method of the kind (int32 ... bytes) takes the value as the caller typed it.
  (w as unknown as Record<string, (v: ScalarValue) => FastWriter>)[method]!(v);
}

/** True if `v` is the zero value of `type` (implicit-presence fields omit it). */
export function isZero(v: ScalarValue): boolean {
  if (typeof v === "number") return v === 0 && !Object.is(v, -0);
  if (typeof v === "bigint") return v === 0n;
  if (typeof v === "boolean") return !v;
  return v.length === 0;
}
