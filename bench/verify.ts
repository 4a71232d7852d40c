// The correctness gate, run before any timing: every contender must round-trip every data set,
// and every protobuf contender must decode every other protobuf contender's bytes to the same
// values. A contender that fails is "n/a" for that data set, with the reason; it is never timed.
//
// Decoding is checked from a Node Buffer (the timed input: what sockets and files hand a Node
// program) and from a plain Uint8Array (what fetch and TextEncoder produce).

import { Buffer } from "node:buffer";

import type { Contender, Prepared } from "./contenders/contender.js";
import { isNotApplicable } from "./contenders/contender.js";
import type { ShapeMismatch } from "./convert.js";
import { firstDifference, toNeutral } from "./convert.js";
import type { DataSet } from "./datasets.js";
import { proto3JsonDifference } from "./json-form.js";

export interface Verified {
  readonly contender: Contender;
  /** Set when the contender passed: its prepared input and encoded bytes. */
  readonly prepared?: Prepared;
  readonly bytes?: Uint8Array;
  /** Set when the contender is excluded on this data set. */
  readonly notApplicable?: string;
  /** Observations that do not exclude the contender (e.g. decoded values alias the input). */
  readonly notes?: string[];
}

export interface Verification {
  readonly dataSet: DataSet;
  readonly results: Verified[];
  /** Cross-decoding failures "a -> b: reason" (a's bytes, b's decoder), for the report. */
  readonly crossFailures: string[];
  /** Whether every passing protobuf contender wrote exactly the same bytes. */
  readonly identicalEncodings: boolean;
}

export function verify(dataSet: DataSet, contenders: readonly Contender[]): Verification {
  const expected = toNeutral(dataSet.value, dataSet.shape);
  const results: Verified[] = contenders.map((c) => {
    const r = roundTrip(c, dataSet, expected);
    if (c.kind !== "json" || r.bytes === undefined) return r;
    // The JSON baseline must send the proto3 JSON form, checked against an independent printer.
    const problem = proto3JsonDifference(dataSet, JSON.parse(new TextDecoder().decode(r.bytes)));
    return problem === undefined ? r : { contender: c, notApplicable: problem };
  });
  const crossFailures: string[] = [];

  // Cross-decode among the protobuf contenders that round-trip. A contender is blamed when
  // most of the others cannot read its bytes, or when it cannot read most of theirs.
  const passing = results.filter(
    (r) => r.prepared !== undefined && r.contender.kind === "protobuf",
  );
  const encodeBlame = new Map<Verified, number>();
  const decodeBlame = new Map<Verified, number>();
  for (const writer of passing) {
    for (const reader of passing) {
      if (writer === reader) continue;
      const problem = check(
        () => reader.prepared!.decode(Buffer.from(writer.bytes!)),
        reader.prepared!,
        expected,
      );
      if (problem === undefined) continue;
      crossFailures.push(`${writer.contender.name} -> ${reader.contender.name}: ${problem}`);
      encodeBlame.set(writer, (encodeBlame.get(writer) ?? 0) + 1);
      decodeBlame.set(reader, (decodeBlame.get(reader) ?? 0) + 1);
    }
  }
  const others = passing.length - 1;
  const final = results.map((r): Verified => {
    const enc = encodeBlame.get(r) ?? 0;
    const dec = decodeBlame.get(r) ?? 0;
    if (others > 0 && enc * 2 > others) {
      return {
        contender: r.contender,
        notApplicable: `${enc} of ${others} peers misread its bytes`,
      };
    }
    if (others > 0 && dec * 2 > others) {
      return { contender: r.contender, notApplicable: `misreads ${dec} of ${others} peers' bytes` };
    }
    return r;
  });
  const encodings = final.filter((r) => r.bytes !== undefined && r.contender.kind === "protobuf");
  const identicalEncodings = encodings.every((r) => sameBytes(r.bytes!, encodings[0]!.bytes!));
  return { dataSet, results: final, crossFailures, identicalEncodings };
}

function roundTrip(c: Contender, ds: DataSet, expected: Record<string, unknown>): Verified {
  let prepared: Prepared;
  let bytes: Uint8Array;
  try {
    const p = c.prepare(ds);
    if (isNotApplicable(p)) return { contender: c, notApplicable: p.notApplicable };
    prepared = p;
    bytes = prepared.encode(prepared.input);
    // Encoding twice must give the same bytes: a reused or pooled buffer must not leak state.
    const again = prepared.encode(prepared.input);
    if (!sameBytes(bytes, again)) {
      return { contender: c, notApplicable: "encoding the same message twice differs" };
    }
  } catch (e) {
    return { contender: c, notApplicable: `cannot encode: ${message(e)}` };
  }
  for (const input of [Buffer.from(bytes), new Uint8Array(bytes)]) {
    const problem = check(() => prepared.decode(input), prepared, expected);
    if (problem !== undefined) {
      const kind = input instanceof Buffer ? "Buffer" : "Uint8Array";
      return { contender: c, notApplicable: `round trip (from a ${kind}): ${problem}` };
    }
  }
  const notes: string[] = [];
  for (const input of [Buffer.from(bytes), new Uint8Array(bytes)]) {
    // Overwriting the input after decoding must not change the decoded message, unless the
    // contender hands out views into the input (legal for some APIs, but worth knowing).
    const decoded = prepared.decode(input);
    input.fill(0);
    if (check(() => decoded, prepared, expected) !== undefined) {
      const kind = input instanceof Buffer ? "a Buffer" : "a Uint8Array";
      notes.push(`decoded from ${kind}, it shares memory with the input`);
    }
  }
  return notes.length > 0
    ? { contender: c, prepared, bytes, notes }
    : { contender: c, prepared, bytes };
}

/** Decodes and compares with the expected neutral value; the problem, or undefined. */
export function check(
  decode: () => unknown,
  prepared: Prepared,
  expected: Record<string, unknown>,
): string | undefined {
  try {
    const d = firstDifference(prepared.normalize(decode()), expected);
    return d === undefined ? undefined : `differs at ${d}`;
  } catch (e) {
    return message(e as Error | ShapeMismatch);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first line of an error's message, at most 160 characters. */
export function message(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0]?.slice(0, 160) ?? "";
}
