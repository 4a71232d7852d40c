/**
 * Where a JSON syntax error is, for JsonError: the 1-based line and column of an offset, the
 * JS-style path of the value being parsed, and a short description of the character found.
 * Only called once a parse has failed, so clarity over speed.
 */

/** 1-based [line, column] of `offset` in `text`; columns count UTF-16 units, breaks are LF, CR, CRLF. */
export function lineColumn(text: string, offset: number): [line: number, column: number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < offset) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

/** What stands at `offset`: `'x'` for printable ASCII, `U+XXXX` otherwise, `end of input` past the end. */
export function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return "end of input";
  const c = text.charCodeAt(offset);
  if (c > 0x20 && c < 0x7f) return `'${text[offset]}'`;
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The path from the root to a value, JS-style: `a.b[2]`, `["key with space"]`. Identifier-like
 * keys use `.` (none at the start), array indices and other keys brackets; `__proto__` is
 * bracketed so that the path never reads as a prototype access.
 */
export function formatJsonPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment !== "__proto__") {
      out += out === "" ? segment : `.${segment}`;
    } else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
