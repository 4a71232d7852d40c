/**
 * Entry points: compile a message type into a MessageCodec (cached per MessageInfo), or look one
 * up by full name in a schema. This is where the build-time half (the emitter and the
 * compiler) meets the run-time half (codec.ts and what generated code calls).
 */
import { ProtowireError } from "../wire/errors.js";
import type { CodecFacts, Message, MessageCodec } from "./codec.js";
import { createCodec } from "./codec.js";
import { closureMessageFunctions, compileMessageFunctions } from "./compiler.js";
import { defaultOf, fieldsByProperty } from "./defaults.js";
import type { MessageInfo } from "./info.js";
import { hasRequired } from "./required.js";

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
    codec = createCodec<object>(compileMessageFunctions(info), factsOf(info));
    codecs.set(info, codec);
  }
  return codec as MessageCodec<T>;
}

/**
 * The codec of `info` made by the closure backend (closures/), whether or not this environment
 * could evaluate: what runs where `new Function` is forbidden, for tests and benchmarks to
 * set beside the compiled one. Not cached; its functions are (compiler.ts).
 */
export function closureCodec<T extends object = Message>(info: MessageInfo): MessageCodec<T> {
  return createCodec<object>(closureMessageFunctions(info), factsOf(info)) as MessageCodec<T>;
}

/** The facts a codec needs of `info`, from its MessageInfo. */
function factsOf(info: MessageInfo): CodecFacts {
  const byProperty = fieldsByProperty(info);
  return {
    typeName: info.fullName,
    required: hasRequired(info),
    hasField: (property) => byProperty.has(property),
    defaultOf: (property) => defaultOf(byProperty.get(property)!),
  };
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
