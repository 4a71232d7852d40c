/**
 * Emits `decode(r, end, m, o, depth, group)`: reads fields from Reader `r` until `end` (or, for a
 * group, until the end-group tag of field `group`) into message `m`.
 *
 * The switch runs on the raw tag (fieldNumber << 3 | wireType) so the expected encoding of each
 * field is a single case; the other encoding of a repeated scalar (packed vs unpacked) gets a
 * second case; anything else, including a known field number with a wrong wire type, is kept
 * byte-exact in `m.$unknown` as protoc does.
 *
 * The contract between the snippets below (they are strings: nothing else checks it).
 * Parameters, set by the caller (codec.ts for the root, a parent's case for a submessage):
 *   r      the Reader, one for the whole call tree. Snippets read `r.buf`, `r.pos` and `r.end`
 *          directly (inline fast paths) and move `r.pos`; they set `r.depth = depth` right
 *          before each `r.skip`, so skipped groups spend the same budget (wire/reader.ts).
 *   end    offset where `m`'s bytes end; for a group, the enclosing message's end.
 *   m      the message filled in: from `make()`, or the caller's (mergeFrom). Written only by
 *          the case of each field, and `m.$unknown` by END_UNKNOWN / KEEP_ONE.
 *   o      the run options (options.ts), read-only: recursionLimit, discardUnknown.
 *   depth  nesting of `m`, 0 at the root; submessages, known groups and map values get
 *          `depth + 1`, skipped groups count on top of it; over `o.recursionLimit` it throws.
 *   group  field number of the group being read, 0 for a length-delimited message.
 * Locals of the function, declared once at its top:
 *   t      the tag of the field being read, kept until its case is done: the catch names the
 *          field from it (rt.withPath). 0 while a tag is read and for an end-group tag, so
 *          those errors get no path segment.
 *   us, ue the pending range [us, ue) of unknown input bytes, -1 when none; extended by MERGE,
 *          copied into `u` by FLUSH_RANGE.
 *   u      the Writer (null until needed) collecting this call's unknown fields, pushed to
 *          `m.$unknown` as one chunk by END_UNKNOWN.
 *   $p, $b scratch of the inline reads (TAG_READ, oneByteVarint, strings): a position and a
 *          byte, meaningful only within the expression that sets them.
 *   $s     scratch of the inline short-string read, likewise.
 * Block locals: `s` (offset of the field's tag, per loop step: unknown ranges and end-group
 * offsets start there), and in a case `v` (the value), `e` (end of a length-delimited value),
 * `a` (the array a packed run fills), `k` / `es` / `et` / `ve` (map entry: key, tag offset,
 * tag, end of the value), `c` (the oneof's current value). Unit constants (`E0`, `P1`, `R2`,
 * ...) and `rt`, `L`: see message.ts.
 */

import { WireType } from "../../wire/constants.js";
import type { FieldInfo } from "../info.js";
import type { FieldSlot } from "../layout.js";
import { layoutOf } from "../layout.js";
import { fieldFacts, isMessageType, isPackable, scalarFacts, tagOf } from "../scalar.js";
import type { EmitUnit } from "./emit-unit.js";
import { int, namesTable } from "./emit-unit.js";
import { lit, readProp, writeProp } from "./safe-source.js";

/**
 * Unknown fields are kept as one chunk per message and decode call: adjacent fields extend a
 * pending input range [us, ue), and ranges are appended to a Writer `u` that becomes one
 * `$unknown` chunk at the end (END_UNKNOWN). One Uint8Array per 2-byte field kept ~110x the
 * input alive. Encode writes unknown fields after the known ones, so one chunk is also what a
 * re-decode produces. Unknown closed-enum values join that chunk too (rt.appendVarint of
 * the int32 value, as protoc re-encodes them; a map entry whole, KEEP_CLOSED), in arrival order. Fields that may be extensions (in an
 * extension range, or known extensions) keep one chunk each (KEEP_ONE), as extension lookup
 * and encode's number-ordered writing read a chunk's leading tag; MessageSets (Item groups)
 * keep every unknown field apart.
 */
const KEEP_ONE = "(m.$unknown ??= []).push(r.skipped(s));";
const KEEP_UNKNOWN_ONE = `if (!o.discardUnknown) ${KEEP_ONE}`;
/** Appends the pending range of unknown input bytes, if any, to the Writer `u`. */
const FLUSH_RANGE = "if (us >= 0) u = rt.appendUnknown(u, r.buf, us, ue);";
const MERGE = `if (s === ue) ue = r.pos; else { ${FLUSH_RANGE} us = s; ue = r.pos; }`;
/** A map entry whose closed-enum value is unknown: the whole entry, [s, r.pos), as unknown. */
const KEEP_CLOSED = `if (!o.discardUnknown) { ${MERGE} }`;
/**
 * An unknown closed-enum value, plain or from a packed run, as protoc keeps it: a varint field
 * of the value read as int32 (so sign-extended, and minimal), not the bytes as they came.
 */
