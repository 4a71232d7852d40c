// Number ranges: the `N`, `N to M` and `N to max` lists of `extensions` and `reserved`
// statements (protoc's ParseExtensions and ParseReserved read them alike), and the late
// resolution of a message's `to max`.

import type { DescriptorProto } from "../descriptor/shapes.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";

// ExtensionRange / ReservedRange / EnumReservedRange field numbers.
const RANGE_START = 1;
const RANGE_END = 2;

/** int32 max: `to max` in an enum, and in a message_set_wire_format message. */
const INT32_MAX = 0x7fff_ffff;
/** Highest field number plus one: the exclusive end of a message's `to max` ranges. */
const MAX_FIELD_NUMBER_PLUS_ONE = 536_870_912;
/** Stand-in end for a message's `to max` until its options are known (protoc's sentinel). */
const MAX_RANGE_SENTINEL = -1;

/** How one statement's ranges are written and stored. */
export interface RangeKind {
  /** The error when the first range's start is missing. */
  firstStartError: string;
  /** The error when a later range's start is missing. */
  startError: string;
  /** Enum numbers may be negative; field numbers may not. */
  signed: boolean;
  /** Message ranges are stored end-exclusive, enum ranges end-inclusive. */
  endExclusive: boolean;
  /** The end that `to max` stands for, as written (inclusive). */
  max: number;
}

export const EXTENSION_RANGES: RangeKind = {
  firstStartError: "Expected field number range.",
  startError: "Expected field number range.",
  signed: false,
  endExclusive: true,
  max: MAX_RANGE_SENTINEL - 1,
};

export const MESSAGE_RESERVED_RANGES: RangeKind = {
  firstStartError: "Expected field name or number range.",
  startError: "Expected field number range.",
  signed: false,
  endExclusive: true,
  max: MAX_RANGE_SENTINEL - 1,
};

export const ENUM_RESERVED_RANGES: RangeKind = {
  firstStartError: "Expected enum value or number range.",
  startError: "Expected enum number range.",
  signed: true,
  endExclusive: false,
  max: INT32_MAX,
};

/**
 * `1, 5 to 10, 20 to max`: appends each range to `ranges`, each with its location under
 * `parentLocation` (a lone `N` gets an end location on the same token). Stops before
 * whatever follows the list.
 */
export function parseRanges(
  p: ParserState,
  ranges: { start?: number; end?: number }[],
  parentLocation: LocationRecorder,
  kind: RangeKind,
): boolean {
  let first = true;
  do {
    const location = p.location(parentLocation, ranges.length);
    try {
      const range: { start?: number; end?: number } = {};
      ranges.push(range);
      const startToken = p.current;
      let start: number | undefined;
      {
        const startLocation = p.location(location, RANGE_START);
        try {
          start = readNumber(p, kind, first ? kind.firstStartError : kind.startError);
          if (start === undefined) return false;
        } finally {
          p.done(startLocation);
        }
      }
      let end: number | undefined;
      if (p.tryConsume("to")) {
        const endLocation = p.location(location, RANGE_END);
        try {
          end = p.tryConsume("max") ? kind.max : readNumber(p, kind, "Expected integer.");
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
      range.start = start;
      // Written inclusive; int32 arithmetic as protoc, so 2147483647 wraps (the linker rejects it).
      range.end = kind.endExclusive ? (end + 1) | 0 : end;
      first = false;
    } finally {
      p.done(location);
    }
  } while (p.tryConsume(","));
  return true;
}

function readNumber(p: ParserState, kind: RangeKind, error: string): number | undefined {
  return kind.signed ? p.consumeSignedInteger(error) : p.consumeInteger(error);
}

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
