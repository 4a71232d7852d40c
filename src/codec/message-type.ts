/**
 * Entry points: compile a message type into a MessageCodec (cached per MessageInfo), or look one
 * up by full name in a schema.
 */
import { ProtowireError } from "../wire/errors.js";
import type { Message, MessageCodec } from "./codec.js";
import { createCodec } from "./codec.js";
import type { MessageInfo } from "./info.js";

/** What messageType needs from a Schema (src/schema): lookup by full name. */
export interface MessageLookup {
  findMessage(fullName: string): MessageInfo | undefined;
}

const codecs = new WeakMap<MessageInfo, MessageCodec<object>>();

/**
 * Compiles `info` (and, lazily linked, every message type it reaches) into a codec. Compiling
 * the same MessageInfo again returns the same codec.
 */
export function compileMessage<T extends object = Message>(info: MessageInfo): MessageCodec<T> {
  let codec = codecs.get(info);
  if (codec === undefined) {
    codec = createCodec<object>(info);
    codecs.set(info, codec);
  }
  return codec as MessageCodec<T>;
}

/** `messageType(schema, "pkg.Msg")`: the codec of a message type of a loaded schema. */
export function messageType<T extends object = Message>(
  schema: MessageLookup,
  fullName: string,
): MessageCodec<T> {
  return compileMessage<T>(messageInfoOf(schema, fullName));
}

/** The message type `fullName` (a leading dot allowed) of `schema`; UNKNOWN_TYPE if absent. */
export function messageInfoOf<I>(
  schema: { findMessage(fullName: string): I | undefined },
  fullName: string,
): I {
  const name = fullName.startsWith(".") ? fullName.slice(1) : fullName;
  const info = schema.findMessage(name);
  if (info === undefined) {
    throw new ProtowireError(
      "UNKNOWN_TYPE",
      `message type ${JSON.stringify(name)} is not in the schema`,
    );
  }
  return info;
}