function keepClosedVarint(fieldNumber: number): string {
  return `if (!o.discardUnknown) { ${FLUSH_RANGE} us = -1; ue = -1; u = rt.appendVarint(u, ${int(fieldNumber)}, v); }`;
}
const END_UNKNOWN = `${FLUSH_RANGE} if (u !== null) (m.$unknown ??= []).push(u.finish());`;

function keepUnknown(unit: EmitUnit): string {
  const info = unit.info;
  if (info.isMessageSet === true) return KEEP_UNKNOWN_ONE;
  const ranges: (readonly [number, number])[] = [...(info.extensionRanges ?? [])];
  for (const f of info.extensions?.() ?? []) ranges.push([f.number, f.number + 1]);
  if (ranges.length === 0) return `if (!o.discardUnknown) { ${MERGE} }`;
  const n = "(t >>> 3)";
  // Up to 4 ranges inline; more (options messages know dozens of extensions) through a table.
  const special =
    ranges.length <= 4
      ? ranges.map(([a, b]) => `(${n} >= ${int(a)} && ${n} < ${int(b)})`).join(" || ")
      : `rt.inRanges(${n}, ${unit.constant("R", `[${ranges.map(([a, b]) => `${int(a)}, ${int(b)}`).join(", ")}]`)})`;
  return `if (!o.discardUnknown) { if (${special}) { ${KEEP_ONE} } else { ${MERGE} } }`;
}

/**
 * The field tag, read inline when it is one byte (fields 1-15, wire types 0-5), as pbf does:
 * the call is saved; the Reader's bounds check (`s < r.end`) is kept; anything else goes to
 * `r.tag()`, which checks everything. `r.lastTag` is left alone: decode passes the field
 * number to `r.skip` itself.
 */
const TAG_READ =
  "if (s < r.end && ($b = r.buf[s]) < 0x80 && $b >= 8 && ($b & 7) < 6) { r.pos = s + 1; t = $b; } else t = r.tag();";

/**
 * TAG_READ for messages with fields numbered 16 to 2047, whose tags take two bytes: the second
 * byte is read inline too (a zero second byte, an overlong form, goes to `r.tag()`). Without
 * it, each such field called `r.tag()`, and in a process that had used other message types,
 * V8 charged that call (already optimized, with its callees inlined) so much of the decode
 * function's inlining budget that the field readers after it were no longer inlined: 40
 * optional fields, 4 set, decoded 40% slower than in a fresh process.
 */
const TAG_READ_TWO =
  "if (s < r.end && ($b = r.buf[s]) < 0x80 && $b >= 8 && ($b & 7) < 6) { r.pos = s + 1; t = $b; } " +
  "else if ($b >= 0x80 && s + 1 < r.end && ($p = r.buf[s + 1]) < 0x80 && $p !== 0 && ($b & 7) < 6) { r.pos = s + 2; t = ($b & 0x7f) | ($p << 7); } " +
  "else t = r.tag();";

/** How decode reads a tag: two bytes inline only where some field needs them. */
function tagRead(fields: readonly FieldSlot[]): string {
  return fields.some((s) => s.field.number >= 16 && s.field.number < 2048)
    ? TAG_READ_TWO
    : TAG_READ;
}

/**
 * A varint value read inline when it is one byte (0-127, most ints, enums and bools), with the
 * Reader's own bounds check (`pos < r.end`); anything else through the Reader method.
 */
function oneByteVarint(method: string, value: string): string {
  return `(($p = r.pos) < r.end && ($b = r.buf[$p]) < 0x80 ? (r.pos = $p + 1, ${value}) : r.${method}())`;
}

