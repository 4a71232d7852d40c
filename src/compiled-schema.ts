/**
 * The top of protowire's API: a loaded schema whose message types come compiled, so that
 * `schema.messageType("pkg.Msg")` returns a codec.
 *
 * The schema layer cannot import the codec (a lower layer never imports a higher one), so this
 * module, which sits above both, joins them. `protowire`'s `loadSchema` and `loadSchemaSync` are
 * these; `protowire/wire` and the layer modules stay independent of it.
 */
import { type Message, type MessageCodec, messageType } from "./codec/index.js";
import {
  type LoadFromDescriptorSet,
  type LoadFromSources,
  type LoadSchemaOptions,
  loadSchema as loadSchemaOnly,
  loadSchemaSync as loadSchemaSyncOnly,
  type Schema,
} from "./schema/index.js";

/** A `Schema` that also compiles its message types into codecs (cached per type). */
export interface CompiledSchema extends Schema {
  /** The codec of a message type by full name (`"pkg.Msg"`); throws `UNKNOWN_TYPE` if absent. */
  messageType<T extends object = Message>(fullName: string): MessageCodec<T>;
}

/** Gives a loaded schema its `messageType` (the Node entry wraps its disk loader with it). */
export function withCodecs(schema: Schema): CompiledSchema {
  function messageTypeOf<T extends object = Message>(fullName: string): MessageCodec<T> {
    return messageType<T>(schema, fullName);
  }
  Object.defineProperty(schema, "messageType", { value: messageTypeOf, enumerable: false });
  return schema as CompiledSchema;
}

/**
 * Loads `.proto` sources from memory or a binary FileDescriptorSet. `{ files, includePaths }`
 * (from disk) works where Node's file system is: the `protowire/node` entry, which Node picks
 * for `protowire` by itself; elsewhere it rejects with a SchemaError that says so.
 */
export async function loadSchema(options: LoadSchemaOptions): Promise<CompiledSchema> {
  return withCodecs(await loadSchemaOnly(options));
}

/** Like `loadSchema`, synchronously, for in-memory sources and descriptor sets. */
export function loadSchemaSync(options: LoadFromSources | LoadFromDescriptorSet): CompiledSchema {
  return withCodecs(loadSchemaSyncOnly(options));
}
