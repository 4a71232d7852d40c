/**
 * The renderer behind `dumpProtoscope`: wire items (scan.ts) to lines of protoscope's
 * language with their comments. Message and group nesting are followed with the schema's
 * types; a length-delimited field is read as a message only when its type says so (or, with
 * no type, when its contents are not printable text) and its contents parse completely, so
 * no byte is scanned twice at one level and every byte is written exactly once.
 */
import type { FieldInfo, MessageInfo } from "../../codec/info.js";
import { bytesToken, hexToken, printableText, quote } from "./bytes-text.js";
import { fixedToken, varintToken } from "./scalars.js";
import { type Item, scanItems, scanWork } from "./scan.js";
import { describe, enumName, fieldOf, fits, isMessage, valueWire } from "./schema-view.js";
import { scanVarint } from "./varint.js";

const WIRE_NAMES = ["VARINT", "I64", "LEN", "SGROUP", "EGROUP", "I32"];
/** Column where comments start (when the code is shorter). */
const COMMENT_COLUMN = 40;
/** Bytes per line of raw (unparsed) input. */
const RAW_CHUNK = 16;

export class Renderer {
  readonly lines: string[] = [];
  constructor(
    readonly buf: Uint8Array,
    readonly maxDepth: number,
    readonly base: number,
  ) {}

  /** One line at `depth`, with its comment from COMMENT_COLUMN. */
  line(depth: number, code: string, comment?: string): void {
    const text = indent(depth) + code;
    if (comment === undefined) this.lines.push(text);
    else this.lines.push(`${text}${spaces(Math.max(2, COMMENT_COLUMN - text.length))}# ${comment}`);
  }

  /** Renders the items of one region (ending at `end`) of message type `type` at `depth`. */
  items(items: Item[], end: number, type: MessageInfo | undefined, depth: number): void {
    const types: (MessageInfo | undefined)[] = [];
    for (const item of items) {
      if (item.kind === "raw") {
        this.raw(
          item.from,
          item.to,
          depth,
          `@${this.base + item.at} ${item.to - item.from} bytes not parsed: ${item.reason}`,
        );
        continue;
      }
      const lf = item.tagExtra > 0 ? `long-form:${item.tagExtra} ` : "";
      const known = fieldOf(type, item.field);
      const wire = wireOf(item);
      const f = known !== undefined && fits(known, wire) ? known : undefined;
      const name =
        known === undefined
          ? type === undefined || item.kind === "egroup"
            ? ""
            : " (unknown field)"
          : ` ${describe(known)}${f === undefined ? " (wire type does not match)" : ""}`;
      switch (item.kind) {
        case "varint": {
          const e = f === undefined ? undefined : enumName(f, item.value);
          const note = item.extra > 0 ? ` (${item.extra} redundant bytes)` : "";
          this.line(
            depth,
            `${lf}${item.field}: ${varintToken(item.value, item.extra, f)}`,
            `@${this.base + item.at} varint${name}${e === undefined ? "" : ` = ${e}`}${note}`,
          );
          break;
        }
        case "i32":
        case "i64":
          this.line(
            depth,
            `${lf}${item.field}: ${fixedToken(this.buf, item.pos, item.kind === "i32" ? 4 : 8, f)}`,
            `@${this.base + item.at} ${item.kind}${name}`,
          );
          break;
        case "len":
          this.len(item, `${lf}${item.field}: `, f, name, depth);
          break;
        case "sgroup":
          if (item.close < 0) {
            this.line(
              depth,
              `${lf}${item.field}:SGROUP`,
              `@${this.base + item.at} start group, not closed${name}`,
            );
          } else {
            this.line(depth, `${lf}${item.field}: !{`, `@${this.base + item.at} group${name}`);
            types.push(type);
            type = f !== undefined && isMessage(f) ? f.message : undefined;
            depth++;
          }
          break;
        case "egroup":
          if (!item.matched) {
            this.line(
              depth,
              `${lf}${item.field}:EGROUP`,
              `@${this.base + item.at} end group, not opened here`,
            );
          } else {
            if (item.tagExtra > 0)
              this.line(
                depth,
                `long-form:${item.tagExtra}`,
                "redundant bytes in the end-group tag",
              );
            depth--;
            type = types.pop();
            this.line(depth, "}", `@${this.base + item.at} end group ${item.field}`);
          }
          break;
        case "badPayload": {
          let code = `${lf}${item.field}:${WIRE_NAMES[item.wire]}`;
          if (item.length !== undefined)
            code += ` ${item.lenExtra! > 0 ? `long-form:${item.lenExtra} ` : ""}${item.length}`;
          this.line(depth, code, `@${this.base + item.at}${name}: ${item.reason}`);
          this.raw(
            item.from,
            end,
            depth,
            `@${this.base + item.from} ${end - item.from} bytes not parsed`,
          );
          break;
        }
      }
    }
  }

