/**
 * The table a compact codec is made of. A message type is a list of rows, one per field:
 * `[number, name, kind, flags, ref, oneof, default, badDefault]`. The kind is an object the
 * generated code imports by name (`$int32`, `$message`, `$map` ...), holding both how one value
 * travels and the field handlers of its family, so that a bundle keeps only the kinds its types
 * use. One interpreter (message.ts) walks the rows.
 */
import type { EncodeOptions } from "../options.js";
import type { Cursor, Sink } from "./wire.js";

/** Row flag: a repeated field (an array). */
export const LIST = 1;
/** Row flag: a repeated scalar written packed. */
export const PACKED = 2;
/** Row flag: explicit presence (unset is `undefined`, a zero value is written). */
export const EXPLICIT = 4;
/** Row flag: proto2 `required`. */
export const REQUIRED = 8;
/** Row flag: a message written as a group (proto2 groups, editions DELIMITED). */
export const DELIMITED = 16;

/**
 * One field: number, property name (for a oneof member, its case name), kind, flags (above),
 * a reference the kind reads (a message type, a closed enum's values, a map's key and value),
 * the property of its oneof, its getField default when that is not the kind's zero, and the
 * error getField throws when the default has no value in the field's form.
 */
export type Row = readonly [
  number,
  string,
  Kind,
  (number | undefined)?,
  unknown?,
  (string | undefined)?,
  unknown?,
  (string | undefined)?,
];

/** A message object as the codecs see it. */
export type Rec = Record<string, unknown>;

/** How the fields of one family of kinds are decoded, encoded, created and checked. */
export interface FieldOps {
  /** The value of the field in a new message. */
  i(r: Row): unknown;
  /**
   * Reads one occurrence of the field (its tag, at `start`, just read, of wire type `wt`) into
   * `m`. False when the wire type does not fit: the field is then kept as unknown.
   */
  d(c: Cursor, m: Rec, r: Row, wt: number, depth: number, start: number): boolean;
  /** Writes the field holding `v` (neither undefined nor null outside a oneof). */
  e(s: Sink, v: unknown, r: Row, o: EncodeOptions, depth: number): void;
  /** create()'s copy of `v`, checked. */
  c(v: unknown, r: Row, depth: number, lax: boolean): unknown;
  /** Adds the paths of unset required fields under `v` to `out`. */
  m?(v: unknown, r: Row, prefix: string, out: string[], depth: number): void;
  /** The value of a map entry that lacks it. */
  z?(r: Row): unknown;
}

export interface Kind {
  /** Wire type of one value. */
  readonly w: number;
  /** The type's name in errors. */
  readonly t: string;
  /** The zero value. */
  readonly z: unknown;
  /** Reads one value. */
  r(c: Cursor): unknown;
  /** Writes one value that `c` returned. */
  e(s: Sink, v: unknown): void;
  /** Checks a value given to create or encode: its stored form, or a FieldValueError. */
  c(v: unknown): unknown;
  readonly f: FieldOps;
}
