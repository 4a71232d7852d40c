/**
 * A loaded schema whose message types come compiled, so that `schema.messageType("pkg.Msg")`
 * returns a codec.
 *
 * The schema layer cannot import the codec (a lower layer never imports a higher one), so the
 * top, src/api/, which sits above both, joins them; the formats (JSON, text) join here too.
 */
import { type Message, type MessageCodec, messageType } from "../codec/index.js";
import type { Schema } from "../schema/index.js";

/** A `Schema` that also compiles its message types into codecs (cached per type). */
export interface CompiledSchema extends Schema {
  /** The codec of a message type by full name (`"pkg.Msg"`); throws `UNKNOWN_TYPE` if absent. */
  messageType<T extends object = Message>(fullName: string): MessageCodec<T>;
}

/** Gives a loaded schema its `messageType`. */
export function withCodecs(schema: Schema): CompiledSchema {
  function messageTypeOf<T extends object = Message>(fullName: string): MessageCodec<T> {
    return messageType<T>(schema, fullName);
  }
  Object.defineProperty(schema, "messageType", { value: messageTypeOf, enumerable: false });
  return schema as CompiledSchema;
}
