// Proof of issue 11 against an independent implementation: for random schemas (proto2, proto3,
// editions 2023, loaded by protowire's own parser) and random messages of them,
// (a) fromJson(toJson(m)) equals m; (b) protowire's toJsonString equals @bufbuild/protobuf's
// toJsonString for the same message (decoded by protobuf-es from protowire's bytes), character
// for character, under each write option; (c) each library parses the other's JSON to the
// same message (compared by binary encoding). Extensions (proto2 and editions) run separately,
// with protobuf-es given the schema's registry.
import {
  fromJsonString as esFromJsonString,
  toJsonString as esToJsonString,
  fromBinary,
  toBinary,
} from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonWriteOptions, Message } from "../../src/index.js";
import type { Syntax } from "../codec/proof-arbitraries.js";
import { canonical, canonicalNoNegativeZero } from "./helpers/canonical.js";
import {
  type CaseDraft,
  caseArb,
  type LoadedCase,
  loadCase,
  messageOf,
  withSchema,
} from "./helpers/random-json-case.js";

const SYNTAXES: Syntax[] = ["proto2", "proto3", "editions"];
const RUNS = 60;

/** The write options both libraries share, each alone and none. */
const WRITE_OPTIONS: JsonWriteOptions[] = [
  {},
  { alwaysEmitImplicit: true },
  { enumAsInteger: true },
  { useProtoFieldName: true },
];

/** Runs `check` on every message of a random case, with the schema text on failure. */
function eachMessage(draft: CaseDraft, check: (c: LoadedCase, m: Message) => void): void {
  const c = loadCase(draft.model, draft.index);
  withSchema(c.text, () => {
    for (let i = 0; i < draft.values.length; i++) check(c, messageOf(c, draft, i));
  });
}

// JSON text has no -0 (JSON.stringify and protobuf-es write it as 0), so through text
// messages compare with -0 as 0; toJson's value keeps it, so fromJson(toJson(m)) is exact.
function roundTrips(c: LoadedCase, m: Message): void {
  const exts = c.extensions;
  expect(canonical(c.type.fromJson(c.type.toJson(m)), exts)).toStrictEqual(canonical(m, exts));
  const want = canonicalNoNegativeZero(m, exts);
  for (const o of WRITE_OPTIONS) {
    const text = c.type.toJsonString(m, o);
    expect(canonicalNoNegativeZero(c.type.fromJsonString(text), exts), text).toStrictEqual(want);
  }
}

function sameTextAsProtobufEs(c: LoadedCase, m: Message): void {
  const es = fromBinary(c.desc, c.type.encode(m));
  for (const o of WRITE_OPTIONS) {
    const theirs = esToJsonString(c.desc, es, { ...o, registry: c.registry });
    expect(c.type.toJsonString(m, o), JSON.stringify(o)).toBe(theirs);
  }
}

function readEachOther(c: LoadedCase, m: Message): void {
  const exts = c.extensions;
  const want = canonicalNoNegativeZero(m, exts);
  const es = fromBinary(c.desc, c.type.encode(m));
  for (const o of WRITE_OPTIONS) {
    // protobuf-es reads protowire's JSON (its result seen through the binary format) ...
    const ours = c.type.toJsonString(m, o);
    const readByEs = esFromJsonString(c.desc, ours, { registry: c.registry });
    const seen = c.type.decode(toBinary(c.desc, readByEs));
    expect(canonicalNoNegativeZero(seen, exts), ours).toStrictEqual(want);
    // ... and protowire reads protobuf-es's.
    const theirs = esToJsonString(c.desc, es, { ...o, registry: c.registry });
    expect(canonicalNoNegativeZero(c.type.fromJsonString(theirs), exts), theirs).toStrictEqual(
      want,
    );
  }
}

describe.each(SYNTAXES)("%s: random schemas, random messages", (syntax) => {
  it("fromJson(toJson(m)) equals m, also through text under every write option", () => {
    fc.assert(
      fc.property(caseArb(syntax), (d) => eachMessage(d, roundTrips)),
      { numRuns: RUNS },
    );
  });

  it("toJsonString equals @bufbuild/protobuf's, character for character", () => {
    fc.assert(
      fc.property(caseArb(syntax), (d) => eachMessage(d, sameTextAsProtobufEs)),
      { numRuns: RUNS },
    );
  });

  it("each library parses the other's JSON to the same message", () => {
    fc.assert(
      fc.property(caseArb(syntax), (d) => eachMessage(d, readEachOther)),
      { numRuns: RUNS },
    );
  });
});

describe.each<Syntax>(["proto2", "editions"])("%s: extensions as [pkg.ext]", (syntax) => {
  const cases = caseArb(syntax, { extensions: true });

  it("round-trip, same text as @bufbuild/protobuf, and each reads the other's", () => {
    fc.assert(
      fc.property(cases, (d) =>
        eachMessage(d, (c, m) => {
          roundTrips(c, m);
          sameTextAsProtobufEs(c, m);
          readEachOther(c, m);
        }),
      ),
      { numRuns: RUNS },
    );
  });
});
