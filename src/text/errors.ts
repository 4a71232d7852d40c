/**
 * TextError: text-format input that does not parse or does not fit the message type, and
 * messages the printer cannot print. One class for both, so that callers branch on `code`:
 * - `TEXT_SYNTAX`: not the text format (a bad token, a missing `}`, an unterminated string).
 * - `UNKNOWN_FIELD`: a field name, extension or enum value name the type does not have.
 * - `INVALID_VALUE`: a value of the wrong kind or out of range for its field (also, when
 *   printing, a message property of the wrong shape).
 * - `DUPLICATE_FIELD`: a non-repeated field (or a second member of a oneof) given twice.
 * - `RECURSION_LIMIT`: messages nested deeper than the limit.
 * - `UNKNOWN_TYPE`: an expanded `Any` whose type is not in the registry.
 * - `MISSING_REQUIRED`: proto2 `required` fields unset (unless `allowPartial`).
 *
 * From text, the message reads as protoc's does, `line:col: detail` (1-based; columns count
 * as protoc counts them: UTF-8 bytes, a tab to the next multiple of 8), followed by the source
 * line and a caret under the column. `path` is the field path from the root message in the
 * vocabulary of DecodeError and JsonError (`Order.items[2].sku`), `""` where none applies.
 */
import { ProtowireError } from "../wire/errors.js";

export type TextErrorCode =
  | "TEXT_SYNTAX"
  | "UNKNOWN_FIELD"
  | "INVALID_VALUE"
  | "DUPLICATE_FIELD"
  | "RECURSION_LIMIT"
  | "UNKNOWN_TYPE"
  | "MISSING_REQUIRED";

export class TextError extends ProtowireError {
  declare readonly code: TextErrorCode;
  /** Field path (`Order.items[2].sku`), `""` when none. */
  path: string;
  /** 1-based line and column (protoc's counting) of the offending text, when parsing. */
  line: number | undefined;
  column: number | undefined;
  /** The source line and caret under it, when parsing (`""` otherwise). */
  excerpt: string;
  /** The message without position, path and excerpt, so that a caller can rebuild it. */
  readonly detail: string;
  constructor(
    code: TextErrorCode,
    detail: string,
    path = "",
    line?: number,
    column?: number,
    excerpt = "",
  ) {
    super(code, formatTextMessage(code, detail, path, line, column, excerpt));
    this.name = "TextError";
    this.path = path;
    this.line = line;
    this.column = column;
    this.excerpt = excerpt;
    this.detail = detail;
  }
}

/**
 * `line:col: detail (field path)` then the excerpt when the error has a position (protoc's
 * wording), `CODE: detail (field path)` when it has none (a message that cannot be printed).
 */
export function formatTextMessage(
  code: string,
  detail: string,
  path: string,
  line: number | undefined,
  column: number | undefined,
  excerpt: string,
): string {
  const field = path === "" ? "" : ` (field ${path})`;
  if (line === undefined) return `${code}: ${detail}${field}`;
  return `${line}:${column}: ${detail}${field}${excerpt === "" ? "" : `\n${excerpt}`}`;
}

/**
 * Adds `segment` (a property name, `[3]` or `["key"]`) in front of the path of a TextError
 * thrown below it, as each level unwinds; other errors pass through.
 */
export function within(e: unknown, segment: string): unknown {
  if (e instanceof TextError) {
    const path = e.path;
    e.path = path === "" ? segment : path.startsWith("[") ? segment + path : `${segment}.${path}`;
    e.message = formatTextMessage(e.code, e.detail, e.path, e.line, e.column, e.excerpt);
  }
  return e;
}
