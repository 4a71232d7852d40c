// `protowire encode`: text (default, as protoc --encode) or JSON in, binary out.

import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { UsageError } from "../errors.js";
import { formatOfPath, parseFormat } from "../formats.js";
import {
  ALLOW_PARTIAL,
  DELIMITED,
  FORCE,
  FROM,
  HELP,
  MAX_SIZE,
  OUTPUT,
  TYPE,
} from "../message-options.js";
import { SCHEMA_OPTIONS, splitProtoFiles } from "../schema-args.js";
import { transcode } from "../transcode.js";

const SPECS = [
  ...SCHEMA_OPTIONS,
  TYPE,
  FROM,
  OUTPUT,
  FORCE,
  HELP,
  MAX_SIZE,
  ALLOW_PARTIAL,
  DELIMITED,
];

export const encode: Verb = {
  help: `usage: protowire encode --type T [--from text|json] [SCHEMA] [IN] [-o OUT]

Reads one message in the text format (default, as protoc --encode) or JSON and writes
its binary encoding. IN and OUT default to stdin and stdout (\`-\` names them).

options:
  -t, --type T            the message type, e.g. pkg.Msg (required)
      --from text|json    the input form (default: from IN's extension, else text)
  -o, --output FILE       write to FILE instead of stdout
      --force             write binary even to a terminal
      --delimited         a stream: one message per line (text) or JSON Lines in,
                          size-delimited binary out (bounded memory)
      --allow-partial     accept messages with unset proto2 required fields
      --max-size N        largest input read (default 64M for binary, 4x for text and JSON)
schema:
  FILE.proto, --proto FILE   the .proto files that define T
  -I, --proto_path DIR       where imports are found (repeatable; default: .)
  --descriptor-set FILE      a FileDescriptorSet instead (also --descriptor_set_in)
  --cache DIR                keep the compiled .proto files in DIR, for later runs on the
                             same files (also PROTOWIRE_CACHE=DIR)

examples:
  protowire encode -I proto --type acme.Order acme/order.proto order.txtpb -o order.binpb
  echo '{"id": 7}' | protowire encode --type acme.Order --from json acme/order.proto > order.binpb
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    const [protoFiles, rest] = splitProtoFiles(args.positionals);
    if (rest.length > 1)
      throw new UsageError(`too many arguments: ${rest.slice(1).join(" ")}`, "encode");
    const input = rest[0];
    const fromFlag = lastValue(args, "from");
    const inferred = formatOfPath(input) === "json" ? "json" : "text";
    const from = fromFlag === undefined ? inferred : parseFormat(fromFlag, "--from", "encode");
    if (from === "binary")
      throw new UsageError("encode reads text or JSON; use convert for binary", "encode");
    return transcode(ctx, {
      verb: "encode",
      args,
      protoFiles,
      input,
      output: lastValue(args, "output"),
      from,
      to: "binary",
      newlineAfterJson: false,
    });
  },
};
