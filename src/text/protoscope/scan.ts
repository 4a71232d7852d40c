/**
 * The schema-free half of `dumpProtoscope`: cuts one region of the input into wire items
 * (fields, group markers, and whatever does not parse), and pairs group starts with group
 * ends as protoscope's disassembler does: an end group pops the innermost open start
 * unconditionally and closes it only when the field numbers agree. One pass, no backtracking;
 * the contents of length-delimited fields are not entered here (the renderer decides, field by
 * field, whether to read them as a message), so each byte is scanned once per nesting level
 * that holds it directly.
 */
import { scanVarint, type VarintValue } from "./varint.js";

/** Largest field number of a valid tag (2^29 - 1). */
const MAX_FIELD = 0x1fff_ffff;

interface TagPart {
  /** Offset of the tag. */
  at: number;
  field: number;
  /** Redundant bytes in the tag varint. */
  tagExtra: number;
}

export type Item =
  | (TagPart & { kind: "varint"; value: VarintValue; extra: number })
  | (TagPart & { kind: "i64" | "i32"; pos: number })
  | (TagPart & { kind: "len"; lenExtra: number; from: number; to: number })
  /** `close`: index of the matching end group, -1 when it stays unmatched. */
  | (TagPart & { kind: "sgroup"; close: number })
  | (TagPart & { kind: "egroup"; matched: boolean })
  /** A good tag whose payload does not parse (`length` when a length was read). */
  | (TagPart & {
      kind: "badPayload";
      wire: number;
      length?: VarintValue;
      lenExtra?: number;
      from: number;
      reason: string;
    })
  | { kind: "raw"; at: number; from: number; to: number; reason: string };

/** Work counter (bytes stepped over), for the tests that check dumps are linear. */
export const scanWork = { bytes: 0 };

/**
 * Items of `buf[from, to)`. `strict`: undefined at the first thing a message cannot hold
 * (a bad tag or payload, an unmatched group marker); otherwise such a thing ends the list as
 * a raw (or badPayload) item. `depth` counts the levels above: groups deeper than `maxDepth`
 * stay unmatched, so the output's nesting is bounded.
 */
export function scanItems(
  buf: Uint8Array,
  from: number,
  to: number,
  strict: boolean,
  depth: number,
  maxDepth: number,
): Item[] | undefined {
  const items: Item[] = [];
  const open: number[] = [];
  let pos = from;
  while (pos < to) {
    const at = pos;
    const tag = scanVarint(buf, pos, to);
    // A tag above 2^53 (a bigint) has a field number beyond MAX_FIELD.
    const t = tag === undefined ? -1 : typeof tag.value === "number" ? tag.value : -2;
    const wire = t < 0 ? 0 : t % 8;
    const field = t < 0 ? 0 : Math.floor(t / 8);
    if (t < 0 || wire > 5 || field < 1 || field > MAX_FIELD) {
      if (strict) return undefined;
      const reason =
        tag === undefined
          ? "not a tag"
          : wire > 5
            ? `wire type ${wire}`
            : `field number ${field === 0 ? 0 : `beyond ${MAX_FIELD}`}`;
      items.push({ kind: "raw", at, from: at, to, reason });
      break;
    }
    const tagExtra = tag!.extra;
    pos = tag!.next;
    scanWork.bytes += pos - at;
    if (wire === 0) {
      const v = scanVarint(buf, pos, to);
      if (v === undefined) {
        if (strict) return undefined;
        items.push({
          kind: "badPayload",
          at,
          field,
          tagExtra,
          wire,
          from: pos,
          reason: "bad varint",
        });
        break;
      }
      scanWork.bytes += v.next - pos;
      items.push({ kind: "varint", at, field, tagExtra, value: v.value, extra: v.extra });
      pos = v.next;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (to - pos < size) {
        if (strict) return undefined;
        items.push({
          kind: "badPayload",
          at,
          field,
          tagExtra,
          wire,
          from: pos,
          reason: `${size} bytes needed`,
        });
        break;
      }
      items.push({ kind: wire === 1 ? "i64" : "i32", at, field, tagExtra, pos });
      pos += size;
    } else if (wire === 2) {
      const n = scanVarint(buf, pos, to);
      if (n === undefined || n.value > to - n.next) {
        if (strict) return undefined;
        const item: Item = {
          kind: "badPayload",
          at,
          field,
          tagExtra,
          wire,
          from: pos,
          reason: "bad length",
        };
        if (n !== undefined) {
          item.length = n.value;
          item.lenExtra = n.extra;
          item.from = n.next;
          item.reason = `length ${n.value} past the end (${to - n.next} bytes left)`;
        }
        items.push(item);
        break;
      }
      scanWork.bytes += n.next - pos;
      const end = n.next + Number(n.value);
      items.push({ kind: "len", at, field, tagExtra, lenExtra: n.extra, from: n.next, to: end });
      pos = end;
    } else if (wire === 3) {
      // Too deep: a marker that no end group can match (-2), so nesting stays bounded.
      open.push(depth + open.length >= maxDepth ? -2 - items.length : items.length);
      items.push({ kind: "sgroup", at, field, tagExtra, close: -1 });
    } else {
      const top = open.pop();
      const start =
        top !== undefined && top >= 0 ? (items[top] as Item & { kind: "sgroup" }) : undefined;
      const matched = start !== undefined && start.field === field;
      if (matched) start.close = items.length;
      else if (strict) return undefined;
      items.push({ kind: "egroup", at, field, tagExtra, matched });
    }
  }
  if (strict && open.length > 0) return undefined;
  return items;
}
