// Renders a RunResult as markdown: the speed tables per operation (binary encode / decode,
// proto3 JSON toJson / fromJson, text format toText / fromText), the encoded sizes, the JSON
// and text-format texts and protowire's standing against the issues' targets.

import type { DataSetResult, Operation, RunResult, TimingMethod } from "./results-model.js";
import {
  BINARY_OPERATIONS,
  fastestPeer,
  formatOf,
  hasJsonReference,
  JSON_NAME,
  JSON_OPERATIONS,
  notApplicableOf,
  operationsOf,
  PROTOWIRE,
  ratio,
  TEXT_OPERATIONS,
  targetOverJson,
  targetOverPeer,
} from "./results-model.js";

const HEADINGS: Readonly<Record<Operation, string>> = {
  encode: "Encode",
  decode: "Decode",
  toJson: "toJson (message → proto3 JSON text)",
  fromJson: "fromJson (proto3 JSON text → message)",
  toText: "toText (message → text format)",
  fromText: "fromText (text format → message)",
};

export function renderMarkdown(run: RunResult): string {
  const m = run.machine;
  const ops = operationsOf(run);
  const lines: string[] = [];
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}; Node ${m.node} (V8 ${m.v8}). ${run.date}. ` +
      `Load average ${m.loadAverage.start} at start, ${m.loadAverage.end} at end.` +
      (run.commit === "" ? "" : ` Commit ${run.commit}.`),
  );
  const p = run.plan;
  lines.push(
    "",
    `Method: ${p.warmupMs} ms warm-up per contender, then ${p.rounds} interleaved rounds of ` +
      `${p.batchesPerRound} timed ${p.batchesPerRound === 1 ? "batch" : "batches"} of about ${p.batchMs} ms each; ops/s is the median round; ` +
      "a ratio is the median over rounds of the two contenders' ratio within the round; " +
      "± is half the interquartile range of the rounds. " +
      (p.clock === "cpu"
        ? "Timed with process CPU time (user + system, all threads), not the wall clock. "
        : "Timed with the wall clock. ") +
      "MB/s counts the contender's own encoded bytes (10^6 bytes)" +
      (ops.some((op) => formatOf(op) === "json")
        ? "; for toJson and fromJson, its JSON text's UTF-8 bytes"
        : "") +
      (ops.some((op) => formatOf(op) === "text")
        ? "; for toText and fromText, its text format's UTF-8 bytes"
        : "") +
      ". Higher is better." +
      (ops.some((op) => formatOf(op) === "json")
        ? " toJson and fromJson time the protobuf libraries' proto3 JSON; their JSON column is " +
          "bare JSON.stringify / JSON.parse of the same document, a reference line rather than " +
          "a peer."
        : "") +
      (ops.some((op) => formatOf(op) === "text")
        ? " toText and fromText time the protobuf libraries' text format; JSON has none (—)."
        : ""),
  );
  if (run.quick) lines.push("", "**--quick run: a smoke test, these timings mean nothing.**");
  const binary = renderSummary(run);
  if (binary.length > 0) lines.push("", "### Summary", "", ...binary);
  const json = renderJsonSummary(run);
  if (json.length > 0) lines.push("", "### Summary: proto3 JSON", "", ...json);
  const text = renderTextSummary(run);
  if (text.length > 0) lines.push("", "### Summary: text format", "", ...text);
  if (run.perCallPlan !== undefined) {
    const pc = run.perCallPlan;
    lines.push(
      "",
      "### The same, timed per call",
      "",
      `The second timing method: ${pc.rounds} interleaved rounds of one tinybench task of ${pc.msPerRound} ms per contender (after a warm-up of a fifth of that), one call per sample, always on the wall clock; a round's ops/s is 1000 / its median sample in ms, and a contender's figure the median round. A collection pause falls on few samples, which the median leaves out: this is a call's speed in a process that is not short of memory, where the batches above also pay for the garbage.`,
    );
    for (const [title, table] of [
      ["Binary", renderSummary(run, "perCall")],
      ["proto3 JSON", renderJsonSummary(run, "perCall")],
      ["Text format", renderTextSummary(run, "perCall")],
    ] as const) {
      if (table.length > 0) lines.push("", `#### ${title}, per call`, "", ...table);
    }
  }
  for (const op of ops) {
    lines.push("", `### ${HEADINGS[op]}`, "");
    lines.push("| data set | contender | ops/s | ± | MB/s | × JSON | × protowire |");
    lines.push("|---|---|--:|--:|--:|--:|--:|");
    for (const ds of run.dataSets) {
      for (const r of ds.results) {
        const t = r[op];
        if (t === undefined) {
          const why = notApplicableOf(r, op) ?? "";
          lines.push(`| ${ds.name} | ${r.contender} | n/a: ${escapeCell(why)} | | | | |`);
          continue;
        }
        const vsJson = hasJsonReference(op)
          ? formatRatio(ratio(ds, r.contender, JSON_NAME, op))
          : "—";
        lines.push(
          `| ${ds.name} | ${r.contender} | ${formatOps(t.opsPerSec)} | ${spread(t.rounds, t.opsPerSec)} | ` +
            `${t.mbPerSec.toFixed(1)} | ${vsJson} | ` +
            `${formatRatio(ratio(ds, r.contender, PROTOWIRE, op))} |`,
        );
      }
    }
  }
  lines.push("", "### Encoded sizes", "");
  lines.push(
    "| data set | message | protobuf bytes | JSON bytes | JSON / protobuf | protobuf bytes identical |",
  );
  lines.push("|---|---|--:|--:|--:|:-:|");
  for (const ds of run.dataSets) {
    const pb = ds.results.find((r) => r.contender !== JSON_NAME && r.size !== undefined)?.size;
    const json = ds.results.find((r) => r.contender === JSON_NAME)?.size;
    const rel = pb !== undefined && json !== undefined ? `${(json / pb).toFixed(2)}` : "";
    lines.push(
      `| ${ds.name} | ${ds.shape}: ${ds.description} | ${pb ?? "n/a"} | ${json ?? "n/a"} | ${rel} | ` +
        `${ds.identicalEncodings ? "yes" : "no"} |`,
    );
  }
  lines.push(...textsTable(run, "json"));
  lines.push(...textsTable(run, "text"));
  lines.push(...targetsTable(run));
  const failures = run.dataSets.flatMap((ds) => ds.crossFailures.map((f) => `${ds.name}: ${f}`));
  const jsonFailures = run.dataSets.flatMap((ds) =>
    (ds.jsonCrossFailures ?? []).map((f) => `${ds.name}: ${f}`),
  );
  const textFailures = run.dataSets.flatMap((ds) =>
    (ds.textCrossFailures ?? []).map((f) => `${ds.name}: ${f}`),
  );
  const notes = run.dataSets.flatMap((ds) =>
    ds.results.flatMap((r) => (r.notes ?? []).map((n) => `${ds.name}: ${r.contender}: ${n}`)),
  );
  if (notes.length > 0)
    lines.push("", "### Notes from the correctness checks", "", ...notes.map((n) => `- ${n}`));
  if (failures.length > 0) {
    lines.push("", "### Cross-decoding failures", "", ...failures.map((f) => `- ${f}`));
  }
  if (jsonFailures.length > 0) {
    lines.push("", "### JSON cross-parsing failures", "", ...jsonFailures.map((f) => `- ${f}`));
  }
  if (textFailures.length > 0) {
    lines.push(
      "",
      "### Text format cross-parsing failures",
      "",
      ...textFailures.map((f) => `- ${f}`),
    );
  }
  lines.push("", "Contenders:", "", ...run.contenders.map(contenderLine));
  return `${lines.join("\n")}\n`;
}

