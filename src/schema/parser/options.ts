// Options: `option name = value;` statements and `[name = value, ...]` lists, kept as
// UninterpretedOption entries exactly as protoc's parser keeps them (the linker interprets
// them), plus the two pseudo-options protoc handles in the parser: `default` (stored in
// canonical text form) and `json_name`.

import { fieldKind, type IntegerRange } from "../descriptor/field-kinds.js";
import type { FieldDescriptorProto, UninterpretedOption } from "../descriptor/shapes.js";
import { newFieldOptions } from "../descriptor/shapes.js";
import {
  cEscape,
  decodeUtf8,
  INT64_MAX,
  parseIntegerToken,
  simpleDtoa,
  UINT64_MAX,
} from "./literals.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";
import { TokenType } from "./tokenizer.js";

// Field numbers in descriptor.proto used as source-info path components.
const UNINTERPRETED_OPTION = 999;
const UO_NAME = 2;
const UO_IDENTIFIER_VALUE = 3;
const UO_POSITIVE_INT_VALUE = 4;
const UO_NEGATIVE_INT_VALUE = 5;
const UO_DOUBLE_VALUE = 6;
const UO_STRING_VALUE = 7;
const UO_AGGREGATE_VALUE = 8;
const NAME_PART = 1;
const FIELD_DEFAULT_VALUE = 7;
const FIELD_OPTIONS = 8;
const FIELD_JSON_NAME = 10;

/** Any options message: they all end in `repeated UninterpretedOption uninterpreted_option`. */
export interface HasUninterpretedOptions {
  uninterpretedOption: UninterpretedOption[];
}

export type OptionStyle = "statement" | "assignment";

/**
 * Parses `option a.(b.c).d = value;` (style "statement") or `a.(b.c).d = value` inside
 * brackets (style "assignment") into a new entry of `options.uninterpretedOption`.
 */
export function parseOption(
  p: ParserState,
  options: HasUninterpretedOptions,
  optionsLocation: LocationRecorder,
  style: OptionStyle,
): boolean {
  const location = p.location(
    optionsLocation,
    UNINTERPRETED_OPTION,
    options.uninterpretedOption.length,
  );
  try {
    if (style === "statement" && !p.consume("option")) return false;
    const option: UninterpretedOption = { name: [] };
    options.uninterpretedOption.push(option);

    const nameLocation = p.location(location, UO_NAME);
    try {
      do {
        const partLocation = p.location(nameLocation, option.name.length);
        try {
          if (!parseOptionNamePart(p, option, partLocation)) return false;
        } finally {
          p.done(partLocation);
        }
      } while (p.tryConsume("."));
    } finally {
      p.done(nameLocation);
    }

    if (!p.consume("=")) return false;

    const valueLocation = p.location(location);
    try {
      if (!parseOptionValue(p, option, valueLocation)) return false;
    } finally {
      p.done(valueLocation);
    }

    if (style === "statement" && !p.consumeEndOfDeclaration(";", location)) return false;
    return true;
  } finally {
    p.done(location);
  }
}

/** One dotted component: an identifier, or `(a.b.c)` / `(.a.b)` naming an extension. */
function parseOptionNamePart(
  p: ParserState,
  option: UninterpretedOption,
  partLocation: LocationRecorder,
): boolean {
  if (p.lookingAt("(")) {
    p.next();
    let name = "";
    const location = p.location(partLocation, NAME_PART);
    try {
      if (p.lookingAtType(TokenType.Identifier)) {
        name += p.current.text;
        p.next();
      }
      while (p.lookingAt(".")) {
        p.next();
        name += ".";
        const id = p.consumeIdentifier("Expected identifier.");
        if (id === undefined) return false;
        name += id;
      }
    } finally {
      p.done(location);
    }
    if (!p.consume(")")) return false;
    option.name.push({ namePart: name, isExtension: true });
    return true;
  }
  const location = p.location(partLocation, NAME_PART);
  try {
    const id = p.consumeIdentifier("Expected identifier.");
    if (id === undefined) return false;
    option.name.push({ namePart: id, isExtension: false });
    return true;
  } finally {
    p.done(location);
  }
}

