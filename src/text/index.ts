/** The text-format layer: protoc's text format for message types, printer and parser. */
export { TextError, type TextErrorCode } from "./errors.js";
export type { TextReadOptions, TextRegistry, TextWriteOptions } from "./options.js";
export { type TextMethods, textFormat } from "./text-format.js";
