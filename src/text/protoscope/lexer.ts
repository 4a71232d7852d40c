/**
 * Tokens of protoscope's language: `{`, `}`, `!{`, quoted strings (escapes `\\ \" \xHH \NNN
 * \n`, anything else up to the closing quote kept as is), hex literals in backticks, and
 * words (integers, floats, tag expressions, `long-form:N`, keywords). `#` comments and
 * whitespace separate tokens. Offsets are UTF-16 offsets into the text, for errors.
 */
import { encodeUtf8 } from "../../wire/index.js";
import type { TextError } from "../errors.js";
import { errorAt } from "../parse/position.js";

export type Token =
  | { kind: "open"; at: number }
  | { kind: "close"; at: number }
  | { kind: "group"; at: number }
  | { kind: "bytes"; at: number; bytes: Uint8Array }
  | { kind: "word"; at: number; text: string };

/** Characters of words: letters, digits, `_ . : + -`. */
function isWord(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 58) || // digits and ':'
    (c >= 65 && c <= 90) ||
    c === 95 ||
    c === 46 ||
    c === 43 ||
    c === 45
  );
}

export function syntaxError(text: string, at: number, detail: string): TextError {
  return errorAt(text, at, "TEXT_SYNTAX", detail);
}

/**
 * Tokens of `text` one at a time, with a lookahead of a few (tag expressions infer their wire
 * type from the next tokens); throws a TextError at the first bad one. Tokens are not kept,
 * so a large text costs no memory beyond its output.
 */
export class Lexer {
  private pos = 0;
  private readonly ahead: Token[] = [];
  constructor(private readonly text: string) {}

  /** The token `k` places ahead (0: the next), or undefined at the end. */
  peek(k: number): Token | undefined {
    while (this.ahead.length <= k) {
      const t = this.scan();
      if (t === undefined) return undefined;
      this.ahead.push(t);
    }
    return this.ahead[k];
  }

  /** The next token, or undefined at the end. */
  next(): Token | undefined {
    return this.ahead.length > 0 ? this.ahead.shift() : this.scan();
  }

  private scan(): Token | undefined {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    for (;;) {
      if (i >= n) {
        this.pos = i;
        return undefined;
      }
      const code = text.charCodeAt(i);
      if (code === 32 || code === 10 || code === 9 || code === 13) {
        i++;
      } else if (code === 35) {
        const nl = text.indexOf("\n", i);
        i = nl < 0 ? n : nl + 1;
      } else {
        break;
      }
    }
    const [token, next] = tokenAt(text, i);
    this.pos = next;
    return token;
  }
}

/** The token starting at `i` (not whitespace) and the offset after it. */
function tokenAt(text: string, i: number): [Token, number] {
  const code = text.charCodeAt(i);
  const c = text[i]!;
  if (c === "{") return [{ kind: "open", at: i }, i + 1];
  if (c === "}") return [{ kind: "close", at: i }, i + 1];
  if (c === "!") {
    if (text[i + 1] !== "{") throw syntaxError(text, i, "expected `{` right after `!`");
    return [{ kind: "group", at: i }, i + 2];
  }
  if (c === '"') {
    const [bytes, next] = quoted(text, i);
    return [{ kind: "bytes", at: i, bytes }, next];
  }
  if (c === "`") {
    const close = text.indexOf("`", i + 1);
    if (close < 0) throw syntaxError(text, i, "unterminated hex literal");
    return [{ kind: "bytes", at: i, bytes: hex(text, i + 1, close) }, close + 1];
  }
  if (isWord(code)) {
    let j = i + 1;
    while (j < text.length && isWord(text.charCodeAt(j))) j++;
    return [{ kind: "word", at: i, text: text.slice(i, j) }, j];
  }
  throw syntaxError(text, i, `unexpected character ${JSON.stringify(c)}`);
}

function hex(text: string, from: number, to: number): Uint8Array {
  if ((to - from) % 2 !== 0) throw syntaxError(text, from, "odd number of hex digits");
  const out = new Uint8Array((to - from) / 2);
  for (let k = 0; k < out.length; k++) {
    const at = from + 2 * k;
    out[k] = (nibble(text, at) << 4) | nibble(text, at + 1);
  }
  return out;
}

function nibble(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  throw syntaxError(text, at, "not a hex digit");
}

/** The bytes of the quoted string starting at `start` (its `"`), and the offset after it. */
function quoted(text: string, start: number): [Uint8Array, number] {
  // Fast path: ASCII without escapes.
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const out = new Uint8Array(i - start - 1);
      for (let k = 0; k < out.length; k++) out[k] = text.charCodeAt(start + 1 + k);
      return [out, i + 1];
    }
    if (c === 92 || c >= 0x80) break;
  }
  const out: number[] = [];
  let run = start + 1;
  const flush = (to: number) => {
    if (to > run) {
      const s = text.slice(run, to);
      const buf = new Uint8Array(s.length * 3);
      const len = encodeUtf8(buf, 0, s);
      for (let k = 0; k < len; k++) out.push(buf[k]!);
    }
  };
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw syntaxError(text, start, "unterminated string");
    const c = text[i]!;
    if (c === '"') {
      flush(i);
      return [Uint8Array.from(out), i + 1];
    }
    if (c !== "\\") {
      i++;
      continue;
    }
    flush(i);
    const e = text[i + 1];
    if (e === "\\" || e === '"') {
      out.push(e.charCodeAt(0));
      i += 2;
    } else if (e === "n") {
      out.push(10);
      i += 2;
    } else if (e === "x") {
      const h = text.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) throw syntaxError(text, i, "`\\x` takes two hex digits");
      out.push(Number.parseInt(h, 16));
      i += 4;
    } else if (e !== undefined && e >= "0" && e <= "7") {
      let j = i + 1;
      while (j < i + 4 && text[j] !== undefined && text[j]! >= "0" && text[j]! <= "7") j++;
      const v = Number.parseInt(text.slice(i + 1, j), 8);
      if (v > 255) throw syntaxError(text, i, "octal escape does not fit in a byte");
      out.push(v);
      i = j;
    } else {
      throw syntaxError(text, i, 'unknown escape (legal: \\\\ \\" \\xHH \\NNN \\n)');
    }
    run = i;
  }
}
