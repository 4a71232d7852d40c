// Token-level helpers shared by the parser's statement functions (protoc's Parser members:
// LookingAt, TryConsume, Consume*, the end-of-declaration comment bookkeeping, error
// recovery by skipping statements).

import type { SourceCodeInfoLocation } from "../descriptor/shapes.js";
import { SymbolVisibility } from "../descriptor/shapes.js";
import type { Diagnostic } from "../errors.js";
import {
  appendStringToken,
  ByteSink,
  INT32_MAX,
  parseFloatToken,
  parseIntegerToken,
  UINT64_MAX,
} from "./literals.js";
import { LocationRecorder, NO_LOCATION } from "./source-info.js";
import { type Token, Tokenizer, TokenType } from "./tokenizer.js";

/**
 * protoc 36 refuses a `message` declared inside 31 others ("Reached maximum recursion
 * limit for nested messages."); groups do not count there.
 */
export const MAX_MESSAGE_DEPTH = 32;
/**
 * Our own cap on nested message and group bodies together, so hostile input never reaches
 * the JS stack limit. protoc's linker rejects anything nested beyond 31 levels anyway.
 */
export const MAX_BLOCK_NESTING = 128;

/** Cap on diagnostics per file, so garbage input cannot produce millions of them. */
const MAX_DIAGNOSTICS = 200;

export class ParserState {
  readonly tok: Tokenizer;
  readonly fileName: string;
  readonly diagnostics: Diagnostic[] = [];
  /** Every recorded location, in protoc's order. */
  readonly locations: SourceCodeInfoLocation[] = [];
  /** "proto2" (also when absent), "proto3" or "editions". */
  syntax = "proto2";
  /** The edition number of an editions file (Edition.EDITION_2023, ...), else 0. */
  edition = 0;
  /** Leading comment read at the end of the previous declaration, for the next one. */
  upcomingDocComments = "";
  upcomingDetachedComments: string[] = [];
  /** How many more `message` declarations may nest. */
  messageDepthLeft = MAX_MESSAGE_DEPTH;
  /** How many more message or group bodies may nest. */
  blockNestingLeft = MAX_BLOCK_NESTING;

  /** Whether source locations are recorded (else every location is NO_LOCATION). */
  readonly recording: boolean;

  constructor(fileName: string, source: string, recording = true) {
    this.fileName = fileName;
    this.recording = recording;
    this.tok = new Tokenizer(source, (line, column, message) =>
      this.addErrorAt(line, column, message),
    );
  }

  /** Edition 2024 and later: `export`/`local` visibility and `import option`. */
  get atLeast2024(): boolean {
    return this.syntax === "editions" && this.edition >= 1001; // Edition.EDITION_2024
  }

  // ---------------------------------------------------------------------------------------
  // Errors

