// How a field travels, from its descriptor and its resolved features, with the legacy proto2 /
// proto3 rules folded in (features resolve proto2 and proto3 files as editions too): the plain
// facts of FieldInfo the codecs read (docs/design.md). Shared by the linker and the runtime
// entry's file registry, which reads descriptor sets without the linker.

import type { ResolvedFeatures } from "./features.js";
import { fieldKind } from "./field-kinds.js";
import {
  type FieldDescriptorProto,
  FieldLabel,
  FieldPresence,
  FieldType,
  MessageEncoding,
  RepeatedFieldEncoding,
  Utf8Validation,
} from "./shapes.js";

export interface FieldEncoding {
  readonly presence: "explicit" | "implicit" | "required";
  readonly packed: boolean;
  /** Group encoding: proto2 groups, editions `message_encoding = DELIMITED`. */
  readonly delimited: boolean;
  readonly utf8Validate: boolean;
}

/** Where the field sits: what its presence and encoding depend on besides the descriptor. */
export interface FieldPlace {
  /** In a oneof, a proto3 `optional` field's synthetic one too. */
  readonly inOneof: boolean;
  readonly isExtension: boolean;
  /** The field's message type is a map entry (the field is a map). */
  readonly mapEntryType: boolean;
}

/** The encoding facts of field `p` of (resolved) type `type` with `features`. */
export function fieldEncoding(
  p: FieldDescriptorProto,
  type: number,
  features: ResolvedFeatures,
  place: FieldPlace,
): FieldEncoding {
  const kind = fieldKind(type);
  const repeated = p.label === FieldLabel.LABEL_REPEATED;
  let presence: FieldEncoding["presence"];
  if (repeated) presence = "implicit";
  else if (
    p.label === FieldLabel.LABEL_REQUIRED ||
    features.fieldPresence === FieldPresence.LEGACY_REQUIRED
  ) {
    presence = "required";
  } else if (
    kind?.js === "message" ||
    place.inOneof ||
    place.isExtension ||
    p.proto3Optional === true
  ) {
    presence = "explicit";
  } else {
    presence = features.fieldPresence === FieldPresence.IMPLICIT ? "implicit" : "explicit";
  }
  const explicitPacked = p.options?.packed;
  // A field of no kind (type 0: neither type nor type_name in a descriptor set, which protoc
  // 36 accepts) takes the packed setting as given.
  const packed =
    repeated &&
    (kind?.packable ?? true) &&
    (explicitPacked !== undefined
      ? explicitPacked
      : features.repeatedFieldEncoding === RepeatedFieldEncoding.PACKED);
  const delimited =
    type === FieldType.TYPE_GROUP ||
    (type === FieldType.TYPE_MESSAGE &&
      !place.mapEntryType &&
      features.messageEncoding === MessageEncoding.DELIMITED);
  const utf8Validate =
    type === FieldType.TYPE_STRING && features.utf8Validation === Utf8Validation.VERIFY;
  return { presence, packed, delimited, utf8Validate };
}
