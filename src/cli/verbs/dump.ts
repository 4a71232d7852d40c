// `protowire dump`: an annotated view of binary bytes in protoscope's language (offsets, tags,
// wire types, lengths, values; with --type, field, type and enum names as comments), which
// `protowire assemble` turns back into the same bytes.

import { assembleProtoscope, dumpProtoscope } from "../../node.js";
import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { dumpDelimitedStream } from "../dump-stream.js";
import { InputError, UsageError } from "../errors.js";
import { readInput, writeOutput } from "../io.js";
import { DELIMITED, HELP, MAX_SIZE, maxSize, OUTPUT, TYPE } from "../message-options.js";
import { loadCliSchema, SCHEMA_OPTIONS, splitProtoFiles } from "../schema-args.js";
import { openInput, openOutput } from "../streams.js";

const SPECS = [...SCHEMA_OPTIONS, TYPE, DELIMITED, OUTPUT, HELP, MAX_SIZE];

export const dump: Verb = {
  help: `usage: protowire dump [--type T SCHEMA] [--delimited] [IN] [-o OUT]

Shows what is on the wire: every tag, wire type, length and value of the binary
input, in protoscope's language (github.com/protocolbuffers/protoscope). With --type,
comments name the fields, their types and enum values. What does not parse is kept
as hex, so \`protowire dump | protowire assemble\` gives back the input, byte for byte.

options:
  -t, --type T            the message type of the input, e.g. pkg.Msg (optional)
      --delimited         the input is a stream of size-delimited records: each is shown
                          as a { ... } block with its record number, as it arrives (any
                          length of stream; --max-size bounds one record)
  -o, --output FILE       write to FILE instead of stdout
      --max-size N        largest input read (default 64M)
schema (with --type):
  FILE.proto, --proto FILE, -I DIR, --descriptor-set FILE   as for decode

examples:
  protowire dump order.binpb
  protowire dump -I proto --type acme.Order acme/order.proto order.binpb > order.pscope
  protowire dump --delimited --type acme.Event acme/event.proto events.bin
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    const [protoFiles, rest] = splitProtoFiles(args.positionals);
    if (rest.length > 1)
      throw new UsageError(`too many arguments: ${rest.slice(1).join(" ")}`, "dump");
    const typeName = lastValue(args, "type");
    const delimited = args.flags.has("delimited");
    let info: Parameters<typeof dumpProtoscope>[1] = delimited ? { delimited } : undefined;
    if (typeName !== undefined) {
      const schema = await loadCliSchema(args, protoFiles, "dump");
      const type = schema.findMessage(typeName.startsWith(".") ? typeName.slice(1) : typeName);
      if (type === undefined) throw new InputError(`type not defined: ${typeName}`);
      info = { type, delimited };
    } else if (protoFiles.length > 0) {
      throw new UsageError(".proto files given without --type", "dump");
    }
    const output = lastValue(args, "output");
    if (delimited) {
      const { chunks } = await openInput(rest[0]);
      const out = openOutput(output, false, false);
      await dumpDelimitedStream(chunks, info?.type, maxSize(args, "dump"), out);
      await out.close();
      return 0;
    }
    const { bytes } = await readInput(rest[0], maxSize(args, "dump"));
    await writeOutput(output, dumpProtoscope(bytes, info), { binary: false, force: false });
    return 0;
  },
};

export const assemble: Verb = {
  help: `usage: protowire assemble [IN] [-o OUT] [--force]

Turns protoscope's language into bytes: what \`protowire dump\` prints, or inputs
written by hand, malformed ones included (github.com/protocolbuffers/protoscope,
language.txt).

options:
  -o, --output FILE       write to FILE instead of stdout
      --force             write binary even to a terminal

examples:
  echo '1: 150  2: {"abc"}' | protowire assemble > msg.binpb
  protowire dump msg.binpb | protowire assemble | cmp - msg.binpb
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, [
      OUTPUT,
      HELP,
      { names: ["--force"], key: "force", value: false },
      MAX_SIZE,
    ]);
    if (args.positionals.length > 1) {
      throw new UsageError(
        `too many arguments: ${args.positionals.slice(1).join(" ")}`,
        "assemble",
      );
    }
    const { bytes, name } = await readInput(args.positionals[0], maxSize(args, "assemble") * 4);
    const text = new TextDecoder().decode(bytes);
    ctx.input = { name, text };
    const out = assembleProtoscope(text);
    ctx.input = undefined;
    await writeOutput(lastValue(args, "output"), out, {
      binary: true,
      force: args.flags.has("force"),
    });
    return 0;
  },
};
