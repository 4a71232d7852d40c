/**
 * A message type as users get it: the binary codec (src/codec) joined with the JSON format
 * (src/json) and the text format (src/text). `schema.messageType("pkg.Msg")` and `messageType(schema, "pkg.Msg")` give the
 * type with the schema as the registry of `Any` values and extensions; `compileMessage(info)`
 * gives it with the types its file imports. Both are cached: asking twice returns one object.
 */
import {
  compileMessage as compileCodec,
  type Message,
  type MessageCodec,
  messageInfoOf,
} from "../codec/index.js";
import { type JsonMethods, type JsonRegistry, jsonFormat } from "../json/index.js";
import type { MessageInfo } from "../schema/index.js";
import { type TextMethods, textFormat } from "../text/index.js";

/** A compiled message type: binary `encode`/`decode`/`create`, JSON `toJson`/`fromJson`, text `toText`/`fromText`. */
export type MessageType<T extends object = Message> = MessageCodec<T> &
  JsonMethods<T> &
  TextMethods<T>;

/** What `messageType` needs of a schema: lookups by full name (a loaded Schema has them). */
export interface SchemaLookup extends JsonRegistry {
  findMessage(fullName: string): MessageInfo | undefined;
}

const byRegistry = new WeakMap<object, WeakMap<MessageInfo, MessageType<object>>>();
const standalone = new WeakMap<MessageInfo, MessageType<object>>();

function build<T extends object>(info: MessageInfo, registry?: JsonRegistry): MessageType<T> {
  const codec = compileCodec<T>(info);
  return { ...codec, ...jsonFormat<T>(info, registry), ...textFormat<T>(info, registry) };
}

/** Compiles message type `info` (types its file imports resolve `Any` values). */
export function compileMessage<T extends object = Message>(info: MessageInfo): MessageType<T> {
  let type = standalone.get(info);
  if (type === undefined) {
    type = build<object>(info);
    standalone.set(info, type);
  }
  return type as MessageType<T>;
}

/** `messageType(schema, "pkg.Msg")`: a message type of a loaded schema, compiled. */
export function messageType<T extends object = Message>(
  schema: SchemaLookup,
  fullName: string,
): MessageType<T> {
  const info = messageInfoOf(schema, fullName);
  let cache = byRegistry.get(schema);
  if (cache === undefined) {
    cache = new WeakMap();
    byRegistry.set(schema, cache);
  }
  let type = cache.get(info);
  if (type === undefined) {
    type = build<object>(info, schema);
    cache.set(info, type);
  }
  return type as MessageType<T>;
}
