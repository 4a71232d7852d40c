// The text of `protowire --help`: the verbs with one line each, the protoc-compatible form,
// the exit codes.

import type { VerbEntry } from "./context.js";

export function mainHelp(verbs: readonly VerbEntry[]): string {
  const width = Math.max(...verbs.map((v) => v.name.length));
  const list = verbs.map((v) => `  ${v.name.padEnd(width)}  ${v.summary}`).join("\n");
  return `usage: protowire <command> [options] [arguments]

protowire encodes, decodes, converts and inspects Protocol Buffers messages, and
compiles .proto files, with nothing but Node.

commands:
${list}

protoc's command line works too, with protoc's output and exit status:
  protowire -I DIR --encode=T FILES < text > binary
  protowire -I DIR --decode=T FILES < binary > text
  protowire --decode_raw < binary > text
  protowire -I DIR -o OUT [--include_imports] [--include_source_info] FILES

Inputs and outputs default to stdin and stdout; \`-\` names them. Binary is never
written to a terminal unless --force is given.

exit status: 0 success, 1 bad input or schema, 2 bad usage

Run \`protowire <command> --help\` for a command's options and examples.
  -h, --help     this help
      --version  print the version
`;
}
