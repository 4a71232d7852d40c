// What every contender provides to the harness: its own input object for a data set (built
// before timing), an encoder, a decoder and a normalizer of its decoded output; and, when it
// has them, a printer and a parser of proto3 JSON and of the protobuf text format.

import type { DataSet } from "../datasets.js";

export interface Prepared {
  /** The contender's own message object for the data set, as its users would hold it. */
  readonly input: unknown;
  encode(input: unknown): Uint8Array;
  decode(bytes: Uint8Array): unknown;
  /** The neutral form (convert.ts) of a value returned by `decode`, or by a side's `parse`. */
  normalize(decoded: unknown): Record<string, unknown>;
  /** proto3 JSON, when the contender has it (see Contender.json). */
  readonly json?: TextSide;
  /** The protobuf text format, when the contender has it (see Contender.text). */
  readonly text?: TextSide;
}

/** One textual format (proto3 JSON or the text format) of the contender's own messages. */
export interface TextSide {
  /** The message `input` (a Prepared.input) as text: toJson, or toText. */
  print(input: unknown): string;
  /** A message of the contender's own kind (what `decode` returns) from text: fromJson, fromText. */
  parse(text: string): unknown;
}

/** A data set the contender cannot represent: it is reported as "n/a" with this reason. */
export interface NotApplicable {
  readonly notApplicable: string;
}

export interface Contender {
  /** Name in tables and charts. */
  readonly name: string;
  /** "protobuf" contenders decode each other's bytes; "json" is the baseline. */
  readonly kind: "protobuf" | "json";
  /** How it runs (mode, version), for the report. */
  readonly detail: string;
  /** How it prints and parses proto3 JSON (its Prepared has `json`), or why it does not. */
  readonly json: { readonly detail: string } | NotApplicable;
  /** How it prints and parses the text format (its Prepared has `text`), or why it does not. */
  readonly text: { readonly detail: string } | NotApplicable;
  prepare(dataSet: DataSet): Prepared | NotApplicable;
}

export function isNotApplicable<T extends object>(p: T | NotApplicable): p is NotApplicable {
  return "notApplicable" in p;
}
