// Schema diagnostics and the error that carries them.
//
// Positions follow protoc so that our messages read exactly like protoc's: lines are
// 1-based, and a column is 1 + protoc's 0-based column, which counts UTF-8 bytes and
// advances a tab to the next multiple of 8 (tokenizer.cc, kTabWidth = 8).

import { ProtowireError } from "../wire/errors.js";

/** One problem found in a schema, at a 1-based line and column. */
export interface Diagnostic {
  /** The file name as given to the parser (`foo/bar.proto`). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, protoc style: UTF-8 bytes, tabs advance to the next multiple of 8. */
  column: number;
  /** What is wrong, worded like protoc where practical (`Expected ";".`). */
  message: string;
}

/** Width of a tab stop in protoc's column counting. */
const TAB_WIDTH = 8;

/** Where `file:line:col: message` starts a rendered diagnostic. */
export function diagnosticHeader(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

/**
 * Renders `file:line:col: message`, then the source line and a caret under the column when
 * the source text is known (and the line exists in it).
 */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  return formatWithLines(d, source === undefined ? undefined : new SourceLines(source));
}

function formatWithLines(d: Diagnostic, lines: SourceLines | undefined): string {
  const header = diagnosticHeader(d);
  if (lines === undefined) return header;
  const text = lines.line(d.line);
  if (text === undefined) return header;
  const [excerpt, caret] = excerptWithCaret(text, d.column);
  return `${header}\n${excerpt}\n${caret}`;
}

/**
 * The lines of one source text, found once: rendering many diagnostics of one file must not
 * rescan the text from the start for each (20,000 errors in a 600 KB file took 19 s that way).
 */
class SourceLines {
  private starts: number[] | undefined;
  constructor(private readonly source: string) {}

  /** The 1-based line `line` without its line terminator, or undefined. */
  line(line: number): string | undefined {
    if (!Number.isInteger(line) || line < 1) return undefined;
    const source = this.source;
    if (this.starts === undefined) {
      const starts = [0];
      for (let nl = source.indexOf("\n"); nl >= 0; nl = source.indexOf("\n", nl + 1)) {
        starts.push(nl + 1);
      }
      this.starts = starts;
    }
    const start = this.starts[line - 1];
    if (start === undefined) return undefined;
    let end = this.starts[line] === undefined ? source.length : this.starts[line]! - 1;
    if (end > start && source.charCodeAt(end - 1) === 13) end--;
    return source.slice(start, end);
  }
}

/** Longest source excerpt shown; longer (minified) lines are clipped around the caret. */
const MAX_EXCERPT = 120;
/** Characters kept before the caret when clipping. */
const CONTEXT_BEFORE = 60;

/** protoc's 0-based column after UTF-16 unit `c` at column `col`: UTF-8 bytes, a tab to 8. */
export function nextColumn(col: number, c: number): number {
  return c === 9 ? col + TAB_WIDTH - (col % TAB_WIDTH) : col + utf8Width(c);
}

/**
 * The source line (clipped to a window around the caret when long, with `...` marking
 * the cuts) and a caret line: spaces, tabs kept as tabs so the caret aligns in any
 * terminal, then `^` under the character at protoc column `column` (1-based).
 */
export function excerptWithCaret(text: string, column: number): [string, string] {
  // Find the character index of the column (protoc counts UTF-8 bytes, tabs to 8).
  const target = column - 1;
  let col = 0;
  let index = 0;
  while (index < text.length && col < target) {
    const c = text.charCodeAt(index);
    col = nextColumn(col, c);
    index++;
  }
  let start = 0;
  let end = text.length;
  if (text.length > MAX_EXCERPT) {
    start = Math.max(0, Math.min(index - CONTEXT_BEFORE, text.length - MAX_EXCERPT));
    end = Math.min(text.length, start + MAX_EXCERPT);
  }
  const head = start > 0 ? "..." : "";
  const excerpt = `${head}${text.slice(start, end)}${end < text.length ? "..." : ""}`;
  let pad = head === "" ? "" : "   ";
  for (let i = start; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) pad += "\t";
    // A surrogate pair is one character on screen: pad once, for the high half.
    else if (c < 0xdc00 || c > 0xdfff) pad += " ";
  }
  return [excerpt, `${pad}^`];
}

/** UTF-8 bytes taken by UTF-16 code unit `c` (a surrogate half counts 2 of its pair's 4). */
export function utf8Width(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return 2;
  return 3;
}

/**
 * Diagnostics rendered into SchemaError.message; the rest are counted. A hostile or broken file
 * can produce one error per statement (20,000 in 600 KB), and each rendered excerpt walks its
 * line up to the caret: the message stays small and quick to build. protoc prints every error,
 * so `diagnostics` keeps them all.
 */
const MAX_RENDERED = 100;

/** Thrown when schema sources fail to parse or link; carries every diagnostic found. */
export class SchemaError extends ProtowireError {
  readonly diagnostics: readonly Diagnostic[];
  /**
   * @param diagnostics at least one problem
   * @param sources the text of the files the diagnostics point into, for source excerpts
   */
  constructor(
    diagnostics: readonly Diagnostic[],
    sources?: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  ) {
    super("INVALID_SCHEMA", renderAll(diagnostics, sources));
    this.name = "SchemaError";
    this.diagnostics = diagnostics;
  }
}

function renderAll(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined,
): string {
  const lookup = (file: string): string | undefined => {
    if (sources === undefined) return undefined;
    if (sources instanceof Map) return sources.get(file);
    const rec = sources as Readonly<Record<string, string>>;
    return Object.hasOwn(rec, file) ? rec[file] : undefined;
  };
  const lines = new Map<string, SourceLines | undefined>();
  const linesOf = (file: string): SourceLines | undefined => {
    if (!lines.has(file)) {
      const text = lookup(file);
      lines.set(file, text === undefined ? undefined : new SourceLines(text));
    }
    return lines.get(file);
  };
  if (diagnostics.length === 0) return "invalid schema";
  const shown = diagnostics.slice(0, MAX_RENDERED).map((d) => formatWithLines(d, linesOf(d.file)));
  const more = diagnostics.length - shown.length;
  if (more > 0) shown.push(`... and ${more} more (all of them are in SchemaError.diagnostics)`);
  return shown.join("\n");
}
