/**
 * The text-format methods of a message type: `toText` and `fromText`. The top (src/api/)
 * puts them on every message type; `textFormat(info)` gives them for any MessageInfo.
 */
import {
  compileMessage,
  type DecodeOptions,
  type EncodeOptions,
  fileRegistry,
  missingList,
  type Registry,
} from "../codec/index.js";
import { hasRequired } from "../codec/required.js";
import type { MessageInfo } from "../schema/index.js";
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";
import { TextError, within } from "./errors.js";
import type { TextReadOptions, TextWriteOptions } from "./options.js";
import type { ParseContext } from "./parse/context.js";
import { encodeFromText } from "./parse/encode-text.js";
import { parseText } from "./parse/parse-text.js";
import type { PrintContext } from "./print/context.js";
import { writeTextFromBinary } from "./print/print-binary.js";
import { printText, writeText } from "./print/print-text.js";

export interface TextMethods<T extends object> {
  /**
   * The message in the text format: by default exactly what `protoc --decode` prints for
   * its bytes (fields by number, extensions as `[pkg.ext]`, unknown fields by number).
   */
  toText(msg: T, options?: TextWriteOptions): string;
  /**
   * toText's text as UTF-8 bytes, handed to `write` a chunk (about 64 KiB) at a time while it
   * is printed, without making the whole text: for texts larger than a string should be,
   * written to a file or socket as they come. Each chunk is a buffer of its own; the last
   * one ends the text.
   */
  writeText(msg: T, write: (chunk: Uint8Array) => void, options?: TextWriteOptions): void;
  /**
   * The text of the message in `bytes`, as `writeText(decode(bytes))` writes it, without
   * holding the decoded message whole: the repeated message fields of the top level (the
   * records of a batch) are decoded an element at a time as they are printed. Errors are
   * decode's; on one, the chunks already written stay written.
   */
  writeTextFromBinary(
    bytes: Uint8Array,
    write: (chunk: Uint8Array) => void,
    options?: TextWriteOptions & DecodeOptions,
  ): void;
  /** A message from the text format, as protoc's parser reads it; errors say `line:col`. */
  fromText(text: string, options?: TextReadOptions): T;
  /**
   * The bytes of `encode(fromText(text))`, with the options of both, made without holding the
   * message whole: the elements of the top level's repeated message fields (the records of a
   * batch) are encoded as they are read. Results and errors are those of the two calls.
   */
  encodeFromText(text: string, options?: TextReadOptions & EncodeOptions): Uint8Array;
}

/** The text-format methods of message type `info`; `registry` defaults to its file's imports. */
export function textFormat<T extends object>(
  info: MessageInfo,
  registry: Registry = fileRegistry(info),
): TextMethods<T> {
  const codec = compileMessage<T>(info);
  const required = hasRequired(info);
  const rootName = info.name;
  const defaultPrint = printContext(undefined);
  const defaultParse = parseContext(undefined, registry);
  /** proto2 `required` fields, checked as decode and encode check them, unless allowPartial. */
  const complete = (msg: T, options: { allowPartial?: boolean } | undefined): void => {
    if (!required || options?.allowPartial === true) return;
    const missing = codec.missingFields(msg);
    if (missing.length > 0) {
      throw new TextError("MISSING_REQUIRED", missingList(missing), `${rootName}.${missing[0]}`);
    }
  };
  /** fromText's parse, its errors rooted at the type. */
  const parse = (text: string, c: ParseContext): T => {
    if (typeof text !== "string") {
      throw new TextError("INVALID_VALUE", `${rootName}: fromText expects a string`);
    }
    try {
      return parseText(info, text, c) as T;
    } catch (e) {
      throw within(e, rootName);
    }
  };
  return {
    toText(msg, options) {
      const c = options === undefined ? defaultPrint : printContext(options);
      try {
        return printText(info, msg, c);
      } catch (e) {
        throw within(e, rootName);
      }
    },
    writeText(msg, write, options) {
      if (typeof write !== "function") {
        throw new TextError("INVALID_VALUE", `${rootName}: writeText expects a function`);
      }
      const c = options === undefined ? defaultPrint : printContext(options);
      try {
        writeText(info, msg, c, write);
      } catch (e) {
        throw within(e, rootName);
      }
    },
    writeTextFromBinary(bytes, write, options) {
      if (typeof write !== "function") {
        throw new TextError("INVALID_VALUE", `${rootName}: writeTextFromBinary expects a function`);
      }
      const c = options === undefined ? defaultPrint : printContext(options);
      try {
        writeTextFromBinary(info, bytes, c, options ?? {}, write);
      } catch (e) {
        throw within(e, rootName);
      }
    },
    fromText(text, options) {
      const c = options === undefined ? defaultParse : parseContext(options, registry);
      const msg = parse(text, c);
      complete(msg, options);
      return msg;
    },
    encodeFromText(text, options) {
      const c = options === undefined ? defaultParse : parseContext(options, registry);
      const read = {
        parse: (pc: ParseContext) => parse(text, pc),
        check: (m: object) => complete(m as T, options),
      };
      return encodeFromText(info, read, c, options ?? {});
    },
  };
}

function printContext(o: TextWriteOptions | undefined): PrintContext {
  return {
    printUnknownFields: o?.printUnknownFields !== false,
    registry: o?.registry,
    singleLine: o?.singleLine === true,
    recursionLimit: o?.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
  };
}

function parseContext(o: TextReadOptions | undefined, registry: Registry): ParseContext {
  return {
    registry: o?.registry ?? registry,
    recursionLimit: o?.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
  };
}
