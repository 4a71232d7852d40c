/**
 * The parser's small steps on the current token: protoc's TryConsume, the error at the
 * current token, message delimiters (`{ }` or `< >`) and the recursion limit, shared by the
 * parser, the value readers and the skipping of reserved fields.
 */
import type { TextErrorCode } from "../errors.js";
import type { ParseContext } from "./context.js";
import { errorAt } from "./position.js";
import { type Scanner, SYMBOL } from "./scanner.js";

export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const LESS = 60;
export const GREATER = 62;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const COLON = 58;
export const COMMA = 44;
export const SEMICOLON = 59;
export const MINUS = 45;

/** An error at the current token of `s` (protoc reports at the token it looks at). */
export function fail(s: Scanner, code: TextErrorCode, detail: string, at = s.start): never {
  throw errorAt(s.text, at, code, detail);
}

export function tryConsume(s: Scanner, sym: number): boolean {
  if (s.type === SYMBOL && s.sym === sym) {
    s.next();
    return true;
  }
  return false;
}

/** protoc's Consume: the symbol, or `Expected "x", found "y".` */
export function consume(s: Scanner, sym: number): void {
  if (!tryConsume(s, sym)) {
    const want = String.fromCharCode(sym);
    fail(s, "TEXT_SYNTAX", `Expected "${want}", found "${s.tokenText()}".`);
  }
}

/** At a `}` or `>` (the end of a message body, whichever delimiter opened it). */
export function atClose(s: Scanner): boolean {
  return s.type === SYMBOL && (s.sym === CLOSE_BRACE || s.sym === GREATER);
}

/** At a `{` or `<` (a message value). */
export function atOpen(s: Scanner): boolean {
  return s.type === SYMBOL && (s.sym === OPEN_BRACE || s.sym === LESS);
}

/** `{` or `<`: returns the char code of the delimiter that closes it. */
export function openDelimiter(s: Scanner): number {
  if (tryConsume(s, LESS)) return GREATER;
  if (tryConsume(s, OPEN_BRACE)) return CLOSE_BRACE;
  return fail(s, "TEXT_SYNTAX", `Expected "{", found "${s.tokenText()}".`);
}

/** RECURSION_LIMIT when `depth` (message levels below the root) is past the limit. */
export function checkDepth(s: Scanner, c: ParseContext, depth: number): void {
  if (depth > c.recursionLimit) {
    fail(
      s,
      "RECURSION_LIMIT",
      `Message is too deep, the parser exceeded the configured recursion limit of ${c.recursionLimit}.`,
    );
  }
}
