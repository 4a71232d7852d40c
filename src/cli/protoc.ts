// protoc compatibility: `protowire --encode=T`, `--decode=T`, `--decode_raw`, `-I`,
// `--descriptor_set_in`, `-o/--descriptor_set_out`, `--include_imports`, `--include_source_info`
// read and write what protoc does (stdin to stdout), with protoc's exit status and first error
// line, so that a script switches by changing the command name.

import { existsSync } from "node:fs";
import { delimiter, isAbsolute, join, relative, resolve } from "node:path";
import {
  DecodeError,
  type Diagnostic,
  type Message,
  type MessageType,
  SchemaError,
  TextError,
  writeRawText,
} from "../node.js";
import { allValues, lastValue, parseArgs } from "./args.js";
import { InputError } from "./errors.js";
import { inputText } from "./formats.js";
import { readInput, writeChunks, writeOutput } from "./io.js";
import { SPECS } from "./protoc-command.js";
import { findType, loadCliSchema } from "./schema-args.js";

/** A protoc-style failure: its lines printed as they are, exit 1. */
class ProtocFailure extends Error {}

export async function runProtoc(argv: readonly string[]): Promise<number> {
  try {
    return await protoc(argv);
  } catch (e) {
    const message = protocMessage(e);
    if (message === undefined) throw e;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

function protocMessage(e: unknown): string | undefined {
  if (e instanceof ProtocFailure || e instanceof InputError) return e.message;
  if (e instanceof SchemaError) return schemaLines(e.diagnostics).join("\n");
  return undefined;
}

/** Diagnostics as protoc prints them: a missing import is first reported as `x: File not found.` */
function schemaLines(diagnostics: readonly Diagnostic[]): string[] {
  const lines: string[] = [];
  const files = new Set(diagnostics.map((d) => d.file));
  for (const d of diagnostics) {
    const missing = /^Import "(.+)" was not found or had errors\.$/.exec(d.message)?.[1];
    if (missing !== undefined && !files.has(missing)) {
      lines.push(`${missing}: File not found.`);
      files.add(missing);
    }
    lines.push(
      d.line === 0 ? `${d.file}: ${d.message}` : `${d.file}:${d.line}:${d.column}: ${d.message}`,
    );
  }
  return lines;
}

/** protoc's checks of the files named on its command line, before it parses any. */
function checkRoots(files: readonly string[], includePaths: readonly string[]): void {
  for (const file of files) {
    if (includePaths.some((dir) => existsSync(join(dir, file)))) continue;
    if (!existsSync(file)) {
      throw new ProtocFailure(
        `Could not make proto path relative: ${file}: No such file or directory`,
      );
    }
    const inside = includePaths.some((dir) => {
      const rel = relative(resolve(dir), resolve(file));
      return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
    });
    if (!inside) {
      throw new ProtocFailure(
        `${file}: File does not reside within any path specified using --proto_path (or -I).  You must specify a --proto_path which encompasses this file.  Note that the proto_path must be an exact prefix of the .proto file names -- protoc is too dumb to figure out when two paths (e.g. absolute and relative) are equivalent (it's harder than you think).`,
      );
    }
  }
}

async function protoc(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv, SPECS);
  } catch (e) {
    throw new ProtocFailure((e as Error).message.replace(/^unknown option /, "Unknown flag: "));
  }
  const files = args.positionals;
  const encodeType = lastValue(args, "encode");
  const decodeType = lastValue(args, "decode");
  const raw = args.flags.has("decode_raw");
  const modes = [encodeType, decodeType, raw ? "" : undefined].filter((m) => m !== undefined);
  if (modes.length > 1)
    throw new ProtocFailure("Only one of --encode and --decode can be specified.");
  const output = lastValue(args, "output");
  if (raw) {
    if (files.length > 0)
      throw new ProtocFailure("When using --decode_raw, no input files should be given.");
    const { bytes } = await readInput("-", Number.MAX_SAFE_INTEGER);
    try {
      await writeChunks("-", (write) => writeRawText(bytes, write), TEXT_OUT);
    } catch (e) {
      if (e instanceof DecodeError) throw new ProtocFailure("Failed to parse input.");
      throw e;
    }
    return 0;
  }
  if (files.length === 0) throw new ProtocFailure("Missing input file.");
  if (modes.length === 0 && output === undefined)
    throw new ProtocFailure("Missing output directives.");
  if (allValues(args, "descriptor_set").length === 0) {
    const dirs = allValues(args, "proto_path").flatMap((v) => v.split(delimiter));
    checkRoots(files, dirs.length > 0 ? dirs : ["."]);
  }
  const schema = await loadCliSchema(args, files, "", args.flags.has("include_source_info"));
  if (output !== undefined) {
    const set = schema.toFileDescriptorSet({
      includeImports: args.flags.has("include_imports"),
      includeSourceInfo: args.flags.has("include_source_info"),
    });
    await writeOutput(output, set, { binary: true, force: true });
  }
  const typeName = encodeType ?? decodeType;
  if (typeName === undefined) return 0;
  if (schema.findMessage(typeName) === undefined)
    throw new ProtocFailure(`Type not defined: ${typeName}`);
  const type = findType(schema, typeName);
  const { bytes } = await readInput("-", Number.MAX_SAFE_INTEGER);
  if (encodeType !== undefined) {
    let msg: ReturnType<typeof type.fromText>;
    try {
      msg = type.fromText(inputText(bytes), { allowPartial: true });
    } catch (e) {
      if (!(e instanceof TextError)) throw e;
      const at = e.line === undefined ? "" : `input:${e.line}:${e.column}: `;
      throw new ProtocFailure(`${at}${e.detail}\nFailed to parse input.`);
    }
    warnMissing(type.missingFields(msg));
    await writeOutput("-", type.encode(msg, { allowPartial: true }), { binary: true, force: true });
    return 0;
  }
  let msg: ReturnType<typeof type.decode>;
  try {
    msg = type.decode(bytes, { allowPartial: true });
  } catch {
    throw new ProtocFailure("Failed to parse input.");
  }
  warnMissing(type.missingFields(msg));
  await writeText(type, msg);
  return 0;
}

/** `msg`'s text to stdout, as it is printed. */
function writeText(type: MessageType<Message>, msg: Message): Promise<void> {
  return writeChunks("-", (write) => type.writeText(msg, write), TEXT_OUT);
}

const TEXT_OUT = { binary: false, force: false };

/** protoc's warning for a message with unset required fields (it still writes the output). */
function warnMissing(paths: readonly string[]): void {
  if (paths.length === 0) return;
  process.stderr.write(
    `warning:  Input message is missing required fields:  ${paths.join(", ")}\n`,
  );
}
