// The .proto tokenizer: one pass over char codes, no regular expressions, no backtracking.
//
// It follows protoc's io::Tokenizer (tokenizer.cc, protoc 36.2) token for token, because
// source-code-info spans and comment attachment must match protoc byte for byte:
// - lines and columns are 0-based; a column counts UTF-8 bytes and a tab advances it to the
//   next multiple of 8;
// - token kinds are identifier, integer, float, string (raw text, quotes included) and
//   single-character symbol; `inf` and `nan` are identifiers;
// - comments are `//` to end of line and `/* ... */` (not nested); `nextWithComments`
//   sorts them into the previous token's trailing comment, detached comments and the next
//   token's leading comment with protoc's rules.

import { utf8Width } from "../errors.js";
import { isDigit, isLetter, STRING_END_SCALE, scanNumber, scanString } from "./lexemes.js";

export { isDigit, isHexDigit, isLetter, isOctalDigit } from "./lexemes.js";

export const TokenType = {
  Start: 0,
  End: 1,
  Identifier: 2,
  Integer: 3,
  Float: 4,
  String: 5,
  Symbol: 6,
} as const;
export type TokenType = (typeof TokenType)[keyof typeof TokenType];

export interface Token {
  type: TokenType;
  /** Raw source text: for strings the quotes and escapes are kept. */
  text: string;
  /** 0-based line. */
  line: number;
  /** 0-based protoc column of the first character. */
  column: number;
  /** 0-based protoc column just past the last character. */
  endColumn: number;
}

/** Receives lexical errors at 0-based protoc positions. */
export type LexErrorSink = (line: number, column: number, message: string) => void;

/** Comments gathered around a token boundary by `nextWithComments`. */
export interface Comments {
  /** Comment on the previous token's line (or right after it): its trailing comment. */
  trailing: string;
  /** Comments separated from both tokens by blank lines. */
  detached: string[];
  /** Comment directly above the next token: its leading comment. */
  leading: string;
}

const TAB_WIDTH = 8;
const EOF = -1;

enum Ch {
  Tab = 9,
  Newline = 10,
  VTab = 11,
  FormFeed = 12,
  CR = 13,
  Space = 32,
  DQuote = 34,
  SQuote = 39,
  Star = 42,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Bom = 0xfeff,
}

function isAlphanumeric(c: number): boolean {
  return isLetter(c) || isDigit(c);
}
function isWhitespaceNoNewline(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.CR || c === Ch.VTab || c === Ch.FormFeed;
}
function isWhitespace(c: number): boolean {
  return c === Ch.Newline || isWhitespaceNoNewline(c);
}
/** Control characters other than whitespace (NUL included: protoc treats it as junk). */
function isUnprintable(c: number): boolean {
  return c >= 0 && c < Ch.Space && !isWhitespace(c);
}

enum CommentStart {
  None,
  Line,
  Block,
  SlashNotComment,
}

/**
 * Collects comments between two tokens (protoc's CommentCollector): line comments on
 * consecutive lines merge into one; a block comment always stands alone.
 */
class CommentCollector {
  readonly out: Comments = { trailing: "", detached: [], leading: "" };
  private buffer = "";
  private hasComment = false;
  private isLineComment = false;
  private canAttachToPrev = true;
  /** Comments flushed so far (into trailing or detached). */
  private flushed = 0;
  private hasTrailing = false;

  startLineComment(): void {
    if (this.hasComment && !this.isLineComment) this.flush();
    this.hasComment = true;
    this.isLineComment = true;
  }
  startBlockComment(): void {
    if (this.hasComment) this.flush();
    this.hasComment = true;
    this.isLineComment = false;
  }
  append(text: string): void {
    this.buffer += text;
  }
  clearBuffer(): void {
    this.buffer = "";
    this.hasComment = false;
  }
  /** The buffered comment is complete and not connected to the next token. */
  flush(): void {
    if (!this.hasComment) return;
    if (this.canAttachToPrev) {
      this.out.trailing += this.buffer;
      this.hasTrailing = true;
      this.canAttachToPrev = false;
    } else {
      this.out.detached.push(this.buffer);
    }
    this.clearBuffer();
    this.flushed++;
  }
  detachFromPrev(): void {
    this.canAttachToPrev = false;
  }
  /**
   * The next token shares a line with the previous token or with its trailing comment, so a
   * lone comment between them belongs to neither: it becomes detached.
   */
  maybeDetach(keepTrailing: boolean): void {
    const count = this.flushed + (this.hasComment ? 1 : 0);
    if (count !== 1) return;
    if (this.hasTrailing && keepTrailing) {
      this.out.detached.unshift(this.out.trailing);
      this.out.trailing = "";
    }
    this.flush();
  }
  /** Whatever is still buffered leads the next token. */
  finish(keepTrailing: boolean): Comments {
    if (this.hasComment) {
      this.out.leading = this.buffer;
      this.clearBuffer();
    }
    if (!keepTrailing) this.out.trailing = "";
    return this.out;
  }
}

