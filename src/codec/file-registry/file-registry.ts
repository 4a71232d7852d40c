/**
 * createFileRegistry: message types from a descriptor set (protoc --descriptor_set_out, buf
 * build), as compact tables for `create`, `toBinary`, `fromBinary` and `mergeFromBinary`, the
 * way protobuf-es's createFileRegistry and its functions work. Made for small bundles: no
 * `.proto` parser, no linker, no code generation; the set is read by the compact interpreter
 * itself (descriptor-tables.ts) and each type's table made when first asked for.
 */
import type { Message, MessageCodec } from "../codec.js";
import { compactTable } from "../compact/build.js";
import { $compact } from "../compact/codec.js";
import { fromBinary, type MessageTable } from "../compact/functions.js";
import { FileDescriptorSetTable } from "./descriptor-tables.js";
import { registryTypes } from "./descriptor-types.js";

/** An enum of the registry: its full name and values in declaration order. */
export interface RegistryEnumType {
  readonly fullName: string;
  /** Open enums keep unknown numbers; closed ones (proto2, editions CLOSED) do not. */
  readonly open: boolean;
  readonly values: readonly { readonly name: string; readonly number: number }[];
}

export interface FileRegistry {
  /**
   * The table of message type `typeName` (full name, `pkg.Msg`), for `create`, `toBinary`,
   * `fromBinary` and `mergeFromBinary`; undefined when the set has no such type (map entries
   * are not types of their own).
   */
  getMessage<T extends object = Message>(typeName: string): MessageTable<T> | undefined;
  /** The codec of message type `typeName` (`encode`, `decode`, `create`, `getField` ...). */
  getCodec<T extends object = Message>(typeName: string): MessageCodec<T> | undefined;
  /** An enum type by full name. */
  getEnum(typeName: string): RegistryEnumType | undefined;
  /** The full names of the message types, map entries left out, in the set's order. */
  readonly messageNames: readonly string[];
}

/**
 * The message and enum types of a serialized `google.protobuf.FileDescriptorSet`. Bytes that do
 * not decode throw a DecodeError (offset and field path); a set whose types the codecs cannot
 * use (a type name that does not resolve, a field number out of range or used twice ...) a
 * ProtowireError with code `INVALID_SCHEMA`. Unlike loadDescriptorSet, protoc's other rules are
 * not checked: give it what protoc or buf wrote.
 */
export function createFileRegistry(descriptorSet: Uint8Array): FileRegistry {
  // Unknown fields of the set (options it does not read, source info ...) are skipped, not kept.
  const { file } = fromBinary(FileDescriptorSetTable, descriptorSet, { discardUnknown: true });
  const { messages, enums } = registryTypes(file);
  const made = new Map<string, MessageTable<object>>();
  const codecs = new Map<string, MessageCodec<object>>();
  const getMessage = <T extends object>(typeName: string): MessageTable<T> | undefined => {
    const info = messages.get(typeName);
    if (info === undefined || info.isMapEntry) return undefined;
    return compactTable<T>(info, made);
  };
  return {
    getMessage,
    getCodec<T extends object>(typeName: string): MessageCodec<T> | undefined {
      let codec = codecs.get(typeName);
      if (codec === undefined) {
        const table = getMessage(typeName);
        if (table === undefined) return undefined;
        codec = $compact(table);
        codecs.set(typeName, codec);
      }
      return codec as MessageCodec<T>;
    },
    getEnum: (typeName) => enums.get(typeName),
    messageNames: [...messages.values()].filter((m) => !m.isMapEntry).map((m) => m.fullName),
  };
}
