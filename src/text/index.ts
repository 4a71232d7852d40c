/** The text-format layer: protoc's text format for message types, printer and parser. */
export { TextError, type TextErrorCode } from "./errors.js";
export type { TextReadOptions, TextRegistry, TextWriteOptions } from "./options.js";
export {
  assembleProtoscope,
  dumpProtoscope,
  type ProtoscopeDumpOptions,
} from "./protoscope/index.js";
export { type RandomAccessBytes, rawText, writeRawText, writeRawTextFrom } from "./raw-text.js";
export { type TextMethods, textFormat } from "./text-format.js";
