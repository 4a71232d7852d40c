// What every contender provides to the harness: its own input object for a data set (built
// before timing), an encoder, a decoder and a normalizer of its decoded output.

import type { DataSet } from "../datasets.js";

export interface Prepared {
  /** The contender's own message object for the data set, as its users would hold it. */
  readonly input: unknown;
  encode(input: unknown): Uint8Array;
  decode(bytes: Uint8Array): unknown;
  /** The neutral form (convert.ts) of a value returned by `decode`. */
  normalize(decoded: unknown): Record<string, unknown>;
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
  prepare(dataSet: DataSet): Prepared | NotApplicable;
}

export function isNotApplicable(p: Prepared | NotApplicable): p is NotApplicable {
  return "notApplicable" in p;
}
