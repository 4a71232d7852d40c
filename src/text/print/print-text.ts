/**
 * printText: a message in protoc's text format, byte for byte what `protoc --decode` prints
 * for its bytes by default (see docs/text-format.md, "Printing"). One line with
 * `singleLine`, as protoc's ShortDebugString: the same fields, one space between them.
 */
import type { MessageInfo } from "../../schema/index.js";
import type { PrintContext } from "./context.js";
import { messagePrinter } from "./message-printer.js";
import { outOf } from "./out.js";

export function printText(info: MessageInfo, msg: unknown, c: PrintContext): string {
  const o = outOf(c);
  const s = messagePrinter(info)(msg, o, 0, "");
  return c.singleLine && s.length > 0 ? s.slice(0, -1) : s;
}
