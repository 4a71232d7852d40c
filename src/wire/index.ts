/** The wire layer: schema-free protobuf encoding on Uint8Array (the `protowire/wire` entry). */

export { concatBytes } from "./concat.js";
export {
  DEFAULT_RECURSION_LIMIT,
  FIRST_RESERVED_FIELD_NUMBER,
  LAST_RESERVED_FIELD_NUMBER,
  MAX_FIELD_NUMBER,
  MAX_VARINT_LENGTH,
  MIN_FIELD_NUMBER,
  WireType,
} from "./constants.js";
export {
  DEFAULT_MAX_DELIMITED_SIZE,
  type SizeDelimitedPeekResult,
  type SizeDelimitedRecord,
  type SizeDelimitedSplitOptions,
  SizeDelimitedSplitter,
  sizeDelimitedFrame,
  sizeDelimitedPeek,
  sizeDelimitedSplit,
} from "./delimited.js";
export { type SizeDelimitedSource, sizeDelimitedSplitStream } from "./delimited-stream.js";
export {
  DecodeError,
  type DecodeErrorCode,
  EncodeError,
  type EncodeErrorCode,
  ProtowireError,
} from "./errors.js";
export {
  decodeDouble,
  decodeFixed32,
  decodeFixed64,
  decodeFloat,
  decodeSfixed32,
  decodeSfixed64,
  encodeDouble,
  encodeFixed32,
  encodeFixed64,
  encodeFloat,
} from "./fixed.js";
export { type Int64Input, partsToInt64, partsToUint64 } from "./int64.js";
export { Reader, type ReaderOptions } from "./reader.js";
export { isValidFieldNumber, makeTag, sizeTag, tagFieldNumber, tagWireType } from "./tag.js";
export { decodeUtf8, encodeUtf8, sizeString } from "./utf8.js";
export {
  decodeVarint32,
  decodeVarint64,
  encodeVarint32,
  encodeVarint64,
  sizeVarint32,
  sizeVarint64,
  sizeVarint64Parts,
  sizeVarintInt32,
} from "./varint.js";
export { Writer } from "./writer.js";
export { zigzagDecode32, zigzagDecode64, zigzagEncode32, zigzagEncode64 } from "./zigzag.js";
