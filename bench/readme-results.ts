// Refreshes the results block of a markdown file (README.md, docs/benchmark.md) from
// bench/results/latest.json: everything between the two marker comments is replaced by the
// binary summary, the proto3 JSON summary, the text-format summary and the targets table (rows
// of every operation the run timed). A block opened by `<!-- bench-results:start targets -->`
// (the README's) gets the run's line and the targets not met only (the full table is in
// docs/benchmark.md).
//
//   npx tsx bench/readme-results.ts README.md docs/benchmark.md

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderJsonSummary, renderSummary, renderTextSummary, targetsTable } from "./report.js";
import type { RunResult } from "./results-model.js";

const START = "<!-- bench-results:start -->";
const START_TARGETS = "<!-- bench-results:start targets -->";
const END = "<!-- bench-results:end -->";

export function resultsBlock(run: RunResult, targetsOnly = false): string {
  const m = run.machine;
  const clock = run.plan.clock === "cpu" ? "process CPU time (`--clock=cpu`)" : "the wall clock";
  const busy =
    m.loadAverage.start > m.cores / 2 ? " (a shared machine: other work was running)" : "";
  const commit = run.commit === "" ? "" : `, commit ${run.commit}`;
  const tables = targetsOnly
    ? targetsTable(run, true)
    : [
        ...renderSummary(run),
        ...headed("proto3 JSON", renderJsonSummary(run)),
        ...headed("Text format", renderTextSummary(run)),
        ...(run.perCallPlan === undefined
          ? []
          : [
              ...headed("Binary, timed per call", renderSummary(run, "perCall")),
              ...headed("proto3 JSON, timed per call", renderJsonSummary(run, "perCall")),
              ...headed("Text format, timed per call", renderTextSummary(run, "perCall")),
            ]),
        ...targetsTable(run),
      ];
  return [
    targetsOnly ? START_TARGETS : START,
    "",
    `Latest run: ${run.date.slice(0, 16).replace("T", " ")} UTC${commit}; ${m.cpu}, ${m.cores} cores, ` +
      `${m.platform}, Node ${m.node}. Timed with ${clock}; load average ${m.loadAverage.start} at start${busy}.`,
    "",
    ...tables,
    "",
    END,
  ].join("\n");
}

/** A summary table under its own heading, or nothing for results without it. */
function headed(heading: string, table: readonly string[]): string[] {
  return table.length === 0 ? [] : ["", `### ${heading}`, "", ...table];
}

function main(files: readonly string[]): void {
  const resultsPath = fileURLToPath(new URL("./results/latest.json", import.meta.url));
  const run = JSON.parse(readFileSync(resultsPath, "utf8")) as RunResult;
  if (run.quick) throw new Error("latest.json is from a --quick run; its timings mean nothing");
  for (const file of files) {
    const doc = readFileSync(file, "utf8");
    const targetsOnly = doc.includes(START_TARGETS);
    const start = doc.indexOf(targetsOnly ? START_TARGETS : START);
    const end = doc.indexOf(END);
    if (start < 0 || end < start) throw new Error(`${file}: no ${START} ... ${END} block`);
    const block = resultsBlock(run, targetsOnly);
    writeFileSync(file, doc.slice(0, start) + block + doc.slice(end + END.length));
    process.stderr.write(`${file}: results block updated\n`);
  }
}

main(process.argv.slice(2));
