// Resolves editions features down the element tree and turns them, with the legacy proto2 /
// proto3 rules, into the plain booleans of FieldInfo / EnumInfo (docs/design.md): the codec
// never looks at syntax or features.

import type { ResolvedFeatures } from "../descriptor/features.js";
import { editionDefaults, mergeFeatures } from "../descriptor/features.js";
import { fieldEncoding } from "../descriptor/field-encoding.js";
import { fieldLocalName, toJsonName } from "../descriptor/json-name.js";
import { mapEntryFields } from "../descriptor/map-entry.js";
import { EnumTypeFeature, FieldLabel, FieldType } from "../descriptor/shapes.js";
import { parseDefault } from "./defaults.js";
import type { EnumNode, FieldNode, FileNode, MessageNode } from "./nodes.js";

export function resolveFeatures(file: FileNode): void {
  file.features = mergeFeatures(editionDefaults(file.edition), file.proto.options?.features);
  const visitEnum = (e: EnumNode, parent: ResolvedFeatures): void => {
    e.features = mergeFeatures(parent, e.proto.options?.features);
    for (const v of e.values) v.features = mergeFeatures(e.features, v.proto.options?.features);
    e.open = e.features.enumType === EnumTypeFeature.OPEN;
  };
  const visitField = (f: FieldNode, parent: ResolvedFeatures): void => {
    f.features = mergeFeatures(parent, f.proto.options?.features);
  };
  const visitMessage = (m: MessageNode, parent: ResolvedFeatures): void => {
    // Standard options are interpreted now: refresh what depends on them.
    m.isMessageSet = m.proto.options?.messageSetWireFormat === true;
    m.isMapEntry = m.proto.options?.mapEntry === true;
    m.features = mergeFeatures(parent, m.proto.options?.features);
    for (const o of m.oneofs) o.features = mergeFeatures(m.features, o.proto.options?.features);
    for (const f of m.declaredFields) {
      const inRealOneof = f.oneof !== undefined && !f.oneof.synthetic;
      visitField(f, inRealOneof ? f.oneof!.features : m.features);
    }
    for (const x of m.nestedExtensions) visitField(x, m.features);
    for (const n of m.nestedMessages) visitMessage(n, m.features);
    for (const e of m.nestedEnums) visitEnum(e, m.features);
  };
  for (const m of file.messages) visitMessage(m, file.features);
  for (const e of file.enums) visitEnum(e, file.features);
  for (const x of file.extensions) visitField(x, file.features);
  for (const sv of file.services) {
    sv.features = mergeFeatures(file.features, sv.proto.options?.features);
    for (const m of sv.methods) m.features = mergeFeatures(sv.features, m.proto.options?.features);
  }
}

/** Fills the derived properties of every field of the file (after types and features). */
export function finishFields(file: FileNode): void {
  const visit = (m: MessageNode): void => {
    for (const f of m.declaredFields) finishField(f);
    for (const f of m.nestedExtensions) finishField(f);
    for (const o of m.oneofs) o.localName = fieldLocalName(o.name);
    for (const n of m.nestedMessages) visit(n);
  };
  for (const m of file.messages) visit(m);
  for (const f of file.extensions) finishField(f);
}

function finishField(f: FieldNode): void {
  const p = f.proto;
  const feats = f.features;
  f.localName = fieldLocalName(f.name);
  f.defaultJsonName = toJsonName(f.name);
  if (p.jsonName === undefined) p.jsonName = f.defaultJsonName;
  f.jsonName = p.jsonName;
  f.repeated = p.label === FieldLabel.LABEL_REPEATED;
  // The default, parsed for every file (those that skip the validation rules too: protoc's
  // compilations of the bundled files, the schema cache's): the typed value, and the text in
  // protoc's canonical form; a default that does not parse is validation's to report.
  if (
    p.defaultValue !== undefined &&
    f.type !== FieldType.TYPE_MESSAGE &&
    f.type !== FieldType.TYPE_GROUP &&
    f.type !== 0
  ) {
    const r = parseDefault(f);
    if ("error" in r) f.defaultError = r.error;
    else {
      f.defaultValue = r.value;
      p.defaultValue = r.text;
    }
  }
  if (f.repeated && f.type === FieldType.TYPE_MESSAGE && f.message?.isMapEntry === true) {
    f.map = mapEntryFields(f.message.fields);
  }
  const e = fieldEncoding(p, f.type, feats, {
    inOneof: f.oneof !== undefined,
    isExtension: f.isExtension,
    mapEntryType: f.message?.isMapEntry === true,
  });
  f.presence = e.presence;
  f.packed = e.packed;
  f.delimited = e.delimited;
  f.utf8Validate = e.utf8Validate;
}
