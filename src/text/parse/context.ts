/** The resolved options of one fromText call, passed down the parser. */
import type { FieldInfo } from "../../schema/index.js";
import type { TextRegistry } from "../options.js";

export interface ParseContext {
  /** Types of expanded `Any` values and extensions. */
  readonly registry: TextRegistry;
  readonly recursionLimit: number;
  /**
   * Offered each element of a repeated message field of the top level as it is read (for
   * encodeFromText); true: it was taken, and is not added to the list.
   */
  readonly onElement?: (field: FieldInfo, element: object) => boolean;
}
