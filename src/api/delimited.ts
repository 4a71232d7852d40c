/**
 * Size-delimited messages: each message's binary form behind a varint length prefix, one after
 * another (Java's writeDelimitedTo / parseDelimitedFrom, Go's protodelim, protobuf-es's
 * sizeDelimitedEncode / sizeDelimitedDecodeStream, whose names these are). The framing is the
 * wire layer's (src/wire/delimited.ts); this adds the message types, and puts the record's
 * index and stream offsets into the errors of the records that fail to decode.
 */
import type { DecodeOptions, EncodeOptions, MessageCodec } from "../codec/index.js";
import { sourceChunks } from "../wire/delimited-stream.js";
import {
  DecodeError,
  type SizeDelimitedRecord,
  type SizeDelimitedSource,
  SizeDelimitedSplitter,
  sizeDelimitedFrame,
  sizeDelimitedSplit,
} from "../wire/index.js";

/**
 * Options of the delimited decoders: the codec's decode options, applied to every record, with
 * `maxMessageSize` (default 64 MiB here) checked on each length prefix before the record is
 * buffered: a prefix announcing more is a DecodeError MESSAGE_TOO_LARGE.
 */
export type SizeDelimitedDecodeOptions = DecodeOptions;

/** `msg` encoded with its length as a varint in front: one record of a size-delimited stream. */
export function sizeDelimitedEncode<T extends object>(
  type: MessageCodec<T>,
  msg: T,
  options?: EncodeOptions,
): Uint8Array {
  return sizeDelimitedFrame(type.encode(msg, options));
}

/** The messages of a whole size-delimited buffer, in order (a generator). */
export function* sizeDelimitedDecode<T extends object>(
  type: MessageCodec<T>,
  bytes: Uint8Array,
  options?: SizeDelimitedDecodeOptions,
): Generator<T, void, undefined> {
  for (const record of sizeDelimitedSplit(bytes, options))
    yield decodeRecord(type, record, options);
}

/**
 * The messages of a size-delimited stream (any AsyncIterable<Uint8Array>, a Node Readable, a
 * web ReadableStream), each as soon as its record is complete. Memory holds the current chunk
 * and at most one partial record. A clean end ends the iteration; a cut-off record or prefix
 * throws DecodeError TRUNCATED naming the record (0-based) and the stream offset it starts at.
 */
export async function* sizeDelimitedDecodeStream<T extends object>(
  type: MessageCodec<T>,
  source: SizeDelimitedSource,
  options?: SizeDelimitedDecodeOptions,
): AsyncGenerator<T, void, undefined> {
  // The splitter driven here rather than through sizeDelimitedSplitStream: one async
  // generator per message instead of two halves the promises a message costs.
  const splitter = new SizeDelimitedSplitter(options);
  for await (const chunk of sourceChunks(source)) {
    splitter.push(chunk);
    for (let r = splitter.next(); r !== undefined; r = splitter.next()) {
      yield decodeRecord(type, r, options);
    }
  }
  splitter.finish();
}

/**
 * Decodes one record. A DecodeError comes out as a new one with `record N: ` before its detail,
 * its offset moved from the record's body to the stream, and the same code and field path.
 */
function decodeRecord<T extends object>(
  type: MessageCodec<T>,
  record: SizeDelimitedRecord,
  options: DecodeOptions | undefined,
): T {
  try {
    return type.decode(record.bytes, options);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    throw new DecodeError(
      e.code,
      `record ${record.index}: ${e.detail}`,
      record.bodyOffset + e.offset,
      e.path,
    );
  }
}
