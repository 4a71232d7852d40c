/**
 * A random case of the text-format proofs against protoc (print-random, parse-random): the
 * draft's schema with wrapper messages appended (`wrappers`, .proto text), loaded by protowire,
 * and the draft's values as messages of its type, extensions set.
 */
import {
  type CompiledSchema,
  loadSchemaSync,
  type Message,
  setExtension,
} from "../../../src/index.js";
import { renderProto } from "../../codec/proof-arbitraries.js";
import { oursField, toOursInit } from "../../codec/proof-models.js";
import type { CaseDraft } from "../../json/helpers/random-json-case.js";

export interface WrappedCase {
  /** The .proto text protoc is given: the rendered schema plus the wrappers. */
  proto: string;
  pkg: string;
  schema: CompiledSchema;
  /** The draft's message type, and its values as messages of it. */
  item: ReturnType<CompiledSchema["messageType"]>;
  items: Message[];
}

/** Loads `draft`'s schema with `wrappers(itemTypeName)` appended, and builds its messages. */
export function loadWrapped(draft: CaseDraft, wrappers: (item: string) => string): WrappedCase {
  const { model, index } = draft;
  const proto = renderProto(model) + wrappers(model.messages[index]!.name);
  const schema = loadSchemaSync({ sources: { "proof.proto": proto } });
  const pkg = model.pkg;
  const info = schema.findMessage(`${pkg}.${model.messages[index]!.name}`)!;
  const item = schema.messageType(info.fullName);
  const extensions = (model.extensions ?? []).map((e) => schema.findExtension(`${pkg}.${e.name}`)!);
  const items = draft.values.map((v, i) => {
    const m = item.create(toOursInit(v, info)) as Message;
    draft.extensionValues[i]!.forEach((x, k) => {
      if (x !== undefined) setExtension(m, extensions[k]!, oursField(extensions[k]!, x));
    });
    return m;
  });
  return { proto, pkg, schema, item, items };
}
