/** The codec layer: message codecs compiled from the schema's MessageInfo. */
export type { Message, MessageCodec } from "./codec.js";
export type { MessageLookup } from "./compile.js";
export { compileMessage, messageType } from "./compile.js";
export type { EmittedMessage } from "./emit.js";
export { emitMessage } from "./emit.js";
export { clearExtension, getExtension, hasExtension, setExtension } from "./extensions.js";
export type { CodecEnumInfo, CodecFieldInfo, CodecMessageInfo, CodecOneofInfo } from "./info.js";
export type { CreateOptions, DecodeOptions, EncodeOptions } from "./options.js";
