// `dump --delimited` over a stream: each whole record is dumped as soon as it has arrived, so
// memory holds one record (or the unparsed rest) at a time, whatever the stream's length. The
// text is what dumping the whole input at once gives: the records one by one, then whatever
// is left at the end (a cut record, a bad length prefix) as raw bytes with its comment.

import {
  concatBytes,
  dumpProtoscope,
  type ProtoscopeDumpOptions,
  sizeDelimitedPeek,
} from "../node.js";
import { InputError } from "./errors.js";
import type { Output } from "./streams.js";

type DumpType = ProtoscopeDumpOptions["type"];

export async function dumpDelimitedStream(
  chunks: AsyncIterable<Uint8Array>,
  type: DumpType,
  maxSize: number,
  out: Output,
): Promise<void> {
  // The bytes not dumped yet, as received (joined only once they hold a whole record).
  let parts: Uint8Array[] = [];
  let size = 0;
  let need = 0; // bytes the next record needs (Infinity after a bad prefix: the rest is raw)
  let base = 0; // stream offset of the first pending byte
  let record = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size < need) {
      if (size > maxSize) throw tooLarge(record, base, maxSize); // the raw rest grows
      continue;
    }
    const pending = parts.length === 1 ? parts[0]! : concatBytes(parts);
    let pos = 0;
    for (let end = recordEnd(pending, pos); end <= pending.length; end = recordEnd(pending, pos)) {
      if (end - pos > maxSize) throw tooLarge(record, base + pos, maxSize);
      await out.write(dumpProtoscope(pending.subarray(pos, end), at(type, base + pos, record)));
      record++;
      pos = end;
    }
    parts = pos < pending.length ? [pending.subarray(pos)] : [];
    size = pending.length - pos;
    base += pos;
    need = size === 0 ? 0 : recordEnd(pending, pos) - pos;
    if (size > maxSize || (need > maxSize && need !== Number.POSITIVE_INFINITY)) {
      throw tooLarge(record, base, maxSize);
    }
  }
  if (size > 0) await out.write(dumpProtoscope(concatBytes(parts), at(type, base, record)));
}

function tooLarge(record: number, offset: number, maxSize: number): InputError {
  return new InputError(
    `record ${record} at offset ${offset}: more than ${maxSize} bytes (raise it with --max-size)`,
  );
}

/** The options that dump a piece of the stream starting at `offset` with record `record`. */
function at(type: DumpType, offset: number, record: number): ProtoscopeDumpOptions {
  const options: ProtoscopeDumpOptions = { delimited: true, offset, firstRecord: record };
  if (type !== undefined) options.type = type;
  return options;
}

/**
 * Where the record at `pos` ends (past the end of `bytes` when they do not hold it whole: one
 * byte past when its prefix is cut); Infinity for a bad prefix, after which all is raw.
 */
function recordEnd(bytes: Uint8Array, pos: number): number {
  if (pos >= bytes.length) return bytes.length + 1;
  let peek: ReturnType<typeof sizeDelimitedPeek>;
  try {
    peek = sizeDelimitedPeek(bytes, pos);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  return peek.eof ? bytes.length + 1 : peek.offset + peek.size;
}
