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

/**
 * Sets `out[key]` as an own data property: also for `"__proto__"`, which an assignment would
 * turn into a prototype change.
 */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    out[key] = value;
  }
}
