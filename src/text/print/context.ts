/** The resolved options of one toText call, passed down the printers. */
import type { TextRegistry } from "../options.js";

export interface PrintContext {
  readonly printUnknownFields: boolean;
  /** Expand `Any` values whose type it knows; undefined: print them as plain messages. */
  readonly registry: TextRegistry | undefined;
  readonly singleLine: boolean;
  readonly recursionLimit: number;
}
