/**
 * Byte strings in protoscope's language: a quoted string when the bytes are printable UTF-8
 * (escapes `\\`, `\"`, `\n`, and `\xHH` for tab and CR), else a hex literal. Either reads back
 * to exactly the same bytes.
 */

import { scanWork } from "./scan.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as printable text, or undefined when they are not valid UTF-8 or hold controls. */
export function printableText(buf: Uint8Array, from: number, to: number): string | undefined {
  // Cheap refusal first, at the first bad byte: a control other than tab, LF and CR, or a
  // byte out of place in UTF-8's structure (the decoder below has the last word).
  let i = from;
  for (let more = 0; i < to; i++) {
    const b = buf[i]!;
    if (more > 0) {
      if (b < 0x80 || b > 0xbf) break;
      more--;
    } else if (b >= 0x80) {
      if (b < 0xc2 || b > 0xf4) break;
      more = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    } else if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) {
      break;
    }
  }
  scanWork.bytes += i - from;
  if (i < to) return undefined;
  let s: string;
  try {
    s = decoder.decode(buf.subarray(from, to));
  } catch {
    return undefined;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) return undefined;
  }
  return s;
}

/** A quoted-string token for printable text `s`. */
export function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\" || c === '"') out += `\\${c}`;
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\x09";
    else if (c === "\r") out += "\\x0d";
    else out += c;
  }
  return `${out}"`;
}

/** A hex literal of buf[from, to). */
export function hexToken(buf: Uint8Array, from: number, to: number): string {
  let out = "`";
  for (let i = from; i < to; i++) out += buf[i]!.toString(16).padStart(2, "0");
  return `${out}\``;
}

/** Quoted when printable, else hex: the token of buf[from, to). */
export function bytesToken(buf: Uint8Array, from: number, to: number): string {
  const s = printableText(buf, from, to);
  return s === undefined ? hexToken(buf, from, to) : quote(s);
}
