/**
 * `assembleProtoscope`: protoscope's language (github.com/protocolbuffers/protoscope,
 * language.txt) to bytes. Tokens are emitted in order; `{ ... }` is length-prefixed, `N: !{
 * ... }` a group, `N:TYPE` and `N:` tag expressions, `long-form:K` adds K redundant bytes to the
 * next varint (an integer, a tag, a length prefix, or a group's end tag when last in its
 * braces). Lengths are filled in when their braces close, so nesting costs no copying.
 */
import type { TextError } from "../errors.js";
import { Lexer, syntaxError, type Token } from "./lexer.js";
import { float32Of, readFloat, readInt } from "./numbers.js";
import { pushVarint, zigzag } from "./varint.js";

const WIRE_TYPES: Record<string, number> = {
  VARINT: 0,
  I64: 1,
  LEN: 2,
  SGROUP: 3,
  EGROUP: 4,
  I32: 5,
};

const U64 = 1n << 64n;
const I64_MIN = -(1n << 63n);

/** A length prefix, known when its braces close. */
interface Prefix {
  bytes: number[];
}

type Frame =
  | { kind: "len"; at: number; start: number; prefix: Prefix; extra: number }
  | { kind: "group"; at: number; field: bigint };

/** The bytes `text` describes; throws a TextError (line:col, source line, caret) if malformed. */
export function assembleProtoscope(text: string): Uint8Array {
  const lex = new Lexer(text);
  const segments: (number[] | Prefix)[] = [];
  let cur: number[] = [];
  let total = 0;
  const frames: Frame[] = [];
  const fail = (t: Token, detail: string): TextError => syntaxError(text, t.at, detail);
  const emit = (bytes: ArrayLike<number>) => {
    for (let k = 0; k < bytes.length; k++) cur.push(bytes[k]!);
    total += bytes.length;
  };
  const emitVarint = (v: bigint, extra: number) => {
    const before = cur.length;
    pushVarint(cur, v, extra);
    total += cur.length - before;
  };
  const emitFixed = (v: bigint, size: number) => {
    const u = BigInt.asUintN(size * 8, v);
    for (let k = 0; k < size; k++) cur.push(Number((u >> BigInt(8 * k)) & 0xffn));
    total += size;
  };

  for (let t = lex.next(); t !== undefined; t = lex.next()) {
    let extra = 0;
    let tok = t;
    if (t.kind === "word" && t.text.startsWith("long-form:")) {
      const m = /^long-form:([0-9]+)$/.exec(t.text);
      if (m === null || Number(m[1]) > 1000)
        throw fail(t, "expected `long-form:N` with N from 0 to 1000");
      extra = Number(m[1]);
      const next = lex.next();
      if (next === undefined) throw fail(t, "`long-form:N` must come before a varint, `{` or `}`");
      tok = next;
      if (tok.kind === "close") {
        const top = frames[frames.length - 1];
        if (top?.kind !== "group") throw fail(t, "`long-form:N` before `}` only ends a group");
      } else if (tok.kind !== "open" && tok.kind !== "word") {
        throw fail(t, "`long-form:N` must come before a varint, `{` or `}`");
      }
    }
    if (tok.kind === "bytes") {
      emit(tok.bytes);
    } else if (tok.kind === "open") {
      segments.push(cur);
      const prefix: Prefix = { bytes: [] };
      segments.push(prefix);
      cur = [];
      frames.push({ kind: "len", at: tok.at, start: total, prefix, extra });
    } else if (tok.kind === "group") {
      throw fail(tok, "`!{` must follow a tag expression like `5:`");
    } else if (tok.kind === "close") {
      const top = frames.pop();
      if (top === undefined) throw fail(tok, "`}` without an open `{`");
      if (top.kind === "len") {
        pushVarint(top.prefix.bytes, BigInt(total - top.start), top.extra);
        total += top.prefix.bytes.length;
      } else {
        emitVarint(BigInt.asUintN(64, (top.field << 3n) | 4n), extra);
      }
    } else {
      word(tok, extra);
    }
  }
  const open = frames.pop();
  if (open !== undefined) throw syntaxError(text, open.at, "`{` never closed");
  segments.push(cur);

  const out = new Uint8Array(total);
  let pos = 0;
  for (const s of segments) {
    const bytes = Array.isArray(s) ? s : s.bytes;
    for (let k = 0; k < bytes.length; k++) out[pos++] = bytes[k]!;
  }
  return out;

  /** Emits a word token (with `extra` from a `long-form:N` before it). */
  function word(t: Token & { kind: "word" }, extra: number): void {
    const s = t.text;
    const colon = s.indexOf(":");
    if (colon >= 0) {
      tag(t, s.slice(0, colon), s.slice(colon + 1), extra);
      return;
    }
    if (s === "true" || s === "false") {
      if (extra > 0) throw fail(t, "`long-form:N` needs an integer, not a boolean");
      emitVarint(s === "true" ? 1n : 0n, 0);
      return;
    }
    const inf = /^(-?)inf(32|64)$/.exec(s);
    const int = readInt(s);
    const float = inf === null && int === undefined ? readFloat(s) : undefined;
    if (inf === null && int === undefined && float === undefined)
      throw fail(t, `unknown token \`${s}\``);
    if (int !== undefined && (int.suffix === "" || int.suffix === "z")) {
      emitVarint(varintValue(t, int.value, int.suffix), extra);
      return;
    }
    if (extra > 0) throw fail(t, "`long-form:N` needs a varint");
    if (int !== undefined) {
      const bits = int.suffix === "i32" ? 32 : 64;
      if (int.value < -(1n << BigInt(bits - 1)) || int.value >= 1n << BigInt(bits)) {
        throw fail(t, `${s} does not fit in ${bits} bits`);
      }
      emitFixed(int.value, bits / 8);
    } else {
      const value = inf !== null ? (inf[1] === "-" ? -Infinity : Infinity) : float!.value;
      const wide = inf !== null ? inf[2] === "64" : float!.suffix !== "i32";
      const narrow = inf === null && !wide ? float32Of(s, value) : value;
      if (inf === null && !Number.isFinite(wide ? value : narrow)) {
        throw fail(t, `${s} does not fit in an IEEE 754 binary${wide ? 64 : 32}`);
      }
      const view = new DataView(new ArrayBuffer(8));
      if (wide) view.setFloat64(0, value, true);
      else view.setFloat32(0, narrow, true);
      emit(new Uint8Array(view.buffer, 0, wide ? 8 : 4));
    }
  }

  function varintValue(t: Token, v: bigint, suffix: "" | "z"): bigint {
    if (v < I64_MIN || v >= U64) throw fail(t, "integer does not fit in 64 bits");
    // As protoscope: the 64 bits are an int64 for zigzag (so 2^64 - 1 is -1).
    return suffix === "z" ? zigzag(BigInt.asIntN(64, v)) : BigInt.asUintN(64, v);
  }

  /** A tag expression `N:TYPE`, or `N:` with the type inferred from the next tokens. */
  function tag(t: Token, num: string, type: string, extra: number): void {
    const n = readInt(num);
    if (n === undefined || (n.suffix !== "" && n.suffix !== "z")) {
      throw fail(t, `\`${num}\` is not a field number`);
    }
    // As protoscope: the number takes 61 bits; `z` zigzags the whole tag, not the number.
    const field = n.value;
    if (field < -(1n << 61n) || field >= 1n << 61n) {
      throw fail(t, "field number too large for three extra bits for the wire type");
    }
    let wire: number;
    if (type !== "") {
      const named = WIRE_TYPES[type];
      wire = named ?? (/^(?:[0-9]+|0x[0-9a-fA-F]+)$/.test(type) ? Number(type) : -1);
      if (wire > 7) wire = -1;
      if (wire < 0)
        throw fail(
          t,
          `unknown wire type \`${type}\` (VARINT, I64, LEN, SGROUP, EGROUP, I32 or 0-7)`,
        );
    } else {
      wire = inferWire();
    }
    const tagValue = (field << 3n) | BigInt(wire);
    emitVarint(n.suffix === "z" ? zigzag(tagValue) : BigInt.asUintN(64, tagValue), extra);
    if (type === "" && wire === 3) {
      const open = lex.next()!;
      frames.push({ kind: "group", at: open.at, field });
    }
  }

  function inferWire(): number {
    const next = lex.peek(0);
    if (next === undefined) return 0;
    if (next.kind === "open") return 2;
    if (next.kind === "group") return 3;
    if (next.kind !== "word") return 0;
    const s = next.text;
    if (s.startsWith("long-form:")) return lex.peek(1)?.kind === "open" ? 2 : 0;
    if (/^-?inf32$/.test(s)) return 5;
    if (/^-?inf64$/.test(s)) return 1;
    const int = readInt(s);
    if (int !== undefined) return int.suffix === "i32" ? 5 : int.suffix === "i64" ? 1 : 0;
    const float = readFloat(s);
    if (float !== undefined) return float.suffix === "i32" ? 5 : 1;
    return 0;
  }
}
