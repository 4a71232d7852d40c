/**
 * JsonError: JSON that does not parse, or does not fit the message type. One class for both
 * phases so that callers branch on `code` alone:
 * - `JSON_SYNTAX`: not JSON as RFC 8259 defines it (trailing commas, comments, `01`, lone
 *   surrogates, ...): `line` and `column` (1-based, columns in UTF-16 units) say where.
 * - `DUPLICATE_KEY`: a key seen twice in one object (also a field's proto name next to its
 *   JSON name).
 * - `RECURSION_LIMIT`: nesting deeper than the limit.
 * - `UNKNOWN_FIELD`: a key that is no field of the message (unless `ignoreUnknownFields`).
 * - `INVALID_VALUE`: a value of the wrong shape or out of range for its field.
 * - `UNKNOWN_TYPE`: an `Any` whose `@type` is not in the registry.
 * - `MISSING_REQUIRED`: proto2 `required` fields unset (unless `allowPartial`).
 * `path` is the field path from the root message in JS property names, as DecodeError's and
 * EncodeError's (`Order.items[2].sku`, `M.labels["k"]`); `""` where no field is involved.
 */
import { ProtowireError } from "../wire/errors.js";

export type JsonErrorCode =
  | "JSON_SYNTAX"
  | "DUPLICATE_KEY"
  | "RECURSION_LIMIT"
  | "UNKNOWN_FIELD"
  | "INVALID_VALUE"
  | "UNKNOWN_TYPE"
  | "MISSING_REQUIRED";

export class JsonError extends ProtowireError {
  declare readonly code: JsonErrorCode;
  /** Field path (`Order.items[2].sku`), `""` when none. */
  path: string;
  /** 1-based line and column of the offending text, when the error comes from a string. */
  line: number | undefined;
  column: number | undefined;
  /** The message without the code, path and position, so that a caller can rebuild it. */
  readonly detail: string;
  constructor(code: JsonErrorCode, detail: string, path = "", line?: number, column?: number) {
    super(code, formatJsonMessage(code, detail, path, line, column));
    this.name = "JsonError";
    this.path = path;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

export function formatJsonMessage(
  code: string,
  detail: string,
  path: string,
  line: number | undefined,
  column: number | undefined,
): string {
  const at = line === undefined ? "" : ` at ${line}:${column}`;
  const field = path === "" ? "" : ` (field ${path})`;
  return `${code}: ${detail}${at}${field}`;
}

/**
 * Adds `segment` (a property name, `[3]` or `["key"]`) in front of the path of a JsonError
 * thrown below it, as each level of the reader or writer unwinds; other errors pass through.
 */
export function within(e: unknown, segment: string): unknown {
  if (e instanceof JsonError) {
    const path = e.path;
    e.path = path === "" ? segment : path.startsWith("[") ? segment + path : `${segment}.${path}`;
    e.message = formatJsonMessage(e.code, e.detail, e.path, e.line, e.column);
  }
  return e;
}

/** Gives a JsonError without a position the position `line:column` (where its value starts). */
export function locate(e: unknown, line: number, column: number): unknown {
  if (e instanceof JsonError && e.line === undefined) {
    e.line = line;
    e.column = column;
    e.message = formatJsonMessage(e.code, e.detail, e.path, line, column);
  }
  return e;
}
