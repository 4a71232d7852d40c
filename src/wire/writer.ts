/**
 * Writer: appends fields to one growable Uint8Array (the public class of `protowire/wire` and the
 * main entry). What it shares with the codecs' FastWriter is in writer-core.ts; its own int32,
 * 64-bit varint and string writes are kept small for bundles: varints by one loop, strings
 * through TextEncoder.encodeInto (short ASCII ones by hand). FastWriter writes the same bytes
 * faster (test/wire runs its suites on both).
 */
import { MAX_VARINT_LENGTH } from "./constants.js";
import { WriterCore } from "./writer-core.js";

const encoder = new TextEncoder();

export class Writer extends WriterCore {
  /** int32 varint: negative values are sign-extended to 10 bytes, as protoc does. */
  override int32(v: number): this {
    v |= 0;
    return v >= 0 ? this.uint32(v) : this.varint64(v, 0xffff_ffff);
  }

  /** Writes the varint (lo, hi) of two uint32 halves (codegen fast path). */
  override varint64(lo: number, hi: number): this {
    this.ensure(MAX_VARINT_LENGTH);
    const buf = this.buf;
    let pos = this.pos;
    lo >>>= 0;
    hi >>>= 0;
    while (hi !== 0 || lo > 0x7f) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    buf[pos++] = lo;
    this.pos = pos;
    return this;
  }

  /** Length-prefixed UTF-8. Lone surrogates become U+FFFD (EF BF BD), as TextEncoder does. */
  override string(v: string): this {
    const n = v.length;
    if (n < 0x80) {
      // ASCII below 128 characters, the common case: by hand after a one-byte length (a call
      // into TextEncoder costs more than the loop for such strings).
      this.ensure(n + 1);
      const buf = this.buf;
      let i = 0;
      for (; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c >= 0x80) break;
        buf[this.pos + 1 + i] = c;
      }
      if (i === n) {
        buf[this.pos] = n;
        this.pos += n + 1;
        return this;
      }
    }
    this.fork();
    this.ensure(3 * v.length); // a UTF-16 unit never takes more than 3 UTF-8 bytes
    this.pos += encoder.encodeInto(v, this.buf.subarray(this.pos)).written;
    return this.join();
  }
}
