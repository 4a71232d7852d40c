// `protowire gen`: .proto files to generated code, one output per file (and per file they
// import): codecs made ahead of time (no eval) with their types, or the types alone.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateCode } from "../../index.js";
import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { UsageError } from "../errors.js";
import { HELP } from "../message-options.js";
import { loadCliSchema, SCHEMA_OPTIONS } from "../schema-args.js";

const SPECS = [
  ...SCHEMA_OPTIONS,
  HELP,
  { names: ["--out", "-o"], key: "out", value: true },
  { names: ["--types-only"], key: "types_only", value: false },
  { names: ["--target"], key: "target", value: true },
  { names: ["--import-extension", "--import_extension"], key: "import_extension", value: true },
  { names: ["--runtime"], key: "runtime", value: true },
  { names: ["--optimize"], key: "optimize", value: true },
];

export const gen: Verb = {
  help: `usage: protowire gen FILES... [-I DIR] --out DIR [--target ts|js] [--optimize speed|size]
                     [--types-only]

Writes one module per .proto file, and per file it imports, named as protoc-gen-es
names them (shop/order.proto -> DIR/shop/order_pb.*):
  order_pb.ts                   each message's codec (create, encode, decode, ...), made
                                ahead of time: no new Function, runs under a strict CSP;
                                each enum's values; the types of both. Imports only
                                protowire/runtime.
  order_pb.js + order_pb.d.ts   the same as JavaScript and declarations (--target js)
  order_pb.ts (--types-only)    the types alone, for schemas loaded at run time:
                                schema.messageType<Order>("shop.Order")

options:
  -I, --proto_path DIR        where imports are found (repeatable; default: .)
  -o, --out DIR               the output directory (made when missing)
      --target ts|js          one .ts file (default), or .js with .d.ts
      --optimize speed|size   speed (default): code specialized per message, as fast as
                              the codecs compiled at run time; size: a table per message
                              read by the runtime's interpreter (protobuf's
                              optimize_for = CODE_SIZE), a third of the bundle, slower;
                              each table is exported as NameSchema, for the runtime's
                              create, toBinary, fromBinary and mergeFromBinary
      --types-only            write only the types, as .ts
      --import-extension EXT  extension of imports between generated files: .js (default),
                              .ts, or none
      --runtime SPECIFIER     where generated code imports the runtime from
                              (default: protowire/runtime)

examples:
  protowire gen -I proto shop/order.proto --out src/gen
  protowire gen -I proto shop/order.proto --out dist/gen --target js
  protowire gen -I proto shop/order.proto --out src/gen --optimize size
  protowire gen -I proto shop/order.proto --out src/types --types-only
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    const files = [...args.positionals];
    if (files.length === 0 && (args.values.get("proto")?.length ?? 0) === 0) {
      throw new UsageError("no .proto files to generate from", "gen");
    }
    const out = lastValue(args, "out");
    if (out === undefined) throw new UsageError("--out DIR is required", "gen");
    const extension = lastValue(args, "import_extension") ?? ".js";
    if (![".js", ".ts", "none"].includes(extension)) {
      throw new UsageError(`--import-extension must be .js, .ts or none, not ${extension}`, "gen");
    }
    const target = lastValue(args, "target") ?? "ts";
    if (target !== "ts" && target !== "js") {
      throw new UsageError(`--target must be ts or js, not ${target}`, "gen");
    }
    const optimize = lastValue(args, "optimize") ?? "speed";
    if (optimize !== "speed" && optimize !== "size") {
      throw new UsageError(`--optimize must be speed or size, not ${optimize}`, "gen");
    }
    const schema = await loadCliSchema(args, files, "gen", true);
    const generated = generateCode(schema, {
      target: args.flags.has("types_only") ? "types" : target,
      importExtension: extension === "none" ? "" : extension,
      runtime: lastValue(args, "runtime") ?? "protowire/runtime",
      optimize,
    });
    for (const file of generated) {
      const path = join(out, file.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    return 0;
  },
};
