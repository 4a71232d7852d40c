// What is timed on one data set, from the correctness gates' verdicts (verify.ts,
// verify-json.ts): the result rows before timing (sizes, or why a contender is n/a) and, per
// operation, the call each passing contender makes in the timed batches.

import { Buffer } from "node:buffer";
import type { Job } from "./measure.js";
import type { ContenderResult, Operation } from "./results-model.js";
import type { Verification } from "./verify.js";
import type { JsonVerification } from "./verify-json.js";

/** One row per contender: encoded sizes and notes, or the reasons it is not timed. */
export function resultRows(v: Verification, jv: JsonVerification): ContenderResult[] {
  return v.results.map((r, i): ContenderResult => {
    const j = jv.results[i];
    const json =
      j?.text !== undefined
        ? { jsonSize: Buffer.byteLength(j.text, "utf8") }
        : j?.notApplicable !== undefined && r.notApplicable === undefined
          ? { jsonNotApplicable: j.notApplicable }
          : {};
    if (r.notApplicable !== undefined) {
      return { contender: r.contender.name, notApplicable: r.notApplicable };
    }
    return {
      contender: r.contender.name,
      size: r.bytes?.length ?? 0,
      ...(r.notes === undefined ? {} : { notes: r.notes }),
      ...json,
    };
  });
}

/** The timed calls of `op`: one job per contender that passed the gate for it. */
export function jobsFor(op: Operation, v: Verification, jv: JsonVerification): Job[] {
  const jobs: Job[] = [];
  if (op === "encode" || op === "decode") {
    for (const r of v.results) {
      const p = r.prepared;
      if (p === undefined || r.bytes === undefined) continue;
      const input = p.input;
      // Decoders read a Node Buffer, as a Node program receives bytes from sockets and files.
      const received = Buffer.from(r.bytes);
      const call = op === "encode" ? () => p.encode(input) : () => p.decode(received);
      jobs.push({ name: r.contender.name, call });
    }
    return jobs;
  }
  for (const r of jv.results) {
    const { prepared, json, text } = r;
    if (prepared === undefined || json === undefined || text === undefined) continue;
    // Each parser reads its own printer's text (all identical when the gate notes so).
    const input = prepared.input;
    // A text is read once (one charCodeAt), which makes it flat: a printer that returns a
    // rope (a string built by concatenation) pays for flattening here, as it would when the
    // text is written anywhere; JSON.stringify's output is flat already and pays nothing.
    const call = op === "toJson" ? () => flattened(json.toJson(input)) : () => json.fromJson(text);
    jobs.push({ name: r.contender.name, call });
  }
  return jobs;
}

/** `text` after reading one character of it, which flattens a rope (see the toJson job). */
function flattened(text: string): string {
  text.charCodeAt(text.length - 1);
  return text;
}
