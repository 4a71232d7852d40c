// Enums: `enum Name { VALUE = 1 [options]; option ...; reserved ...; }`, with the checks
// protoc's parser makes on `allow_alias` (ValidateEnum in parser.cc).

import type { EnumDescriptorProto, EnumValueDescriptorProto } from "../descriptor/shapes.js";
import { newEnumDescriptorProto, newOptions } from "../descriptor/shapes.js";
import { parseBracketedOptions, parseOption } from "./options.js";
import { ENUM_RESERVED_RANGES } from "./ranges.js";
import { parseReserved, type ReservedKind } from "./reserved.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";

// EnumDescriptorProto / EnumValueDescriptorProto field numbers.
const ENUM_NAME = 1;
const ENUM_VALUE = 2;
const ENUM_OPTIONS = 3;
const ENUM_RESERVED_RANGE = 4;
const ENUM_RESERVED_NAME = 5;
const VALUE_NAME = 1;
const VALUE_NUMBER = 2;
const VALUE_OPTIONS = 3;

const RESERVED: ReservedKind = {
  what: "enum value",
  ranges: ENUM_RESERVED_RANGES,
  namePath: ENUM_RESERVED_NAME,
  rangePath: ENUM_RESERVED_RANGE,
};

/** `enum Name { ... }`, appended to `enums`. */
export function parseEnumDefinition(
  p: ParserState,
  enums: EnumDescriptorProto[],
  enumLocation: LocationRecorder,
  visibility?: number,
): boolean {
  const enumType = newEnumDescriptorProto();
  if (visibility !== undefined) enumType.visibility = visibility;
  enums.push(enumType);
  if (!p.consume("enum")) return false;
  const location = p.location(enumLocation, ENUM_NAME);
  try {
    const name = p.consumeIdentifier("Expected enum name.");
    if (name === undefined) return false;
    enumType.name = name;
  } finally {
    p.done(location);
  }
  if (!parseEnumBlock(p, enumType, enumLocation)) return false;
  return validateEnum(p, enumType);
}

function parseEnumBlock(
  p: ParserState,
  enumType: EnumDescriptorProto,
  enumLocation: LocationRecorder,
): boolean {
  if (!p.consumeEndOfDeclaration("{", enumLocation)) return false;
  while (!p.tryConsumeEndOfDeclaration("}", null)) {
    if (p.atEnd()) {
      p.addError("Reached end of input in enum definition (missing '}').");
      return false;
    }
    if (!parseEnumStatement(p, enumType, enumLocation)) p.skipStatement();
  }
  return true;
}

function parseEnumStatement(
  p: ParserState,
  enumType: EnumDescriptorProto,
  enumLocation: LocationRecorder,
): boolean {
  if (p.tryConsumeEndOfDeclaration(";", null)) return true;
  if (p.lookingAt("option")) {
    const location = p.location(enumLocation, ENUM_OPTIONS);
    try {
      enumType.options ??= newOptions();
      return parseOption(p, enumType.options, location, "statement");
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("reserved")) return parseReserved(p, enumType, enumLocation, RESERVED);
  const location = p.location(enumLocation, ENUM_VALUE, enumType.value.length);
  try {
    const value: EnumValueDescriptorProto = {};
    enumType.value.push(value);
    return parseEnumConstant(p, value, location);
  } finally {
    p.done(location);
  }
}

/** `NAME = -1 [options];` */
function parseEnumConstant(
  p: ParserState,
  value: EnumValueDescriptorProto,
  valueLocation: LocationRecorder,
): boolean {
  {
    const location = p.location(valueLocation, VALUE_NAME);
    try {
      const name = p.consumeIdentifier("Expected enum constant name.");
      if (name === undefined) return false;
      value.name = name;
    } finally {
      p.done(location);
    }
  }
  if (!p.consume("=", "Missing numeric value for enum constant.")) return false;
  {
    const location = p.location(valueLocation, VALUE_NUMBER);
    try {
      const number = p.consumeSignedInteger("Expected integer.");
      if (number === undefined) return false;
      value.number = number;
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("[")) {
    const location = p.location(valueLocation, VALUE_OPTIONS);
    try {
      value.options ??= newOptions();
      if (!parseBracketedOptions(p, value.options, location)) return false;
    } finally {
      p.done(location);
    }
  }
  return p.consumeEndOfDeclaration(";", valueLocation);
}

/**
 * protoc rejects `allow_alias = false` (a no-op) and `allow_alias = true` without any
 * aliased numbers, both reported at the token after the enum's closing brace.
 */
function validateEnum(p: ParserState, enumType: EnumDescriptorProto): boolean {
  let hasAllowAlias = false;
  let allowAlias = false;
  for (const o of enumType.options?.uninterpretedOption ?? []) {
    if (o.name.length > 1) continue;
    const part = o.name[0];
    if (part !== undefined && !part.isExtension && part.namePart === "allow_alias") {
      hasAllowAlias = true;
      allowAlias = o.identifierValue === "true";
      break;
    }
  }
  const name = enumType.name ?? "";
  if (hasAllowAlias && !allowAlias) {
    p.addError(
      `"${name}" declares 'option allow_alias = false;' which has no effect. Please remove the declaration.`,
    );
    return false;
  }
  if (allowAlias) {
    const seen = new Set<number>();
    let duplicates = false;
    for (const v of enumType.value) {
      const n = v.number ?? 0;
      if (seen.has(n)) {
        duplicates = true;
        break;
      }
      seen.add(n);
    }
    if (!duplicates) {
      p.addError(
        `"${name}" declares support for enum aliases but no enum values share field numbers. ` +
          "Please remove the unnecessary 'option allow_alias = true;' declaration.",
      );
      return false;
    }
  }
  return true;
}
