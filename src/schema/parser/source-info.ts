// Source-code-info locations, recorded the way protoc's parser records them.
//
// protoc's LocationRecorder appends a location when it is constructed (so the list is in
// construction order: a message before its fields) and closes the span when it is
// destroyed, at the end of the previous token unless an end was set explicitly. Spans are
// [startLine, startCol, endLine, endCol], or [startLine, startCol, endCol] when the
// location starts and ends on one line; all 0-based.

import type { SourceCodeInfoLocation } from "../descriptor/shapes.js";
import type { Token } from "./tokenizer.js";

/**
 * The detached comments of a location that has none, shared: most have none, and an array
 * each was a fifth of a large schema's memory. attachComments gives a location its own.
 */
const NO_COMMENTS = Object.freeze([]) as unknown as string[];

export class LocationRecorder {
  readonly location: SourceCodeInfoLocation;
  /** The list this location went into; child recorders append to the same list. */
  readonly into: SourceCodeInfoLocation[];
  private ended = false;

  /**
   * Appends a new location to `into` with path `path` starting at `start`
   * (a token, usually the current one).
   */
  constructor(into: SourceCodeInfoLocation[], path: number[], start: Token) {
    this.location = {
      path,
      span: [start.line, start.column],
      leadingDetachedComments: NO_COMMENTS,
    };
    this.into = into;
    into.push(this.location);
  }

  /** Number of path components so far. */
  get pathSize(): number {
    return this.location.path.length;
  }

  /** Appends a path component (a new array of the exact size: growing one by push over-allocates). */
  addPath(component: number): void {
    this.location.path = this.location.path.concat(component);
  }

  startAt(token: Token): void {
    this.location.span[0] = token.line;
    this.location.span[1] = token.column;
  }

  startAtLocation(other: LocationRecorder): void {
    this.location.span[0] = other.location.span[0] ?? 0;
    this.location.span[1] = other.location.span[1] ?? 0;
  }

  /** Closes the span at `token`: [line, col, endCol] on one line, else [line, col, endLine, endCol]. */
  endAt(token: Token): void {
    const [line, column] = this.location.span as [number, number];
    this.location.span =
      token.line === line
        ? [line, column, token.endColumn]
        : [line, column, token.line, token.endColumn];
    this.ended = true;
  }

  /** Closes the span at `previous` (the last consumed token) unless already closed. */
  end(previous: Token): void {
    if (!this.ended) this.endAt(previous);
  }

  attachComments(leading: string, trailing: string, detached: string[]): void {
    if (leading !== "") this.location.leadingComments = leading;
    if (trailing !== "") this.location.trailingComments = trailing;
    if (detached.length > 0) {
      this.location.leadingDetachedComments = [
        ...this.location.leadingDetachedComments,
        ...detached,
      ];
    }
  }
}

/**
 * The recorder of a parse that records no locations (parseFile's `sourceInfo: false`): every
 * location made from it is itself, and nothing it is told is kept.
 */
class NoLocation extends LocationRecorder {
  override addPath(): void {}
  override startAt(): void {}
  override startAtLocation(): void {}
  override endAt(): void {}
  override end(): void {}
  override attachComments(): void {}
}

export const NO_LOCATION: LocationRecorder = new NoLocation([], [], {
  line: 0,
  column: 0,
  endColumn: 0,
} as Token);
