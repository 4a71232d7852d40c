// Streaming files and standard streams, for --delimited: an input as chunks (never read whole),
// its lines (one text or JSON record each), and an output written with back-pressure.

import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Writable } from "node:stream";
import { InputError } from "./errors.js";
import { fileError, isStdio, refuseBinaryOnTerminal } from "./io.js";

/** The chunks of file `name` (stdin for `-` or none), checked to exist before streaming. */
export async function openInput(
  name: string | undefined,
): Promise<{ chunks: AsyncIterable<Uint8Array>; name: string }> {
  if (isStdio(name)) return { chunks: process.stdin, name: "<stdin>" };
  const file = name as string;
  try {
    if ((await stat(file)).isDirectory()) throw new InputError(`${file}: is a directory`);
  } catch (e) {
    throw fileError(e, file);
  }
  return { chunks: createReadStream(file), name: file };
}

const decoder = new TextDecoder();
const NL = 10;

/** The lines of a byte stream (without `\n` or `\r\n`), each under `maxLine` bytes. */
export async function* lines(
  chunks: AsyncIterable<Uint8Array>,
  maxLine: number,
): AsyncGenerator<string> {
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, start)) {
      pending.push(chunk.subarray(start, nl));
      yield lineOf(pending);
      pending = [];
      pendingSize = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      pendingSize += chunk.length - start;
      if (pendingSize > maxLine)
        throw new InputError(`a line is longer than ${maxLine} bytes (raise it with --max-size)`);
      pending.push(chunk.slice(start));
    }
  }
  if (pendingSize > 0) yield lineOf(pending);
}

function lineOf(parts: Uint8Array[]): string {
  const text = parts.length === 1 ? decoder.decode(parts[0]) : decoder.decode(Buffer.concat(parts));
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/**
 * An output that gathers small writes into blocks of 64 KiB, and waits for the OS to drain it
 * when it is full: one record at a time, with bounded memory.
 */
export interface Output {
  write(data: Uint8Array | string): Promise<void>;
  close(): Promise<void>;
}

const BLOCK = 64 * 1024;

export function openOutput(name: string | undefined, binary: boolean, force: boolean): Output {
  let stream: Writable;
  if (isStdio(name)) {
    refuseBinaryOnTerminal(binary, force);
    stream = process.stdout;
  } else {
    stream = createWriteStream(name as string);
  }
  let failure: unknown;
  stream.on("error", (e) => {
    failure = fileError(e, name ?? "<stdout>");
  });
  let pending: (Uint8Array | string)[] = [];
  let pendingSize = 0;
  const flush = (): Promise<void> => {
    if (failure !== undefined) return Promise.reject(failure);
    if (pending.length === 0) return Promise.resolve();
    const block = Buffer.concat(pending.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
    pending = [];
    pendingSize = 0;
    if (stream.write(block)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onError = (): void => reject(failure);
      stream.once("error", onError);
      stream.once("drain", () => {
        stream.off("error", onError);
        resolve();
      });
    });
  };
  return {
    write(data) {
      pending.push(data);
      pendingSize += data.length;
      return pendingSize >= BLOCK ? flush() : Promise.resolve();
    },
    async close() {
      await flush();
      if (stream === process.stdout) return;
      await new Promise<void>((resolve, reject) => {
        stream.end(() => (failure === undefined ? resolve() : reject(failure)));
      });
    },
  };
}
