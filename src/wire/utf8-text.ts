/**
 * UTF-8 decoding by the platform's TextDecoder: what the public Reader uses (small in a
 * bundle), and where the hand-written decoder (utf8-decode.ts, the codecs' FastReader) ends up
 * for what it does not decode itself.
 */
import { DecodeError } from "./errors.js";

// ignoreBOM: a leading U+FEFF is data, not a byte-order mark to strip.
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * Decodes buf[start, end) as UTF-8. With `fatal`, invalid UTF-8 throws DecodeError INVALID_UTF8
 * at `start`; without, invalid sequences become U+FFFD.
 */
export function decodeUtf8Text(
  buf: Uint8Array,
  start: number,
  end: number,
  fatal: boolean,
): string {
  const bytes = buf.subarray(start, end);
  if (!fatal) return lossyDecoder.decode(bytes);
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new DecodeError("INVALID_UTF8", "string field is not valid UTF-8", start);
  }
}
