/** The codec layer: message codecs compiled from the schema's MessageInfo. */
export type { FieldInit, Message, MessageCodec, MessageInit } from "./codec.js";
export { missingList } from "./codec.js";
export type { EmittedMessage } from "./emit/message.js";
export { emitMessage } from "./emit/message.js";
export { clearExtension, getExtension, hasExtension, setExtension } from "./extensions.js";
export type { MessageLookup } from "./message-type.js";
export { compileMessage, messageInfoOf, messageType } from "./message-type.js";
export type { CreateOptions, DecodeOptions, EncodeOptions } from "./options.js";
export { fileRegistry, type Registry } from "./registry.js";
