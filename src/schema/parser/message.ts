// Messages: `message Name { ... }` and the statements of its body (fields, nested messages
// and enums, oneofs, options, extension ranges, reserved ranges and names, `extend`
// blocks), plus the synthetic oneofs of proto3 `optional`. Mirrors protoc's parser.cc
// (ParseMessageBlock and friends), including the source locations each construct records
// and the order it records them in. Fields live in field.ts, extensions in
// extensions.ts.

import type {
  DescriptorProto,
  FieldDescriptorProto,
  OneofDescriptorProto,
} from "../descriptor/shapes.js";
import { FieldLabel, newDescriptorProto, newOptions } from "../descriptor/shapes.js";
import { parseEnumDefinition } from "./enum.js";
import { parseExtend, parseExtensions } from "./extensions.js";
import { parseMessageField, parseMessageFieldNoLabel } from "./field.js";
import { parseOption } from "./options.js";
import { adjustMaxRanges, MESSAGE_RESERVED_RANGES } from "./ranges.js";
import { parseReserved, type ReservedKind } from "./reserved.js";
import type { LocationRecorder } from "./source-info.js";
import { type ParserState, parseVisibility } from "./state.js";

// DescriptorProto field numbers (source-info path components).
const MSG_NAME = 1;
const MSG_FIELD = 2;
const MSG_NESTED_TYPE = 3;
const MSG_ENUM_TYPE = 4;
const MSG_EXTENSION_RANGE = 5;
const MSG_EXTENSION = 6;
const MSG_OPTIONS = 7;
const MSG_ONEOF_DECL = 8;
const MSG_RESERVED_RANGE = 9;
const MSG_RESERVED_NAME = 10;
// OneofDescriptorProto
const ONEOF_NAME = 1;
const ONEOF_OPTIONS = 2;

const RESERVED: ReservedKind = {
  what: "field name",
  ranges: MESSAGE_RESERVED_RANGES,
  namePath: MSG_RESERVED_NAME,
  rangePath: MSG_RESERVED_RANGE,
};

/** `message Name { ... }` */
export function parseMessageDefinition(
  p: ParserState,
  message: DescriptorProto,
  messageLocation: LocationRecorder,
): boolean {
  if (p.messageDepthLeft <= 1) {
    p.addError("Reached maximum recursion limit for nested messages.");
    return false;
  }
  p.messageDepthLeft--;
  try {
    if (!p.consume("message")) return false;
    const location = p.location(messageLocation, MSG_NAME);
    try {
      const name = p.consumeIdentifier("Expected message name.");
      if (name === undefined) return false;
      message.name = name;
    } finally {
      p.done(location);
    }
    return parseMessageBlock(p, message, messageLocation);
  } finally {
    p.messageDepthLeft++;
  }
}

/** `{ statements }` of a message or group. */
export function parseMessageBlock(
  p: ParserState,
  message: DescriptorProto,
  messageLocation: LocationRecorder,
): boolean {
  if (p.blockNestingLeft <= 0) {
    p.addError("Reached maximum recursion limit for nested messages.");
    return false;
  }
  p.blockNestingLeft--;
  try {
    if (!p.consumeEndOfDeclaration("{", messageLocation)) return false;
    while (!p.tryConsumeEndOfDeclaration("}", null)) {
      if (p.atEnd()) {
        p.addError("Reached end of input in message definition (missing '}').");
        return false;
      }
      if (!parseMessageStatement(p, message, messageLocation)) p.skipStatement();
    }
  } finally {
    p.blockNestingLeft++;
  }
  adjustMaxRanges(message);
  if (p.syntax === "proto3") generateSyntheticOneofs(message);
  return true;
}

