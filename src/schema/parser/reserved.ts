// `reserved` statements of messages and enums: names (string literals, or identifiers in
// editions) and number ranges (end-exclusive for messages, end-inclusive for enums).

import { decodeUtf8 } from "./literals.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";
import { TokenType } from "./tokenizer.js";

const RANGE_START = 1;
const RANGE_END = 2;
/** `to max` in an enum: int32 max. */
const INT32_MAX = 0x7fff_ffff;
/** Stand-in end for a message's `to max` until its options are known (protoc's sentinel). */
export const MAX_RANGE_SENTINEL = -1;

/**
 * Names after `reserved`: string literals in proto2/proto3, identifiers in editions. The
 * first name decides which kind is read (and is an error if it is the wrong kind for the
 * syntax); later names must be of the same kind. `what` is "field name" or "enum value".
 */
export function parseReservedNames(
  p: ParserState,
  names: string[],
  parentLocation: LocationRecorder,
  what: string,
): boolean {
  const identifiers = p.lookingAtType(TokenType.Identifier);
  if (identifiers && p.syntax !== "editions") {
    p.addError("Reserved names must be string literals. (Only editions supports identifiers.)");
    return false;
  }
  if (!identifiers && p.syntax === "editions") {
    p.addError("Reserved names must be identifiers in editions, not string literals.");
    return false;
  }
  do {
    const location = p.location(parentLocation, names.length);
    try {
      if (identifiers) {
        const id = p.consumeIdentifier(`Expected ${what} identifier.`);
        if (id === undefined) return false;
        names.push(id);
      } else {
        const bytes = p.consumeString(`Expected ${what} string literal.`);
        if (bytes === undefined) return false;
        names.push(decodeUtf8(bytes));
      }
    } finally {
      p.done(location);
    }
  } while (p.tryConsume(","));
  return p.consumeEndOfDeclaration(";", parentLocation);
}

/**
 * Number ranges after `reserved`. Message ranges are stored end-exclusive and reach at most
 * the field-number limit; enum ranges (`forEnum`) are signed, end-inclusive, `max` = int32 max.
 */
export function parseReservedNumbers(
  p: ParserState,
  ranges: { start?: number; end?: number }[],
  parentLocation: LocationRecorder,
  forEnum: boolean,
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
          if (forEnum) {
            start = p.consumeSignedInteger(
              first ? "Expected enum value or number range." : "Expected enum number range.",
            );
          } else {
            start = p.consumeInteger(
              first ? "Expected field name or number range." : "Expected field number range.",
            );
          }
          if (start === undefined) return false;
        } finally {
          p.done(startLocation);
        }
      }
      let end: number | undefined;
      if (p.tryConsume("to")) {
        const endLocation = p.location(location, RANGE_END);
        try {
          if (p.tryConsume("max")) end = forEnum ? INT32_MAX : MAX_RANGE_SENTINEL - 1;
          else
            end = forEnum
              ? p.consumeSignedInteger("Expected integer.")
              : p.consumeInteger("Expected integer.");
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
      range.end = forEnum ? end : (end + 1) | 0; // int32 wrap-around, as protoc
      first = false;
    } finally {
      p.done(location);
    }
  } while (p.tryConsume(","));
  return p.consumeEndOfDeclaration(";", parentLocation);
}
