// Proof of the parser against protoc (issue 12): random schemas (proto2, proto3, editions
// 2023; with and without extensions) and random messages of them, wrapped in a message
// `ParseWrapper { repeated <type> items = 1; }` added to the schema and encoded by protowire.
// protoc --decode prints them, protoc --encode reads that text back; fromText of the same
// text must encode to protoc's bytes, or fail where protoc fails (text with unknown fields,
// such as a closed enum's unknown numbers, does not parse in either).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextError } from "../../src/index.js";
import type { Syntax } from "../codec/proof-arbitraries.js";
import { type CaseDraft, caseArb } from "../json/helpers/random-json-case.js";
import { protocRoundTrips } from "./helpers/parse-protoc.js";
import { loadWrapped } from "./helpers/random-text-case.js";

const WRAPPER = (item: string) => `\nmessage ParseWrapper { repeated ${item} items = 1; }\n`;

interface Prepared {
  proto: string;
  type: string;
  binary: Uint8Array;
  fromText: (text: string) => Uint8Array;
  /** encodeFromText: the wrapper's items encoded one at a time as they are read. */
  encodeFromText: (text: string) => Uint8Array;
}

function prepare(draft: CaseDraft): Prepared {
  const { proto, pkg, schema, items } = loadWrapped(draft, WRAPPER);
  const wrapper = schema.messageType(`${pkg}.ParseWrapper`);
  return {
    proto,
    type: `${pkg}.ParseWrapper`,
    binary: wrapper.encode(wrapper.create({ items })),
    fromText: (text) => wrapper.encode(wrapper.fromText(text)),
    encodeFromText: (text) => wrapper.encodeFromText(text),
  };
}

/** A fresh seed each run (printed in the test name); PARSE_SEED replays one. */
const SEED = Number(process.env.PARSE_SEED ?? Date.now() % 1_000_000);

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

describe.each(CASES)("$label: protoc's text of random messages", (c) => {
  it(`fromText encodes to protoc --encode's bytes, or fails where protoc fails (seed ${SEED})`, () => {
    const prepared = c.drafts.map(prepare);
    const results = protocRoundTrips(prepared);
    let parsed = 0;
    prepared.forEach((p, i) => {
      const r = results[i]!;
      const context = `--- schema ---\n${p.proto}\n--- text ---\n${r.text}`;
      if (r.bytes !== undefined) {
        const want = Buffer.from(r.bytes).toString("hex");
        expect(Buffer.from(p.fromText(r.text)).toString("hex"), context).toBe(want);
        expect(Buffer.from(p.encodeFromText(r.text)).toString("hex"), context).toBe(want);
        parsed++;
        return;
      }
      for (const read of [p.fromText, p.encodeFromText]) {
        let caught: unknown;
        try {
          read(r.text);
        } catch (e) {
          caught = e;
        }
        expect(caught, context).toBeInstanceOf(TextError);
        const e = caught as TextError;
        expect(`input:${e.line}:${e.column}: ${e.detail}`, context).toBe(r.error);
      }
    });
    // Most texts parse: unknown fields (the reason protoc fails) are the exception.
    expect(parsed).toBeGreaterThan(prepared.length / 2);
  });
});
