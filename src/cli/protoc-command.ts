// Whether a command line is protoc's (`protowire --decode_raw < in`), and protoc's options:
// apart from protoc.ts, which runs it, so that `protowire` decides without loading that code.

import type { OptionSpec } from "./args.js";

export const SPECS: readonly OptionSpec[] = [
  { names: ["-I", "--proto_path"], key: "proto_path", value: true },
  { names: ["--descriptor_set_in"], key: "descriptor_set", value: true },
  { names: ["-o", "--descriptor_set_out"], key: "output", value: true },
  { names: ["--include_imports"], key: "include_imports", value: false },
  { names: ["--include_source_info"], key: "include_source_info", value: false },
  { names: ["--encode"], key: "encode", value: true },
  { names: ["--decode"], key: "decode", value: true },
  { names: ["--decode_raw"], key: "decode_raw", value: false },
];

/** Whether `argv` is a protoc command line (its first argument a protoc option). */
export function isProtocCommand(argv: readonly string[]): boolean {
  const first = argv[0] ?? "";
  return SPECS.some((s) =>
    s.names.some((n) => first === n || first.startsWith(n.length === 2 ? n : `${n}=`)),
  );
}