  addErrorAt(line: number, column: number, message: string): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) return;
    this.diagnostics.push({ file: this.fileName, line: line + 1, column: column + 1, message });
  }

  /** Error at the current token. */
  addError(message: string): void {
    const t = this.tok.current;
    this.addErrorAt(t.line, t.column, message);
  }

  // ---------------------------------------------------------------------------------------
  // Looking and consuming

  get current(): Token {
    return this.tok.current;
  }

  lookingAt(text: string): boolean {
    return this.tok.current.text === text;
  }

  lookingAtType(type: TokenType): boolean {
    return this.tok.current.type === type;
  }

  atEnd(): boolean {
    return this.tok.current.type === TokenType.End;
  }

  next(): void {
    this.tok.next();
  }

  tryConsume(text: string): boolean {
    if (this.tok.current.text === text) {
      this.tok.next();
      return true;
    }
    return false;
  }

  consume(text: string, error?: string): boolean {
    if (this.tryConsume(text)) return true;
    this.addError(error ?? `Expected "${text}".`);
    return false;
  }

  consumeIdentifier(error: string): string | undefined {
    if (this.lookingAtType(TokenType.Identifier)) {
      const text = this.tok.current.text;
      this.tok.next();
      return text;
    }
    this.addError(error);
    return undefined;
  }

  /** A non-negative int32; out-of-range values are reported and read as 0. */
  consumeInteger(error: string): number | undefined {
    const v = this.consumeInteger64(INT32_MAX, error);
    return v === undefined ? undefined : Number(v);
  }

  /** An int32 with an optional leading `-`. */
  consumeSignedInteger(error: string): number | undefined {
    let max = INT32_MAX;
    const negative = this.tryConsume("-");
    if (negative) max += 1n;
    const v = this.consumeInteger64(max, error);
    if (v === undefined) return undefined;
    return negative ? -Number(v) : Number(v);
  }

  /** An unsigned integer up to `max`; out-of-range values are reported and read as 0. */
  consumeInteger64(max: bigint, error: string): bigint | undefined {
    if (!this.lookingAtType(TokenType.Integer)) {
      this.addError(error);
      return undefined;
    }
    let v = parseIntegerToken(this.tok.current.text, max);
    if (v === undefined) {
      this.addError("Integer out of range.");
      v = 0n;
    }
    this.tok.next();
    return v;
  }

  /** A float or integer token, or the identifiers `inf` and `nan`. */
  consumeNumber(error: string): number | undefined {
    const t = this.tok.current;
    if (t.type === TokenType.Float) {
      this.tok.next();
      return parseFloatToken(t.text);
    }
    if (t.type === TokenType.Integer) {
      const v = parseIntegerToken(t.text, UINT64_MAX);
      let n = 0;
      if (v !== undefined) {
        n = Number(v);
      } else if (t.text.charCodeAt(0) === 48 /* 0: hex or octal */) {
        this.addError("Integer out of range.");
      } else {
        // A decimal integer beyond uint64 is still a fine double.
        n = parseFloatToken(t.text);
      }
      this.tok.next();
      return n;
    }
    if (t.text === "inf") {
      this.tok.next();
      return Number.POSITIVE_INFINITY;
    }
    if (t.text === "nan") {
      this.tok.next();
      return Number.NaN;
    }
    this.addError(error);
    return undefined;
  }

  /** One string literal, or several adjacent ones concatenated (C style), as bytes. */
  consumeString(error: string): Uint8Array | undefined {
    if (!this.lookingAtType(TokenType.String)) {
      this.addError(error);
      return undefined;
    }
    const out = new ByteSink();
    while (this.lookingAtType(TokenType.String)) {
      appendStringToken(this.tok.current.text, out);
      this.tok.next();
    }
    return out.bytes();
  }

  // ---------------------------------------------------------------------------------------
  // Declarations and their comments

  /**
   * Consumes `text` (`;`, `{` or `}`) ending a declaration and hands out comments: the
   * declaration at `location` gets the leading comments read when the previous declaration
   * ended, plus the trailing comment after `text`; comments read now wait for the next one.
   */
  tryConsumeEndOfDeclaration(text: string, location: LocationRecorder | null): boolean {
    if (!this.lookingAt(text)) return false;
    const { comments } = this.tok.nextWithComments();
    const leading = this.upcomingDocComments;
    this.upcomingDocComments = comments.leading;
    if (location !== null) {
      const detached = this.upcomingDetachedComments;
      this.upcomingDetachedComments = comments.detached;
      location.attachComments(leading, comments.trailing, detached);
    } else if (text === "}") {
      // Leaving a scope: detached comments before the `}` belong to nothing.
      this.upcomingDetachedComments = comments.detached;
    } else {
      for (const d of comments.detached) this.upcomingDetachedComments.push(d);
    }
    return true;
  }

  consumeEndOfDeclaration(text: string, location: LocationRecorder | null): boolean {
    if (this.tryConsumeEndOfDeclaration(text, location)) return true;
    this.addError(`Expected "${text}".`);
    return false;
  }

  // ---------------------------------------------------------------------------------------
  // Locations

  /** A root location (empty path) starting at the current token. */
  rootLocation(): LocationRecorder {
    if (!this.recording) return NO_LOCATION;
    return new LocationRecorder(this.locations, [], this.tok.current);
  }

  /** A child of `parent` with extra path components, starting at the current token. */
  location(parent: LocationRecorder, field?: number, index?: number): LocationRecorder {
    if (parent === NO_LOCATION) return NO_LOCATION;
    // concat makes the array at its final size (slice then push over-allocates).
    const from = parent.location.path;
    const path =
      field === undefined
        ? from.slice()
        : index === undefined
          ? from.concat(field)
          : from.concat(field, index);
    return new LocationRecorder(parent.into, path, this.tok.current);
  }

  /** Closes `loc` at the previous token unless its end was set explicitly. */
  done(loc: LocationRecorder): void {
    loc.end(this.tok.previous);
  }

  // ---------------------------------------------------------------------------------------
  // Recovery

  /** Skips to the end of the current statement: past `;`, past a `{...}` block, or to `}`. */
  skipStatement(): void {
    while (!this.atEnd()) {
      if (this.lookingAtType(TokenType.Symbol)) {
        if (this.tryConsumeEndOfDeclaration(";", null)) return;
        if (this.tryConsume("{")) {
          this.skipRestOfBlock();
          return;
        }
        if (this.lookingAt("}")) return;
      }
      this.tok.next();
    }
  }

  /**
   * Skips past the `}` closing a block whose `{` was consumed, counting nested braces (no
   * recursion). Token for token like protoc 36's version, which also steps over the token
   * right after each nested `{` and each inner `}`: error recovery then reports exactly
   * what protoc reports.
   */
  skipRestOfBlock(): void {
    let depth = 1;
    while (!this.atEnd()) {
      if (this.lookingAtType(TokenType.Symbol)) {
        if (this.tryConsumeEndOfDeclaration("}", null)) {
          if (--depth === 0) return;
        } else if (this.tryConsume("{")) {
          depth++;
        }
      }
      this.tok.next();
    }
  }
}

/**
 * Edition 2024's `export` / `local` before a message or enum: returns the visibility,
 * undefined when absent, or null after reporting a modifier on anything else.
 */
export function parseVisibility(p: ParserState): number | undefined | null {
  if (!p.atLeast2024) return undefined;
  let visibility: number;
  if (p.lookingAt("export")) visibility = SymbolVisibility.VISIBILITY_EXPORT;
  else if (p.lookingAt("local")) visibility = SymbolVisibility.VISIBILITY_LOCAL;
  else return undefined;
  p.next();
  if (p.lookingAt("message") || p.lookingAt("enum")) return visibility;
  p.addError("'local' and 'export' visibility modifiers are valid only on 'message' and 'enum'");
  return null;
}
