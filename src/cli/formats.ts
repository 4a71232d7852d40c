// The three forms of a message (binary, JSON, text): names accepted by --from/--to, the form a
// file name implies (as `buf convert` infers it), and reading and writing a message in each
// through the library's message type.

import { isAscii, isUtf8 } from "node:buffer";
import type { Message, MessageType } from "../node.js";
import { UsageError } from "./errors.js";

export type Format = "binary" | "json" | "text";

const NAMES: Record<string, Format> = {
  binary: "binary",
  bin: "binary",
  binpb: "binary",
  pb: "binary",
  json: "json",
  jsonl: "json",
  text: "text",
  txt: "text",
  txtpb: "text",
  textproto: "text",
};

/** The format named by a --from/--to value. */
export function parseFormat(value: string, option: string, verb: string): Format {
  const format = NAMES[value.toLowerCase()];
  if (format === undefined) {
    throw new UsageError(`${option} must be binary, json or text (got "${value}")`, verb);
  }
  return format;
}

/** The format a file name's extension implies (`.binpb`, `.json`, `.txtpb`, ...), if any. */
export function formatOfPath(path: string | undefined): Format | undefined {
  if (path === undefined || path === "-") return undefined;
  const dot = path.lastIndexOf(".");
  if (dot === -1 || path.lastIndexOf("/") > dot) return undefined;
  return NAMES[path.slice(dot + 1).toLowerCase()];
}

/** Options for reading and writing messages, from the verbs' flags. */
export interface FormatOptions {
  emitDefaults: boolean;
  enumAsInt: boolean;
  protoNames: boolean;
  printUnknown: boolean;
  allowPartial: boolean;
  maxSize: number;
}

const lossy = new TextDecoder("utf-8", { fatal: false });

/**
 * The text of a JSON or text input (also for messages with an excerpt). Node's native checks
 * pick the decoder: ASCII (all of protoc's text) is copied as Latin-1, other well-formed UTF-8
 * decoded by V8, both several times faster than TextDecoder on a large input; anything else
 * goes through TextDecoder, which replaces what is not UTF-8.
 */
export function inputText(bytes: Uint8Array): string {
  // A leading byte-order mark is no text, as TextDecoder (ignoreBOM: false) drops it.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom);
  if (isAscii(b)) return b.toString("latin1");
  if (isUtf8(b)) return b.toString("utf8");
  return lossy.decode(bytes);
}

/** A message from its binary bytes, or from its JSON or text (as bytes or decoded text). */
export function readMessage(
  type: MessageType<Message>,
  input: Uint8Array | string,
  format: Format,
  options: FormatOptions,
): Message {
  const allowPartial = options.allowPartial;
  const text = () => (typeof input === "string" ? input : inputText(input));
  switch (format) {
    case "binary":
      if (typeof input === "string") throw new TypeError("binary input must be bytes");
      return type.decode(input, { allowPartial, maxMessageSize: options.maxSize });
    case "json":
      return type.fromJsonString(text(), { allowPartial });
    case "text":
      return type.fromText(text(), { allowPartial });
  }
}

export function writeMessage(
  type: MessageType<Message>,
  msg: Message,
  format: Format,
  options: FormatOptions,
  /** Text on one line (one record per line, for --delimited). */
  singleLine = false,
): Uint8Array | string {
  const allowPartial = options.allowPartial;
  switch (format) {
    case "binary":
      return type.encode(msg, { allowPartial });
    case "json":
      return type.toJsonString(msg, {
        alwaysEmitImplicit: options.emitDefaults,
        enumAsInteger: options.enumAsInt,
        useProtoFieldName: options.protoNames,
        allowPartial,
      });
    case "text":
      return type.toText(msg, { printUnknownFields: options.printUnknown, singleLine });
  }
}
