/**
 * Size-delimited records from a stream: any AsyncIterable of Uint8Array chunks (Node's
 * Readable streams are) or a web ReadableStream (through its reader when it is not async
 * iterable). Chunks go through one SizeDelimitedSplitter (delimited.ts), so memory holds the
 * current chunk and at most one partial record, whatever the length of the stream.
 */
import {
  type SizeDelimitedRecord,
  type SizeDelimitedSplitOptions,
  SizeDelimitedSplitter,
} from "./delimited.js";
import { ProtowireError } from "./errors.js";

/** The reader of a web ReadableStream, as far as it is used here. */
interface ChunkReader {
  read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}

/** A source of chunks: an async iterable (Node Readable, async generator) or a web ReadableStream. */
export type SizeDelimitedSource = AsyncIterable<Uint8Array> | { getReader(): ChunkReader };

/**
 * The records of a size-delimited stream, in order, each as soon as its last byte arrives. A
 * clean end (no byte after the last record) ends the iteration; a stream cut inside a record
 * or its prefix throws DecodeError TRUNCATED naming the record and where it starts. Leaving
 * the loop early closes the source (Node streams are destroyed, web streams cancelled).
 */
export async function* sizeDelimitedSplitStream(
  source: SizeDelimitedSource,
  options?: SizeDelimitedSplitOptions,
): AsyncGenerator<SizeDelimitedRecord, void, undefined> {
  const splitter = new SizeDelimitedSplitter(options);
  for await (const chunk of sourceChunks(source)) {
    splitter.push(chunk);
    for (let r = splitter.next(); r !== undefined; r = splitter.next()) yield r;
  }
  splitter.finish();
}

/** The chunks of `source` (internal: the message decoders drive the splitter on them). */
export function sourceChunks(source: SizeDelimitedSource): AsyncIterable<Uint8Array> {
  if (typeof source === "object" && source !== null) {
    if (Symbol.asyncIterator in source) return source;
    if (typeof (source as { getReader?: unknown }).getReader === "function") {
      return readerChunks(source.getReader());
    }
  }
  throw new ProtowireError(
    "INVALID_ARGUMENT",
    "a size-delimited source must be an AsyncIterable<Uint8Array> or a ReadableStream",
  );
}

async function* readerChunks(reader: ChunkReader): AsyncGenerator<Uint8Array, void, undefined> {
  let done = false;
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) {
        done = true;
        return;
      }
      yield r.value as Uint8Array;
    }
  } finally {
    // Stopped early (a break, or an error in a record): the stream is not read further.
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
