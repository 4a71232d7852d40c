/**
 * Positions of text-format errors, counted as protoc counts them (1-based lines; columns in
 * UTF-8 bytes, a tab advancing to the next multiple of 8), and the TextError built at one.
 * The parser keeps only offsets while it runs: lines and columns are worked out once, when
 * an error is thrown.
 */
import { excerptWithCaret, nextColumn } from "../../schema/errors.js";
import { TextError, type TextErrorCode } from "../errors.js";

/** 1-based line and protoc column of UTF-16 offset `offset` in `text`. */
export function lineColumn(text: string, offset: number): [number, number] {
  const at = Math.min(offset, text.length);
  let line = 1;
  for (let nl = text.indexOf("\n"); nl >= 0 && nl < at; nl = text.indexOf("\n", nl + 1)) line++;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  let column = 0;
  for (let i = lineStart; i < at; i++) {
    const c = text.charCodeAt(i);
    column = nextColumn(column, c);
  }
  return [line, column + 1];
}

/** The text of 1-based line `line` (without its line break). */
function lineText(text: string, offset: number): string {
  const at = Math.min(offset, text.length);
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** A TextError at `offset` of `text`: `line:col: detail`, the source line and a caret. */
export function errorAt(
  text: string,
  offset: number,
  code: TextErrorCode,
  detail: string,
): TextError {
  const [line, column] = lineColumn(text, offset);
  const [excerpt, caret] = excerptWithCaret(lineText(text, offset), column);
  return new TextError(code, detail, "", line, column, `${excerpt}\n${caret}`);
}
