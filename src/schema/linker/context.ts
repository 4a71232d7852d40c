// State shared by the linker passes: the symbol table across all files linked so far, the
// diagnostics, and error locations (from the parser's source-code info: path -> span).

import type { SourceCodeInfo } from "../descriptor/shapes.js";
import type { Diagnostic } from "../errors.js";
import type { FileNode, Sym } from "./nodes.js";

/** Finds the source position of a descriptor path in one file. */
export class Locator {
  private index: Map<string, number[]> | undefined;
  constructor(private readonly info: SourceCodeInfo | undefined) {}

  /** True if the source info has a location for exactly `path`. */
  has(path: readonly number[]): boolean {
    this.at([]);
    return this.index!.has(path.join(","));
  }

  /** 1-based line and column of the first location at `path`, or of its nearest ancestor. */
  at(path: readonly number[]): { line: number; column: number } {
    if (this.index === undefined) {
      this.index = new Map();
      for (const loc of this.info?.location ?? []) {
        const key = loc.path.join(",");
        if (!this.index.has(key)) this.index.set(key, loc.span);
      }
    }
    for (let n = path.length; n >= 0; n--) {
      const span = this.index.get(path.slice(0, n).join(","));
      if (span !== undefined && span.length >= 3) {
        return { line: (span[0] ?? 0) + 1, column: (span[1] ?? 0) + 1 };
      }
    }
    return { line: 0, column: 0 };
  }
}

export class LinkContext {
  /** Source text by file name, when known: used to point into `map<K, V>` type expressions. */
  sources: ReadonlyMap<string, string> = new Map();
  /** Full name (no leading dot) -> symbol, across every file linked so far. */
  readonly symbols = new Map<string, Sym>();
  readonly diagnostics: Diagnostic[] = [];
  private readonly locators = new Map<FileNode, Locator>();
  /** Files whose linking reported errors: importing them reports an import error. */
  readonly failed = new Set<string>();

  locator(file: FileNode): Locator {
    let l = this.locators.get(file);
    if (l === undefined) {
      l = new Locator(file.proto.sourceCodeInfo);
      this.locators.set(file, l);
    }
    return l;
  }

  /** Reports `message` at an explicit 1-based position. */
  errorAtPosition(file: FileNode, line: number, column: number, message: string): void {
    this.diagnostics.push({ file: file.name, line, column, message });
  }

  /**
   * Position of the value type in `map<K, V> name = n;`, for errors about the value field of a
   * synthesized map entry (which has no source location of its own). Undefined if not found.
   */
  mapValuePosition(
    file: FileNode,
    mapTypePath: readonly number[],
  ): { line: number; column: number } | undefined {
    const text = this.sources.get(file.name);
    const loc = this.locator(file);
    if (text === undefined || !loc.has(mapTypePath)) return undefined;
    const { line, column } = loc.at(mapTypePath);
    const src = text.split("\n")[line - 1];
    if (src === undefined) return undefined;
    const m = /^map\s*<\s*[\w.]+\s*,\s*/.exec(src.slice(column - 1));
    return m === null ? undefined : { line, column: column + m[0].length };
  }

  /**
   * Reports `message` at the source of `path` (descriptor path within `file`); given several
   * candidate paths, the first one with a recorded location wins.
   */
  error(file: FileNode, path: readonly number[] | readonly number[][], message: string): void {
    const loc = this.locator(file);
    let target: readonly number[];
    if (path.length > 0 && Array.isArray(path[0])) {
      const candidates = path as readonly number[][];
      target = candidates.find((p) => loc.has(p)) ?? candidates[0] ?? [];
    } else {
      target = path as readonly number[];
    }
    const { line, column } = loc.at(target);
    this.diagnostics.push({ file: file.name, line, column, message });
  }
}
