// protoc --decode_raw's text without a schema, in a module of its own: `protowire decode-raw`
// loads this and the wire layer, not the schema loader and codecs that the entries bring.

export {
  type RandomAccessBytes,
  rawText,
  writeRawText,
  writeRawTextFrom,
} from "../text/raw-text.js";
