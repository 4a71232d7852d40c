// Numbers and string literals as protoc's io::Tokenizer reads them (ConsumeNumber,
// ConsumeString), shared by the two tokenizers built on its rules: the .proto tokenizer
// (tokenizer.ts) and the text format's scanner (src/text/parse/scanner.ts).
//
// Each function scans from an offset and returns where the lexeme ends; problems go to
// `onError(offset, message)` with protoc's wording, at the offset protoc reports, and the scan
// goes on as protoc's does (the .proto tokenizer records every error; the text scanner throws
// at the first). No position bookkeeping here: callers turn offsets into lines and columns.

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isOctalDigit(c: number): boolean {
  return c >= 48 && c <= 55;
}
export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Receives a lexical error at a UTF-16 offset of the source. */
export type LexemeErrorSink = (offset: number, message: string) => void;

/** The char code at `i`, -1 past the end. */
function at(src: string, i: number): number {
  return i < src.length ? src.charCodeAt(i) : -1;
}

/**
 * Scans the rest of a number whose first character (a digit, or a `.` before a digit) is at
 * `start - 1`. Returns the end offset times 2, plus 1 for a float (integers and floats are
 * different token kinds): no object per number. `floatSuffix`: a float may end in `f`/`F`
 * (the text format's allow_f_after_float).
 */
export function scanNumber(
  src: string,
  start: number,
  startedWithZero: boolean,
  startedWithDot: boolean,
  floatSuffix: boolean,
  onError: LexemeErrorSink,
): number {
  let j = start;
  let isFloat = false;
  const x = at(src, j);
  if (startedWithZero && (x === 120 || x === 88)) {
    j++;
    if (!isHexDigit(at(src, j))) onError(j, '"0x" must be followed by hex digits.');
    while (isHexDigit(at(src, j))) j++;
  } else if (startedWithZero && isDigit(x)) {
    while (isOctalDigit(at(src, j))) j++;
    if (isDigit(at(src, j))) {
      onError(j, "Numbers starting with leading zero must be in octal.");
      while (isDigit(at(src, j))) j++;
    }
  } else {
    if (startedWithDot) {
      isFloat = true;
      while (isDigit(at(src, j))) j++;
    } else {
      while (isDigit(at(src, j))) j++;
      if (at(src, j) === 46) {
        isFloat = true;
        j++;
        while (isDigit(at(src, j))) j++;
      }
    }
    const e = at(src, j);
    if (e === 101 || e === 69) {
      isFloat = true;
      j++;
      const sign = at(src, j);
      if (sign === 45 || sign === 43) j++;
      if (!isDigit(at(src, j))) onError(j, '"e" must be followed by exponent.');
      while (isDigit(at(src, j))) j++;
    }
    const f = at(src, j);
    if (floatSuffix && (f === 102 || f === 70)) {
      isFloat = true;
      j++;
    }
  }
  const after = at(src, j);
  if (isLetter(after)) {
    onError(j, "Need space between number and identifier.");
  } else if (after === 46) {
    onError(
      j,
      isFloat
        ? "Already saw decimal point or exponent; can't have another one."
        : "Hex and octal numbers must be integers.",
    );
  }
  return j * 2 + (isFloat ? 1 : 0);
}

/** \a \b \f \n \r \t \v \\ \? \' \" */
function isSimpleEscape(c: number): boolean {
  switch (c) {
    case 97:
    case 98:
    case 102:
    case 110:
    case 114:
    case 116:
    case 118:
    case 92:
    case 63:
    case 39:
    case 34:
      return true;
    default:
      return false;
  }
}

/** What scanString found besides the end: a backslash, characters beyond ASCII, `\u` / `\U`. */
export const STRING_ESCAPED = 1;
export const STRING_WIDE = 2;
export const STRING_UNICODE = 4;
/** scanString's result: the end offset times this, plus the flags. */
export const STRING_END_SCALE = 8;

/**
 * Scans the rest of a string literal whose opening `quote` is at `start - 1`, escapes checked
 * as protoc checks them. Returns the end offset (after the closing quote; at the newline or
 * the end of input when there is none) times STRING_END_SCALE, plus the STRING_ flags.
 */
export function scanString(
  src: string,
  start: number,
  quote: number,
  onError: LexemeErrorSink,
): number {
  let j = start;
  let flags = 0;
  for (;;) {
    const c = at(src, j);
    if (c === quote) {
      j++;
      break;
    }
    if (c === -1 || c === 0) {
      onError(j, "Unexpected end of string.");
      break;
    }
    if (c === 10) {
      onError(j, 'Multiline strings are not allowed. Did you miss a "?.');
      break;
    }
    if (c === 92) {
      flags |= STRING_ESCAPED;
      j++;
      const e = at(src, j);
      if (isSimpleEscape(e) || isOctalDigit(e)) {
        // Further octal digits are ordinary characters to the tokenizer.
        j++;
      } else if (e === 120 || e === 88) {
        j++;
        if (isHexDigit(at(src, j))) j++;
        else onError(j, "Expected hex digits for escape sequence.");
      } else if (e === 117) {
        flags |= STRING_UNICODE;
        j++;
        let k = 0;
        while (k < 4 && isHexDigit(at(src, j))) {
          j++;
          k++;
        }
        if (k < 4) onError(j, "Expected four hex digits for \\u escape sequence.");
      } else if (e === 85) {
        flags |= STRING_UNICODE;
        j++;
        // Eight hex digits, at most 0010ffff.
        let k = 0;
        for (; k < 8; k++, j++) {
          const d = at(src, j);
          const ok = k < 2 ? d === 48 : k === 2 ? d === 48 || d === 49 : isHexDigit(d);
          if (!ok) break;
        }
        if (k < 8) onError(j, "Expected eight hex digits up to 10ffff for \\U escape sequence");
      } else {
        onError(j, "Invalid escape sequence in string literal.");
      }
      continue;
    }
    if (c >= 0x80) flags |= STRING_WIDE;
    j++;
  }
  return j * STRING_END_SCALE + flags;
}
