// `protowire compile`: .proto files to a FileDescriptorSet identical to protoc's
// --descriptor_set_out; without -o, only checks the files (a linter for CI).

import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { UsageError } from "../errors.js";
import { writeOutput } from "../io.js";
import { FORCE, HELP, OUTPUT } from "../message-options.js";
import { loadCliSchema, SCHEMA_OPTIONS } from "../schema-args.js";

const SPECS = [
  ...SCHEMA_OPTIONS,
  OUTPUT,
  FORCE,
  HELP,
  { names: ["--include-imports", "--include_imports"], key: "include_imports", value: false },
  {
    names: ["--include-source-info", "--include_source_info"],
    key: "include_source_info",
    value: false,
  },
];

export const compile: Verb = {
  help: `usage: protowire compile FILES... [-I DIR] [-o OUT] [--include-imports] [--include-source-info]

Parses and links the .proto files and writes their FileDescriptorSet, byte-identical
to protoc --descriptor_set_out. Without -o, only checks the files: errors are printed
as file:line:col: message with the line and a caret, and the exit status is 1.

options:
  -I, --proto_path DIR      where imports are found (repeatable; default: .)
  -o, --output FILE         write the descriptor set to FILE (\`-\`: stdout)
      --include-imports     also write every file they import (protoc's --include_imports)
      --include-source-info keep comments and source positions (--include_source_info)
      --force               write binary even to a terminal
      --cache DIR           keep the compiled files in DIR, for later runs on the same
                            files (also PROTOWIRE_CACHE=DIR; not with --include-source-info)

examples:
  protowire compile -I proto acme/order.proto -o order.binpb --include-imports
  protowire compile -I proto $(cd proto && find . -name '*.proto')   # check only
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    const files = [...args.positionals];
    if (files.length === 0 && (args.values.get("proto")?.length ?? 0) === 0) {
      throw new UsageError("no .proto files to compile", "compile");
    }
    const schema = await loadCliSchema(
      args,
      files,
      "compile",
      args.flags.has("include_source_info"),
    );
    const output = lastValue(args, "output");
    if (output === undefined) return 0;
    const set = schema.toFileDescriptorSet({
      includeImports: args.flags.has("include_imports"),
      includeSourceInfo: args.flags.has("include_source_info"),
    });
    await writeOutput(output, set, { binary: true, force: args.flags.has("force") });
    return 0;
  },
};
