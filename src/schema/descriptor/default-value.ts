// A field's default value from its text in a descriptor (`default_value`), parsed as protoc's
// DescriptorBuilder parses it: the typed value (32-bit integers, float, double and enums as
// numbers, 64-bit integers as bigints, bytes unescaped), or the error protoc reports. Shared by
// the linker (which also writes the canonical text back) and the file registry of the runtime
// entry, which reads protoc's descriptor sets without the linker.

import { fieldKind } from "./field-kinds.js";
import { FieldType } from "./shapes.js";

export type DefaultValue = { value: unknown } | { error: string };

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

/**
 * The default of a field of `type` written `text`; for an enum field, `enumType` gives the
 * number of a value name (undefined when the enum has none of that name).
 */
export function defaultValue(
  type: number,
  text: string,
  enumType:
    | { readonly fullName: string; valueNumber(name: string): number | undefined }
    | undefined,
): DefaultValue {
  const couldnt = { error: `Couldn't parse default value "${text}".` };
  const kind = fieldKind(type);
  if (kind?.js === "number" || kind?.js === "bigint") {
    // int32 ... sfixed64: 32-bit values as numbers, 64-bit ones as bigints.
    const range = kind.integer!;
    if (!range.signed && text.trim().startsWith("-")) return couldnt;
    const v = parseCInteger(text);
    if (v === undefined) return couldnt;
    // strtol clamps out-of-range values; the parser already rejected them for .proto input.
    let c = v;
    if (c < range.min) c = range.min;
    if (c > range.max) c = range.max;
    return { value: range.bits === 32 ? Number(c) : c };
  }
  switch (type) {
    case FieldType.TYPE_FLOAT:
    case FieldType.TYPE_DOUBLE: {
      const v = parseCFloat(text);
      if (v === undefined) return couldnt;
      return { value: type === FieldType.TYPE_FLOAT ? Math.fround(v) : v };
    }
    case FieldType.TYPE_BOOL:
      if (text === "true") return { value: true };
      if (text === "false") return { value: false };
      return { error: "Boolean default must be true or false." };
    case FieldType.TYPE_STRING:
      return { value: text };
    case FieldType.TYPE_BYTES:
      return { value: unescapeC(text) };
    case FieldType.TYPE_ENUM: {
      if (enumType === undefined) return { error: "Unresolved enum type." };
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) {
        return { error: "Default value for an enum field must be an identifier." };
      }
      const v = enumType.valueNumber(text);
      if (v === undefined)
        return { error: `Enum type "${enumType.fullName}" has no value named "${text}".` };
      return { value: v };
    }
    default:
      return { error: "Messages can't have default values." };
  }
}
