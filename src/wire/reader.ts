/**
 * Reader: a cursor over one Uint8Array (the public class of `protowire/wire` and the main
 * entry). What it shares with the codecs' FastReader is in reader-core.ts; its own varint,
 * length and string reads are kept small for bundles: varints through one checked loop
 * (varint.ts), strings through TextDecoder (short ASCII ones by hand). FastReader gives the same
 * values and errors faster (test/wire runs its suites on both).
 */
import { parts } from "./int64.js";
import { ReaderCore, type ReaderOptions } from "./reader-core.js";
import { decodeUtf8Text } from "./utf8-text.js";
import { readVarint64 } from "./varint.js";

export type { ReaderOptions };

export class Reader extends ReaderCore {
  /** A varint as uint32: a longer varint keeps its low 32 bits (protoc's truncation). */
  override uint32(): number {
    this.read64();
    return parts.lo;
  }

  /** Reads a 64-bit varint into `parts`. */
  protected override read64(): void {
    this.pos = readVarint64(this.buf, this.pos, this.end);
  }

  /** bool: any non-zero varint (all 64 bits count) is true. */
  override bool(): boolean {
    this.read64();
    return (parts.lo | parts.hi) !== 0;
  }

  /** string: strict UTF-8 (DecodeError INVALID_UTF8 at the first payload byte). */
  override string(): string {
    return this.text(true);
  }

  /** string without validation: invalid sequences become U+FFFD. */
  override stringLossy(): string {
    return this.text(false);
  }

  /**
   * A length-prefixed string: ASCII of up to 12 bytes by hand (where that beats a call into
   * TextDecoder and its view, and V8 still makes a flat string), anything else by TextDecoder.
   */
  private text(fatal: boolean): string {
    const end = this.length();
    const buf = this.buf;
    let p = this.pos;
    let s = "";
    if (end - p <= 12) for (; p < end && buf[p]! < 0x80; p++) s += String.fromCharCode(buf[p]!);
    if (p !== end) s = decodeUtf8Text(buf, this.pos, end, fatal);
    this.pos = end;
    return s;
  }
}