export function emitDecode(unit: EmitUnit): string {
  const layout = layoutOf(unit.info);
  const cases: string[] = [];
  for (const slot of layout.byNumber) cases.push(...fieldCases(unit, slot));
  // Error paths name fields from the table encode and create use: by the name users write in
  // their objects (localName), not the .proto name.
  const names = unit.propertyNames();
  // Repeated fields (not maps) by number, for the index in an error's path (rt.withPath).
  const lists = layout.byNumber.filter((s) => s.field.repeated && s.field.map === undefined);
  const withPath =
    lists.length === 0
      ? `rt.withPath(e, ${names}, t)`
      : `rt.withPath(e, ${names}, t, m, ${unit.constant("R", namesTable(lists.map((s) => [s.field.number, s.prop] as const)))})`;
  return `function decode(r, end, m, o, depth, group) {
  if (depth > o.recursionLimit) throw rt.err("RECURSION_LIMIT", "messages nested deeper than " + o.recursionLimit, r.pos);
  let t = 0, us = -1, ue = -1, u = null, $p = 0, $b = 0, $s = "";
  try {
    while (r.pos < end) {
      const s = r.pos;
      t = 0;
      ${tagRead(layout.byNumber)}
      switch (t) {
${cases.join("\n")}
        default:
          if ((t & 7) === ${WireType.EndGroup}) {
            if ((t >>> 3) === group && group !== 0) { if (r.pos > end) throw rt.err("TRUNCATED", "group overruns its enclosing message", end); ${END_UNKNOWN} return; }
            const et = t;
            t = 0; // an end-group tag is not a field being read: no path segment
            throw rt.endGroup(et, group, s);
          }
          r.depth = depth;
          r.skip(t & 7, t >>> 3);
          ${keepUnknown(unit)}
      }
    }
    ${END_UNKNOWN}
  } catch (e) {
    throw ${withPath};
  }
  if (r.pos > end) throw rt.err("TRUNCATED", "field overruns its enclosing message", end);
  if (group !== 0) throw rt.err("TRUNCATED", "group " + group + " has no end-group tag", r.pos);
}`;
}

function fieldCases(unit: EmitUnit, slot: FieldSlot): string[] {
  const f = slot.field;
  if (f.map !== undefined) return [mapCase(unit, slot, f.map.key, f.map.value)];
  if (isMessageType(f.type)) return [messageCase(unit, slot)];
  const facts = fieldFacts(f);
  if (facts === undefined) throw new Error(`internal: field ${f.name} has unknown type ${f.type}`);
  const n = f.number;
  const read = readScalar(f);
  const target = writeProp("m", slot.prop);
  const closed = closedEnumSet(unit, f);
  if (!f.repeated) {
    const tag = caseLabel(n, facts.wireType);
    const value = (v: string) =>
      slot.oneofCase === undefined ? v : `{ case: ${lit(slot.oneofCase)}, value: ${v} }`;
    const assign = `${target} = ${value("v")};`;
    // Read straight into the property: the same work as through a `const`, in less code.
    if (closed === undefined) return [`${tag} ${target} = ${value(read)}; break;`];
    return [
      `${tag} { const v = ${read}; if (${closed}.has(v)) { ${assign} } else { ${keepClosedVarint(n)} } break; }`,
    ];
  }
  const list = readProp("m", slot.prop);
  const one =
    closed === undefined
      ? `${list}.push(${read});`
      : `{ const v = ${read}; if (${closed}.has(v)) ${list}.push(v); else { ${keepClosedVarint(n)} } }`;
  const cases = [`${caseLabel(n, facts.wireType)} ${one} break;`];
  if (isPackable(f.type)) {
    // Packed: a length-delimited run of values. Closed-enum values outside the enum go to the
    // unknown fields one by one, as unpacked varints (what protoc does).
    const run = closed === undefined ? facts.readRun : undefined;
    const each =
      closed === undefined
        ? `a.push(${read});`
        : `const v = ${read}; if (${closed}.has(v)) a.push(v); else { ${keepClosedVarint(n)} }`;
    // Runs of 32-bit varints and floats are read by one Reader call (see Reader.varint32Run).
    const loop =
      run === undefined ? `while (r.pos < e) { ${each} }` : `r.${run.name}(a, e${run.kind});`;
    cases.push(`${caseLabel(n, WireType.LengthDelimited)} {
          const e = r.length(); const a = ${list};
          ${loop}
          if (r.pos !== e) throw rt.err("TRUNCATED", "packed value overruns its length", e);
          break;
        }`);
  }
  return cases;
}

function messageCase(unit: EmitUnit, slot: FieldSlot): string {
  const f = slot.field;
  const sub = f.message;
  if (sub === undefined) throw new Error(`internal: message field ${f.name} has no message type`);
  const L = unit.link(sub);
  const wt = f.delimited ? WireType.StartGroup : WireType.LengthDelimited;
  const body = readMessageInto(L, "v", f, "end");
  const target = writeProp("m", slot.prop);
  const current = readProp("m", slot.prop);
  if (f.repeated) {
    return `${caseLabel(f.number, wt)} { const v = ${L}.make(); ${body} ${current}.push(v); break; }`;
  }
  if (slot.oneofCase !== undefined) {
    // Merging into the value already held by the same case; switching case starts afresh.
    return `${caseLabel(f.number, wt)} {
          const c = ${current}; let v;
          if (c.case === ${lit(slot.oneofCase)}) v = c.value;
          else { v = ${L}.make(); ${target} = { case: ${lit(slot.oneofCase)}, value: v }; }
          ${body} break;
        }`;
  }
  // A singular message seen twice merges into the first (protobuf merge semantics).
  return `${caseLabel(f.number, wt)} { let v = ${current}; if (v === undefined) ${target} = v = ${L}.make(); ${body} break; }`;
}