function parseMessageStatement(
  p: ParserState,
  message: DescriptorProto,
  messageLocation: LocationRecorder,
): boolean {
  if (p.tryConsumeEndOfDeclaration(";", null)) return true; // empty statement
  const visibility = parseVisibility(p);
  if (visibility === null) return false;
  if (p.lookingAt("message")) {
    const location = p.location(messageLocation, MSG_NESTED_TYPE, message.nestedType.length);
    const nested = newDescriptorProto();
    if (visibility !== undefined) nested.visibility = visibility;
    message.nestedType.push(nested);
    try {
      return parseMessageDefinition(p, nested, location);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("enum")) {
    const location = p.location(messageLocation, MSG_ENUM_TYPE, message.enumType.length);
    try {
      return parseEnumDefinition(p, message.enumType, location, visibility);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("extensions")) {
    const location = p.location(messageLocation, MSG_EXTENSION_RANGE);
    try {
      return parseExtensions(p, message, location);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("reserved")) return parseReserved(p, message, messageLocation, RESERVED);
  if (p.lookingAt("extend")) {
    const location = p.location(messageLocation, MSG_EXTENSION);
    try {
      return parseExtend(
        p,
        message.extension,
        message.nestedType,
        messageLocation,
        MSG_NESTED_TYPE,
        location,
      );
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("option")) {
    const location = p.location(messageLocation, MSG_OPTIONS);
    try {
      message.options ??= newOptions();
      return parseOption(p, message.options, location, "statement");
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("oneof")) {
    const oneofIndex = message.oneofDecl.length;
    const location = p.location(messageLocation, MSG_ONEOF_DECL, oneofIndex);
    try {
      const oneof: OneofDescriptorProto = {};
      message.oneofDecl.push(oneof);
      return parseOneof(p, oneof, message, oneofIndex, location, messageLocation);
    } finally {
      p.done(location);
    }
  }
  const location = p.location(messageLocation, MSG_FIELD, message.field.length);
  try {
    const field: FieldDescriptorProto = {};
    message.field.push(field);
    return parseMessageField(
      p,
      field,
      message.nestedType,
      messageLocation,
      MSG_NESTED_TYPE,
      location,
    );
  } finally {
    p.done(location);
  }
}

// -------------------------------------------------------------------------------------------
// Oneofs

function parseOneof(
  p: ParserState,
  oneof: OneofDescriptorProto,
  message: DescriptorProto,
  oneofIndex: number,
  oneofLocation: LocationRecorder,
  messageLocation: LocationRecorder,
): boolean {
  if (!p.consume("oneof")) return false;
  {
    const location = p.location(oneofLocation, ONEOF_NAME);
    try {
      const name = p.consumeIdentifier("Expected oneof name.");
      if (name === undefined) return false;
      oneof.name = name;
    } finally {
      p.done(location);
    }
  }
  if (!p.consumeEndOfDeclaration("{", oneofLocation)) return false;
  do {
    if (p.atEnd()) {
      p.addError("Reached end of input in oneof definition (missing '}').");
      return false;
    }
    if (p.lookingAt("option")) {
      const location = p.location(oneofLocation, ONEOF_OPTIONS);
      try {
        oneof.options ??= newOptions();
        if (!parseOption(p, oneof.options, location, "statement")) return false;
      } finally {
        p.done(location);
      }
      continue;
    }
    if (p.lookingAt("required") || p.lookingAt("optional") || p.lookingAt("repeated")) {
      p.addError("Fields in oneofs must not have labels (required / optional / repeated).");
      // The intent is clear: go on as if the label were absent.
      p.next();
    }
    const location = p.location(messageLocation, MSG_FIELD, message.field.length);
    try {
      const field: FieldDescriptorProto = { label: FieldLabel.LABEL_OPTIONAL, oneofIndex };
      message.field.push(field);
      if (
        !parseMessageFieldNoLabel(
          p,
          field,
          message.nestedType,
          messageLocation,
          MSG_NESTED_TYPE,
          location,
        )
      ) {
        p.skipStatement();
      }
    } finally {
      p.done(location);
    }
  } while (!p.tryConsumeEndOfDeclaration("}", null));
  return true;
}

/**
 * proto3 `optional` fields get a synthetic oneof each, named `_field` (prefixed with `X`
 * until no field or oneof has that name), appended after the real oneofs.
 */
function generateSyntheticOneofs(message: DescriptorProto): void {
  const names = new Set<string>();
  for (const f of message.field) names.add(f.name ?? "");
  for (const o of message.oneofDecl) names.add(o.name ?? "");
  for (const f of message.field) {
    if (f.proto3Optional !== true) continue;
    let name = f.name ?? "";
    if (name === "" || name[0] !== "_") name = `_${name}`;
    while (names.has(name)) name = `X${name}`;
    names.add(name);
    f.oneofIndex = message.oneofDecl.length;
    message.oneofDecl.push({ name });
  }
}
