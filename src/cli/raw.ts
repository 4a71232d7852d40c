// Raw decoding without a schema: the bytes read as an empty message, whose fields are all
// unknown, printed as the text format prints unknown fields, which is exactly
// `protoc --decode_raw`'s output.

import { DecodeError, loadSchemaSync, type Message, type MessageType } from "../node.js";

let empty: MessageType<Message> | undefined;

/** The empty message type every field of which is unknown. */
export function emptyType(): MessageType<Message> {
  if (empty === undefined) {
    const schema = loadSchemaSync({
      sources: { "empty.proto": 'syntax = "proto2"; message Empty {}' },
    });
    empty = schema.messageType("Empty");
  }
  return empty;
}

/** The protoc --decode_raw text of `bytes`; throws DecodeError on malformed input. */
export function decodeRaw(bytes: Uint8Array, maxSize: number): string {
  const type = emptyType();
  try {
    return type.toText(type.decode(bytes, { maxMessageSize: maxSize }));
  } catch (e) {
    // The path would name the placeholder type (`field Empty`): raw bytes have no field names.
    if (e instanceof DecodeError) throw new DecodeError(e.code, e.detail, e.offset);
    throw e;
  }
}
