// The schema cache of the Node loader (`loadSchema({ files, includePaths, cache: dir })`): a
// load of unchanged files starts from what the last load made of them. A load that succeeds
// writes its files' descriptors (what its descriptor set holds, as JSON: JSON.parse reads them
// in a third of the time the binary decoder takes cold) into `dir`, under a key made of the
// root files and protowire's build (its version and a hash of its code), with the SHA-256 of
// every file's text.
// The next load with the same roots reads each of those files again through the same resolver
// (include paths, bundled files) and, only if every text is unchanged, links the kept
// descriptors: names resolved, options interpreted, protoc's rules checked by the load that
// wrote them, so nothing is parsed, interpreted or validated again. Same texts, same schema.
// Anything else (a changed, added or missing file, another build, an unreadable or damaged
// entry) is a miss: the load runs as without a cache and writes the entry again. A cache that
// cannot be written costs speed only, so write errors are not reported.

import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { FileDescriptorProto } from "../descriptor/shapes.js";
import type { Schema } from "../schema.js";
import type { LoadPlan } from "./load.js";
import { isAnswer, isPromiseLike, type Resolver } from "./resolver.js";
import { type LoadTools, linkFromEarlierLoad, loadSync } from "./walk.js";

/** Bumped when an entry's layout changes. */
const FORMAT = 4;

/**
 * An entry: a 4-byte little-endian length, this header as JSON, the byte strings of the
 * descriptors one after the other, then the descriptors as JSON (FileDescriptorProto objects;
 * each Uint8Array, an options message's unknown fields, is null there and listed in the header
 * with its place and length).
 */
interface EntryHeader {
  format: number;
  version: string;
  roots: string[];
  /** File name -> SHA-256 (hex) of its text, for every file of the set. */
  texts: Record<string, string>;
  /** Each Uint8Array of the descriptors: its path from the list of files, and its length. */
  bytes: [path: (string | number)[], length: number][];
}

/** loadSync of `plan` through the cache in `dir`. */
export function loadWithCache(dir: string, plan: LoadPlan, tools: LoadTools): Schema {
  const version = protowireVersion();
  const key = sha256(JSON.stringify(["protowire schema cache", FORMAT, version, plan.roots]));
  const file = path.join(dir, `${key.slice(0, 40)}.pwcache`);
  const hit = readEntry(file, version, plan);
  if (hit !== undefined) {
    try {
      return linkFromEarlierLoad(plan.roots, hit.protos, hit.texts, tools);
    } catch {
      // An entry that does not link (damaged, or not written by this code) is a miss: a cache
      // never fails a load that succeeds without it.
    }
  }
  const texts = new Map<string, string>();
  const recording: Resolver = {
    resolve(name) {
      const answer = plan.resolver.resolve(name);
      if (!isPromiseLike(answer) && isAnswer(answer) && "source" in answer) {
        texts.set(name, answer.source);
      }
      return answer;
    },
  };
  const schema = loadSync(plan.roots, recording, tools, false);
  writeEntry(file, version, plan.roots, schema, texts);
  return schema;
}

/** The entry's descriptors and the current texts, if every text is the one it was made of. */
function readEntry(
  file: string,
  version: string,
  plan: LoadPlan,
): { protos: FileDescriptorProto[]; texts: Map<string, string> } | undefined {
  let header: EntryHeader;
  let body: Buffer;
  let blob: Uint8Array;
  try {
    const bytes = readFileSync(file);
    const n = bytes.readUInt32LE(0);
    header = JSON.parse(bytes.subarray(4, 4 + n).toString("utf8")) as EntryHeader;
    let size = 0;
    for (const entry of Array.isArray(header.bytes) ? header.bytes : []) size += entry[1];
    if (!Number.isSafeInteger(size) || size < 0 || 4 + n + size > bytes.length) return undefined;
    // One copy of all the byte strings; each descriptor's is a view of it.
    blob = Uint8Array.prototype.slice.call(bytes, 4 + n, 4 + n + size);
    body = bytes.subarray(4 + n + size);
  } catch {
    return undefined;
  }
  if (
    header.format !== FORMAT ||
    header.version !== version ||
    JSON.stringify(header.roots) !== JSON.stringify(plan.roots) ||
    typeof header.texts !== "object" ||
    header.texts === null
  ) {
    return undefined;
  }
  const texts = new Map<string, string>();
  for (const [name, digest] of Object.entries(header.texts)) {
    const answer = plan.resolver.resolve(name);
    if (isPromiseLike(answer) || !isAnswer(answer) || !("source" in answer)) return undefined;
    if (typeof answer.source !== "string" || sha256(answer.source) !== digest) return undefined;
    texts.set(name, answer.source);
  }
  let protos: FileDescriptorProto[];
  try {
    protos = JSON.parse(body.toString("utf8")) as FileDescriptorProto[];
    if (!Array.isArray(protos) || !putBytes(protos, header.bytes, blob)) return undefined;
  } catch {
    return undefined;
  }
  // The set holds exactly the files whose texts were checked.
  if (protos.length !== texts.size || protos.some((p) => !texts.has(p.name ?? ""))) {
    return undefined;
  }
  return { protos, texts };
}

