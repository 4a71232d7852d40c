/**
 * Source of the inline value checks of generated encode code: cheap tests (`(v | 0) !== v` for
 * int32 costs about nothing) that are true when a value is invalid for its field. See values.ts
 * for what each type accepts.
 */
import type { FieldInfo } from "../info.js";
import { fieldFacts, isMessageType } from "../scalar.js";
import { lit } from "./safe-source.js";

/**
 * The type name used in checks and messages: the Writer method, "enum" or "message" (64-bit
 * JS_NUMBER fields: "int64 [jstype = JS_NUMBER]" and the like, see scalar.ts).
 */
export function valueType(f: FieldInfo): string {
  if (isMessageType(f.type)) return "message";
  if (f.enum !== undefined) return "enum";
  return fieldFacts(f)!.valueType;
}

/**
 * A JS expression true when `x` (a simple variable, non-null for messages) is invalid for `f`,
 * or undefined where the Writer checks the value itself: 64-bit integers (Writer int64 etc.,
 * EncodeError INVALID_INT64 turned into INVALID_VALUE on the way up) and bytes (Writer.bytes).
 */
export function invalidTest(f: FieldInfo, x: string): string | undefined {
  const own = isMessageType(f.type) ? undefined : fieldFacts(f)?.invalid;
  if (own !== undefined) return own(x); // JS_NUMBER: safe integers only
  switch (valueType(f)) {
    case "message":
      return `typeof ${x} !== "object"`;
    case "int32":
    case "sint32":
    case "sfixed32":
    case "enum":
      // typeof first: `7n | 0` would throw a TypeError instead of naming the value.
      return `typeof ${x} !== "number" || (${x} | 0) !== ${x}`;
    case "uint32":
    case "fixed32":
      return `typeof ${x} !== "number" || (${x} >>> 0) !== ${x}`;
    case "float":
    case "double":
      return `typeof ${x} !== "number"`;
    case "bool":
      return `typeof ${x} !== "boolean"`;
    case "string":
      return `typeof ${x} !== "string"`;
    default:
      return undefined;
  }
}

/** A statement that throws when `x` is invalid for `f` ("" when the Writer checks it). */
export function checkStatement(f: FieldInfo, x: string): string {
  const test = invalidTest(f, x);
  return test === undefined ? "" : `if (${test}) throw rt.bad(${x}, ${lit(valueType(f))}); `;
}
