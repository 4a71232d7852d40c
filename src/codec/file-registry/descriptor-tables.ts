/**
 * The part of google/protobuf/descriptor.proto a file registry reads, as compact tables (the
 * form `protowire gen --optimize=size` writes): a descriptor set decoded by the compact
 * interpreter, with no second decoder in the bundle. Property names are descriptor/shapes.ts's,
 * so the decoded objects are (partial) FileDescriptorProtos. Fields left out (service,
 * source_code_info, the other options ...) stay unknown fields of their message, unread. Enums
 * are read as plain numbers. test/codec/file-registry checks every row against protoc's
 * compilation of descriptor.proto.
 */

import type { FileDescriptorSet } from "../../schema/descriptor/shapes.js";
import { $table } from "../compact/codec.js";
import type { MessageTable } from "../compact/functions.js";
import { EXPLICIT, LIST } from "../compact/kind.js";
import { $message } from "../compact/message-kind.js";
import { $list } from "../compact/scalar-ops.js";
import { $bool, $enum, $int32, $string } from "../compact/scalars.js";

const strings = /*@__PURE__*/ $list($string);

const FeatureSet = /*@__PURE__*/ $table("google.protobuf.FeatureSet", () => [
  [1, "fieldPresence", $enum, EXPLICIT],
  [2, "enumType", $enum, EXPLICIT],
  [3, "repeatedFieldEncoding", $enum, EXPLICIT],
  [4, "utf8Validation", $enum, EXPLICIT],
  [5, "messageEncoding", $enum, EXPLICIT],
]);
const features = (no: number) => [no, "features", $message, EXPLICIT, () => FeatureSet] as const;

const FileOptions = /*@__PURE__*/ $table("google.protobuf.FileOptions", () => [features(50)]);
const MessageOptions = /*@__PURE__*/ $table("google.protobuf.MessageOptions", () => [
  [1, "messageSetWireFormat", $bool, EXPLICIT],
  [7, "mapEntry", $bool, EXPLICIT],
  features(12),
]);
const FieldOptions = /*@__PURE__*/ $table("google.protobuf.FieldOptions", () => [
  [2, "packed", $bool, EXPLICIT],
  [6, "jstype", $enum, EXPLICIT],
  features(21),
]);
const OneofOptions = /*@__PURE__*/ $table("google.protobuf.OneofOptions", () => [features(1)]);
const EnumOptions = /*@__PURE__*/ $table("google.protobuf.EnumOptions", () => [features(7)]);

const FieldDescriptorProto = /*@__PURE__*/ $table("google.protobuf.FieldDescriptorProto", () => [
  [1, "name", $string, EXPLICIT],
  [2, "extendee", $string, EXPLICIT],
  [3, "number", $int32, EXPLICIT],
  [4, "label", $enum, EXPLICIT],
  [5, "type", $enum, EXPLICIT],
  [6, "typeName", $string, EXPLICIT],
  [7, "defaultValue", $string, EXPLICIT],
  [8, "options", $message, EXPLICIT, () => FieldOptions],
  [9, "oneofIndex", $int32, EXPLICIT],
  [17, "proto3Optional", $bool, EXPLICIT],
]);
const OneofDescriptorProto = /*@__PURE__*/ $table("google.protobuf.OneofDescriptorProto", () => [
  [1, "name", $string, EXPLICIT],
  [2, "options", $message, EXPLICIT, () => OneofOptions],
]);
const EnumValueDescriptorProto = /*@__PURE__*/ $table(
  "google.protobuf.EnumValueDescriptorProto",
  () => [
    [1, "name", $string, EXPLICIT],
    [2, "number", $int32, EXPLICIT],
  ],
);
const EnumDescriptorProto = /*@__PURE__*/ $table("google.protobuf.EnumDescriptorProto", () => [
  [1, "name", $string, EXPLICIT],
  [2, "value", $message, LIST, () => EnumValueDescriptorProto],
  [3, "options", $message, EXPLICIT, () => EnumOptions],
]);
const ExtensionRange = /*@__PURE__*/ $table(
  "google.protobuf.DescriptorProto.ExtensionRange",
  () => [
    [1, "start", $int32, EXPLICIT],
    [2, "end", $int32, EXPLICIT],
  ],
);
const DescriptorProto: MessageTable<object> = /*@__PURE__*/ $table(
  "google.protobuf.DescriptorProto",
  () => [
    [1, "name", $string, EXPLICIT],
    [2, "field", $message, LIST, () => FieldDescriptorProto],
    [3, "nestedType", $message, LIST, () => DescriptorProto],
    [4, "enumType", $message, LIST, () => EnumDescriptorProto],
    [5, "extensionRange", $message, LIST, () => ExtensionRange],
    [6, "extension", $message, LIST, () => FieldDescriptorProto],
    [7, "options", $message, EXPLICIT, () => MessageOptions],
    [8, "oneofDecl", $message, LIST, () => OneofDescriptorProto],
  ],
);
const FileDescriptorProto = /*@__PURE__*/ $table("google.protobuf.FileDescriptorProto", () => [
  [1, "name", $string, EXPLICIT],
  [2, "package", $string, EXPLICIT],
  [3, "dependency", strings, LIST],
  [4, "messageType", $message, LIST, () => DescriptorProto],
  [5, "enumType", $message, LIST, () => EnumDescriptorProto],
  [7, "extension", $message, LIST, () => FieldDescriptorProto],
  [8, "options", $message, EXPLICIT, () => FileOptions],
  [12, "syntax", $string, EXPLICIT],
  [14, "edition", $enum, EXPLICIT],
]);

/** google.protobuf.FileDescriptorSet, read as far as a file registry needs. */
export const FileDescriptorSetTable: MessageTable<FileDescriptorSet> = /*@__PURE__*/ $table(
  "google.protobuf.FileDescriptorSet",
  () => [[1, "file", $message, LIST, () => FileDescriptorProto]],
);
