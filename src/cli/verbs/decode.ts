// `protowire decode`: binary in, text (default, exactly protoc --decode's) or JSON out.

import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { UsageError } from "../errors.js";
import { formatOfPath, parseFormat } from "../formats.js";
import {
  ALLOW_PARTIAL,
  DELIMITED,
  HELP,
  MAX_SIZE,
  OUTPUT,
  TO,
  TYPE,
  WRITE_OPTIONS,
} from "../message-options.js";
import { SCHEMA_OPTIONS, splitProtoFiles } from "../schema-args.js";
import { transcode } from "../transcode.js";

const SPECS = [
  ...SCHEMA_OPTIONS,
  TYPE,
  TO,
  OUTPUT,
  HELP,
  MAX_SIZE,
  ALLOW_PARTIAL,
  DELIMITED,
  ...WRITE_OPTIONS,
];

export const decode: Verb = {
  help: `usage: protowire decode --type T [--to text|json] [SCHEMA] [IN] [-o OUT]

Reads one binary message and prints it in the text format (default: exactly what
protoc --decode prints) or as JSON (proto3 JSON, one line). IN and OUT default to
stdin and stdout (\`-\` names them).

options:
  -t, --type T            the message type, e.g. pkg.Msg (required)
      --to text|json      the output form (default: from OUT's extension, else text)
  -o, --output FILE       write to FILE instead of stdout
      --emit-defaults     JSON: also write fields that hold their zero value
      --enum-as-int       JSON: enum values as numbers
      --proto-names       JSON: keys are proto field names (foo_bar), not JSON names
      --print-unknown     text: print unknown fields by number (the default, as protoc)
      --no-print-unknown  text: leave unknown fields out
      --delimited         a stream: size-delimited binary in, one message per line
                          (text) or JSON Lines out (bounded memory)
      --allow-partial     accept messages with unset proto2 required fields
      --max-size N        largest input read (default 64M)
schema:
  FILE.proto, --proto FILE   the .proto files that define T
  -I, --proto_path DIR       where imports are found (repeatable; default: .)
  --descriptor-set FILE      a FileDescriptorSet instead (also --descriptor_set_in)
  --cache DIR                keep the compiled .proto files in DIR, for later runs on the
                             same files (also PROTOWIRE_CACHE=DIR)

examples:
  protowire decode -I proto --type acme.Order acme/order.proto order.binpb
  protowire decode --descriptor-set set.binpb --type acme.Order --to json < order.binpb
  protowire decode --type acme.Event acme/event.proto --delimited --to json < events.bin
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    const [protoFiles, rest] = splitProtoFiles(args.positionals);
    if (rest.length > 1)
      throw new UsageError(`too many arguments: ${rest.slice(1).join(" ")}`, "decode");
    const output = lastValue(args, "output");
    const toFlag = lastValue(args, "to");
    const inferred = formatOfPath(output) === "json" ? "json" : "text";
    const to = toFlag === undefined ? inferred : parseFormat(toFlag, "--to", "decode");
    if (to === "binary")
      throw new UsageError("decode writes text or JSON; use convert for binary", "decode");
    if (to === "json" && args.flags.has("print_unknown")) {
      throw new UsageError(
        "--print-unknown applies to text: JSON has no form for unknown fields",
        "decode",
      );
    }
    return transcode(ctx, {
      verb: "decode",
      args,
      protoFiles,
      input: rest[0],
      output,
      from: "binary",
      to,
      newlineAfterJson: true,
    });
  },
};