/**
 * One row per data set and binary operation, one column per contender: ops/s and the ratio to
 * JSON. The compact table for the README; [] when the run timed no binary operation.
 */
export function renderSummary(run: RunResult, method: TimingMethod = "batches"): string[] {
  return summaryTable(
    run,
    timed(run, BINARY_OPERATIONS),
    run.contenders.map((c) => c.name),
    JSON_NAME,
    "ops/s, median of the rounds; in parentheses: speed relative to JSON (median of the per-round ratios).",
    method,
  );
}

/**
 * The same for toJson and fromJson, over the contenders that have proto3 JSON; [] for results
 * from before the JSON operations existed.
 */
export function renderJsonSummary(run: RunResult, method: TimingMethod = "batches"): string[] {
  const names = run.contenders.filter((c) => c.json !== undefined).map((c) => c.name);
  const without = run.contenders.filter((c) => c.noJson !== undefined);
  return summaryTable(
    run,
    timed(run, JSON_OPERATIONS),
    names,
    JSON_NAME,
    "toJson: message → proto3 JSON text; fromJson: text → message. ops/s, median of the rounds; " +
      "in parentheses: speed relative to JSON, here bare `JSON.stringify` / `JSON.parse` of the " +
      "same document (a reference line: a proto3 JSON codec does their work and the schema's)." +
      without.map((c) => ` ${c.name}: not timed (${c.noJson}).`).join(""),
    method,
  );
}

/**
 * The same for toText and fromText, over the contenders that have the text format, with no
 * reference line (JSON has no text format): in parentheses, each peer's speed relative to
 * protowire. [] for results from before the text operations existed.
 */
