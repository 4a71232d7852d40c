// --delimited: a stream of messages converted record by record in bounded memory. The binary
// side is size-delimited (a varint length before each message: Java's writeDelimitedTo, Go's
// protodelim); the text side is one message per line, the JSON side JSON Lines.

import {
  type Message,
  type MessageType,
  sizeDelimitedDecodeStream,
  sizeDelimitedEncode,
} from "../node.js";
import type { VerbContext } from "./context.js";
import { type Format, type FormatOptions, readMessage, writeMessage } from "./formats.js";
import { progress } from "./progress.js";
import { lines, openInput, openOutput } from "./streams.js";

export interface DelimitedJob {
  type: MessageType<Message>;
  input: string | undefined;
  output: string | undefined;
  from: Format;
  to: Format;
  options: FormatOptions;
  force: boolean;
}

export async function transcodeDelimited(ctx: VerbContext, job: DelimitedJob): Promise<number> {
  const { type, options } = job;
  const opened = await openInput(job.input);
  const name = opened.name;
  const read = { bytes: 0 };
  const chunks = counted(opened.chunks, read);
  const out = openOutput(job.output, job.to === "binary", job.force);
  const shown = progress();
  try {
    for await (const msg of records(ctx, job, chunks, name)) {
      shown.record(read.bytes);
      if (job.to === "binary") {
        await out.write(sizeDelimitedEncode(type, msg, { allowPartial: options.allowPartial }));
      } else {
        await out.write(`${writeMessage(type, msg, job.to, options, true) as string}\n`);
      }
    }
  } finally {
    shown.done();
  }
  await out.close();
  return 0;
}

/** The input's messages with their sizes in bytes; ctx.input names the record being parsed. */
async function* records(
  ctx: VerbContext,
  job: DelimitedJob,
  chunks: AsyncIterable<Uint8Array>,
  name: string,
): AsyncGenerator<Message> {
  const { type, options } = job;
  if (job.from === "binary") {
    ctx.input = { name };
    const decodeOptions = { maxMessageSize: options.maxSize, allowPartial: options.allowPartial };
    for await (const msg of sizeDelimitedDecodeStream(type, chunks, decodeOptions)) yield msg;
    return;
  }
  let lineNo = 0;
  for await (const line of lines(chunks, options.maxSize * 4)) {
    lineNo++;
    if (job.from === "json" && line.trim() === "") continue;
    ctx.input = { name, text: line, lineOffset: lineNo - 1 };
    yield readMessage(type, line, job.from, options);
  }
  ctx.input = undefined;
}

/** The chunks of `source`, adding their sizes to `read.bytes` (for the progress line). */
async function* counted(
  source: AsyncIterable<Uint8Array>,
  read: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    read.bytes += chunk.length;
    yield chunk;
  }
}
