/**
 * Options of the JSON format, named as @bufbuild/protobuf (protobuf-es) names them so that its
 * users need not relearn: `toJson(msg, { alwaysEmitImplicit: true })`.
 */
import type { Registry } from "../codec/index.js";

/** Where `Any` values and extensions find their types: a loaded schema is one (the default). */
export type JsonRegistry = Registry;

export interface JsonWriteOptions {
  /**
   * Also write fields with implicit presence that hold their zero value (`0`, `""`, `false`,
   * empty lists and maps). Unset fields with explicit presence stay absent. Default false.
   */
  alwaysEmitImplicit?: boolean;
  /** Enum values as numbers instead of names. Default false. */
  enumAsInteger?: boolean;
  /** Keys are the fields' proto names (`foo_bar`) instead of their JSON names (`fooBar`). */
  useProtoFieldName?: boolean;
  /** Types of `Any` values; default: the schema of the message type. */
  registry?: JsonRegistry;
  /** Accept messages whose proto2 `required` fields are unset. Default false. */
  allowPartial?: boolean;
  /** Deepest message nesting written (also stops cyclic objects). Default 100. */
  recursionLimit?: number;
}

export interface JsonWriteStringOptions extends JsonWriteOptions {
  /** Indentation of `toJsonString` (as JSON.stringify's third argument). Default 0: one line. */
  prettySpaces?: number;
}

export interface JsonReadOptions {
  /**
   * Skip keys that are no field of the message, and enum names the enum does not have (the
   * field stays unset), instead of failing with UNKNOWN_FIELD / INVALID_VALUE. Default false.
   */
  ignoreUnknownFields?: boolean;
  /** Types of `Any` values and extensions; default: the schema of the message type. */
  registry?: JsonRegistry;
  /** Deepest nesting of messages (and of Struct values) accepted. Default 100. */
  recursionLimit?: number;
  /** Accept messages whose proto2 `required` fields are unset. Default false. */
  allowPartial?: boolean;
}