export function renderTextSummary(run: RunResult, method: TimingMethod = "batches"): string[] {
  const names = run.contenders.filter((c) => c.text !== undefined).map((c) => c.name);
  const without = run.contenders.filter((c) => c.noText !== undefined);
  return summaryTable(
    run,
    timed(run, TEXT_OPERATIONS),
    names,
    PROTOWIRE,
    "toText: message → text format; fromText: text → message. ops/s, median of the rounds; " +
      "in parentheses: speed relative to protowire (median of the per-round ratios); there is " +
      "no JSON line." +
      without.map((c) => ` ${c.name}: not timed (${c.noText}).`).join(""),
    method,
  );
}

/** Those of `ops` that the run timed, in their order. */
function timed<T extends Operation>(run: RunResult, ops: readonly T[]): T[] {
  const all = operationsOf(run);
  return ops.filter((op) => all.includes(op));
}

/** Rows of data set and operation, columns of `names`; ratios to `reference` in parentheses. */
function summaryTable(
  run: RunResult,
  ops: readonly Operation[],
  names: readonly string[],
  reference: string,
  caption: string,
  method: TimingMethod,
): string[] {
  if (ops.length === 0 || names.length === 0) return [];
  const lines = [
    `| data set | op | ${names.join(" | ")} |`,
    `|---|---|${names.map(() => "--:").join("|")}|`,
  ];
  for (const ds of run.dataSets) {
    for (const op of ops) {
      const cells = names.map((n) => {
        const m = ds.results.find((r) => r.contender === n)?.[op];
        const ops = method === "batches" ? m?.opsPerSec : m?.perCall?.opsPerSec;
        if (ops === undefined) return "n/a";
        const vs = n === reference ? "" : ` (${formatRatio(ratio(ds, n, reference, op, method))})`;
        return `${formatOps(ops)}${vs}`;
      });
      lines.push(`| ${ds.name} | ${op} | ${cells.join(" | ")} |`);
    }
  }
  lines.push("", caption);
  return lines;
}

/**
 * Per data set: the size of protowire's text in a textual format and which contenders wrote the
 * same text; [] when the run has no such record.
 */
function textsTable(run: RunResult, format: "json" | "text"): string[] {
  const json = format === "json";
  const identical = (ds: DataSetResult): string[] | undefined =>
    json ? ds.jsonIdenticalToProtowire : ds.textIdenticalToProtowire;
  const sizeOf = (r: DataSetResult["results"][number]): number | undefined =>
    json ? r.jsonSize : r.textSize;
  if (run.dataSets.every((ds) => identical(ds) === undefined)) return [];
  const what = json ? "JSON" : "text format";
  const lines = ["", json ? "### proto3 JSON texts" : "### Text format texts", ""];
  lines.push(
    `| data set | protowire's ${what} bytes | character-identical to protowire's | others |`,
  );
  lines.push("|---|--:|---|---|");
  for (const ds of run.dataSets) {
    const mine = ds.results.find((r) => r.contender === PROTOWIRE);
    const own = mine === undefined ? undefined : sizeOf(mine);
    const same = identical(ds) ?? [];
    const others = ds.results
      .filter((r) => r.contender !== PROTOWIRE && !same.includes(r.contender))
      .map((r) => {
        const size = sizeOf(r);
        if (size === undefined) return `${r.contender}: no ${what} timed`;
        return own === undefined
          ? `${r.contender}: ${size} bytes`
          : `${r.contender}: a different text, ${size} bytes`;
      });
    const sameCell = own === undefined ? "—" : same.join(", ") || "none";
    lines.push(
      `| ${ds.name} | ${own ?? "n/a"} | ${sameCell} | ${escapeCell(others.join("; ")) || "—"} |`,
    );
  }
  lines.push(
    "",
    json
      ? "Every listed text passed the JSON gate: the proto3 JSON form (as @bufbuild/protobuf's " +
          "toJson), read back equal to the data by every JSON-capable contender."
      : "Every listed text passed the text-format gate: read back equal to the data by every " +
          "text-capable contender. The gate compares messages, not texts: a different text may " +
          "format floats or escape strings otherwise than protoc, whose form protowire prints.",
  );
  return lines;
}

function contenderLine(c: RunResult["contenders"][number]): string {
  const json =
    c.json !== undefined
      ? `; JSON: ${c.json}`
      : c.noJson !== undefined
        ? `; no JSON: ${c.noJson}`
        : "";
  const text =
    c.text !== undefined
      ? `; text format: ${c.text}`
      : c.noText !== undefined
        ? `; no text format: ${c.noText}`
        : "";
  return `- **${c.name}**: ${c.detail}${json}${text}`;
}

/**
 * Half the interquartile range of the rounds, relative to the median: how steady the
 * measurement was (the middle half of the rounds lies within median ± this, roughly).
 */
