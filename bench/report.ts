// Renders a RunResult as markdown: the speed tables per operation, the encoded sizes and
// protowire's standing against the targets.

import type { DataSetResult, Operation, RunResult } from "./results-model.js";
import {
  fastestPeer,
  JSON_NAME,
  OPERATIONS,
  PROTOWIRE,
  ratio,
  TARGET_OVER_JSON,
  targetOverPeer,
} from "./results-model.js";

export function renderMarkdown(run: RunResult): string {
  const m = run.machine;
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
      "MB/s counts the contender's own encoded bytes (10^6 bytes). Higher is better.",
  );
  if (run.quick) lines.push("", "**--quick run: a smoke test, these timings mean nothing.**");
  lines.push("", "### Summary", "", ...renderSummary(run));
  for (const op of OPERATIONS) {
    lines.push("", `### ${op === "encode" ? "Encode" : "Decode"}`, "");
    lines.push("| data set | contender | ops/s | ± | MB/s | × JSON | × protowire |");
    lines.push("|---|---|--:|--:|--:|--:|--:|");
    for (const ds of run.dataSets) {
      for (const r of ds.results) {
        const t = r[op];
        if (t === undefined) {
          lines.push(
            `| ${ds.name} | ${r.contender} | n/a: ${escapeCell(r.notApplicable ?? "")} | | | | |`,
          );
          continue;
        }
        lines.push(
          `| ${ds.name} | ${r.contender} | ${formatOps(t.opsPerSec)} | ${spread(t.rounds, t.opsPerSec)} | ` +
            `${t.mbPerSec.toFixed(1)} | ` +
            `${formatRatio(ratio(ds, r.contender, JSON_NAME, op))} | ` +
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
  lines.push(...targetsTable(run));
  const failures = run.dataSets.flatMap((ds) => ds.crossFailures.map((f) => `${ds.name}: ${f}`));
  const notes = run.dataSets.flatMap((ds) =>
    ds.results.flatMap((r) => (r.notes ?? []).map((n) => `${ds.name}: ${r.contender}: ${n}`)),
  );
  if (notes.length > 0)
    lines.push("", "### Notes from the correctness checks", "", ...notes.map((n) => `- ${n}`));
  if (failures.length > 0) {
    lines.push("", "### Cross-decoding failures", "", ...failures.map((f) => `- ${f}`));
  }
  lines.push("", "Contenders:", "", ...run.contenders.map((c) => `- **${c.name}**: ${c.detail}`));
  return `${lines.join("\n")}\n`;
}

/**
 * One row per data set and operation, one column per contender: ops/s and the ratio to JSON.
 * The compact table for the README.
 */
export function renderSummary(run: RunResult): string[] {
  const names = run.contenders.map((c) => c.name);
  const lines = [
    `| data set | op | ${names.join(" | ")} |`,
    `|---|---|${names.map(() => "--:").join("|")}|`,
  ];
  for (const ds of run.dataSets) {
    for (const op of OPERATIONS) {
      const cells = names.map((n) => {
        const ops = ds.results.find((r) => r.contender === n)?.[op]?.opsPerSec;
        if (ops === undefined) return "n/a";
        const vsJson = n === JSON_NAME ? "" : ` (${formatRatio(ratio(ds, n, JSON_NAME, op))})`;
        return `${formatOps(ops)}${vsJson}`;
      });
      lines.push(`| ${ds.name} | ${op} | ${cells.join(" | ")} |`);
    }
  }
  lines.push(
    "",
    "ops/s, median of the rounds; in parentheses: speed relative to JSON (median of the per-round ratios).",
  );
  return lines;
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

export function targetsTable(run: RunResult): string[] {
  const lines = ["", "### protowire against the targets", ""];
  lines.push("| data set | operation | × fastest peer | target | × JSON | target | met |");
  lines.push("|---|---|--:|--:|--:|--:|:-:|");
  for (const ds of run.dataSets) {
    for (const op of OPERATIONS) lines.push(targetRow(ds, op));
  }
  return lines;
}

function targetRow(ds: DataSetResult, op: Operation): string {
  const peer = fastestPeer(ds, op);
  const overPeer = peer?.protowireOver;
  const overJson = ratio(ds, PROTOWIRE, JSON_NAME, op);
  const peerTarget = targetOverPeer(ds.name, op);
  const met =
    overPeer === undefined || overJson === undefined
      ? "n/a"
      : overPeer >= peerTarget && overJson >= TARGET_OVER_JSON
        ? "yes"
        : "no";
  const peerCell = overPeer === undefined ? "n/a" : `${formatRatio(overPeer)} (${peer?.name})`;
  return (
    `| ${ds.name} | ${op} | ${peerCell} | ${peerTarget.toFixed(1)}× | ${formatRatio(overJson)} | ` +
    `${TARGET_OVER_JSON.toFixed(1)}× | ${met} |`
  );
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
