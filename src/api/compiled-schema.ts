/**
 * A loaded schema whose message types come compiled, so that `schema.messageType("pkg.Msg")`
 * returns a message type (binary codec and JSON format).
 *
 * The schema layer cannot import the codec or the formats (a lower layer never imports a
 * higher one), so the top, src/api/, which sits above them all, joins them.
 */
import type { Message } from "../codec/index.js";
import type { Schema } from "../schema/index.js";
import { type MessageType, messageType } from "./message-type.js";

/** A `Schema` that also compiles its message types (cached per type). */
export interface CompiledSchema extends Schema {
  /** The message type by full name (`"pkg.Msg"`); throws `UNKNOWN_TYPE` if absent. */
  messageType<T extends object = Message>(fullName: string): MessageType<T>;
}

/** Gives a loaded schema its `messageType`. */
export function withCodecs(schema: Schema): CompiledSchema {
  function messageTypeOf<T extends object = Message>(fullName: string): MessageType<T> {
    return messageType<T>(schema, fullName);
  }
  Object.defineProperty(schema, "messageType", { value: messageTypeOf, enumerable: false });
  return schema as CompiledSchema;
}