function spread(rounds: readonly number[], median: number): string {
  if (rounds.length < 2) return "";
  const sorted = [...rounds].sort((a, b) => a - b);
  const q = (f: number): number => sorted[Math.round(f * (sorted.length - 1))] as number;
  const half = (q(0.75) - q(0.25)) / 2;
  return `±${((100 * half) / median).toFixed(0)}%`;
}

/**
 * protowire against the targets, a row per data set and operation; with `missesOnly` (the
 * README's block) the count of targets met and the rows of the others only.
 */
export function targetsTable(run: RunResult, missesOnly = false): string[] {
  const perCall = run.perCallPlan !== undefined;
  const ops = operationsOf(run);
  const rows = run.dataSets.flatMap((ds) => ops.map((op) => targetRow(ds, op, perCall)));
  const met = rows.filter((r) => r.met === "yes").length;
  const lines = ["", "### protowire against the targets", ""];
  if (missesOnly) {
    lines.push(`${met} of ${rows.length} targets met; the rows below are the others.`, "");
  }
  if (perCall) {
    lines.push(
      "Each operation in both timing methods: batches (garbage collection included) and per call (the median one-call sample); a target is met when both are.",
      "",
      "| data set | operation | × fastest peer (batches) | × fastest peer (per call) | target | × JSON (batches) | × JSON (per call) | target | met |",
      "|---|---|--:|--:|--:|--:|--:|--:|:-:|",
    );
  } else {
    lines.push("| data set | operation | × fastest peer | target | × JSON | target | met |");
    lines.push("|---|---|--:|--:|--:|--:|:-:|");
  }
  for (const r of rows) if (!missesOnly || r.met !== "yes") lines.push(r.line);
  if (ops.some((op) => formatOf(op) === "json")) {
    lines.push(
      "",
      "For toJson and fromJson the peers are protobuf-es and protobufjs (protojson); there is " +
        "no target over bare JSON.stringify / JSON.parse (—).",
    );
  }
  if (ops.some((op) => formatOf(op) === "text")) {
    lines.push(
      "",
      "For toText and fromText the peers are protobuf-es (txtpb) and protobufjs (textformat, " +
        "reflection); JSON has no text format (—).",
    );
  }
  return lines;
}

/** protowire over the fastest peer and over JSON in one timing method, and whether both meet. */
function against(ds: DataSetResult, op: Operation, method: TimingMethod) {
  const peer = fastestPeer(ds, op, method);
  const overPeer = peer?.protowireOver;
  const overJson = hasJsonReference(op) ? ratio(ds, PROTOWIRE, JSON_NAME, op, method) : undefined;
  const jsonTarget = targetOverJson(op);
  const jsonMet = jsonTarget === undefined || (overJson !== undefined && overJson >= jsonTarget);
  const met: "yes" | "no" | "n/a" =
    overPeer === undefined || (overJson === undefined && jsonTarget !== undefined)
      ? "n/a"
      : overPeer >= targetOverPeer(ds.name, op) && jsonMet
        ? "yes"
        : "no";
  const peerCell = overPeer === undefined ? "n/a" : `${formatRatio(overPeer)} (${peer?.name})`;
  const overJsonCell = hasJsonReference(op) ? formatRatio(overJson) : "—";
  return { met, peerCell, overJsonCell };
}

function targetRow(
  ds: DataSetResult,
  op: Operation,
  perCall: boolean,
): { line: string; met: string } {
  const peerTarget = `${targetOverPeer(ds.name, op).toFixed(1)}×`;
  const jsonTarget = targetOverJson(op);
  const jsonTargetCell = jsonTarget === undefined ? "—" : `${jsonTarget.toFixed(1)}×`;
  const b = against(ds, op, "batches");
  if (!perCall) {
    const line =
      `| ${ds.name} | ${op} | ${b.peerCell} | ${peerTarget} | ${b.overJsonCell} | ` +
      `${jsonTargetCell} | ${b.met} |`;
    return { line, met: b.met };
  }
  const c = against(ds, op, "perCall");
  const met =
    b.met === "n/a" || c.met === "n/a" ? "n/a" : b.met === "yes" && c.met === "yes" ? "yes" : "no";
  const line =
    `| ${ds.name} | ${op} | ${b.peerCell} | ${c.peerCell} | ${peerTarget} | ${b.overJsonCell} | ` +
    `${c.overJsonCell} | ${jsonTargetCell} | ${met} |`;
  return { line, met };
}

export function formatOps(ops: number): string {
  if (ops >= 1e6) return `${(ops / 1e6).toFixed(2)} M`;
  if (ops >= 1e3) return `${(ops / 1e3).toFixed(1)} k`;
  return ops.toFixed(ops >= 100 ? 0 : 1);
}

export function formatRatio(r: number | undefined): string {
  return r === undefined ? "n/a" : `${r.toFixed(2)}×`;
}

function escapeCell(s: string): string {
  return s.replaceAll("|", "\\|");
}