/** A single-token value (or `-` and a number), or a `{ ... }` aggregate. */
function parseOptionValue(
  p: ParserState,
  option: UninterpretedOption,
  valueLocation: LocationRecorder,
): boolean {
  const negative = p.tryConsume("-");
  const t = p.current;
  switch (t.type) {
    case TokenType.End:
      p.addError("Unexpected end of stream while parsing option value.");
      return false;
    case TokenType.Identifier: {
      if (negative) {
        // `-inf` and `-nan` are numbers; any other identifier cannot be negated.
        const text = t.text;
        p.next();
        if (text !== "inf" && text !== "nan") {
          p.addError("Identifier after '-' symbol must be inf or nan.");
          return false;
        }
        valueLocation.addPath(UO_DOUBLE_VALUE);
        option.doubleValue = text === "inf" ? Number.NEGATIVE_INFINITY : Number.NaN;
        return true;
      }
      valueLocation.addPath(UO_IDENTIFIER_VALUE);
      option.identifierValue = t.text;
      p.next();
      return true;
    }
    case TokenType.Integer: {
      const v = parseIntegerToken(t.text, negative ? INT64_MAX + 1n : UINT64_MAX);
      if (v !== undefined) {
        p.next();
        if (negative) {
          valueLocation.addPath(UO_NEGATIVE_INT_VALUE);
          option.negativeIntValue = -v;
        } else {
          valueLocation.addPath(UO_POSITIVE_INT_VALUE);
          option.positiveIntValue = v;
        }
        return true;
      }
      // Too big for a 64-bit integer: a decimal literal becomes a double (protoc 36).
      valueLocation.addPath(UO_DOUBLE_VALUE);
      const d = p.consumeNumber("Expected number.") ?? 0;
      option.doubleValue = negative ? -d : d;
      return true;
    }
    case TokenType.Float: {
      valueLocation.addPath(UO_DOUBLE_VALUE);
      const v = p.consumeNumber("Expected number.") ?? 0;
      option.doubleValue = negative ? -v : v;
      return true;
    }
    case TokenType.String: {
      valueLocation.addPath(UO_STRING_VALUE);
      if (negative) {
        p.addError("Invalid '-' symbol before string.");
        return false;
      }
      option.stringValue = p.consumeString("Expected string.") ?? new Uint8Array(0);
      return true;
    }
    default:
      if (p.lookingAt("{")) {
        valueLocation.addPath(UO_AGGREGATE_VALUE);
        const text = parseUninterpretedBlock(p);
        if (text === undefined) return false;
        option.aggregateValue = text;
        return true;
      }
      p.addError("Expected option value.");
      return false;
  }
}

/**
 * The tokens of a `{ ... }` aggregate value, without the outer braces, joined by single
 * spaces (protoc keeps aggregates as text for the linker). Iterative: nesting depth only
 * costs a counter.
 */
function parseUninterpretedBlock(p: ParserState): string | undefined {
  if (!p.consume("{")) return undefined;
  let depth = 1;
  const parts: string[] = [];
  while (!p.atEnd()) {
    if (p.lookingAt("{")) {
      depth++;
    } else if (p.lookingAt("}")) {
      depth--;
      if (depth === 0) {
        p.next();
        return parts.join(" ");
      }
    }
    parts.push(p.current.text);
    p.next();
  }
  p.addError("Unexpected end of stream while parsing aggregate value.");
  return undefined;
}

/**
 * `[a = 1, (b).c = "x"]`, the caller looking at the `[`: each assignment becomes an entry of
 * `options.uninterpretedOption`, located under `optionsLocation`.
 */
export function parseBracketedOptions(
  p: ParserState,
  options: HasUninterpretedOptions,
  optionsLocation: LocationRecorder,
): boolean {
  return parseBracketedList(p, () => parseOption(p, options, optionsLocation, "assignment"));
}

/** `[item, item, ...]`, the caller looking at the `[`; `parseItem` reads one item. */
function parseBracketedList(p: ParserState, parseItem: () => boolean): boolean {
  p.next(); // [
  do {
    if (!parseItem()) return false;
  } while (p.tryConsume(","));
  return p.consume("]");
}

// -------------------------------------------------------------------------------------------
// Field options

/** `[a = 1, default = 2, json_name = "x"]` after a field number, if present. */
export function parseFieldOptions(
  p: ParserState,
  field: FieldDescriptorProto,
  fieldLocation: LocationRecorder,
): boolean {
  if (!p.lookingAt("[")) return true;
  const location = p.location(fieldLocation, FIELD_OPTIONS);
  try {
    return parseBracketedList(p, () => {
      // `default` and `json_name` are not real options: recorded under the field, not
      // under its options.
      if (p.lookingAt("default")) return parseDefaultAssignment(p, field, fieldLocation);
      if (p.lookingAt("json_name")) return parseJsonName(p, field, fieldLocation);
      field.options ??= newFieldOptions();
      return parseOption(p, field.options, location, "assignment");
    });
  } finally {
    p.done(location);
  }
}

