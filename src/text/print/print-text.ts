/**
 * printText: a message in protoc's text format, byte for byte what `protoc --decode` prints
 * for its bytes by default (see docs/text-format.md, "Printing"). One line with
 * `singleLine`, as protoc's ShortDebugString: the same fields, one space between them.
 */
import type { MessageInfo } from "../../schema/index.js";
import type { PrintContext } from "./context.js";
import { messagePrinter } from "./message-printer.js";
import { outOf } from "./out.js";
import { printToChunks, printToString, type TextSink } from "./text-sink.js";

export function printText(info: MessageInfo, msg: unknown, c: PrintContext): string {
  return printToString((w) => messagePrinter(info)(msg, outOf(c, w), 0, 0), c.singleLine ? 1 : 0);
}

/** printText's bytes (UTF-8), handed to `out` a chunk at a time as they are written. */
export function writeText(
  info: MessageInfo,
  msg: unknown,
  c: PrintContext,
  out: (chunk: Uint8Array) => void,
): void {
  const print = (w: TextSink) => messagePrinter(info)(msg, outOf(c, w), 0, 0);
  printToChunks(out, print, c.singleLine ? 1 : 0);
}
