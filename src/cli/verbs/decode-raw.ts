// `protowire decode-raw`: binary in, no schema, protoc --decode_raw's text out.

import { writeRawText, writeRawTextFrom } from "../../api/raw-text.js";
import { lastValue, parseArgs } from "../args.js";
import type { Verb } from "../context.js";
import { UsageError } from "../errors.js";
import { openFileInput, readInput, writeChunks } from "../io.js";
import { HELP, MAX_SIZE, maxSize, OUTPUT } from "../message-options.js";

const SPECS = [OUTPUT, HELP, MAX_SIZE];
const TEXT_OUT = { binary: false, force: false };

export const decodeRawVerb: Verb = {
  help: `usage: protowire decode-raw [IN] [-o OUT]

Prints the fields of a binary message by number, without a schema: the output of
protoc --decode_raw, byte for byte. IN and OUT default to stdin and stdout.

options:
  -o, --output FILE   write to FILE instead of stdout
      --max-size N    largest input read (default 64M)

examples:
  protowire decode-raw order.binpb
  printf '\\x08\\x96\\x01' | protowire decode-raw      # prints "1: 150"
`,
  async run(ctx) {
    const args = parseArgs(ctx.argv, SPECS);
    if (args.positionals.length > 1) {
      throw new UsageError(
        `too many arguments: ${args.positionals.slice(1).join(" ")}`,
        "decode-raw",
      );
    }
    const limit = maxSize(args, "decode-raw");
    const output = lastValue(args, "output");
    const file = openFileInput(args.positionals[0], limit);
    // Checked whole before the first chunk is written: a bad input writes nothing.
    if (file !== undefined) {
      ctx.input = { name: file.name };
      try {
        await writeChunks(output, (write) => writeRawTextFrom(file.input, write), TEXT_OUT);
      } finally {
        file.close();
      }
    } else {
      const { bytes, name } = await readInput(args.positionals[0], limit);
      ctx.input = { name };
      await writeChunks(output, (write) => writeRawText(bytes, write), TEXT_OUT);
    }
    ctx.input = undefined;
    return 0;
  },
};
