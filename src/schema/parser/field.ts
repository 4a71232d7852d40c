// Fields: label, type (scalar keyword, type name, `map<K, V>` or `group`), name, number,
// options, and the declarations protoc generates from them: the nested map-entry message
// and the group message. Mirrors protoc's ParseMessageField / ParseMessageFieldNoLabel /
// GenerateMapEntry, locations included.

import { keywordType } from "../descriptor/field-kinds.js";
import type { DescriptorProto, FieldDescriptorProto } from "../descriptor/shapes.js";
import { FieldLabel, FieldType, newDescriptorProto, newOptions } from "../descriptor/shapes.js";
import { parseMessageBlock } from "./message.js";
import { cloneOption, parseFieldOptions } from "./options.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";

// DescriptorProto.name, for a group's message.
const MSG_NAME = 1;
// FieldDescriptorProto field numbers (source-info path components).
const FIELD_NAME = 1;
const FIELD_NUMBER = 3;
const FIELD_LABEL = 4;
const FIELD_TYPE = 5;
const FIELD_TYPE_NAME = 6;

/** A field with an optional label (`optional`, `repeated`, `required`). */
export function parseMessageField(
  p: ParserState,
  field: FieldDescriptorProto,
  messages: DescriptorProto[],
  parentLocation: LocationRecorder,
  nestedTypeFieldNumber: number,
  fieldLocation: LocationRecorder,
): boolean {
  if (p.lookingAt("optional") || p.lookingAt("repeated") || p.lookingAt("required")) {
    // Only an explicit label gets a location.
    const location = p.location(fieldLocation, FIELD_LABEL);
    const labelToken = p.current;
    const label = parseLabel(p);
    p.done(location);
    if (p.syntax === "editions" && label === FieldLabel.LABEL_OPTIONAL) {
      p.addErrorAt(
        labelToken.line,
        labelToken.column,
        'Label "optional" is not supported in editions. By default, all singular fields have presence unless features.field_presence is set.',
      );
    } else if (p.syntax === "editions" && label === FieldLabel.LABEL_REQUIRED) {
      p.addErrorAt(
        labelToken.line,
        labelToken.column,
        'Label "required" is not supported in editions, use features.field_presence = LEGACY_REQUIRED.',
      );
    }
    field.label = label;
    if (label === FieldLabel.LABEL_OPTIONAL && p.syntax === "proto3") field.proto3Optional = true;
  }
  return parseMessageFieldNoLabel(
    p,
    field,
    messages,
    parentLocation,
    nestedTypeFieldNumber,
    fieldLocation,
  );
}

function parseLabel(p: ParserState): number {
  if (p.tryConsume("optional")) return FieldLabel.LABEL_OPTIONAL;
  if (p.tryConsume("repeated")) return FieldLabel.LABEL_REPEATED;
  p.next(); // required
  return FieldLabel.LABEL_REQUIRED;
}

interface MapTypes {
  keyType?: number;
  keyTypeName?: string;
  valueType?: number;
  valueTypeName?: string;
}

/** Type, name, `=`, number, options, then `;` or a group body. */
export function parseMessageFieldNoLabel(
  p: ParserState,
  field: FieldDescriptorProto,
  messages: DescriptorProto[],
  parentLocation: LocationRecorder,
  nestedTypeFieldNumber: number,
  fieldLocation: LocationRecorder,
): boolean {
  let map: MapTypes | undefined;
  {
    // The path (type or type_name) is known only once the type is read.
    const location = p.location(fieldLocation);
    try {
      let typeName: string | undefined;
      let type: number | undefined;
      if (p.tryConsume("map")) {
        if (p.lookingAt("<")) map = {};
        else typeName = "map"; // a message or enum called `map`
      }
      if (map !== undefined) {
        if (field.oneofIndex !== undefined) {
          p.addError("Map fields are not allowed in oneofs.");
          return false;
        }
        if (field.label !== undefined) {
          p.addError("Field labels (required/optional/repeated) are not allowed on map fields.");
          return false;
        }
        if (field.extendee !== undefined) {
          p.addError("Map fields are not allowed to be extensions.");
          return false;
        }
        field.label = FieldLabel.LABEL_REPEATED;
        if (!p.consume("<")) return false;
        const key = parseType(p);
        if (key === undefined) return false;
        if (!p.consume(",")) return false;
        const value = parseType(p);
        if (value === undefined) return false;
        if (!p.consume(">")) return false;
        if (key.type !== undefined) map.keyType = key.type;
        if (key.typeName !== undefined) map.keyTypeName = key.typeName;
        if (value.type !== undefined) map.valueType = value.type;
        if (value.typeName !== undefined) map.valueTypeName = value.typeName;
        location.addPath(FIELD_TYPE_NAME);
      } else {
        if (field.label === undefined && (p.syntax === "proto3" || p.syntax === "editions")) {
          field.label = FieldLabel.LABEL_OPTIONAL;
        }
        if (field.label === undefined) {
          p.addError('Expected "required", "optional", or "repeated".');
          // Recover as if the label were `optional`.
          field.label = FieldLabel.LABEL_OPTIONAL;
        }
        if (typeName === undefined) {
          const typeToken = p.current;
          const parsed = parseType(p);
          if (parsed?.type === FieldType.TYPE_GROUP && p.syntax === "editions") {
            p.addErrorAt(
              typeToken.line,
              typeToken.column,
              "Group syntax is no longer supported in editions. To get group behavior you can " +
                "specify features.message_encoding = DELIMITED on a message field.",
            );
          }
          if (parsed === undefined) return false;
          type = parsed.type;
          typeName = parsed.typeName;
        }
        if (typeName === undefined) {
          location.addPath(FIELD_TYPE);
          if (type !== undefined) field.type = type;
        } else {
          location.addPath(FIELD_TYPE_NAME);
          field.typeName = typeName;
        }
      }
    } finally {
      p.done(location);
    }
  }

  const nameToken = p.current;
  {
    const location = p.location(fieldLocation, FIELD_NAME);
    try {
      const name = p.consumeIdentifier("Expected field name.");
      if (name === undefined) return false;
      field.name = name;
    } finally {
      p.done(location);
    }
  }
  if (!p.consume("=", "Missing field number.")) return false;
  {
    const location = p.location(fieldLocation, FIELD_NUMBER);
    try {
      const number = p.consumeInteger("Expected field number.");
      if (number === undefined) return false;
      field.number = number;
    } finally {
      p.done(location);
    }
  }

  if (!parseFieldOptions(p, field, fieldLocation)) return false;

  if (field.type === FieldType.TYPE_GROUP) {
    // A group declares a message and a field at once, so their locations overlap.
    const groupLocation = p.location(parentLocation);
    groupLocation.startAtLocation(fieldLocation);
    groupLocation.addPath(nestedTypeFieldNumber);
    groupLocation.addPath(messages.length);
    try {
      const group = newDescriptorProto(field.name ?? "");
      messages.push(group);
      {
        const location = p.location(groupLocation, MSG_NAME);
        location.startAt(nameToken);
        location.endAt(nameToken);
      }
      {
        const location = p.location(fieldLocation, FIELD_TYPE_NAME);
        location.startAt(nameToken);
        location.endAt(nameToken);
      }
      const first = (field.name ?? "").charCodeAt(0);
      if (!(first >= 65 && first <= 90)) {
        p.addErrorAt(
          nameToken.line,
          nameToken.column,
          "Group names must start with a capital letter.",
        );
      }
      field.name = asciiLower(field.name ?? "");
      field.typeName = group.name ?? "";
      if (!p.lookingAt("{")) {
        p.addError("Missing group body.");
        return false;
      }
      if (!parseMessageBlock(p, group, groupLocation)) return false;
    } finally {
      p.done(groupLocation);
    }
  } else if (!p.consumeEndOfDeclaration(";", fieldLocation)) {
    return false;
  }

  if (map !== undefined) generateMapEntry(map, field, messages);
  return true;
}