/** `default = value`, stored as the canonical text protoc stores in `default_value`. */
function parseDefaultAssignment(
  p: ParserState,
  field: FieldDescriptorProto,
  fieldLocation: LocationRecorder,
): boolean {
  if (field.defaultValue !== undefined) {
    p.addError('Already set option "default".');
    delete field.defaultValue;
  }
  if (!p.consume("default") || !p.consume("=")) return false;

  const location = p.location(fieldLocation, FIELD_DEFAULT_VALUE);
  try {
    if (field.type === undefined) {
      // A message or enum type name: take the token as is; the linker checks it.
      field.defaultValue = p.current.text;
      p.next();
      return true;
    }
    const kind = fieldKind(field.type);
    const range = kind?.integer;
    if (range !== undefined) return parseIntegerDefault(p, field, range);
    switch (kind?.js) {
      case "float": {
        const sign = p.tryConsume("-") ? "-" : "";
        field.defaultValue = sign;
        const v = p.consumeNumber("Expected number.");
        if (v === undefined) return false;
        field.defaultValue = sign + simpleDtoa(v);
        return true;
      }
      case "bool":
        if (p.tryConsume("true")) field.defaultValue = "true";
        else if (p.tryConsume("false")) field.defaultValue = "false";
        else {
          field.defaultValue = "";
          p.addError('Expected "true" or "false".');
          return false;
        }
        return true;
      case "string": {
        field.defaultValue = "";
        const bytes = p.consumeString("Expected string for field default value.");
        if (bytes === undefined) return false;
        field.defaultValue = decodeUtf8(bytes);
        return true;
      }
      case "bytes": {
        field.defaultValue = "";
        const bytes = p.consumeString("Expected string.");
        if (bytes === undefined) return false;
        field.defaultValue = cEscape(bytes);
        return true;
      }
      default:
        // TYPE_GROUP (TYPE_MESSAGE and TYPE_ENUM are never set by the parser).
        field.defaultValue = "";
        p.addError("Messages can't have default values.");
        return false;
    }
  } finally {
    p.done(location);
  }
}

/**
 * The default of an integer field (int32 ... sfixed64), kept as its decimal text. The literal
 * must fit the kind's range: a negative one reaches one further than a positive one.
 */
function parseIntegerDefault(
  p: ParserState,
  field: FieldDescriptorProto,
  range: IntegerRange,
): boolean {
  if (!range.signed) {
    if (p.tryConsume("-")) p.addError("Unsigned field can't have negative default value.");
    field.defaultValue = "";
    const v = p.consumeInteger64(range.max, "Expected integer for field default value.");
    if (v === undefined) return false;
    field.defaultValue = v.toString();
    return true;
  }
  const sign = p.tryConsume("-") ? "-" : "";
  const max = sign === "-" ? -range.min : range.max;
  field.defaultValue = sign;
  const v = p.consumeInteger64(max, "Expected integer for field default value.");
  if (v === undefined) return false;
  field.defaultValue = sign + v.toString();
  return true;
}

/** `json_name = "x"`, stored in `json_name` rather than as an option. */
function parseJsonName(
  p: ParserState,
  field: FieldDescriptorProto,
  fieldLocation: LocationRecorder,
): boolean {
  if (field.jsonName !== undefined) {
    p.addError('Already set option "json_name".');
    delete field.jsonName;
  }
  const location = p.location(fieldLocation, FIELD_JSON_NAME);
  try {
    if (!p.consume("json_name") || !p.consume("=")) return false;
    const valueLocation = p.location(location);
    try {
      const bytes = p.consumeString("Expected string for JSON name.");
      if (bytes === undefined) return false;
      field.jsonName = decodeUtf8(bytes);
      return true;
    } finally {
      p.done(valueLocation);
    }
  } finally {
    p.done(location);
  }
}

/** A deep copy of an uninterpreted option (protoc copies options onto generated fields). */
export function cloneOption<T extends { name: { namePart: string; isExtension: boolean }[] }>(
  o: T,
): T {
  const copy = { ...o, name: o.name.map((n) => ({ ...n })) };
  const s = (o as { stringValue?: Uint8Array }).stringValue;
  if (s !== undefined) (copy as { stringValue?: Uint8Array }).stringValue = s.slice();
  return copy;
}
