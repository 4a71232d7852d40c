// The schema options every verb shares: `.proto` files (as arguments or --proto) found through
// `-I/--proto_path` (protoc's semantics, the current directory when none), or a descriptor set
// (`--descriptor-set`, protoc's `--descriptor_set_in`; several joined by the path delimiter);
// `--cache DIR` (or PROTOWIRE_CACHE) for the loader's schema cache.

import { delimiter } from "node:path";
import {
  type CompiledSchema,
  DecodeError,
  decodeFileDescriptorSet,
  descriptorSetResolver,
  type LoadSchemaOptions,
  loadSchema,
  type Message,
  type MessageType,
  SchemaError,
} from "../node.js";
import { allValues, lastValue, type OptionSpec, type ParsedArgs } from "./args.js";
import { withDiskPaths } from "./disk-paths.js";
import { InputError, UsageError } from "./errors.js";
import { readInput } from "./io.js";

export const SCHEMA_OPTIONS: readonly OptionSpec[] = [
  { names: ["-I", "--proto_path", "--proto-path"], key: "proto_path", value: true },
  { names: ["--proto"], key: "proto", value: true },
  {
    names: ["--descriptor-set", "--descriptor_set_in", "--descriptor-set-in"],
    key: "descriptor_set",
    value: true,
  },
  { names: ["--cache"], key: "cache", value: true },
];

/**
 * The schema cache's directory: `--cache DIR`, else the environment's `PROTOWIRE_CACHE` (for
 * scripts that run the command many times on the same files), else none.
 */
function cacheDir(args: ParsedArgs): string | undefined {
  const dir = lastValue(args, "cache") ?? process.env.PROTOWIRE_CACHE;
  return dir === undefined || dir === "" ? undefined : dir;
}

/** Positionals that name `.proto` files (schema) and the rest (inputs and outputs). */
export function splitProtoFiles(positionals: readonly string[]): [string[], string[]] {
  const protos = positionals.filter((p) => p.endsWith(".proto"));
  const rest = positionals.filter((p) => !p.endsWith(".proto"));
  return [protos, rest];
}

/** Loads the schema the options and `.proto` arguments describe. */
export async function loadCliSchema(
  args: ParsedArgs,
  protoArgs: readonly string[],
  verb: string,
  sourceInfo = false,
): Promise<CompiledSchema> {
  const files = [...allValues(args, "proto"), ...protoArgs];
  const sets = allValues(args, "descriptor_set").flatMap((v) => v.split(delimiter));
  const includePaths = allValues(args, "proto_path").flatMap((v) => v.split(delimiter));
  let options: LoadSchemaOptions;
  if (sets.length > 0) {
    const protos = [];
    for (const set of sets) {
      const { bytes, name } = await readInput(set, Number.MAX_SAFE_INTEGER);
      try {
        protos.push(...decodeFileDescriptorSet(bytes));
      } catch (e) {
        if (e instanceof DecodeError)
          throw new InputError(`${name}: not a FileDescriptorSet (${e.message})`);
        throw e;
      }
    }
    const names = files.length > 0 ? files : protos.map((p) => p.name ?? "");
    options = { resolver: descriptorSetResolver(protos), files: names };
  } else if (files.length > 0) {
    const dirs = includePaths.length > 0 ? includePaths : ["."];
    try {
      const cache = cacheDir(args);
      return await loadSchema({
        files,
        includePaths: dirs,
        sourceInfo,
        ...(cache !== undefined && { cache }),
      });
    } catch (e) {
      throw e instanceof SchemaError ? withDiskPaths(e, dirs) : e;
    }
  } else {
    throw new UsageError(
      "no schema: name .proto files (with -I DIR) or --descriptor-set FILE",
      verb,
    );
  }
  return loadSchema(options);
}

/** The message type `name` of `schema` (a leading `.` allowed), or an InputError. */
export function findType(schema: CompiledSchema, name: string): MessageType<Message> {
  const bare = name.startsWith(".") ? name.slice(1) : name;
  if (schema.findMessage(bare) === undefined) throw new InputError(`type not defined: ${bare}`);
  return schema.messageType(bare);
}
