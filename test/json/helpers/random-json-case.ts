/**
 * Random schemas and messages for the JSON cross-checks, built from the codec proofs' machinery
 * (test/codec/proof-arbitraries.ts): one schema is loaded twice from the same .proto text,
 * by protowire (`loadSchemaSync`, giving a MessageType with its JSON methods) and by
 * @bufbuild/protobuf (from the descriptors protowire emits), so that each library formats the
 * same message by its own descriptors.
 */
import {
  createFileRegistry,
  type DescMessage,
  type FileRegistry,
  fromBinary,
} from "@bufbuild/protobuf";
import { protoCamelCase } from "@bufbuild/protobuf/reflect";
import {
  type DescriptorProto,
  type FileDescriptorSet,
  FileDescriptorSetSchema,
} from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import {
  loadSchemaSync,
  type Message,
  type MessageType,
  setExtension,
} from "../../../src/index.js";
import type { FieldInfo, MessageInfo } from "../../../src/schema/index.js";
import {
  type FileModel,
  fileModelArb,
  type MessageValue,
  messageValueArb,
  renderProto,
  type Syntax,
  typeValueArb,
  type Value,
  withExtensionsArb,
} from "../../codec/proof-arbitraries.js";
import { oursField, toOursInit } from "../../codec/proof-models.js";

/** One message type of a random schema, as both libraries see it. */
export interface LoadedCase {
  text: string;
  type: MessageType;
  info: MessageInfo;
  desc: DescMessage;
  /** protobuf-es's registry of the schema (extensions included). */
  registry: FileRegistry;
  /** protowire's extensions of the type, in the order of `FileModel.extensions`. */
  extensions: FieldInfo[];
}

/** A random schema, one of its types, and values of that type (plus extension values). */
export interface CaseDraft {
  model: FileModel;
  index: number;
  values: MessageValue[];
  /** Per value: one entry per extension of the model, `undefined` when unset. */
  extensionValues: (Value | undefined)[][];
}

/** Loads message `index` of `model` into protowire and into @bufbuild/protobuf. */
export function loadCase(model: FileModel, index: number): LoadedCase {
  const text = renderProto(model);
  const schema = loadSchemaSync({ sources: { "proof.proto": text } });
  const fullName = `${model.pkg}.${model.messages[index]!.name}`;
  const registry = createFileRegistry(withoutJsonNames(schema.toFileDescriptorSet()));
  const desc = registry.getMessage(fullName);
  const info = schema.findMessage(fullName);
  if (desc === undefined || info === undefined) throw new Error(`${fullName} not found`);
  const extensions = (model.extensions ?? []).map((e) => {
    const ext = schema.findExtension(`${model.pkg}.${e.name}`);
    if (ext === undefined) throw new Error(`extension ${e.name} not found`);
    return ext;
  });
  return { text, type: schema.messageType(fullName), info, desc, registry, extensions };
}

/**
 * protowire's descriptors with each `json_name` replaced by protobuf-es's own `protoCamelCase`
 * of the field name (what protoc writes when no `json_name` option is set, as in random
 * schemas), so that a wrong JSON name in protowire cannot pass unseen by both sides.
 */
function withoutJsonNames(bytes: Uint8Array): FileDescriptorSet {
  const set = fromBinary(FileDescriptorSetSchema, bytes);
  const strip = (m: DescriptorProto): void => {
    for (const f of [...m.field, ...m.extension]) f.jsonName = protoCamelCase(f.name);
    m.nestedType.forEach(strip);
  };
  for (const file of set.file) {
    file.messageType.forEach(strip);
    for (const f of file.extension) f.jsonName = "";
  }
  return set;
}

/**
 * Random cases of `syntax`; with `extensions`, message 0 gets 1-4 extensions (proto2 and
 * editions only) and each value sets some of them.
 */
export function caseArb(
  syntax: Syntax,
  { extensions = false, values = 3 } = {},
): fc.Arbitrary<CaseDraft> {
  const models = extensions ? fileModelArb(syntax).chain(withExtensionsArb) : fileModelArb(syntax);
  return models.chain((model) => {
    const indexArb = extensions ? fc.constant(0) : fc.nat({ max: model.messages.length - 1 });
    return indexArb.chain((index) => {
      const exts = (model.extensions ?? []).map((e) =>
        e.label === "repeated"
          ? fc.array(typeValueArb(model, e.type), { maxLength: 3 }).map((v): Value => v)
          : fc.option(typeValueArb(model, e.type), { nil: undefined }),
      );
      const one = fc.tuple(messageValueArb(model, index), fc.tuple(...exts));
      return fc.array(one, { minLength: 1, maxLength: values }).map((pairs) => ({
        model,
        index,
        values: pairs.map((p) => p[0]),
        extensionValues: pairs.map((p) => p[1]),
      }));
    });
  });
}

/**
 * protowire's message for value `i` of a draft, normalized through the binary format (so
 * that strings hold what the wire holds: a lone surrogate becomes U+FFFD, as in any decoder).
 */
export function messageOf(c: LoadedCase, draft: CaseDraft, i: number): Message {
  const m = c.type.create(toOursInit(draft.values[i]!, c.info));
  draft.extensionValues[i]!.forEach((x, k) => {
    if (x !== undefined) setExtension(m, c.extensions[k]!, oursField(c.extensions[k]!, x));
  });
  return c.type.decode(c.type.encode(m));
}

/** Re-throws with the schema text, which fast-check's counterexample print does not show. */
export function withSchema(text: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof Error) e.message = `${e.message}\n--- schema ---\n${text}`;
    throw e;
  }
}
