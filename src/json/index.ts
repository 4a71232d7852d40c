/** The JSON layer: proto3 JSON for message types, with its own strict JSON parser. */

export { fileRegistry } from "../codec/index.js";
export { JsonError, type JsonErrorCode } from "./errors.js";
export { type JsonMethods, type JsonValue, jsonFormat } from "./json-format.js";
export type {
  JsonReadOptions,
  JsonRegistry,
  JsonWriteOptions,
  JsonWriteStringOptions,
} from "./options.js";
export { LargeNumber, type ParseJsonOptions, parseJson } from "./parse/parse-json.js";
