/**
 * Source of the inline value checks of generated encode code: cheap tests (`(v | 0) !== v` for
 * int32 costs about nothing) that are true when a value is invalid for its field. Each JS form
 * has its own (js-forms.ts); values.ts builds the errors.
 */
import type { FieldInfo } from "../info.js";
import { fieldFacts, isMessageType } from "../scalar.js";
import { lit } from "./safe-source.js";

/**
 * The type name used in checks and messages: the kind's name (`int32`, `enum` ...) or
 * "message" (64-bit JS_NUMBER fields: "int64 [jstype = JS_NUMBER]" and the like).
 */
export function valueType(f: FieldInfo): string {
  if (isMessageType(f.type)) return "message";
  return fieldFacts(f)!.valueType;
}

/**
 * A JS expression true when `x` (a simple variable, non-null for messages) is invalid for `f`,
 * or undefined where the Writer checks the value itself: 64-bit integers (Writer int64 etc.,
 * EncodeError INVALID_INT64 turned into INVALID_VALUE on the way up) and bytes (Writer.bytes).
 */
export function invalidTest(f: FieldInfo, x: string): string | undefined {
  if (isMessageType(f.type)) return `typeof ${x} !== "object"`;
  return fieldFacts(f)?.invalid?.(x);
}

/** A statement that throws when `x` is invalid for `f` ("" when the Writer checks it). */
export function checkStatement(f: FieldInfo, x: string): string {
  const test = invalidTest(f, x);
  return test === undefined ? "" : `if (${test}) throw rt.bad(${x}, ${lit(valueType(f))}); `;
}
