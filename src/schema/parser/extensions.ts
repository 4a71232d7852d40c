// Extensions: `extensions 100 to max [options];` ranges in a message, and `extend Foo { ... }`
// blocks (top level or nested). Mirrors protoc's ParseExtensions / ParseExtend, including
// the way it copies one statement's range options, and their locations, to every range.

import type {
  DescriptorProto,
  FieldDescriptorProto,
  SourceCodeInfoLocation,
} from "../descriptor/shapes.js";
import { newExtensionRangeOptions } from "../descriptor/shapes.js";
import { parseMessageField, parseUserDefinedType } from "./field.js";
import { cloneOption, parseOption } from "./options.js";
import { MAX_RANGE_SENTINEL } from "./reserved.js";
import { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";

// FieldDescriptorProto.extendee
const FIELD_EXTENDEE = 2;
// ExtensionRange field numbers.
const RANGE_START = 1;
const RANGE_END = 2;
const RANGE_OPTIONS = 3;

/** Highest field number plus one: the exclusive end of `to max` ranges. */
const MAX_FIELD_NUMBER_PLUS_ONE = 536_870_912;
/** `to max` in a message_set_wire_format message reaches int32 max. */
const INT32_MAX = 0x7fff_ffff;

/**
 * Replaces the `to max` sentinel once the whole message is read: whether it is a message
 * set is only known from its options.
 */
export function adjustMaxRanges(message: DescriptorProto): void {
  if (message.extensionRange.length === 0 && message.reservedRange.length === 0) return;
  const max = isMessageSet(message) ? INT32_MAX : MAX_FIELD_NUMBER_PLUS_ONE;
  for (const r of message.extensionRange) if (r.end === MAX_RANGE_SENTINEL) r.end = max;
  for (const r of message.reservedRange) if (r.end === MAX_RANGE_SENTINEL) r.end = max;
}

function isMessageSet(message: DescriptorProto): boolean {
  for (const o of message.options?.uninterpretedOption ?? []) {
    if (
      o.name.length === 1 &&
      o.name[0]?.namePart === "message_set_wire_format" &&
      o.identifierValue === "true"
    ) {
      return true;
    }
  }
  return false;
}

/** `extensions 100 to 199, 500 to max [options];` */
export function parseExtensions(
  p: ParserState,
  message: DescriptorProto,
  extensionsLocation: LocationRecorder,
): boolean {
  if (!p.consume("extensions")) return false;
  const oldRangeCount = message.extensionRange.length;
  do {
    const location = p.location(extensionsLocation, message.extensionRange.length);
    try {
      const range: { start?: number; end?: number } = {};
      message.extensionRange.push(range);
      const startToken = p.current;
      let start: number | undefined;
      {
        const startLocation = p.location(location, RANGE_START);
        try {
          start = p.consumeInteger("Expected field number range.");
          if (start === undefined) return false;
        } finally {
          p.done(startLocation);
        }
      }
      let end: number | undefined;
      if (p.tryConsume("to")) {
        const endLocation = p.location(location, RANGE_END);
        try {
          if (p.tryConsume("max")) end = MAX_RANGE_SENTINEL - 1;
          else end = p.consumeInteger("Expected integer.");
          if (end === undefined) return false;
        } finally {
          p.done(endLocation);
        }
      } else {
        const endLocation = p.location(location, RANGE_END);
        endLocation.startAt(startToken);
        endLocation.endAt(startToken);
        end = start;
      }
      // Written inclusive, stored exclusive.
      range.start = start;
      range.end = (end + 1) | 0; // int32 arithmetic, as protoc: 2147483647 wraps (and the linker rejects it)
    } finally {
      p.done(location);
    }
  } while (p.tryConsume(","));

  if (p.lookingAt("[")) {
    // Options written once apply to every range of the statement; protoc parses them for
    // the first range into a side list of locations, then copies both to each range.
    const rangeIndexPosition = extensionsLocation.pathSize;
    const side: SourceCodeInfoLocation[] = [];
    const first = message.extensionRange[oldRangeCount];
    if (first === undefined) return false;
    first.options ??= newExtensionRangeOptions();
    const options = first.options;
    {
      const indexLocation = new LocationRecorder(
        side,
        [...extensionsLocation.location.path, 0],
        p.current,
      );
      const location = p.location(indexLocation, RANGE_OPTIONS);
      try {
        p.next(); // [
        do {
          if (!parseOption(p, options, location, "assignment")) return false;
        } while (p.tryConsume(","));
        if (!p.consume("]")) return false;
      } finally {
        p.done(location);
        p.done(indexLocation);
      }
    }
    for (let i = oldRangeCount + 1; i < message.extensionRange.length; i++) {
      const r = message.extensionRange[i];
      if (r !== undefined) r.options = cloneExtensionRangeOptions(options);
    }
    for (let i = oldRangeCount; i < message.extensionRange.length; i++) {
      for (const loc of side) {
        // The range's own location was recorded already.
        if (loc.path.length === rangeIndexPosition + 1) continue;
        const copy: SourceCodeInfoLocation = {
          ...loc,
          path: loc.path.slice(),
          span: loc.span.slice(),
          leadingDetachedComments: loc.leadingDetachedComments.slice(),
        };
        copy.path[rangeIndexPosition] = i;
        p.locations.push(copy);
      }
    }
  }
  return p.consumeEndOfDeclaration(";", extensionsLocation);
}

function cloneExtensionRangeOptions(o: ReturnType<typeof newExtensionRangeOptions>) {
  const copy = newExtensionRangeOptions();
  for (const u of o.uninterpretedOption) copy.uninterpretedOption.push(cloneOption(u));
  return copy;
}

/**
 * `extend Foo { fields }`: each field goes to `extensions` with `extendee` as written;
 * groups declared inside become messages in `messages`.
 */
export function parseExtend(
  p: ParserState,
  extensions: FieldDescriptorProto[],
  messages: DescriptorProto[],
  parentLocation: LocationRecorder,
  nestedTypeFieldNumber: number,
  extendLocation: LocationRecorder,
): boolean {
  if (!p.consume("extend")) return false;
  const extendeeStart = p.current;
  const extendee = parseUserDefinedType(p);
  if (extendee === undefined) return false;
  const extendeeEnd = p.tok.previous;
  if (!p.consumeEndOfDeclaration("{", extendLocation)) return false;
  do {
    if (p.atEnd()) {
      p.addError("Reached end of input in extend definition (missing '}').");
      return false;
    }
    const location = p.location(extendLocation, extensions.length);
    try {
      const field: FieldDescriptorProto = {};
      extensions.push(field);
      {
        const extendeeLocation = p.location(location, FIELD_EXTENDEE);
        extendeeLocation.startAt(extendeeStart);
        extendeeLocation.endAt(extendeeEnd);
      }
      field.extendee = extendee;
      if (!parseMessageField(p, field, messages, parentLocation, nestedTypeFieldNumber, location)) {
        p.skipStatement();
      }
    } finally {
      p.done(location);
    }
  } while (!p.tryConsumeEndOfDeclaration("}", null));
  return true;
}