export class Tokenizer {
  current: Token;
  previous: Token;

  private readonly src: string;
  private readonly onError: LexErrorSink;
  private pos = 0;
  private ch: number;
  private line = 0;
  private column = 0;
  /** Start of the token being read (index, line, column). */
  private tokenStart = 0;
  /** UTF-8 bytes of a non-ASCII character still to be handed out as junk symbols. */
  private pendingBytes: number[] = [];
  private pendingIndex = 0;
  private pendingUnits = 1;

  constructor(src: string, onError: LexErrorSink) {
    this.src = src;
    this.onError = onError;
    this.ch = src.length > 0 ? src.charCodeAt(0) : EOF;
    this.current = { type: TokenType.Start, text: "", line: 0, column: 0, endColumn: 0 };
    this.previous = this.current;
  }

  // ---------------------------------------------------------------------------------------
  // Character level

  private nextChar(): void {
    const c = this.ch;
    if (c === EOF) return;
    if (c === Ch.Newline) {
      this.line++;
      this.column = 0;
    } else if (c === Ch.Tab) {
      this.column += TAB_WIDTH - (this.column % TAB_WIDTH);
    } else {
      this.column += utf8Width(c);
    }
    this.pos++;
    this.ch = this.pos < this.src.length ? this.src.charCodeAt(this.pos) : EOF;
  }

  private tryConsume(c: number): boolean {
    if (this.ch === c) {
      this.nextChar();
      return true;
    }
    return false;
  }

  private peek(offset: number): number {
    const i = this.pos + offset;
    return i < this.src.length ? this.src.charCodeAt(i) : EOF;
  }

  private error(message: string): void {
    this.onError(this.line, this.column, message);
  }

  // ---------------------------------------------------------------------------------------
  // Comments

  private tryConsumeCommentStart(): CommentStart {
    if (this.ch !== Ch.Slash) return CommentStart.None;
    const after = this.peek(1);
    if (after === Ch.Slash) {
      this.nextChar();
      this.nextChar();
      return CommentStart.Line;
    }
    if (after === Ch.Star) {
      this.nextChar();
      this.nextChar();
      return CommentStart.Block;
    }
    // Just a slash: it becomes a symbol token.
    const line = this.line;
    const column = this.column;
    this.nextChar();
    this.previous = this.current;
    this.current = { type: TokenType.Symbol, text: "/", line, column, endColumn: this.column };
    return CommentStart.SlashNotComment;
  }

  /** After `//`: everything up to and including the newline. */
  private consumeLineComment(sink: CommentCollector | null): void {
    const src = this.src;
    const start = this.pos;
    let end = start;
    // Up to the newline; a NUL ends the comment early, as in protoc.
    while (end < src.length) {
      const c = src.charCodeAt(end);
      if (c === Ch.Newline || c === 0) break;
      end++;
    }
    if (end < src.length && src.charCodeAt(end) === Ch.Newline) {
      // The column restarts at 0 on the next line: no need to count this one.
      this.pos = end + 1;
      this.line++;
      this.column = 0;
      this.ch = this.pos < src.length ? src.charCodeAt(this.pos) : EOF;
    } else {
      while (this.pos < end) this.nextChar();
    }
    if (sink !== null) sink.append(src.slice(start, this.pos));
  }

  /** Steps over ASCII letters, digits and `_` (one column each). */
  private skipAlphanumeric(): void {
    const src = this.src;
    let pos = this.pos;
    let c = this.ch;
    while (isAlphanumeric(c)) {
      pos++;
      c = pos < src.length ? src.charCodeAt(pos) : EOF;
    }
    this.column += pos - this.pos;
    this.pos = pos;
    this.ch = c;
  }

