/**
 * The JSON methods of a message type: `toJson` / `fromJson` on JSON values and
 * `toJsonString` / `fromJsonString` on text, as @bufbuild/protobuf names them. The top
 * (src/api/) puts them on every message type; `jsonFormat(info)` gives them for any
 * MessageInfo.
 */
import { compileMessage, fileRegistry, missingList } from "../codec/index.js";
import { hasRequired } from "../codec/required.js";
import type { MessageInfo } from "../schema/index.js";
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";
import { JsonError, within } from "./errors.js";
import type {
  JsonReadOptions,
  JsonRegistry,
  JsonWriteOptions,
  JsonWriteStringOptions,
} from "./options.js";
import type { ReadContext } from "./read/context.js";
import { messageReader } from "./read/message-reader.js";
import { readJsonText } from "./read/text-reader.js";
import type { WriteContext } from "./write/context.js";
import { messageWriter } from "./write/message-writer.js";
import { type MessageTextWriter, messageTextWriter } from "./write/text-writer.js";

/** A JSON value as JSON.parse returns it. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

export interface JsonMethods<T extends object> {
  /** The message as a JSON value (no bigint, Uint8Array or Map: ready for JSON.stringify). */
  toJson(msg: T, options?: JsonWriteOptions): JsonValue;
  /** The message as JSON text; `prettySpaces` indents it. */
  toJsonString(msg: T, options?: JsonWriteStringOptions): string;
  /** A message from a JSON value (as JSON.parse gives it). */
  fromJson(json: unknown, options?: JsonReadOptions): T;
  /**
   * A message from JSON text, read by protowire's own strict parser: duplicate keys, trailing
   * commas, comments and lone surrogates are errors with `line:col`; 64-bit numbers stay exact.
   */
  fromJsonString(text: string, options?: JsonReadOptions): T;
}

/** The JSON methods of message type `info`; `registry` (for Any and extensions) defaults to its file's imports. */
export function jsonFormat<T extends object>(
  info: MessageInfo,
  registry: JsonRegistry = fileRegistry(info),
): JsonMethods<T> {
  const codec = compileMessage<T>(info);
  const required = hasRequired(info);
  const rootName = info.name;
  const write = messageWriter(info);
  const read = messageReader(info);
  let writeText: MessageTextWriter | undefined;
  const defaultWrite = writeContext(undefined, registry);
  const defaultRead = readContext(undefined, registry);
  /** proto2 `required` fields, checked as decode and encode check them, unless allowPartial. */
  const complete = (msg: T, options: { allowPartial?: boolean } | undefined): void => {
    if (!required || options?.allowPartial === true) return;
    const missing = codec.missingFields(msg);
    if (missing.length > 0) {
      throw new JsonError("MISSING_REQUIRED", missingList(missing), `${rootName}.${missing[0]}`);
    }
  };

  const toJson = (msg: T, options?: JsonWriteOptions): JsonValue => {
    const c = options === undefined ? defaultWrite : writeContext(options, registry);
    complete(msg, options);
    try {
      return write(msg, c, 0) as JsonValue;
    } catch (e) {
      throw within(e, rootName);
    }
  };
  const fromJson = (json: unknown, options?: JsonReadOptions): T => {
    const c = options === undefined ? defaultRead : readContext(options, registry);
    let msg: T;
    try {
      msg = read(json, c, 0) as T;
    } catch (e) {
      throw within(e, rootName);
    }
    complete(msg, options);
    return msg;
  };
  return {
    toJson,
    fromJson,
    toJsonString(msg, options) {
      const c = options === undefined ? defaultWrite : writeContext(options, registry);
      complete(msg, options);
      const spaces = options?.prettySpaces ?? 0;
      try {
        if (spaces === 0) {
          if (writeText === undefined) writeText = messageTextWriter(info); // compiled on first use
          return writeText(msg, c, 0);
        }
        return JSON.stringify(write(msg, c, 0), null, spaces);
      } catch (e) {
        throw within(e, rootName);
      }
    },
    fromJsonString(text, options) {
      if (typeof text !== "string") {
        throw new JsonError("INVALID_VALUE", `${rootName}: fromJsonString expects a string`);
      }
      const c = options === undefined ? defaultRead : readContext(options, registry);
      let msg: T;
      try {
        msg = readJsonText(info, text, c) as T;
      } catch (e) {
        throw within(e, rootName);
      }
      complete(msg, options);
      return msg;
    },
  };
}

function writeContext(o: JsonWriteOptions | undefined, registry: JsonRegistry): WriteContext {
  return {
    alwaysEmitImplicit: o?.alwaysEmitImplicit === true,
    enumAsInteger: o?.enumAsInteger === true,
    useProtoFieldName: o?.useProtoFieldName === true,
    registry: o?.registry ?? registry,
    recursionLimit: o?.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
  };
}

function readContext(o: JsonReadOptions | undefined, registry: JsonRegistry): ReadContext {
  return {
    ignoreUnknownFields: o?.ignoreUnknownFields === true,
    registry: o?.registry ?? registry,
    recursionLimit: o?.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
  };
}
