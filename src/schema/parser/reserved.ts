// `reserved` statements of messages and enums: names (string literals, or identifiers in
// editions) or number ranges (end-exclusive for messages, end-inclusive for enums).

import { decodeUtf8 } from "./literals.js";
import { parseRanges, type RangeKind } from "./ranges.js";
import type { LocationRecorder } from "./source-info.js";
import type { ParserState } from "./state.js";
import { TokenType } from "./tokenizer.js";

/** A message or an enum: where its reserved names and ranges go. */
interface ReservedTarget {
  reservedName: string[];
  reservedRange: { start?: number; end?: number }[];
}

/** How a message's or an enum's `reserved` statement reads and where it is recorded. */
export interface ReservedKind {
  /** "field name" or "enum value", as the error messages say. */
  what: string;
  ranges: RangeKind;
  /** Field numbers of `reserved_name` and `reserved_range` in the container (source-info paths). */
  namePath: number;
  rangePath: number;
}

/** `reserved 2, 15, 9 to 11;` or `reserved "foo", "bar";` (identifiers in editions). */
export function parseReserved(
  p: ParserState,
  target: ReservedTarget,
  parentLocation: LocationRecorder,
  kind: ReservedKind,
): boolean {
  const startToken = p.current;
  if (!p.consume("reserved")) return false;
  const names = p.lookingAtType(TokenType.String) || p.lookingAtType(TokenType.Identifier);
  const location = p.location(parentLocation, names ? kind.namePath : kind.rangePath);
  location.startAt(startToken);
  try {
    const ok = names
      ? parseReservedNames(p, target.reservedName, location, kind.what)
      : parseRanges(p, target.reservedRange, location, kind.ranges);
    return ok && p.consumeEndOfDeclaration(";", location);
  } finally {
    p.done(location);
  }
}

/**
 * Names after `reserved`: string literals in proto2/proto3, identifiers in editions. The
 * first name decides which kind is read (and is an error if it is the wrong kind for the
 * syntax); later names must be of the same kind.
 */
function parseReservedNames(
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
  return true;
}
