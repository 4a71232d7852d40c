/**
 * The name between `[` and `]`: an extension's full name (`pkg.ext`) or an Any's type URL
 * (`type.googleapis.com/pkg.Msg`). protoc reads it in the tokenizer's URL mode: runs of URL
 * characters, whitespace and comments between them dropped, then checks the type name's
 * identifiers and the prefix's percent escapes (ConsumeAnyTypeUrlOrFullTypeName).
 */
import { isHexDigit } from "../../schema/parser/lexemes.js";
import { isSpace, type Scanner } from "./scanner.js";
import { fail } from "./tokens.js";

export interface BracketName {
  /** The type URL's prefix up to and including its last `/`; `""` for a plain name. */
  prefix: string;
  /** The full type or extension name. */
  name: string;
  /** Where protoc reports errors about the name: just after the `]`. */
  after: number;
}

/** Letters, digits and `-._~!$&()*+,;=%/` (the characters protoc takes into a type URL). */
function isUrlChar(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  switch (c) {
    case 45: // -
    case 46: // .
    case 95: // _
    case 126: // ~
    case 33: // !
    case 36: // $
    case 38: // &
    case 40: // (
    case 41: // )
    case 42: // *
    case 43: // +
    case 44: // ,
    case 59: // ;
    case 61: // =
    case 37: // %
    case 47: // /
      return true;
    default:
      return false;
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads `[ name ]` from the `[` at the cursor; the cursor ends on the token after `]`. */
export function readBracketName(s: Scanner): BracketName {
  const text = s.text;
  let i = s.end;
  let url = "";
  for (;;) {
    i = s.skipSpace(i);
    let j = i;
    while (j < text.length && isUrlChar(text.charCodeAt(j))) j++;
    if (j === i) break;
    url += text.slice(i, j);
    i = j;
  }
  if (text.charCodeAt(i) !== 93 /* ] */) {
    s.pos = i;
    s.next();
    const found = i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : "";
    fail(s, "TEXT_SYNTAX", `Expected "]", found "${found}".`, i);
  }
  const afterBracket = i + 1;
  s.pos = afterBracket;
  s.next();
  const after =
    afterBracket < text.length && isSpace(text.charCodeAt(afterBracket)) ? afterBracket : s.start;
  const slash = url.lastIndexOf("/");
  const prefix = slash < 0 ? "" : url.slice(0, slash + 1);
  const name = slash < 0 ? url : url.slice(slash + 1);
  if (prefix === "/") fail(s, "TEXT_SYNTAX", "Type URL prefix is empty", after);
  if (prefix.startsWith("/")) fail(s, "TEXT_SYNTAX", 'Type URL starts with "/"', after);
  for (let k = prefix.indexOf("%"); k >= 0; k = prefix.indexOf("%", k + 1)) {
    if (
      k + 2 >= prefix.length ||
      !isHexDigit(prefix.charCodeAt(k + 1)) ||
      !isHexDigit(prefix.charCodeAt(k + 2))
    ) {
      fail(s, "TEXT_SYNTAX", `Invalid percent encode, got: "${prefix.slice(k, k + 3)}"`, after);
    }
  }
  for (const part of name.split(".")) {
    if (!IDENTIFIER.test(part)) {
      fail(s, "TEXT_SYNTAX", `Invalid identifier in type name, got: "${part}"`, after);
    }
  }
  return { prefix, name, after };
}
