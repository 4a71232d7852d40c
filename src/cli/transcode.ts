// The work of encode, decode and convert: load the schema, read one message whole in one form,
// write it in another.

import type { ParsedArgs } from "./args.js";
import type { VerbContext } from "./context.js";
import { transcodeDelimited } from "./delimited.js";
import {
  type Format,
  type FormatOptions,
  inputText,
  readMessage,
  writeMessage,
} from "./formats.js";
import { readInput, readTextInput, writeChunks, writeOutput } from "./io.js";
import { formatOptions, requireType } from "./message-options.js";
import { findType, loadCliSchema } from "./schema-args.js";

export interface Transcode {
  verb: string;
  args: ParsedArgs;
  protoFiles: readonly string[];
  input: string | undefined;
  output: string | undefined;
  from: Format;
  to: Format;
  /** Adjusts the options the flags give (e.g. decode ends JSON with a newline). */
  newlineAfterJson: boolean;
}

export async function transcode(ctx: VerbContext, job: Transcode): Promise<number> {
  const typeName = requireType(job.args, job.verb);
  const options: FormatOptions = formatOptions(job.args, job.verb);
  const schema = await loadCliSchema(job.args, job.protoFiles, job.verb);
  const type = findType(schema, typeName);
  if (job.args.flags.has("delimited")) {
    const force = job.args.flags.has("force");
    const { input, output, from, to } = job;
    return transcodeDelimited(ctx, { type, input, output, from, to, options, force });
  }
  let bytes: Uint8Array = new Uint8Array(0);
  let text: string | undefined;
  let name: string;
  if (job.from === "binary") ({ bytes, name } = await readInput(job.input, options.maxSize));
  else ({ text, name } = await readTextInput(job.input, options.maxSize * 4, inputText));
  ctx.input = text === undefined ? { name } : { name, text };
  const force = job.args.flags.has("force");
  const printUnknownFields = options.printUnknown;
  if (job.from === "binary" && job.to === "text") {
    // Decoded as printed: a large batch's records one at a time.
    const decodeOptions = { allowPartial: options.allowPartial, maxMessageSize: options.maxSize };
    await writeChunks(
      job.output,
      (write) => type.writeTextFromBinary(bytes, write, { printUnknownFields, ...decodeOptions }),
      { binary: false, force },
    );
    return 0;
  }
  if (job.from === "text" && job.to === "binary") {
    // Encoded as read: a large batch's records one at a time.
    const out = type.encodeFromText(text!, { allowPartial: options.allowPartial });
    await writeOutput(job.output, out, { binary: true, force });
    return 0;
  }
  const msg = readMessage(type, text ?? bytes, job.from, options);
  ctx.input = undefined;
  if (job.to === "text") {
    await writeChunks(job.output, (write) => type.writeText(msg, write, { printUnknownFields }), {
      binary: false,
      force,
    });
    return 0;
  }
  let out = writeMessage(type, msg, job.to, options);
  if (job.to === "json" && job.newlineAfterJson) out = `${out as string}\n`;
  await writeOutput(job.output, out, { binary: job.to === "binary", force });
  return 0;
}