function asciiLower(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

/** A scalar type keyword, or a (possibly dotted, possibly `.`-rooted) type name. */
function parseType(p: ParserState): { type?: number; typeName?: string } | undefined {
  const scalar = keywordType(p.current.text);
  if (scalar !== undefined) {
    p.next();
    return { type: scalar };
  }
  const typeName = parseUserDefinedType(p);
  return typeName === undefined ? undefined : { typeName };
}

/** `Foo`, `foo.Bar`, `.foo.Bar`: a message or enum name as written. */
export function parseUserDefinedType(p: ParserState): string | undefined {
  const text = p.current.text;
  if (keywordType(text) !== undefined) {
    p.addError("Expected message type.");
    // Accept it anyway so parsing can go on.
    p.next();
    return text;
  }
  let name = "";
  if (p.tryConsume(".")) name = ".";
  const first = p.consumeIdentifier("Expected type name.");
  if (first === undefined) return undefined;
  name += first;
  while (p.tryConsume(".")) {
    const id = p.consumeIdentifier("Expected identifier.");
    if (id === undefined) return undefined;
    name += `.${id}`;
  }
  return name;
}

/**
 * The nested `XxxEntry` message protoc generates for `map<K, V> xxx`: fields key = 1 and
 * value = 2, option map_entry, named from the field name in CamelCase plus "Entry".
 */
function generateMapEntry(
  map: MapTypes,
  field: FieldDescriptorProto,
  messages: DescriptorProto[],
): void {
  const entryName = mapEntryName(field.name ?? "");
  field.typeName = entryName;
  const entry = newDescriptorProto(entryName);
  entry.options = newOptions();
  entry.options.mapEntry = true;
  const key: FieldDescriptorProto = { name: "key", number: 1, label: FieldLabel.LABEL_OPTIONAL };
  if (map.keyTypeName === undefined) {
    if (map.keyType !== undefined) key.type = map.keyType;
  } else {
    key.typeName = map.keyTypeName;
  }
  const value: FieldDescriptorProto = {
    name: "value",
    number: 2,
    label: FieldLabel.LABEL_OPTIONAL,
  };
  if (map.valueTypeName === undefined) {
    if (map.valueType !== undefined) value.type = map.valueType;
  } else {
    value.typeName = map.valueTypeName;
  }
  entry.field.push(key, value);
  // protoc copies a legacy `enforce_utf8` option onto string keys and values.
  for (const option of field.options?.uninterpretedOption ?? []) {
    const part = option.name[0];
    if (
      option.name.length === 1 &&
      part !== undefined &&
      part.namePart === "enforce_utf8" &&
      !part.isExtension
    ) {
      for (const f of [key, value]) {
        if (f.type === FieldType.TYPE_STRING) {
          f.options ??= { targets: [], editionDefaults: [], uninterpretedOption: [] };
          f.options.uninterpretedOption.push(cloneOption(option));
        }
      }
    }
  }
  messages.push(entry);
}

/** `foo_bar_baz` -> `FooBarBazEntry` (protoc's MapEntryName). */
export function mapEntryName(fieldName: string): string {
  let result = "";
  let capNext = true;
  for (let i = 0; i < fieldName.length; i++) {
    const ch = fieldName[i] ?? "";
    if (ch === "_") {
      capNext = true;
    } else if (capNext) {
      const c = fieldName.charCodeAt(i);
      result += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : ch;
      capNext = false;
    } else {
      result += ch;
    }
  }
  return `${result}Entry`;
}