/** Statements that decode one message value of field `f` into variable `v`. */
function readMessageInto(L: string, v: string, f: FieldInfo, end: string): string {
  if (f.delimited) return `${L}.decode(r, ${end}, ${v}, o, depth + 1, ${int(f.number)});`;
  return `{ const e = r.length(); ${L}.decode(r, e, ${v}, o, depth + 1, 0); }`;
}

function mapCase(unit: EmitUnit, slot: FieldSlot, key: FieldInfo, value: FieldInfo): string {
  const f = slot.field;
  const keyFacts = scalarFacts(key.type);
  if (keyFacts === undefined) throw new Error(`internal: map ${f.name} has a non-scalar key`);
  const keyTag = tagOf(1, keyFacts.wireType);
  let valueTag: number;
  let valueInit: string;
  let readValue: string;
  let finish = "";
  let fallback: string;
  if (isMessageType(value.type)) {
    const sub = value.message;
    if (sub === undefined) throw new Error(`internal: map ${f.name} value has no message type`);
    const L = unit.link(sub);
    // Map values are length-prefixed even where message_encoding = DELIMITED (protoc, buf).
    valueTag = tagOf(2, WireType.LengthDelimited);
    valueInit = "undefined";
    readValue = `if (v === undefined) v = ${L}.make(); { const ve = r.length(); ${L}.decode(r, ve, v, o, depth + 1, 0); }`;
    fallback = `v === undefined ? ${L}.make() : v`;
  } else {
    const vf = scalarFacts(value.type);
    if (vf === undefined) throw new Error(`internal: map ${f.name} has an unknown value type`);
    valueTag = tagOf(2, vf.wireType);
    valueInit = vf.zero;
    readValue = `v = ${readScalar(value)};`;
    fallback = "v";
    const closed = closedEnumSet(unit, value);
    // An entry whose closed-enum value is unknown goes whole to the unknown fields (protoc).
    if (closed !== undefined) finish = `if (!${closed}.has(v)) { ${KEEP_CLOSED} break; }`;
  }
  return `${caseLabel(f.number, WireType.LengthDelimited)} {
          const e = r.length(); let k = ${keyFacts.zero}; let v = ${valueInit};
          while (r.pos < e) {
            const es = r.pos; const et = r.tag();
            if (et === ${int(keyTag)}) k = ${readScalar(key)};
            else if (et === ${int(valueTag)}) { ${readValue} }
            else if ((et & 7) === ${WireType.EndGroup}) throw rt.endGroup(et, 0, es);
            else { r.depth = depth; r.skip(et & 7, et >>> 3); }
          }
          if (r.pos !== e) throw rt.err("TRUNCATED", "map entry overruns its length", e);
          ${finish}
          ${readProp("m", slot.prop)}.set(k, ${fallback});
          break;
        }`;
}

function readScalar(f: FieldInfo): string {
  const facts = fieldFacts(f);
  if (facts === undefined) throw new Error(`internal: ${f.name} is not a scalar`);
  // 64-bit JS_STRING / JS_NUMBER fields: the halves, converted (scalar.ts, jstype.ts).
  if (facts.decode !== undefined) return facts.decode;
  if (facts.kind === "string") {
    // A one-byte length that fits: decoded straight from the buffer, then r.pos moved past it
    // (after decoding, so a UTF-8 error leaves the Reader where the Reader method would).
    const method = f.utf8Validate ? "string" : "stringLossy";
    return `(($p = r.pos) < r.end && ($b = r.buf[$p]) < 0x80 && $b < r.end - $p ? ($s = rt.utf8(r.buf, $p + 1, $p + 1 + $b, ${f.utf8Validate ? "true" : "false"}), r.pos = $p + 1 + $b, $s) : r.${method}())`;
  }
  // An empty bytes value (length byte 0) is one shared frozen empty array (runtime.ts).
  if (facts.kind === "bytes")
    return "(r.buf[r.pos] === 0 && r.pos < r.end ? (r.pos++, rt.EMPTY_BYTES) : r.bytes())";
  if (facts.read === "int32" || facts.read === "uint32") return oneByteVarint(facts.read, "$b");
  if (facts.read === "bool") return oneByteVarint("bool", "$b !== 0");
  return `r.${facts.read}()`;
}

function closedEnumSet(unit: EmitUnit, f: FieldInfo): string | undefined {
  if (f.enum === undefined || f.enum.open) return undefined;
  return unit.enumSet(f.enum);
}

function caseLabel(fieldNumber: number, wireType: number): string {
  return `        case ${int(tagOf(fieldNumber, wireType))}:`;
}
