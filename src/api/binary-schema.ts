/**
 * The `protowire/binary` entry's schemas: `schema.messageType("pkg.Msg")` gives the binary codec
 * alone (`create`, `encode`, `decode`, `mergeFrom`, `getField`, `missingFields`), without the
 * JSON and text formats, so that a bundle that does not use them does not carry them (issue 15).
 */
import {
  messageType as codecMessageType,
  type Message,
  type MessageCodec,
} from "../codec/index.js";
import type { Schema } from "../schema/index.js";

/** A `Schema` whose message types are binary codecs (cached per type). */
export interface BinarySchema extends Schema {
  /** The message type by full name (`"pkg.Msg"`); throws `UNKNOWN_TYPE` if absent. */
  messageType<T extends object = Message>(fullName: string): MessageCodec<T>;
}

/** Gives a loaded schema its `messageType`, binary only. */
export function withBinaryCodecs(schema: Schema): BinarySchema {
  function messageTypeOf<T extends object = Message>(fullName: string): MessageCodec<T> {
    return codecMessageType<T>(schema, fullName);
  }
  Object.defineProperty(schema, "messageType", { value: messageTypeOf, enumerable: false });
  return schema as BinarySchema;
}
