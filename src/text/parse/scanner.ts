/**
 * The text format's tokens: protoc's io::Tokenizer as TextFormat::Parser sets it up (`#`
 * comments, a float may end in `f`, a number must not run into a letter), with protoc's
 * lexical error messages at protoc's positions. The token kinds and rules are those of the
 * .proto tokenizer (src/schema/parser/tokenizer.ts): numbers and string literals are scanned by
 * the same functions (src/schema/parser/lexemes.ts); only whitespace, comments and the token
 * loop are the text format's own.
 *
 * Built for speed rather than for comments and source spans: one scanner per parse, the
 * current token held in fields (kind, start and end offsets, the symbol's char code), no
 * object or string per token; lines and columns are counted only when an error is thrown.
 */
import {
  isDigit,
  isLetter,
  STRING_END_SCALE,
  STRING_ESCAPED,
  STRING_UNICODE,
  STRING_WIDE,
  scanNumber,
  scanString,
} from "../../schema/parser/lexemes.js";
import { errorAt } from "./position.js";

export const END = 0;
export const IDENT = 1;
export const INT = 2;
export const FLOAT = 3;
export const STRING = 4;
export const SYMBOL = 5;

/** Whitespace as protoc's tokenizer reads it: space, \n, \t, \r, \v, \f. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** ASCII letters, digits and `_`. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export class Scanner {
  readonly text: string;
  private readonly len: number;
  /** Offset of the next character to read. */
  pos = 0;
  /** The current token: kind, [start, end) offsets, char code of a symbol. */
  type = END;
  start = 0;
  end = 0;
  sym = -1;
  /** A string token holds a backslash (escapes to decode). */
  escaped = false;
  /** A string token holds characters beyond ASCII. */
  wide = false;

  constructor(text: string) {
    this.text = text;
    this.len = text.length;
    this.next();
  }

  /** The text of the current token (`""` at the end of input). */
  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Steps over whitespace and `#` comments; returns the offset of what follows. */
  skipSpace(from: number): number {
    const text = this.text;
    const len = this.len;
    let i = from;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || (c >= 9 && c <= 13)) i++;
      else if (c === 35 /* # */) {
        const nl = text.indexOf("\n", i);
        i = nl < 0 ? len : nl + 1;
      } else break;
    }
    return i;
  }

  /** Moves to the next token. */
  next(): void {
    const text = this.text;
    const i = this.skipSpace(this.pos);
    this.start = i;
    if (i >= this.len) {
      this.type = END;
      this.end = i;
      this.pos = i;
      this.sym = -1;
      return;
    }
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < this.len && isWordChar(text.charCodeAt(j))) j++;
      this.type = IDENT;
      this.sym = -1;
      this.end = this.pos = j;
      return;
    }
    if (isDigit(c)) {
      this.number(i, c === 48, false);
      return;
    }
    if (c === 34 || c === 39) {
      this.string(i, c);
      return;
    }
    if (c === 46 /* . */ && i + 1 < this.len && isDigit(text.charCodeAt(i + 1))) {
      this.number(i, false, true);
      return;
    }
    if (c < 32) this.lexemeError(i, "Invalid control characters encountered in text.");
    if (c >= 0x80) {
      const cp = text.codePointAt(i) ?? c;
      const first =
        cp < 0x800 ? 0xc0 | (cp >> 6) : cp < 0x10000 ? 0xe0 | (cp >> 12) : 0xf0 | (cp >> 18);
      this.lexemeError(i, `Interpreting non ascii codepoint ${first}.`);
    }
    this.type = SYMBOL;
    this.sym = c;
    this.end = this.pos = i + 1;
  }

  /** Throws the first lexical error (lexemes.ts reports them), at its offset. */
  private readonly lexemeError = (offset: number, message: string): never => {
    throw errorAt(this.text, offset, "TEXT_SYNTAX", message);
  };

  /** A number from `i` (protoc's ConsumeNumber, `f` allowed after a float). */
  private number(i: number, startedWithZero: boolean, startedWithDot: boolean): void {
    const r = scanNumber(this.text, i + 1, startedWithZero, startedWithDot, true, this.lexemeError);
    this.type = r % 2 === 1 ? FLOAT : INT;
    this.sym = -1;
    this.end = this.pos = Math.floor(r / 2);
  }

  /** A string literal from its opening quote at `i`; escapes checked as protoc checks them. */
  private string(i: number, quote: number): void {
    const r = scanString(this.text, i + 1, quote, this.lexemeError);
    this.type = STRING;
    this.sym = -1;
    this.escaped = (r & STRING_ESCAPED) !== 0;
    this.wide = (r & STRING_WIDE) !== 0;
    this.end = this.pos = Math.floor(r / STRING_END_SCALE);
    if ((r & STRING_UNICODE) !== 0) this.checkUnicodeEscapes(i + 1, this.end);
  }

  /**
   * The conformance suite's rule for `\u` and `\U` escapes (its Required and Recommended
   * StringLiteral tests): a code point beyond U+10FFFF, or a surrogate, even one of a pair,
   * is an error, in string and bytes fields alike. (protoc 36.2 writes the first back as text
   * and encodes surrogates as 3-byte sequences, joining pairs; the suite asks otherwise.)
   */
  private checkUnicodeEscapes(from: number, to: number): void {
    const text = this.text;
    for (let k = text.indexOf("\\", from); k >= 0 && k < to; k = text.indexOf("\\", k + 2)) {
      const e = text.charCodeAt(k + 1);
      if (e !== 117 && e !== 85) continue;
      const digits = e === 117 ? 4 : 8;
      const cp = Number.parseInt(text.slice(k + 2, k + 2 + digits), 16);
      if (cp > 0x10ffff) {
        this.lexemeError(k, `Unicode escape ${text.slice(k, k + 2 + digits)} is beyond U+10FFFF.`);
      }
      if (cp >= 0xd800 && cp <= 0xdfff) {
        this.lexemeError(
          k,
          `Unicode escape ${text.slice(k, k + 2 + digits)} is a surrogate, not a character.`,
        );
      }
      k += digits;
    }
  }
}