  /** A length-delimited field: a message, packed values, a string or hex. */
  private len(
    item: Item & { kind: "len" },
    head: string,
    f: FieldInfo | undefined,
    name: string,
    depth: number,
  ): void {
    const { from, to } = item;
    const comment = `@${this.base + item.at} len ${to - from}${name}`;
    const lp = item.lenExtra > 0 ? `long-form:${item.lenExtra} ` : "";
    if (from === to) {
      this.line(depth, `${head}${lp}{}`, comment);
      return;
    }
    if (f !== undefined && !isMessage(f) && valueWire(f) !== 2) {
      const packed = this.packed(from, to, f);
      if (packed !== undefined) {
        this.line(depth, `${head}${lp}{${packed}}`, `${comment} packed`);
        return;
      }
    }
    let text: string | undefined;
    if (f === undefined) text = printableText(this.buf, from, to);
    if (text === undefined && (f === undefined || isMessage(f)) && depth + 1 <= this.maxDepth) {
      const inner = scanItems(this.buf, from, to, true, depth + 1, this.maxDepth);
      if (inner !== undefined) {
        this.line(depth, `${head}${lp}{`, comment);
        this.items(inner, to, f?.message, depth + 1);
        this.line(depth, "}");
        return;
      }
    }
    const token = text !== undefined ? quote(text) : bytesToken(this.buf, from, to);
    this.line(depth, `${head}${lp}{${token}}`, comment);
  }

  /** Packed values of scalar field `f`, or undefined when the bytes are not exactly that. */
  private packed(from: number, to: number, f: FieldInfo): string | undefined {
    const wire = valueWire(f);
    const parts: string[] = [];
    if (wire === 0) {
      for (let pos = from; pos < to; ) {
        const v = scanVarint(this.buf, pos, to);
        if (v === undefined) return undefined;
        parts.push(varintToken(v.value, v.extra, f));
        pos = v.next;
      }
    } else {
      const size = wire === 1 ? 8 : 4;
      if ((to - from) % size !== 0) return undefined;
      for (let pos = from; pos < to; pos += size) parts.push(fixedToken(this.buf, pos, size, f));
    }
    scanWork.bytes += to - from;
    return parts.join(" ");
  }

  /** Unparsed bytes, RAW_CHUNK per line, the first line with `comment`. */
  raw(from: number, to: number, depth: number, comment: string): void {
    if (from === to) return;
    const text = printableText(this.buf, from, to);
    if (text !== undefined) {
      this.line(depth, quote(text), comment);
      return;
    }
    for (let pos = from; pos < to; pos += RAW_CHUNK) {
      const stop = Math.min(to, pos + RAW_CHUNK);
      this.line(
        depth,
        hexToken(this.buf, pos, stop),
        pos === from ? comment : `@${this.base + pos}`,
      );
    }
  }
}

function wireOf(item: Item): number {
  switch (item.kind) {
    case "varint":
      return 0;
    case "i64":
      return 1;
    case "len":
      return 2;
    case "sgroup":
      return 3;
    case "egroup":
      return 4;
    case "i32":
      return 5;
    case "badPayload":
      return item.wire;
    default:
      return -1;
  }
}

const SPACES: string[] = [];

/** `n` spaces, each length made once. */
function spaces(n: number): string {
  let s = SPACES[n];
  if (s === undefined) {
    s = " ".repeat(n);
    SPACES[n] = s;
  }
  return s;
}

function indent(depth: number): string {
  return spaces(2 * depth);
}
