/**
 * Strings and bytes as protoc quotes them (absl::CEscape over the bytes): `\n`, `\r`, `\t`,
 * `\"`, `\'` and `\\` by name, every other byte below 0x20 or from 0x7f up as three octal
 * digits, the rest as is. A string is escaped over its UTF-8 bytes, so `é` prints as
 * `\303\251`; a lone surrogate is the bytes of U+FFFD, as the Writer encodes it.
 */

/** The escaped text of each byte value. */
const BYTE_TEXT: readonly string[] = (() => {
  const out: string[] = [];
  for (let b = 0; b < 256; b++) {
    if (b === 0x0a) out.push("\\n");
    else if (b === 0x0d) out.push("\\r");
    else if (b === 0x09) out.push("\\t");
    else if (b === 0x22) out.push('\\"');
    else if (b === 0x27) out.push("\\'");
    else if (b === 0x5c) out.push("\\\\");
    else if (b < 0x20 || b >= 0x7f) out.push(`\\${b.toString(8).padStart(3, "0")}`);
    else out.push(String.fromCharCode(b));
  }
  return out;
})();

/** Characters that print as themselves: printable ASCII but `"`, `'` and `\`. */
const PLAIN = /^[ !#-&(-[\]-~]*$/;

/** Escaped UTF-8 of each BMP code unit from 0x80 (surrogates excepted), made on first use. */
const BMP_TEXT: (string | undefined)[] = new Array(0x10000).fill(undefined);

function bmpText(c: number): string {
  let t = BMP_TEXT[c];
  if (t === undefined) {
    t =
      c < 0x800
        ? BYTE_TEXT[0xc0 | (c >> 6)]! + BYTE_TEXT[0x80 | (c & 63)]!
        : BYTE_TEXT[0xe0 | (c >> 12)]! +
          BYTE_TEXT[0x80 | ((c >> 6) & 63)]! +
          BYTE_TEXT[0x80 | (c & 63)]!;
    BMP_TEXT[c] = t;
  }
  return t;
}

/** The escaped UTF-8 of a code point from U+10000. */
function astralText(cp: number): string {
  return (
    BYTE_TEXT[0xf0 | (cp >> 18)]! +
    BYTE_TEXT[0x80 | ((cp >> 12) & 63)]! +
    BYTE_TEXT[0x80 | ((cp >> 6) & 63)]! +
    BYTE_TEXT[0x80 | (cp & 63)]!
  );
}

/**
 * Reading one character flattens a string built by concatenation: the printers read one of
 * each piece while its parts are young (a rope of a whole large text kept the collector busy).
 */
export const flat = { sink: 0 };

/** A string field's value in quotes, escaped. */
export function quoteString(s: string): string {
  if (PLAIN.test(s)) return `"${s}"`;
  let out = "";
  let from = 0; // start of the run of plain characters not yet copied
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x5c) continue;
    if (from < i) out += s.slice(from, i);
    if (c < 0x80) out += BYTE_TEXT[c];
    else if (c < 0xd800 || c >= 0xe000) out += bmpText(c);
    else {
      const next = s.charCodeAt(i + 1);
      if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        out += astralText(0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00));
        i++;
      } else out += bmpText(0xfffd);
    }
    from = i + 1;
  }
  if (from < s.length) out += s.slice(from);
  out = `"${out}"`;
  flat.sink ^= out.charCodeAt(0);
  return out;
}

/**
 * Bytes in quotes, escaped. Runs of bytes that need no escape are copied as one piece each
 * (a piece per byte made a chain of small strings per value, and the collector spent two
 * thirds of `decode-raw`'s time on them); the text is made flat while it is fresh, as
 * quoteString's is.
 */
export function quoteBytes(b: Uint8Array): string {
  let out = "";
  let from = 0; // start of the run of plain bytes not yet copied
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x5c) continue;
    if (from < i) out += latin1(b, from, i);
    out += BYTE_TEXT[c];
    from = i + 1;
  }
  if (from < b.length) out += latin1(b, from, b.length);
  out = `"${out}"`;
  flat.sink ^= out.charCodeAt(0);
  return out;
}

/** Bytes of `b` in [from, to), all printable ASCII, as a string (in bounded argument lists). */
function latin1(b: Uint8Array, from: number, to: number): string {
  const CHUNK = 4096;
  let s = "";
  for (let i = from; i < to; i += CHUNK) {
    const part = b.subarray(i, Math.min(to, i + CHUNK));
    s += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return s;
}
