/** The resolved options of one fromText call, passed down the parser. */
import type { TextRegistry } from "../options.js";

export interface ParseContext {
  /** Types of expanded `Any` values and extensions. */
  readonly registry: TextRegistry;
  readonly recursionLimit: number;
}