function writeEntry(
  file: string,
  version: string,
  roots: readonly string[],
  schema: Schema,
  texts: ReadonlyMap<string, string>,
): void {
  const digests: Record<string, string> = Object.create(null);
  for (const f of schema.files) {
    const name = f.name ?? "";
    const text = texts.get(name);
    if (text === undefined) return; // not every file came from text: nothing to check later
    digests[name] = sha256(text);
  }
  const bytes: EntryHeader["bytes"] = [];
  const blobs: Uint8Array[] = [];
  let body: string;
  try {
    const files = schema.files.map(({ sourceCodeInfo: _, ...rest }) => rest);
    body = JSON.stringify(takeBytes(files, [], bytes, blobs));
  } catch {
    return; // a value JSON cannot hold
  }
  const header: EntryHeader = { format: FORMAT, version, roots: [...roots], texts: digests, bytes };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  // One file, renamed into place: a reader sees a whole entry or none.
  const tmp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, Buffer.concat([length, json, ...blobs, Buffer.from(body, "utf8")]));
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/**
 * `value` for JSON: a copy in which each Uint8Array is null, its path (from the list of files)
 * and length added to `out` and its bytes to `blobs`. Only unknown fields of options hold
 * bytes, so an entry's reader puts them back by path instead of visiting every field.
 */
function takeBytes(
  value: unknown,
  path: (string | number)[],
  out: EntryHeader["bytes"],
  blobs: Uint8Array[],
): unknown {
  if (value instanceof Uint8Array) {
    out.push([[...path], value.length]);
    blobs.push(value);
    return null;
  }
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      path.push(i);
      const r = takeBytes(v, path, out, blobs);
      path.pop();
      return r;
    });
  }
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    path.push(k);
    copy[k] = takeBytes(v, path, out, blobs);
    path.pop();
  }
  return copy;
}

/**
 * Puts the header's bytes back at their paths in `files`, each a view of `blob` (their
 * concatenation, in order); false if a path does not fit.
 */
function putBytes(files: unknown, bytes: EntryHeader["bytes"], blob: Uint8Array): boolean {
  if (!Array.isArray(bytes)) return false;
  let offset = 0;
  for (const [path, length] of bytes) {
    if (!Array.isArray(path) || path.length === 0) return false;
    if (!Number.isSafeInteger(length) || length < 0) return false;
    let at: unknown = files;
    for (let i = 0; i < path.length - 1; i++) {
      const step = path[i]!;
      if (at === null || typeof at !== "object" || !Object.hasOwn(at, step)) return false;
      at = (at as Record<string | number, unknown>)[step];
    }
    const last = path[path.length - 1]!;
    if (
      at === null ||
      typeof at !== "object" ||
      (at as Record<string | number, unknown>)[last] !== null
    ) {
      return false;
    }
    (at as Record<string | number, unknown>)[last] = blob.subarray(offset, offset + length);
    offset += length;
  }
  return offset === blob.length;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The build's identity, set by tsup (tsup.config.ts): the package version and a hash of src/,
 * so that any change to protowire's code, released or installed from git at the same version,
 * makes every entry a miss. Run from the sources (tests, tsx), entries are "source"'s.
 */
declare const __PROTOWIRE_BUILD__: string | undefined;

function protowireVersion(): string {
  return typeof __PROTOWIRE_BUILD__ === "string" ? __PROTOWIRE_BUILD__ : "source";
}
