// The public corpora of scripts/fetch-corpora.sh (not committed): where they are, and one
// compilation compared with protoc 36.2's: the descriptor set of the same files with their
// imports, byte for byte, or, where protoc rejects them, its error messages.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadLinkedSchemaSync } from "../../src/schema/load/load.js";
import { loadLinkedDescriptorSet } from "../../src/schema/load/load-descriptors.js";
import { loadLinkedSchemaFromDisk } from "../../src/schema/load/load-disk.js";
import type { registryDifferences } from "../helpers/registry-agreement.js";

export const ROOT = join(import.meta.dirname, "../..");
const PROTOC = join(ROOT, "node_modules/protoc/bin/protoc-linux-x86_64");

/** The corpus folder `name` of .corpora/, or undefined (with why) when it was not fetched. */
export function corpus(name: string): string | undefined {
  const dir = join(ROOT, ".corpora", name);
  if (existsSync(join(dir, ".commit"))) return dir;
  console.warn(`corpus ${name} absent: run scripts/fetch-corpora.sh to check against it`);
  return undefined;
}

export interface Outcome {
  /** The descriptor set, or undefined when the files were rejected. */
  set: Uint8Array | undefined;
  /** Error messages, without positions (protoc has none for some of them). */
  errors: string[];
  /** protowire's linked schema, when it made one (protowireOn). */
  schema?: Parameters<typeof registryDifferences>[1];
}

/** protoc 36.2 on `files` (relative to `root`, the only include path but protoc's own). */
export function protocOn(root: string, files: readonly string[], sourceInfo: boolean): Outcome {
  return runProtoc([`-I${root}`], files, sourceInfo, root);
}

/**
 * protoc with `input` (include paths or a descriptor set), writing `files` with their imports
 * (and source info when asked): the set, or the error lines without positions, a file under
 * `root` named relative to it.
 */
function runProtoc(
  input: readonly string[],
  files: readonly string[],
  sourceInfo: boolean,
  root = "",
): Outcome {
  const dir = mkdtempSync(join(tmpdir(), "pw-corpus-"));
  try {
    const out = join(dir, "set.pb");
    const args = [...input, "--include_imports", `--descriptor_set_out=${out}`];
    if (sourceInfo) args.push("--include_source_info");
    const run = spawnSync(PROTOC, [...args, ...files], { encoding: "utf8" });
    if (run.status === 0) return { set: new Uint8Array(readFileSync(out)), errors: [] };
    const errors = run.stderr
      .split("\n")
      .filter((l) => l !== "" && !l.includes(": warning: "))
      .map((l) =>
        withoutPosition(root !== "" && l.startsWith(`${root}/`) ? l.slice(root.length + 1) : l),
      );
    return { set: undefined, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** protowire on the same files, with its bundled well-known types. */
export async function protowireOn(
  root: string,
  files: readonly string[],
  sourceInfo: boolean,
): Promise<Outcome> {
  try {
    const schema = await loadLinkedSchemaFromDisk({ files: [...files], includePaths: [root] });
    const set = schema.toFileDescriptorSet({ includeImports: true, includeSourceInfo: sourceInfo });
    return { set, errors: [], schema };
  } catch (e) {
    const diagnostics = (e as { diagnostics?: { file: string; message: string }[] }).diagnostics;
    if (diagnostics === undefined) throw e;
    return { set: undefined, errors: diagnostics.map((d) => `${d.file}: ${d.message}`) };
  }
}

/**
 * protoc 36.2 reading descriptor set `set` back (`--descriptor_set_in`) and writing `files` with
 * their imports again: protoc's own verdict on its output as input.
 */
export function protocReload(
  set: Uint8Array,
  files: readonly string[],
  sourceInfo: boolean,
): Outcome {
  const dir = mkdtempSync(join(tmpdir(), "pw-corpus-in-"));
  try {
    writeFileSync(join(dir, "in.pb"), set);
    return runProtoc([`--descriptor_set_in=${join(dir, "in.pb")}`], files, sourceInfo);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * protowire reading descriptor set `set` (`loadDescriptorSet`'s linking, or with `full` the
 * loadSchemaSync({ descriptorSet }) one, which interprets options and has the bundled files) and
 * writing it again, with source info when asked.
 */
export function protowireReload(set: Uint8Array, sourceInfo: boolean, full = false): Outcome {
  try {
    const schema = full
      ? loadLinkedSchemaSync({ descriptorSet: set })
      : loadLinkedDescriptorSet(set);
    return { set: schema.toFileDescriptorSet({ includeSourceInfo: sourceInfo }), errors: [] };
  } catch (e) {
    const diagnostics = (e as { diagnostics?: { file: string; message: string }[] }).diagnostics;
    if (diagnostics === undefined) throw e;
    return { set: undefined, errors: diagnostics.map((d) => `${d.file}: ${d.message}`) };
  }
}

/** `file:line:col: message` or `file: message` as `file: message` (protoc names the file on disk). */
function withoutPosition(line: string): string {
  return line.replace(/^([^:]+):\d+:\d+: /, "$1: ");
}

/** Whether two outcomes agree: the same bytes, or both rejected with the same messages. */
export function same(a: Outcome, b: Outcome): boolean {
  if (a.set !== undefined && b.set !== undefined) return Buffer.from(a.set).equals(b.set);
  return a.set === undefined && b.set === undefined && a.errors.join("\n") === b.errors.join("\n");
}
