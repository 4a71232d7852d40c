/** Tags: `fieldNumber << 3 | wireType`, written as a uint32 varint before every field. */
import { MAX_FIELD_NUMBER, MIN_FIELD_NUMBER } from "./constants.js";
import { EncodeError } from "./errors.js";
import { sizeVarint32 } from "./varint.js";

/** Field number of a raw tag (uint32). */
export function tagFieldNumber(tag: number): number {
  return tag >>> 3;
}

/** Wire type of a raw tag. */
export function tagWireType(tag: number): number {
  return tag & 7;
}

/** True when `n` is an integer in 1 .. 2^29 - 1. */
export function isValidFieldNumber(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_FIELD_NUMBER && n <= MAX_FIELD_NUMBER;
}

/**
 * The raw tag for (fieldNumber, wireType) as a uint32. Throws EncodeError INVALID_FIELD_NUMBER
 * or INVALID_WIRE_TYPE (6 and 7 are not wire types).
 */
export function makeTag(fieldNumber: number, wireType: number): number {
  if (!isValidFieldNumber(fieldNumber)) {
    throw new EncodeError(
      "INVALID_FIELD_NUMBER",
      `field number ${fieldNumber} is outside ${MIN_FIELD_NUMBER}..${MAX_FIELD_NUMBER}`,
    );
  }
  if (!(Number.isInteger(wireType) && wireType >= 0 && wireType <= 5)) {
    throw new EncodeError("INVALID_WIRE_TYPE", `wire type ${wireType} is outside 0..5`);
  }
  return ((fieldNumber << 3) | wireType) >>> 0;
}

/** Bytes of the tag of `fieldNumber` (the wire type does not change the size). */
export function sizeTag(fieldNumber: number): number {
  return sizeVarint32(fieldNumber << 3);
}
