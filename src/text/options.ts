/**
 * Options of the text format. Names follow @bufbuild/protobuf's text format where it has
 * them (`printUnknownFields`, `registry`, `recursionLimit`); the defaults follow protoc, whose
 * `--decode` output `toText` reproduces byte for byte.
 */
import type { Registry } from "../codec/index.js";

/** Where expanded `Any` values and extensions find their types: a loaded schema is one. */
export type TextRegistry = Registry;

export interface TextWriteOptions {
  /**
   * Print unknown fields by number (`5: 150`, `7 { 1: 2 }`, `0x0000002a` for fixed32) after
   * the known ones, as protoc does. Default true. Text with them does not parse back.
   */
  printUnknownFields?: boolean;
  /**
   * Expand `Any` values whose type this registry knows, `[type.googleapis.com/pkg.Msg] { ... }`.
   * Default: none, so an `Any` prints as its `type_url` and `value` fields, as protoc prints it.
   */
  registry?: TextRegistry;
  /** Everything on one line, fields separated by one space (`a: 1 b { c: 2 }`). Default false. */
  singleLine?: boolean;
  /** Deepest message nesting printed (also stops cyclic objects). Default 100. */
  recursionLimit?: number;
}

export interface TextReadOptions {
  /**
   * Types of expanded `Any` values and extensions (`[pkg.ext]: 1`); default: the schema of
   * the message type.
   */
  registry?: TextRegistry;
  /** Deepest nesting of messages accepted. Default 100. */
  recursionLimit?: number;
  /** Accept messages whose proto2 `required` fields are unset. Default false. */
  allowPartial?: boolean;
}
