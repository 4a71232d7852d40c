// How an error reaches the user: one clear message on stderr and an exit code (0 ok, 1 bad
// input or schema, 2 usage). Library errors keep their own wording with the input's name in
// front (`in.txtpb:3:7: ...` with the line and a caret); only an error that is none of ours is
// shown with its stack, introduced as a bug.

import {
  DecodeError,
  EncodeError,
  JsonError,
  ProtowireError,
  SchemaError,
  TextError,
} from "../api/errors.js";
import { InputError, UsageError } from "./errors.js";

/** The input being read when an error happens: its name for messages, its text for excerpts. */
export interface InputContext {
  name: string;
  text?: string;
  /** Lines before `text` in the input (one record per line): added to the error's line. */
  lineOffset?: number;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** Writes the message of `error` to stderr and returns the exit code. */
export function reportError(error: unknown, input?: InputContext): number {
  const [message, code] = describe(error, input);
  process.stderr.write(message.endsWith("\n") ? message : `${message}\n`);
  return code;
}

function describe(error: unknown, input: InputContext | undefined): [string, number] {
  const name = input?.name ?? "<input>";
  if (error instanceof UsageError) {
    const help = error.verb === "" ? "protowire --help" : `protowire ${error.verb} --help`;
    return [`protowire: ${error.message}\n(see ${help})`, EXIT_USAGE];
  }
  if (error instanceof InputError) return [`protowire: ${error.message}`, EXIT_INPUT];
  // A diagnostic with no position (a file not found) reads `file: message`, not `file:0:0:`.
  if (error instanceof SchemaError)
    return [error.message.replace(/^(.*?):0:0: /gm, "$1: "), EXIT_INPUT];
  if (error instanceof TextError) {
    if (error.line === undefined) return [error.message, EXIT_INPUT];
    const field = error.path === "" ? "" : ` (field ${error.path})`;
    const line = error.line + (input?.lineOffset ?? 0);
    const excerpt = error.excerpt === "" ? "" : `\n${error.excerpt}`;
    return [`${name}:${line}:${error.column}: ${error.detail}${field}${excerpt}`, EXIT_INPUT];
  }
  if (error instanceof JsonError) return [jsonMessage(error, name, input), EXIT_INPUT];
  if (error instanceof DecodeError) return [`${name}: ${error.message}`, EXIT_INPUT];
  if (error instanceof EncodeError || error instanceof ProtowireError) {
    return [`protowire: ${error.message}`, EXIT_INPUT];
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return [
    `protowire: internal error (this is a bug in protowire, please report it):\n${stack}`,
    EXIT_INPUT,
  ];
}

/** `file:line:col: CODE: detail (field path)`, then the line and a caret, as for text and .proto. */
function jsonMessage(e: JsonError, name: string, input: InputContext | undefined): string {
  if (e.line === undefined || e.column === undefined) return `${name}: ${e.message}`;
  const field = e.path === "" ? "" : ` (field ${e.path})`;
  const at = e.line + (input?.lineOffset ?? 0);
  const header = `${name}:${at}:${e.column}: ${e.code}: ${e.detail}${field}`;
  const line = input?.text?.split(/\r?\n/)[e.line - 1];
  if (line === undefined) return header;
  return `${header}\n${line}\n${" ".repeat(Math.max(0, e.column - 1))}^`;
}
