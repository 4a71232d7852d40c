// The correctness gate of a textual format (proto3 JSON, the text format), run after the binary
// gate (verify.ts) and before any timing: every contender that has the format must print the
// same text twice, pass the format's own check of that text (if it has one), and parse it back,
// by itself and by every other contender that has the format, to a message equal to the data set
// (compared in the neutral form of convert.ts). A contender that fails has the format reported
// as "n/a" with the reason and not timed; its binary results stand. verify-json.ts and
// verify-text.ts say which format.

import type { Contender, NotApplicable, Prepared, TextSide } from "./contenders/contender.js";
import { isNotApplicable } from "./contenders/contender.js";
import { toNeutral } from "./convert.js";
import type { DataSet } from "./datasets.js";
import { PROTOWIRE } from "./results-model.js";
import type { Verification } from "./verify.js";
import { check, message } from "./verify.js";

/** What the gate needs to know of one format. */
export interface TextFormat {
  /** The format's name in reasons: "JSON", "text". */
  readonly name: string;
  /** Whether the contender has the format, and how, or why not. */
  support(c: Contender): { readonly detail: string } | NotApplicable;
  /** The format's printer and parser in a prepared data set. */
  side(p: Prepared): TextSide | undefined;
  /** A problem with the form of a printed text, beyond reading back right; undefined if none. */
  formDifference?(ds: DataSet, text: string): string | undefined;
}

export interface FormatVerified {
  readonly contender: Contender;
  /** Set when the contender passed: its prepared input, the format's side, and its text. */
  readonly prepared?: Prepared;
  readonly side?: TextSide;
  readonly text?: string;
  /** Set when the contender's format is excluded on this data set. */
  readonly notApplicable?: string;
}

export interface FormatVerification {
  /** One per contender, in the order of the binary verification's results. */
  readonly results: FormatVerified[];
  /** Cross-parsing failures "a -> b: reason" (a's text, b's parser), for the report. */
  readonly crossFailures: string[];
  /** The passing contenders other than protowire whose text is character-identical to its. */
  readonly identicalToProtowire: string[];
}

export function verifyFormat(v: Verification, format: TextFormat): FormatVerification {
  const ds = v.dataSet;
  const expected = toNeutral(ds.value, ds.shape);
  const results = v.results.map((r): FormatVerified => {
    const c = r.contender;
    const support = format.support(c);
    if (isNotApplicable(support)) return { contender: c, notApplicable: support.notApplicable };
    if (r.prepared === undefined) {
      return { contender: c, notApplicable: `failed the binary checks: ${r.notApplicable}` };
    }
    return ownRoundTrip(c, r.prepared, expected, format, ds);
  });

  // Cross-parse among the contenders that pass on their own; blame as in verify.ts: a writer
  // most others cannot read, or a reader that cannot read most others' texts.
  const passing = results.filter((r) => r.text !== undefined);
  const crossFailures: string[] = [];
  const writerBlame = new Map<FormatVerified, number>();
  const readerBlame = new Map<FormatVerified, number>();
  for (const writer of passing) {
    for (const reader of passing) {
      if (writer === reader) continue;
      const side = reader.side as TextSide;
      const problem = check(() => side.parse(writer.text as string), reader.prepared!, expected);
      if (problem === undefined) continue;
      crossFailures.push(`${writer.contender.name} -> ${reader.contender.name}: ${problem}`);
      writerBlame.set(writer, (writerBlame.get(writer) ?? 0) + 1);
      readerBlame.set(reader, (readerBlame.get(reader) ?? 0) + 1);
    }
  }
  const others = passing.length - 1;
  const name = format.name;
  const final = results.map((r): FormatVerified => {
    const w = writerBlame.get(r) ?? 0;
    const d = readerBlame.get(r) ?? 0;
    if (others > 0 && w * 2 > others) {
      return {
        contender: r.contender,
        notApplicable: `${w} of ${others} peers misread its ${name}`,
      };
    }
    if (others > 0 && d * 2 > others) {
      return { contender: r.contender, notApplicable: `misreads ${d} of ${others} peers' ${name}` };
    }
    return r;
  });
  const own = final.find((r) => r.contender.name === PROTOWIRE)?.text;
  const identicalToProtowire = final
    .filter((r) => r.contender.name !== PROTOWIRE && own !== undefined && r.text === own)
    .map((r) => r.contender.name);
  return { results: final, crossFailures, identicalToProtowire };
}

/** Prints twice, checks the text's form, parses the text back; the verdict. */
function ownRoundTrip(
  c: Contender,
  prepared: Prepared,
  expected: Record<string, unknown>,
  format: TextFormat,
  ds: DataSet,
): FormatVerified {
  const name = format.name;
  const side = format.side(prepared);
  if (side === undefined) return { contender: c, notApplicable: `prepared without ${name}` };
  let text: string;
  try {
    text = side.print(prepared.input);
    if (typeof text !== "string") {
      return { contender: c, notApplicable: `printing ${name} returned ${typeof text}, not text` };
    }
    if (side.print(prepared.input) !== text) {
      return { contender: c, notApplicable: "printing the same message twice differs" };
    }
  } catch (e) {
    return { contender: c, notApplicable: `cannot print ${name}: ${message(e)}` };
  }
  let problem = format.formDifference?.(ds, text);
  if (problem !== undefined) return { contender: c, notApplicable: problem };
  problem = check(() => side.parse(text), prepared, expected);
  if (problem !== undefined)
    return { contender: c, notApplicable: `${name} round trip: ${problem}` };
  return { contender: c, prepared, side, text };
}
