// Proof of the printer against protoc (issue 12): random schemas (proto2, proto3, editions
// 2023; with and without extensions) and random messages of them, wrapped in a message
// `PrintWrapper { repeated <type> items = 1; }` added to the schema, encoded by protowire and
// printed by `protoc --decode` (one shell loop for all cases). toText of the decoded wrapper
// must be protoc's text byte for byte. The same bytes decoded as
// `PrintRawWrapper { repeated PrintEmpty items = 1; }` turn every field unknown, and random
// blobs (real encodings, cut, altered or random) in `PrintBlobs` decoded as `PrintEmpty`
// exercise protoc's guess of which length-delimited fields are messages. writeTextFromBinary
// (the wrapper's items decoded one at a time) and rawText must print the same texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatBytes, rawText } from "../../src/index.js";
import type { Syntax } from "../codec/proof-arbitraries.js";
import { type CaseDraft, caseArb } from "../json/helpers/random-json-case.js";
import { protocDecodeAll } from "./helpers/print-protoc.js";
import { loadWrapped } from "./helpers/random-text-case.js";

const WRAPPERS = (item: string) => `
message PrintWrapper { repeated ${item} items = 1; }
message PrintEmpty {}
message PrintRawWrapper { repeated PrintEmpty items = 1; }
message PrintBlobs { repeated bytes blobs = 1; }
`;

interface Prepared {
  proto: string;
  pkg: string;
  binary: Uint8Array;
  blobs: Uint8Array;
  ours: (type: string, bytes: Uint8Array) => string;
  /** The same text from writeTextFromBinary's chunks (the wrappers' items decoded one by one). */
  streamed: (type: string, bytes: Uint8Array) => string;
  /** toText of the wrapper as created (not decoded): floats not yet rounded, maps unsorted. */
  created: string;
}

/** Random byte strings built from a real encoding: whole, cut, one byte altered, or random. */
function blobsOf(real: Uint8Array, seed: number): Uint8Array[] {
  const rnd = fc.sample(fc.uint8Array({ maxLength: 24 }), { numRuns: 2, seed });
  const cut = real.subarray(0, Math.floor(real.length / 2));
  const altered = real.slice();
  const at = seed % Math.max(1, altered.length);
  if (altered.length > 0) altered[at] = altered[at]! ^ (1 << (seed % 8));
  return [real, cut, altered, ...rnd];
}

function prepare(draft: CaseDraft, seed: number): Prepared {
  const { proto, pkg, schema, item, items } = loadWrapped(draft, WRAPPERS);
  const wrapper = schema.messageType(`${pkg}.PrintWrapper`);
  const created = wrapper.create({ items });
  const binary = wrapper.encode(created);
  const blobsType = schema.messageType(`${pkg}.PrintBlobs`);
  const blobs = blobsType.encode(
    blobsType.create({ blobs: items.flatMap((m, i) => blobsOf(item.encode(m), seed + i)) }),
  );
  const ours = (type: string, bytes: Uint8Array) => {
    const t = schema.messageType(`${pkg}.${type}`);
    return t.toText(t.decode(bytes));
  };
  const streamed = (type: string, bytes: Uint8Array) => {
    const chunks: Uint8Array[] = [];
    schema.messageType(`${pkg}.${type}`).writeTextFromBinary(bytes, (c) => chunks.push(c));
    return new TextDecoder().decode(concatBytes(chunks));
  };
  return { proto, pkg, binary, blobs, ours, streamed, created: wrapper.toText(created) };
}

/** A fresh seed each run (printed in the test name); PRINT_SEED replays one. */
const SEED = Number(process.env.PRINT_SEED ?? Date.now() % 1_000_000);

function drafts(syntax: Syntax, extensions: boolean, runs: number): CaseDraft[] {
  return fc.sample(caseArb(syntax, { extensions, values: 4 }), { numRuns: runs, seed: SEED });
}

const CASES: { label: string; drafts: CaseDraft[] }[] = [
  { label: "proto2", drafts: drafts("proto2", false, 40) },
  { label: "proto3", drafts: drafts("proto3", false, 40) },
  { label: "editions", drafts: drafts("editions", false, 40) },
  { label: "proto2 with extensions", drafts: drafts("proto2", true, 25) },
  { label: "editions with extensions", drafts: drafts("editions", true, 25) },
];

describe.each(CASES)("$label: random messages print as protoc --decode prints them", (c) => {
  it(`toText equals protoc's text byte for byte (seed ${SEED})`, () => {
    const prepared = c.drafts.map((d, i) => prepare(d, SEED + i));
    const jobs = prepared.flatMap((p) => [
      {
        proto: p.proto,
        binary: p.binary,
        types: [`${p.pkg}.PrintWrapper`, `${p.pkg}.PrintRawWrapper`],
      },
      { proto: p.proto, binary: p.blobs, types: [`${p.pkg}.PrintEmpty`] },
    ]);
    const texts = protocDecodeAll(jobs);
    prepared.forEach((p, i) => {
      const [known, raw] = texts[2 * i]!;
      const [blobs] = texts[2 * i + 1]!;
      const schema = `--- schema ---\n${p.proto}`;
      expect(p.ours("PrintWrapper", p.binary), schema).toBe(known);
      expect(p.created, schema).toBe(known);
      expect(p.ours("PrintRawWrapper", p.binary), schema).toBe(raw);
      expect(p.ours("PrintEmpty", p.blobs), schema).toBe(blobs);
      expect(p.streamed("PrintWrapper", p.binary), schema).toBe(known);
      expect(p.streamed("PrintRawWrapper", p.binary), schema).toBe(raw);
      expect(rawText(p.blobs), schema).toBe(blobs); // protoc --decode of an empty type: raw
    });
  });
});
