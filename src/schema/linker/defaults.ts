// `[default = ...]` values: checked and parsed as protoc's DescriptorBuilder parses them, and
// rewritten in protoc's canonical text (FieldDescriptor::DefaultValueAsString), which is what
// --descriptor_set_out contains ("0x10" -> "16", float "1.10" -> "1.1", bytes C-escaped).

import { fieldKind } from "../descriptor/field-kinds.js";
import { FieldType } from "../descriptor/shapes.js";
import { cEscape, formatG, simpleDtoa } from "../parser/literals.js";
import type { FieldNode } from "./nodes.js";

export type DefaultResult = { value: unknown; text: string } | { error: string };

/** strtol(text, &end, 0): sign, then 0x hex / 0 octal / decimal; undefined if junk remains. */
function parseCInteger(text: string): bigint | undefined {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2]!;
  let v: bigint;
  if (/^0[xX]/.test(digits)) v = BigInt(digits);
  else if (digits.length > 1 && digits.startsWith("0")) v = BigInt(`0o${digits.slice(1)}`);
  else v = BigInt(digits);
  return m[1] === "-" ? -v : v;
}

/** protoc's SimpleFtoa: %.6g, or %.9g when 6 digits do not round-trip through float. */
export function simpleFtoa(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return "inf";
  if (v === Number.NEGATIVE_INFINITY) return "-inf";
  if (Number.isNaN(v)) return "nan";
  const short = formatG(v, 6);
  // strtof reports ERANGE for subnormals, so protoc's round-trip check fails for them and it
  // prints 9 digits (1.40129846e-45, not 1.4013e-45).
  const subnormal = v !== 0 && Math.abs(v) < 1.1754943508222875e-38;
  return !subnormal && Math.fround(Number.parseFloat(short)) === v ? short : formatG(v, 9);
}

function parseCFloat(text: string): number | undefined {
  if (
    !/^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|0[xX][0-9a-fA-F]+|inf|infinity|nan)$/i.test(
      text,
    )
  ) {
    return undefined;
  }
  const t = text.trim().toLowerCase();
  const neg = t.startsWith("-");
  const body = t.replace(/^[+-]/, "");
  let v: number;
  if (body === "inf" || body === "infinity") v = Number.POSITIVE_INFINITY;
  else if (body === "nan") v = Number.NaN;
  else if (body.startsWith("0x")) v = Number.parseInt(body, 16);
  else v = Number.parseFloat(body);
  return neg ? -v : v;
}

/** Decodes a C-escaped string (bytes defaults are stored escaped). */
function unescapeC(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 92 || i + 1 >= s.length) {
      if (c < 0x80) out.push(c);
      else out.push(...new TextEncoder().encode(s[i]));
      continue;
    }
    const e = s[++i]!;
    if (e >= "0" && e <= "7") {
      let code = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i + 1 < s.length && s[i + 1]! >= "0" && s[i + 1]! <= "7"; k++) {
        code = code * 8 + s.charCodeAt(++i) - 48;
      }
      out.push(code & 0xff);
    } else if (e === "x" || e === "X") {
      let code = 0;
      for (let k = 0; k < 2 && i + 1 < s.length && /[0-9a-fA-F]/.test(s[i + 1]!); k++) {
        code = code * 16 + Number.parseInt(s[++i]!, 16);
      }
      out.push(code);
    } else {
      const map: Record<string, number> = { n: 10, r: 13, t: 9, a: 7, b: 8, f: 12, v: 11 };
      out.push(map[e] ?? e.charCodeAt(0));
    }
  }
  return new Uint8Array(out);
}

/** Parses `field.proto.defaultValue` for the field's (resolved) type. */
export function parseDefault(field: FieldNode): DefaultResult {
  const text = field.proto.defaultValue ?? "";
  const couldnt = { error: `Couldn't parse default value "${text}".` };
  const int = (min: bigint, max: bigint, asNumber: boolean): DefaultResult => {
    const v = parseCInteger(text);
    if (v === undefined) return couldnt;
    // strtol clamps out-of-range values; the parser already rejected them for .proto input.
    const c = v < min ? min : v > max ? max : v;
    return { value: asNumber ? Number(c) : c, text: c.toString() };
  };
  const kind = fieldKind(field.type);
  if (kind?.js === "number" || kind?.js === "bigint") {
    // int32 ... sfixed64: 32-bit values as numbers, 64-bit ones as bigints.
    const range = kind.integer!;
    if (!range.signed && text.trim().startsWith("-")) return couldnt;
    return int(range.min, range.max, range.bits === 32);
  }
  switch (field.type) {
    case FieldType.TYPE_FLOAT: {
      const v = parseCFloat(text);
      if (v === undefined) return couldnt;
      const f = Math.fround(v);
      return { value: f, text: simpleFtoa(f) };
    }
    case FieldType.TYPE_DOUBLE: {
      const v = parseCFloat(text);
      if (v === undefined) return couldnt;
      return { value: v, text: simpleDtoa(v) };
    }
    case FieldType.TYPE_BOOL:
      if (text === "true") return { value: true, text };
      if (text === "false") return { value: false, text };
      return { error: "Boolean default must be true or false." };
    case FieldType.TYPE_STRING:
      return { value: text, text };
    case FieldType.TYPE_BYTES: {
      const bytes = unescapeC(text);
      return { value: bytes, text: cEscape(bytes) };
    }
    case FieldType.TYPE_ENUM: {
      const e = field.enum;
      if (e === undefined) return { error: "Unresolved enum type." };
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) {
        return { error: "Default value for an enum field must be an identifier." };
      }
      const v = e.valueByName(text);
      if (v === undefined)
        return { error: `Enum type "${e.fullName}" has no value named "${text}".` };
      return { value: v.number, text };
    }
    default:
      return { error: "Messages can't have default values." };
  }
}
