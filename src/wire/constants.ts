/**
 * Wire-format constants from the protobuf encoding spec
 * (https://protobuf.dev/programming-guides/encoding/).
 */

/** The six wire types. 6 and 7 are invalid on the wire. */
export const WireType = {
  Varint: 0,
  Fixed64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Fixed32: 5,
} as const;
export type WireType = (typeof WireType)[keyof typeof WireType];

/** Field numbers are 1 .. 2^29 - 1: a tag is a uint32 with 3 bits of wire type. */
export const MIN_FIELD_NUMBER = 1;
export const MAX_FIELD_NUMBER = 536_870_911;

/** protoc refuses to declare fields in 19000..19999 (reserved for the implementation). */
export const FIRST_RESERVED_FIELD_NUMBER = 19_000;
export const LAST_RESERVED_FIELD_NUMBER = 19_999;

/** A 64-bit value needs at most ceil(64 / 7) = 10 varint bytes. */
export const MAX_VARINT_LENGTH = 10;

/** Nesting depth of groups/messages before decoding gives up (protoc's default is 100). */
export const DEFAULT_RECURSION_LIMIT = 100;
