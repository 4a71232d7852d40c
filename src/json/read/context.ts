/** The resolved options of one fromJson call, passed down the readers. */
import { JsonError } from "../errors.js";
import type { JsonRegistry } from "../options.js";
import { LargeNumber } from "../parse/parse-json.js";

export interface ReadContext {
  readonly ignoreUnknownFields: boolean;
  readonly registry: JsonRegistry;
  readonly recursionLimit: number;
}

/** Reads one message (or WKT) from its JSON value; `depth` counts enclosing messages. */
export type MessageReader = (json: unknown, c: ReadContext, depth: number) => unknown;

/** What a value reader returns for a value to leave out (an unknown enum name, when ignored). */
export const SKIP: unique symbol = Symbol("skip");

/** Throws RECURSION_LIMIT when `depth` is past the limit. */
export function checkDepth(c: ReadContext, depth: number): void {
  if (depth > c.recursionLimit) {
    throw new JsonError(
      "RECURSION_LIMIT",
      `values nested deeper than recursionLimit ${c.recursionLimit}`,
    );
  }
}

/** `json` as a JSON object (not null, not an array), or INVALID_VALUE naming `what`. */
export function asObject(json: unknown, what: string): Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json) || isLarge(json)) {
    throw new JsonError("INVALID_VALUE", `expected an object for ${what}, got ${kindOf(json)}`);
  }
  return json as Record<string, unknown>;
}

function isLarge(json: unknown): boolean {
  return json instanceof LargeNumber;
}

/** The JSON kind of a value, for messages: `a string`, `an array`, `null`... */
export function kindOf(json: unknown): string {
  if (json === null) return "null";
  if (Array.isArray(json)) return "an array";
  switch (typeof json) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "object":
      return isLarge(json) ? "a number" : "an object";
    default:
      return typeof json;
  }
}

/**
 * Sets oneof property `prop` of `msg` to member `memberCase` with value `x`; a second member of
 * one oneof in one object is an error (JSON has no "last one wins" for oneofs).
 */
export function setOneof(
  msg: Record<string, unknown>,
  prop: string,
  oneofName: string,
  memberCase: string,
  x: unknown,
): void {
  const current = msg[prop] as { case: unknown };
  if (current.case !== undefined) {
    throw new JsonError(
      "INVALID_VALUE",
      `oneof ${oneofName} has more than one member set (${String(current.case)} and ${memberCase})`,
    );
  }
  msg[prop] = { case: memberCase, value: x };
}
