/** The JSON layer: proto3 JSON for message types, with its own strict JSON parser. */
export { JsonError, type JsonErrorCode } from "./errors.js";
export { fileRegistry, type JsonMethods, type JsonValue, jsonFormat } from "./json-format.js";
export type {
  JsonReadOptions,
  JsonRegistry,
  JsonWriteOptions,
  JsonWriteStringOptions,
} from "./options.js";
export { LargeNumber, type ParseJsonOptions, parseJson } from "./parse/parse-json.js";
