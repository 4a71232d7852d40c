/**
 * The conformance runner's pipe protocol: every message, in both directions, is a 4-byte
 * little-endian length followed by that many bytes of a serialized ConformanceRequest or
 * ConformanceResponse. Nothing else may ever be written to stdout.
 */

const LENGTH_PREFIX_BYTES = 4;

/** Prefixes `payload` with its length as a 4-byte little-endian unsigned integer. */
export function frame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(LENGTH_PREFIX_BYTES + payload.length);
  new DataView(out.buffer).setUint32(0, payload.length, true);
  out.set(payload, LENGTH_PREFIX_BYTES);
  return out;
}

/**
 * Reassembles frames from a byte stream that arrives in arbitrary chunks: a frame may be split
 * across chunks and one chunk may hold several frames. Memory stays bounded by the bytes that
 * actually arrived: a length prefix is never used to allocate ahead of the data.
 */
export class FrameSplitter {
  private chunks: Uint8Array[] = [];
  private buffered = 0;

  /** Feeds a chunk; returns every frame that is now complete, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    const frames: Uint8Array[] = [];
    for (;;) {
      if (this.buffered < LENGTH_PREFIX_BYTES) break;
      const length = this.peekLength();
      if (this.buffered < LENGTH_PREFIX_BYTES + length) break;
      const whole = this.take(LENGTH_PREFIX_BYTES + length);
      frames.push(whole.subarray(LENGTH_PREFIX_BYTES));
    }
    return frames;
  }

  /** Bytes received but not yet part of a complete frame (non-zero at EOF means a torn frame). */
  get pendingBytes(): number {
    return this.buffered;
  }

  private peekLength(): number {
    const head = this.chunks[0]!;
    if (head.length >= LENGTH_PREFIX_BYTES) {
      return new DataView(head.buffer, head.byteOffset, LENGTH_PREFIX_BYTES).getUint32(0, true);
    }
    const prefix = this.copyPrefix(LENGTH_PREFIX_BYTES);
    return new DataView(prefix.buffer).getUint32(0, true);
  }

  private copyPrefix(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    for (const c of this.chunks) {
      const part = c.subarray(0, n - filled);
      out.set(part, filled);
      filled += part.length;
      if (filled === n) break;
    }
    return out;
  }

  /** Removes the first n buffered bytes and returns them as one contiguous array. */
  private take(n: number): Uint8Array {
    const head = this.chunks[0]!;
    let out: Uint8Array;
    if (head.length >= n) {
      // Common case: the whole frame sits in one chunk; hand out a view, no copy.
      out = head.subarray(0, n);
    } else {
      out = this.copyPrefix(n);
    }
    let remaining = n;
    while (remaining > 0) {
      const c = this.chunks[0]!;
      if (c.length <= remaining) {
        this.chunks.shift();
        remaining -= c.length;
      } else {
        this.chunks[0] = c.subarray(remaining);
        remaining = 0;
      }
    }
    this.buffered -= n;
    return out;
  }
}
