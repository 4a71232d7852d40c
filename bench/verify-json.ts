// The correctness gate for proto3 JSON, run after the binary gate (verify.ts) and before any
// timing. Every JSON-capable contender's text must be the proto3 JSON form (the same document
// as @bufbuild/protobuf's toJson, key order and spacing aside), print the same text twice, and
// parse back, by itself and by every other JSON-capable contender, to a message equal to the
// data set (compared in the neutral form of convert.ts). A contender that fails has its JSON
// reported as "n/a" with the reason and not timed; its binary results stand.

import type { Contender, JsonSide, Prepared } from "./contenders/contender.js";
import { isNotApplicable } from "./contenders/contender.js";
import { toNeutral } from "./convert.js";
import { proto3JsonDifference } from "./json-form.js";
import { PROTOWIRE } from "./results-model.js";
import type { Verification } from "./verify.js";
import { check, message } from "./verify.js";

export interface JsonVerified {
  readonly contender: Contender;
  /** Set when the contender passed: its prepared input and JSON methods, and its text. */
  readonly prepared?: Prepared;
  readonly json?: JsonSide;
  readonly text?: string;
  /** Set when the contender's JSON is excluded on this data set. */
  readonly notApplicable?: string;
}

export interface JsonVerification {
  /** One per contender, in the order of the binary verification's results. */
  readonly results: JsonVerified[];
  /** Cross-parsing failures "a -> b: reason" (a's text, b's fromJson), for the report. */
  readonly crossFailures: string[];
  /** The passing contenders other than protowire whose text is character-identical to its. */
  readonly identicalToProtowire: string[];
}

export function verifyJson(v: Verification): JsonVerification {
  const ds = v.dataSet;
  const expected = toNeutral(ds.value, ds.shape);
  const results = v.results.map((r): JsonVerified => {
    const c = r.contender;
    if (isNotApplicable(c.json)) return { contender: c, notApplicable: c.json.notApplicable };
    if (r.prepared === undefined) {
      return { contender: c, notApplicable: `failed the binary checks: ${r.notApplicable}` };
    }
    return ownRoundTrip(c, r.prepared, expected, (doc) => proto3JsonDifference(ds, doc));
  });

  // Cross-parse among the contenders that pass on their own; blame as in verify.ts: a writer
  // most others cannot read, or a reader that cannot read most others' texts.
  const passing = results.filter((r) => r.text !== undefined);
  const crossFailures: string[] = [];
  const writerBlame = new Map<JsonVerified, number>();
  const readerBlame = new Map<JsonVerified, number>();
  for (const writer of passing) {
    for (const reader of passing) {
      if (writer === reader) continue;
      const json = reader.json as JsonSide;
      const problem = check(() => json.fromJson(writer.text as string), reader.prepared!, expected);
      if (problem === undefined) continue;
      crossFailures.push(`${writer.contender.name} -> ${reader.contender.name}: ${problem}`);
      writerBlame.set(writer, (writerBlame.get(writer) ?? 0) + 1);
      readerBlame.set(reader, (readerBlame.get(reader) ?? 0) + 1);
    }
  }
  const others = passing.length - 1;
  const final = results.map((r): JsonVerified => {
    const w = writerBlame.get(r) ?? 0;
    const d = readerBlame.get(r) ?? 0;
    if (others > 0 && w * 2 > others) {
      return { contender: r.contender, notApplicable: `${w} of ${others} peers misread its JSON` };
    }
    if (others > 0 && d * 2 > others) {
      return { contender: r.contender, notApplicable: `misreads ${d} of ${others} peers' JSON` };
    }
    return r;
  });
  const own = final.find((r) => r.contender.name === PROTOWIRE)?.text;
  const identicalToProtowire = final
    .filter((r) => r.contender.name !== PROTOWIRE && own !== undefined && r.text === own)
    .map((r) => r.contender.name);
  return { results: final, crossFailures, identicalToProtowire };
}

/** Prints twice, checks the document's form, parses the text back; the verdict. */
function ownRoundTrip(
  c: Contender,
  prepared: Prepared,
  expected: Record<string, unknown>,
  formDifference: (document: unknown) => string | undefined,
): JsonVerified {
  const json = prepared.json;
  if (json === undefined) return { contender: c, notApplicable: "prepared without JSON methods" };
  let text: string;
  try {
    text = json.toJson(prepared.input);
    if (typeof text !== "string") {
      return { contender: c, notApplicable: `toJson returned ${typeof text}, not text` };
    }
    if (json.toJson(prepared.input) !== text) {
      return { contender: c, notApplicable: "printing the same message twice differs" };
    }
  } catch (e) {
    return { contender: c, notApplicable: `cannot print JSON: ${message(e)}` };
  }
  let problem: string | undefined;
  try {
    problem = formDifference(JSON.parse(text));
  } catch (e) {
    problem = `not JSON: ${message(e)}`;
  }
  if (problem !== undefined) return { contender: c, notApplicable: problem };
  problem = check(() => json.fromJson(text), prepared, expected);
  if (problem !== undefined) return { contender: c, notApplicable: `JSON round trip: ${problem}` };
  return { contender: c, prepared, json, text };
}
