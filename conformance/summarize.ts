/**
 * CLI used by run.sh: `summarize.ts <verbose log> <failure list>...`. Prints the counts and
 * exits 1 when a rule from log-summary.ts is broken (the runner's own verdict is run.sh's job).
 */
import { readFileSync } from "node:fs";
import { checkRules, formatSummary, parseFailureList, summarizeLog } from "./log-summary.js";

const [logPath, ...lists] = process.argv.slice(2);
if (logPath === undefined) {
  process.stderr.write("usage: summarize.ts <runner --verbose log> [failure list...]\n");
  process.exit(2);
}
const summary = summarizeLog(readFileSync(logPath, "utf8"));
const entries = lists.flatMap((path) => parseFailureList(readFileSync(path, "utf8")));
process.stdout.write(`${formatSummary(summary)}\n`);
const problems = checkRules(summary, entries);
const SHOWN_PROBLEMS = 20; // a wholesale regression would otherwise print 2,805 lines
for (const p of problems.slice(0, SHOWN_PROBLEMS)) process.stderr.write(`conformance: ${p}\n`);
if (problems.length > SHOWN_PROBLEMS) {
  process.stderr.write(`conformance: ... and ${problems.length - SHOWN_PROBLEMS} more\n`);
}
if (summary.suites.length === 0) {
  process.stderr.write("conformance: the runner finished no suite (did it crash?)\n");
  process.exitCode = 1;
}
if (problems.length > 0) process.exitCode = 1;
