// The options of the verbs that read and write messages (encode, decode, convert): --type,
// the output file, the JSON and text writing options, and limits.

import { lastValue, type OptionSpec, type ParsedArgs } from "./args.js";
import { UsageError } from "./errors.js";
import type { FormatOptions } from "./formats.js";
import { DEFAULT_MAX_SIZE } from "./io.js";

const flag = (names: string[], key: string): OptionSpec => ({ names, key, value: false });
const valued = (names: string[], key: string): OptionSpec => ({ names, key, value: true });

export const TYPE = valued(["--type", "-t"], "type");
export const FROM = valued(["--from"], "from");
export const TO = valued(["--to"], "to");
export const OUTPUT = valued(["-o", "--output"], "output");
export const FORCE = flag(["--force"], "force");
export const HELP = flag(["--help", "-h"], "help");
export const MAX_SIZE = valued(["--max-size"], "max_size");
export const ALLOW_PARTIAL = flag(["--allow-partial"], "allow_partial");
export const DELIMITED = flag(["--delimited"], "delimited");
export const WRITE_OPTIONS: readonly OptionSpec[] = [
  flag(["--emit-defaults"], "emit_defaults"),
  flag(["--enum-as-int"], "enum_as_int"),
  flag(["--proto-names"], "proto_names"),
  flag(["--print-unknown"], "print_unknown"),
  flag(["--no-print-unknown"], "no_print_unknown"),
];

/** The message type name (--type), required. */
export function requireType(args: ParsedArgs, verb: string): string {
  const type = lastValue(args, "type");
  if (type === undefined || type === "")
    throw new UsageError("--type is required (e.g. --type pkg.Msg)", verb);
  return type;
}

export function formatOptions(args: ParsedArgs, verb: string): FormatOptions {
  const f = (key: string): boolean => args.flags.has(key);
  if (f("print_unknown") && f("no_print_unknown")) {
    throw new UsageError("--print-unknown and --no-print-unknown contradict each other", verb);
  }
  return {
    emitDefaults: f("emit_defaults"),
    enumAsInt: f("enum_as_int"),
    protoNames: f("proto_names"),
    printUnknown: !f("no_print_unknown"),
    allowPartial: f("allow_partial"),
    maxSize: maxSize(args, verb),
  };
}

/** --max-size BYTES (suffixes k, M, G allowed), default 64 MiB. */
export function maxSize(args: ParsedArgs, verb: string): number {
  const raw = lastValue(args, "max_size");
  if (raw === undefined) return DEFAULT_MAX_SIZE;
  const m = /^(\d+)([kKmMgG]?)i?[bB]?$/.exec(raw);
  if (m === null)
    throw new UsageError(`--max-size must be a number of bytes, e.g. 64M (got "${raw}")`, verb);
  const scale: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  return Number(m[1]) * (scale[(m[2] as string).toLowerCase()] as number);
}
