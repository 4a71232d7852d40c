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
import { cloneOption, parseBracketedOptions } from "./options.js";
import { EXTENSION_RANGES, parseRanges } from "./ranges.js";
import { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";

// FieldDescriptorProto.extendee
const FIELD_EXTENDEE = 2;
// ExtensionRange.options
const RANGE_OPTIONS = 3;

/** `extensions 100 to 199, 500 to max [options];` */
export function parseExtensions(
  p: ParserState,
  message: DescriptorProto,
  extensionsLocation: LocationRecorder,
): boolean {
  if (!p.consume("extensions")) return false;
  const oldRangeCount = message.extensionRange.length;
  if (!parseRanges(p, message.extensionRange, extensionsLocation, EXTENSION_RANGES)) return false;

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
        if (!parseBracketedOptions(p, options, location)) return false;
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
