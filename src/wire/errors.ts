/**
 * The error family of protowire. Every failure surfaces as a ProtowireError subclass
 * with a stable string `code`, so callers can branch on it without parsing messages.
 */

/** Base class of every error protowire throws on purpose. */
export class ProtowireError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "ProtowireError";
    this.code = code;
  }
}

/** Codes of DecodeError. The first nine come from the wire layer, the rest from the codec. */
export type DecodeErrorCode =
  | "TRUNCATED"
  | "LENGTH_OUT_OF_RANGE"
  | "VARINT_OVERLONG"
  | "INVALID_WIRE_TYPE"
  | "INVALID_FIELD_NUMBER"
  | "UNEXPECTED_END_GROUP"
  | "MISMATCHED_END_GROUP"
  | "RECURSION_LIMIT"
  | "INVALID_UTF8"
  | "MISSING_REQUIRED"
  | "MESSAGE_TOO_LARGE"
  | "INVALID_VALUE";

/**
 * Bytes that cannot be decoded. `offset` is the byte offset (in the Reader's buffer) of the
 * start of the item that failed: the tag, varint, length prefix or fixed-width value.
 * `path` is the field path (`user.address.street`); the wire layer leaves it `""`.
 */
export class DecodeError extends ProtowireError {
  declare readonly code: DecodeErrorCode;
  // Declared, not fields: the constructor sets them (no class-field code in bundles).
  declare readonly offset: number;
  declare path: string;
  /** The message without the offset/path suffix, so the codec can rebuild it with a path. */
  declare readonly detail: string;
  constructor(code: DecodeErrorCode, detail: string, offset: number, path = "") {
    super(code, formatDecodeMessage(code, detail, offset, path));
    this.name = "DecodeError";
    this.offset = offset;
    this.path = path;
    this.detail = detail;
  }
}

function formatDecodeMessage(code: string, detail: string, offset: number, path: string): string {
  return `${code}: ${detail} at offset ${offset}${path && ` (field ${path})`}`;
}

/** Codes of EncodeError. */
export type EncodeErrorCode =
  | "INVALID_INT64"
  | "INVALID_FIELD_NUMBER"
  | "INVALID_WIRE_TYPE"
  | "UNBALANCED_FORK"
  | "BUFFER_TOO_SMALL"
  // Raised by the codec, which encodes through this layer:
  | "MISSING_REQUIRED"
  | "RECURSION_LIMIT"
  | "INVALID_VALUE";

/** A value the writer cannot encode (bad 64-bit input, bad field number, unbalanced fork/join). */
export class EncodeError extends ProtowireError {
  declare readonly code: EncodeErrorCode;
  constructor(code: EncodeErrorCode, message: string) {
    super(code, `${code}: ${message}`);
    this.name = "EncodeError";
  }
}
