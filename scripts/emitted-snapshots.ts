/**
 * The emitter's output for a few schemas, formatted: what fixtures/emitted holds (written by
 * scripts/regenerate-emitted.ts, compared by test/codec/emitted-snapshots.test.ts). One file per
 * message type, named like its sourceURL: `<schema>/<full.Name>.js`.
 */
import { fileURLToPath } from "node:url";
import { emitForEvaluation } from "../src/codec/compiler.js";
import { formatSource } from "../src/codec/emit/format-source.js";
import { loadSchema } from "../src/node.js";
import type { MessageInfo } from "../src/schema/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));

export const EMITTED_DIR = fileURLToPath(new URL("../fixtures/emitted", import.meta.url));

/** Snapshot folder name → the .proto file it shows (include path, file). */
export const EMITTED_SCHEMAS: Readonly<Record<string, readonly [string, string]>> = {
  // proto3, the benchmark's messages: scalars, 64-bit, strings, lists, a map.
  bench: ["bench", "bench.proto"],
  // proto2: groups, extensions, required fields, defaults, closed enums, a MessageSet.
  codec2: ["fixtures/codec", "codec2.proto"],
  // proto3: maps of every kind, a oneof, proto3 optional, open enums.
  codec3: ["fixtures/codec", "codec3.proto"],
  // Edition 2023: delimited messages, LEGACY_REQUIRED, closed enums, utf8_validation NONE.
  codec_editions: ["fixtures/codec", "codec_editions.proto"],
};

/** File name → formatted source of every message type (map entries aside) of one schema. */
export async function renderEmitted(schema: string): Promise<Map<string, string>> {
  const [includePath, file] = EMITTED_SCHEMAS[schema]!;
  const loaded = await loadSchema({ files: [file], includePaths: [`${root}/${includePath}`] });
  const messages = (list: readonly MessageInfo[]): MessageInfo[] =>
    list.flatMap((m) => (m.isMapEntry ? [] : [m, ...messages(m.nestedMessages)]));
  const out = new Map<string, string>();
  for (const info of messages(loaded.file(file)!.messages)) {
    out.set(`${info.fullName}.js`, formatSource(emitForEvaluation(info).source));
  }
  return out;
}
