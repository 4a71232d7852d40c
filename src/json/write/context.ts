/** The resolved options of one toJson call, passed down the writers. */
import type { JsonRegistry } from "../options.js";

export interface WriteContext {
  readonly alwaysEmitImplicit: boolean;
  readonly enumAsInteger: boolean;
  readonly useProtoFieldName: boolean;
  readonly registry: JsonRegistry;
  readonly recursionLimit: number;
}

/** Writes one message (or WKT) as a JSON value; `depth` counts enclosing messages. */
export type MessageWriter = (msg: unknown, c: WriteContext, depth: number) => unknown;

/** Writes the fields of a message into `out` (a plain message: its members; for `Any`). */
export type FieldsWriter = (
  msg: Record<string, unknown>,
  out: Record<string, unknown>,
  c: WriteContext,
  depth: number,
) => void;
