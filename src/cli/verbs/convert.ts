// `protowire convert`: any of binary, JSON and text to any other, the forms named by --from/--to
// or implied by the file names as `buf convert` infers them.

import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { UsageError } from "../errors.js";
import { type Format, formatOfPath, parseFormat } from "../formats.js";
import {
  ALLOW_PARTIAL,
  DELIMITED,
  FORCE,
  FROM,
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
  FROM,
  TO,
  OUTPUT,
  FORCE,
  HELP,
  MAX_SIZE,
  ALLOW_PARTIAL,
  DELIMITED,
  ...WRITE_OPTIONS,
];

export const convert: Verb = {
  help: `usage: protowire convert --type T [--from F] [--to F] [SCHEMA] [IN [OUT]]

Converts one message between binary, JSON and the text format. The forms come from
--from/--to, else from the file names as buf convert infers them (.binpb .bin .pb:
binary; .json: JSON; .txtpb .textproto .txt: text). Without either, the input is
binary, and the output is the other form: JSON for binary input, binary otherwise.
IN and OUT default to stdin and stdout (\`-\` names them); -o OUT also names OUT.
JSON is written as buf convert writes it: one line, no newline at the end.

options:
  -t, --type T              the message type, e.g. pkg.Msg (required)
      --from binary|json|text, --to binary|json|text
  -o, --output FILE         write to FILE instead of stdout
      --force               write binary even to a terminal
      --emit-defaults, --enum-as-int, --proto-names   JSON output options
      --no-print-unknown    text output without unknown fields
      --delimited           a stream: size-delimited binary, text one message per line,
                            JSON Lines (bounded memory)
      --allow-partial       accept messages with unset proto2 required fields
      --max-size N          largest input read (default 64M for binary, 4x for text and JSON)
schema:
  FILE.proto, --proto FILE, -I DIR, --descriptor-set FILE   as for decode

examples:
  protowire convert -I proto --type acme.Order acme/order.proto order.binpb order.json
  protowire convert --descriptor-set set.binpb --type acme.Order order.json order.txtpb
  cat order.binpb | protowire convert --type acme.Order acme/order.proto --to text
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    const [protoFiles, rest] = splitProtoFiles(args.positionals);
    if (rest.length > 2)
      throw new UsageError(`too many arguments: ${rest.slice(2).join(" ")}`, "convert");
    const input = rest[0];
    const outputFlag = lastValue(args, "output");
    if (outputFlag !== undefined && rest[1] !== undefined) {
      throw new UsageError("OUT given twice (as an argument and with -o)", "convert");
    }
    const output = outputFlag ?? rest[1];
    const fromFlag = lastValue(args, "from");
    const toFlag = lastValue(args, "to");
    const from: Format =
      fromFlag !== undefined
        ? parseFormat(fromFlag, "--from", "convert")
        : (formatOfPath(input) ?? "binary");
    const to: Format =
      toFlag !== undefined
        ? parseFormat(toFlag, "--to", "convert")
        : (formatOfPath(output) ?? (from === "binary" ? "json" : "binary"));
    return transcode(ctx, {
      verb: "convert",
      args,
      protoFiles,
      input,
      output,
      from,
      to,
      newlineAfterJson: false,
    });
  },
};