  /**
   * After `/*`: text up to `*\/`; on each following line the leading whitespace and one `*`
   * are dropped (protoc does the same).
   */
  private consumeBlockComment(sink: CommentCollector | null): void {
    const startLine = this.line;
    const startColumn = this.column - 2;
    let recordFrom = this.pos;
    while (true) {
      while (
        this.ch !== EOF &&
        this.ch !== 0 &&
        this.ch !== Ch.Star &&
        this.ch !== Ch.Slash &&
        this.ch !== Ch.Newline
      ) {
        this.nextChar();
      }
      if (this.tryConsume(Ch.Newline)) {
        if (sink !== null) sink.append(this.src.slice(recordFrom, this.pos));
        while (isWhitespaceNoNewline(this.ch)) this.nextChar();
        if (this.tryConsume(Ch.Star) && this.tryConsume(Ch.Slash)) return;
        recordFrom = this.pos;
      } else if (this.ch === Ch.Star && this.peek(1) === Ch.Slash) {
        if (sink !== null) sink.append(this.src.slice(recordFrom, this.pos));
        this.nextChar();
        this.nextChar();
        return;
      } else if (this.ch === Ch.Star) {
        this.nextChar();
      } else if (this.ch === Ch.Slash) {
        this.nextChar();
        if ((this.ch as number) === Ch.Star) {
          this.error('"/*" inside block comment.  Block comments cannot be nested.');
        }
      } else {
        // EOF (or NUL, which protoc cannot tell from EOF).
        this.error("End-of-file inside block comment.");
        this.onError(startLine, startColumn, "  Comment started here.");
        if (sink !== null) sink.append(this.src.slice(recordFrom, this.pos));
        return;
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Tokens

  private startToken(): void {
    this.tokenStart = this.pos;
    this.current = {
      type: TokenType.Start,
      text: "",
      line: this.line,
      column: this.column,
      endColumn: this.column,
    };
  }

  private endToken(type: TokenType): void {
    this.current.type = type;
    this.current.text = this.src.slice(this.tokenStart, this.pos);
    this.current.endColumn = this.column;
  }

  /** Advances to the next token, skipping whitespace and comments; false at end of input. */
  next(): boolean {
    this.previous = this.current;
    if (this.pendingBytes.length > 0) {
      this.emitPendingByte();
      return true;
    }
    while (this.ch !== EOF) {
      while (isWhitespace(this.ch)) this.nextChar();
      const comment = this.tryConsumeCommentStart();
      if (comment === CommentStart.Line) {
        this.consumeLineComment(null);
        continue;
      }
      if (comment === CommentStart.Block) {
        this.consumeBlockComment(null);
        continue;
      }
      if (comment === CommentStart.SlashNotComment) return true;
      if (this.ch === EOF) break;
      if (isUnprintable(this.ch)) {
        this.error("Invalid control characters encountered in text.");
        this.nextChar();
        while (isUnprintable(this.ch)) this.nextChar();
        continue;
      }
      this.readToken();
      return true;
    }
    this.current = {
      type: TokenType.End,
      text: "",
      line: this.line,
      column: this.column,
      endColumn: this.column,
    };
    return false;
  }

  private readToken(): void {
    this.startToken();
    const c = this.ch;
    if (isLetter(c)) {
      this.skipAlphanumeric();
      this.endToken(TokenType.Identifier);
    } else if (c === Ch.Zero) {
      this.nextChar();
      this.endToken(this.consumeNumber(true, false));
    } else if (c === Ch.Dot) {
      this.nextChar();
      if (isDigit(this.ch)) {
        this.nextChar();
        const prev = this.previous;
        if (
          prev.type === TokenType.Identifier &&
          this.current.line === prev.line &&
          this.current.column === prev.endColumn
        ) {
          // protoc rejects `blah.123`.
          this.onError(
            this.line,
            this.column - 2,
            "Need space between identifier and decimal point.",
          );
        }
        this.endToken(this.consumeNumber(false, true));
      } else {
        this.endToken(TokenType.Symbol);
      }
    } else if (isDigit(c)) {
      this.nextChar();
      this.endToken(this.consumeNumber(false, false));
    } else if (c === Ch.DQuote || c === Ch.SQuote) {
      this.nextChar();
      this.consumeString(c);
      this.endToken(TokenType.String);
    } else {
      if (c >= 0x80) {
        this.startNonAscii(c);
        return;
      }
      this.nextChar();
      this.endToken(TokenType.Symbol);
    }
  }

  /**
   * A non-ASCII character outside strings and comments. protoc reads bytes, so it makes one
   * junk symbol, with one error, per UTF-8 byte; we do the same, handing out the remaining
   * bytes from `next` before moving past the character.
   */
  private startNonAscii(c: number): void {
    const cp = this.src.codePointAt(this.pos) ?? c;
    this.pendingBytes = utf8Bytes(cp);
    this.pendingUnits = cp > 0xffff ? 2 : 1;
    this.pendingIndex = 0;
    this.emitPendingByte();
  }

  private emitPendingByte(): void {
    const i = this.pendingIndex++;
    const byte = this.pendingBytes[i] ?? 0;
    const column = this.column;
    this.error(`Interpreting non ascii codepoint ${byte}.`);
    this.current = {
      type: TokenType.Symbol,
      // The whole character on its first byte's token, nothing on the others.
      text: i === 0 ? this.src.slice(this.pos, this.pos + this.pendingUnits) : "",
      line: this.line,
      column,
      endColumn: column + 1,
    };
    this.column++;
    if (this.pendingIndex >= this.pendingBytes.length) {
      // Done with the character: step over its UTF-16 units (columns already counted).
      this.pos += this.pendingUnits;
      this.ch = this.pos < this.src.length ? this.src.charCodeAt(this.pos) : EOF;
      this.pendingBytes = [];
    }
  }

  /**
   * Errors of the lexeme being scanned (lexemes.ts), as offset/message pairs: reported at
   * their line and column while `advanceTo` steps over the lexeme.
   */
  private readonly lexemeErrors: (number | string)[] = [];
  private readonly lexemeSink = (offset: number, message: string): void => {
    this.lexemeErrors.push(offset, message);
  };

  /** Steps to offset `end` of the current line, reporting the lexeme's errors on the way. */
  private advanceTo(end: number): void {
    const errors = this.lexemeErrors;
    let k = 0;
    for (;;) {
      while (k < errors.length && (errors[k] as number) <= this.pos) {
        this.error(errors[k + 1] as string);
        k += 2;
      }
      if (this.pos >= end) break;
      this.nextChar();
    }
    errors.length = 0;
  }

  /** Reads the rest of a number whose first character was consumed. */
  private consumeNumber(startedWithZero: boolean, startedWithDot: boolean): TokenType {
    const r = scanNumber(
      this.src,
      this.pos,
      startedWithZero,
      startedWithDot,
      false,
      this.lexemeSink,
    );
    this.advanceTo(Math.floor(r / 2));
    return r % 2 === 1 ? TokenType.Float : TokenType.Integer;
  }

  /** Reads the rest of a string literal whose opening quote was consumed. */
  private consumeString(delimiter: number): void {
    const r = scanString(this.src, this.pos, delimiter, this.lexemeSink);
    this.advanceTo(Math.floor(r / STRING_END_SCALE));
  }

  // ---------------------------------------------------------------------------------------
  // Comment attachment

  /**
   * Like `next`, and also returns the comments between the current token and the next one:
   * a comment on the same line as the current token trails it; comments directly above
   * the next token lead it; others are detached (protoc's Tokenizer::NextWithComments).
   * `keepTrailing` false is protoc's null trailing-comment pointer: a trailing comment is
   * dropped rather than detached.
   */
  nextWithComments(keepTrailing = true): { more: boolean; comments: Comments } {
    const collector = new CommentCollector();
    let prevLine = this.line;
    let trailingCommentEndLine = -1;
    if (this.current.type === TokenType.Start) {
      // A UTF-8 byte order mark at the start is ignored (its 3 bytes still count as columns).
      if (this.ch === Ch.Bom) this.nextChar();
      collector.detachFromPrev();
      prevLine = -1;
    } else {
      while (isWhitespaceNoNewline(this.ch)) this.nextChar();
      switch (this.tryConsumeCommentStart()) {
        case CommentStart.Line:
          trailingCommentEndLine = this.line;
          collector.startLineComment();
          this.consumeLineComment(collector);
          // Comments on later lines cannot join a trailing comment.
          collector.flush();
          break;
        case CommentStart.Block:
          collector.startBlockComment();
          this.consumeBlockComment(collector);
          trailingCommentEndLine = this.line;
          while (isWhitespaceNoNewline(this.ch)) this.nextChar();
          collector.flush();
          break;
        case CommentStart.SlashNotComment:
          return { more: true, comments: collector.finish(keepTrailing) };
        case CommentStart.None:
          if (!this.tryConsume(Ch.Newline)) {
            return { more: this.next(), comments: collector.finish(keepTrailing) };
          }
          break;
      }
    }

    // Now past the previous token's line (or its trailing comment).
    while (true) {
      while (isWhitespaceNoNewline(this.ch)) this.nextChar();
      switch (this.tryConsumeCommentStart()) {
        case CommentStart.Line:
          collector.startLineComment();
          this.consumeLineComment(collector);
          break;
        case CommentStart.Block:
          collector.startBlockComment();
          this.consumeBlockComment(collector);
          // Eat the rest of the line so it does not count as a blank line.
          while (isWhitespaceNoNewline(this.ch)) this.nextChar();
          this.tryConsume(Ch.Newline);
          break;
        case CommentStart.SlashNotComment:
          return { more: true, comments: collector.finish(keepTrailing) };
        case CommentStart.None:
          if (this.tryConsume(Ch.Newline)) {
            // A blank line separates comments from both neighbours.
            collector.flush();
            collector.detachFromPrev();
          } else {
            const more = this.next();
            const t = this.current.text;
            if (!more || t === "}" || t === "]" || t === ")") {
              // End of a scope: a comment here cannot lead the closing token.
              collector.flush();
            }
            if (more && (prevLine === this.line || trailingCommentEndLine === this.line)) {
              collector.maybeDetach(keepTrailing);
            }
            return { more, comments: collector.finish(keepTrailing) };
          }
          break;
      }
    }
  }
}

/** UTF-8 bytes of a code point (lone surrogates in their 3-byte form, as protoc reads them). */
function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  ];
}
