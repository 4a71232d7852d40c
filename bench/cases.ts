// What is timed on one data set, from the correctness gates' verdicts (verify.ts for binary,
// verify-json.ts and verify-text.ts for the textual formats): the result rows before timing
// (sizes, or why a contender is n/a) and, per operation, the call each passing contender makes
// in the timed batches.

import { Buffer } from "node:buffer";
import type { Job } from "./measure.js";
import type { ContenderResult, Operation } from "./results-model.js";
import { formatOf } from "./results-model.js";
import type { Verification } from "./verify.js";
import type { FormatVerification, FormatVerified } from "./verify-format.js";

/** The gates' verdicts on one data set. */
export interface Gates {
  readonly binary: Verification;
  readonly json: FormatVerification;
  readonly text: FormatVerification;
}

/** One row per contender: encoded sizes and notes, or the reasons it is not timed. */
export function resultRows(g: Gates): ContenderResult[] {
  return g.binary.results.map((r, i): ContenderResult => {
    if (r.notApplicable !== undefined) {
      return { contender: r.contender.name, notApplicable: r.notApplicable };
    }
    const json = g.json.results[i];
    const text = g.text.results[i];
    return {
      contender: r.contender.name,
      size: r.bytes?.length ?? 0,
      ...(r.notes === undefined ? {} : { notes: r.notes }),
      ...(json?.text !== undefined
        ? { jsonSize: Buffer.byteLength(json.text, "utf8") }
        : json?.notApplicable !== undefined
          ? { jsonNotApplicable: json.notApplicable }
          : {}),
      ...(text?.text !== undefined
        ? { textSize: Buffer.byteLength(text.text, "utf8") }
        : text?.notApplicable !== undefined
          ? { textNotApplicable: text.notApplicable }
          : {}),
    };
  });
}

/** The timed calls of `op`: one job per contender that passed the gate for it. */
export function jobsFor(op: Operation, g: Gates): Job[] {
  const format = formatOf(op);
  if (format === "binary") {
    const jobs: Job[] = [];
    for (const r of g.binary.results) {
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
  const printing = op === "toJson" || op === "toText";
  return textJobs(format === "json" ? g.json.results : g.text.results, printing);
}

/** Printing (toJson, toText) or parsing (fromJson, fromText) jobs of a textual format. */
function textJobs(results: readonly FormatVerified[], printing: boolean): Job[] {
  const jobs: Job[] = [];
  for (const r of results) {
    const { prepared, side, text } = r;
    if (prepared === undefined || side === undefined || text === undefined) continue;
    // Each parser reads its own printer's text (the gate records which are identical).
    const input = prepared.input;
    // A text is read once (one charCodeAt), which makes it flat: a printer that returns a
    // rope (a string built by concatenation) pays for flattening here, as it would when the
    // text is written anywhere; JSON.stringify's output is flat already and pays nothing.
    const call = printing ? () => flattened(side.print(input)) : () => side.parse(text);
    jobs.push({ name: r.contender.name, call });
  }
  return jobs;
}

/** `text` after reading one character of it, which flattens a rope (see textJobs). */
function flattened(text: string): string {
  text.charCodeAt(text.length - 1);
  return text;
}
