/**
 * `dumpProtoscope`: bytes to an annotated view in protoscope's language, one field per line,
 * with `#` comments carrying the offset, wire type and length, and with a schema the field's
 * name and type and the enum value's name. `assembleProtoscope` reads the dump back to the
 * input, byte for byte, for any input: what does not parse is kept as hex (or a string).
 * Length-delimited contents are shown as a message when the schema says message (or, without
 * one, when they are not printable text and parse completely as fields), as packed values for
 * packed scalars, else as a quoted string or hex.
 */
import type { MessageInfo } from "../../codec/info.js";
import { DEFAULT_RECURSION_LIMIT } from "../../wire/index.js";
import { Renderer } from "./render.js";
import { scanItems, scanWork } from "./scan.js";
import { scanVarint } from "./varint.js";

export interface ProtoscopeDumpOptions {
  /** The message type of the bytes: comments name the fields, types and enum values. */
  type?: MessageInfo;
  /** Deepest nesting of messages and groups shown as such (deeper ones stay bytes). Default 100. */
  recursionLimit?: number;
  /**
   * The bytes are a stream of size-delimited messages (each a varint length, then the message):
   * each record is shown as a top-level `{ ... }` of `type`. Default false.
   */
  delimited?: boolean;
  /** Added to every offset in the comments (for a piece of a larger input). Default 0. */
  offset?: number;
  /** With `delimited`, the number of the first record (for a piece of a longer stream). Default 0. */
  firstRecord?: number;
}

/** The annotated protoscope text of `bytes`; `assembleProtoscope` gives `bytes` back. */
export function dumpProtoscope(bytes: Uint8Array, options: ProtoscopeDumpOptions = {}): string {
  const d = new Renderer(
    bytes,
    options.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
    options.offset ?? 0,
  );
  if (options.delimited === true) records(d, options.type, options.firstRecord ?? 0);
  else
    d.items(
      scanItems(bytes, 0, bytes.length, false, 0, d.maxDepth)!,
      bytes.length,
      options.type,
      0,
    );
  return d.lines.length === 0 ? "" : `${d.lines.join("\n")}\n`;
}

/** A stream of size-delimited records, each `{ ... }` read leniently as `type`. */
function records(d: Renderer, type: MessageInfo | undefined, first: number): void {
  const buf = d.buf;
  for (let pos = 0, record = first; pos < buf.length; record++) {
    const n = scanVarint(buf, pos, buf.length);
    if (n === undefined || n.value > BigInt(buf.length - n.next)) {
      const why = n === undefined ? "bad length" : `length ${n.value} past the end`;
      d.raw(
        pos,
        buf.length,
        0,
        `@${d.base + pos} record ${record}: ${why}, ${buf.length - pos} bytes not parsed`,
      );
      return;
    }
    const end = n.next + Number(n.value);
    const lp = n.extra > 0 ? `long-form:${n.extra} ` : "";
    const comment = `@${d.base + pos} record ${record}, len ${end - n.next}`;
    if (end === n.next) {
      d.line(0, `${lp}{}`, comment);
    } else {
      d.line(0, `${lp}{`, comment);
      d.items(scanItems(buf, n.next, end, false, 1, d.maxDepth)!, end, type, 1);
      d.line(0, "}");
    }
    scanWork.bytes += n.next - pos;
    pos = end;
  }
}
