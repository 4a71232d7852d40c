/**
 * Reserved fields: read and dropped as protoc skips them (SkipFieldContents and what it
 * calls), guessing from the tokens whether a value is a message; each skipped message or
 * value counts against the recursion limit.
 */
import { readBracketName } from "./bracket-name.js";
import type { ParseContext } from "./context.js";
import { FLOAT, IDENT, INT, type Scanner, STRING, SYMBOL } from "./scanner.js";
import {
  atClose,
  atOpen,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  checkDepth,
  consume,
  fail,
  MINUS,
  OPEN_BRACKET,
  openDelimiter,
  SEMICOLON,
  tryConsume,
} from "./tokens.js";

export function skipFieldContents(s: Scanner, c: ParseContext, depth: number): void {
  if (tryConsume(s, COLON) && !atOpen(s)) skipFieldValue(s, c, depth);
  else skipFieldMessage(s, c, depth);
}

function skipFieldMessage(s: Scanner, c: ParseContext, depth: number): void {
  checkDepth(s, c, depth + 1);
  const close = openDelimiter(s);
  while (!atClose(s)) skipField(s, c, depth + 1);
  consume(s, close);
}

function skipField(s: Scanner, c: ParseContext, depth: number): void {
  if (s.type === SYMBOL && s.sym === OPEN_BRACKET) readBracketName(s);
  else if (s.type !== IDENT) fail(s, "TEXT_SYNTAX", `Expected identifier, got: ${s.tokenText()}`);
  else s.next();
  skipFieldContents(s, c, depth);
  if (!tryConsume(s, SEMICOLON)) tryConsume(s, COMMA);
}

function skipFieldValue(s: Scanner, c: ParseContext, depth: number): void {
  checkDepth(s, c, depth + 1);
  if (s.type === STRING) {
    while (s.type === STRING) s.next();
    return;
  }
  if (tryConsume(s, OPEN_BRACKET)) {
    if (tryConsume(s, CLOSE_BRACKET)) return;
    for (;;) {
      if (atOpen(s)) skipFieldMessage(s, c, depth + 1);
      else skipFieldValue(s, c, depth + 1);
      if (tryConsume(s, CLOSE_BRACKET)) return;
      consume(s, COMMA);
    }
  }
  const minus = tryConsume(s, MINUS);
  if (s.type !== INT && s.type !== FLOAT && s.type !== IDENT) {
    fail(s, "TEXT_SYNTAX", `Cannot skip field value, unexpected token: ${s.tokenText()}`);
  }
  if (minus && s.type === IDENT) {
    const word = s.tokenText().toLowerCase();
    if (word !== "inf" && word !== "infinity" && word !== "nan") {
      fail(s, "INVALID_VALUE", `Invalid float number: ${word}`);
    }
  }
  s.next();
}
