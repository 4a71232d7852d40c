/**
 * Reads the official runner's `--verbose` log and counts what happened, so `run.sh` can print
 * numbers per suite and per syntax and enforce two rules the runner itself does not:
 *  1. no binary test (protobuf input, protobuf output), no JSON test (JSON input or output) and
 *     no text-format test (text input or output) may be skipped: the runner counts a skipped
 *     test neither as a pass nor as a failure, so a testee that skipped every such request
 *     would otherwise "pass";
 *  2. the failure lists name no test that ran: every test must pass.
 *
 * Log lines used (runner v33.2, with --verbose):
 *   conformance test: name=<test>, request=<debug string>, response=<debug string>
 *   ERROR, test=<test>: <message>, request=..., response=...
 *   SKIPPED, test=<test> request=..., response=...
 *   CONFORMANCE SUITE PASSED|FAILED: N successes, N skipped, N expected failures, N unexpected failures.
 * The debug-string prefix varies between runs (`goo.gle/debugstr`, `goo.gle/debugonly`), so
 * the patterns do not depend on it.
 */

export interface SuiteTotals {
  passed: boolean;
  successes: number;
  skipped: number;
  expectedFailures: number;
  unexpectedFailures: number;
}

export interface BinaryTally {
  total: number;
  failed: number;
  skipped: number;
}

export interface LogSummary {
  /** One entry per suite the runner finished: binary+JSON first, then text format. */
  suites: SuiteTotals[];
  /** Every test that ran, with whether it is a binary, a JSON or a text-format test. */
  tests: Map<string, TestKind>;
  failed: Set<string>;
  skipped: Set<string>;
  /** Binary tests by syntax group (`Proto2`, `Proto3`, `Editions_Proto2`, `Editions_Proto3`, `Editions`). */
  binaryBySyntax: Map<string, BinaryTally>;
  /** The JSON tests (JSON input or JSON output), all syntaxes. */
  json: BinaryTally;
  /** The text-format tests (text input or text output), all syntaxes. */
  text: BinaryTally;
}

export interface TestKind {
  binary: boolean;
  json: boolean;
  text: boolean;
}

const TEST_LINE = /^conformance test: name=([^\s,]+), request=(.*)$/;
// Binary: the request carries protobuf_payload and asks for PROTOBUF output.
const BINARY_REQUEST =
  /^\S+\s+protobuf_payload: ".*" requested_output_format: PROTOBUF message_type: /;
// JSON: the request carries json_payload or asks for JSON output.
const JSON_REQUEST = /\bjson_payload: "|requested_output_format: JSON\b/;
// Text format: the request carries text_payload or asks for TEXT_FORMAT output.
const TEXT_REQUEST = /\btext_payload: "|requested_output_format: TEXT_FORMAT\b/;
const ERROR_LINE = /^ERROR, test=([^\s:]+):/;
const SKIPPED_LINE = /^SKIPPED, test=(\S+) request=/;
const SUITE_LINE =
  /^CONFORMANCE SUITE (PASSED|FAILED): (\d+) successes, (\d+) skipped, (\d+) expected failures, (\d+) unexpected failures\./;

export function summarizeLog(log: string): LogSummary {
  const suites: SuiteTotals[] = [];
  const tests = new Map<string, TestKind>();
  const failed = new Set<string>();
  const skipped = new Set<string>();
  for (const line of log.split("\n")) {
    let m = TEST_LINE.exec(line);
    if (m !== null) {
      const request = m[2]!;
      tests.set(m[1]!, {
        binary: BINARY_REQUEST.test(request),
        json: JSON_REQUEST.test(request),
        text: TEXT_REQUEST.test(request),
      });
      continue;
    }
    m = ERROR_LINE.exec(line);
    if (m !== null) {
      failed.add(m[1]!);
      continue;
    }
    m = SKIPPED_LINE.exec(line);
    if (m !== null) {
      skipped.add(m[1]!);
      continue;
    }
    m = SUITE_LINE.exec(line);
    if (m !== null) {
      suites.push({
        passed: m[1] === "PASSED",
        successes: Number(m[2]),
        skipped: Number(m[3]),
        expectedFailures: Number(m[4]),
        unexpectedFailures: Number(m[5]),
      });
    }
  }
  const binaryBySyntax = new Map<string, BinaryTally>();
  for (const [name, { binary }] of tests) {
    if (!binary) continue;
    const syntax = name.split(".")[1] ?? "?";
    let tally = binaryBySyntax.get(syntax);
    if (tally === undefined) {
      tally = { total: 0, failed: 0, skipped: 0 };
      binaryBySyntax.set(syntax, tally);
    }
    tally.total++;
    if (failed.has(name)) tally.failed++;
    if (skipped.has(name)) tally.skipped++;
  }
  const tally = (kind: keyof TestKind): BinaryTally => {
    const t: BinaryTally = { total: 0, failed: 0, skipped: 0 };
    for (const [name, k] of tests) {
      if (!k[kind]) continue;
      t.total++;
      if (failed.has(name)) t.failed++;
      if (skipped.has(name)) t.skipped++;
    }
    return t;
  };
  return {
    suites,
    tests,
    failed,
    skipped,
    binaryBySyntax,
    json: tally("json"),
    text: tally("text"),
  };
}

/** Test names in a failure list: one per line, `#` starts a comment. */
export function parseFailureList(text: string): string[] {
  const names: string[] = [];
  for (const raw of text.split("\n")) {
    const name = raw.replace(/#.*/, "").trim();
    if (name !== "") names.push(name);
  }
  return names;
}

/** Does a failure-list entry match a test name? `*` matches exactly one dot-separated part. */
export function failureEntryMatches(entry: string, testName: string): boolean {
  const want = entry.split(".");
  const have = testName.split(".");
  if (want.length !== have.length) return false;
  return want.every((part, i) => part === "*" || part === have[i]);
}

/** What kind of test a name is, for the rule messages. */
function kindName(t: TestKind | undefined): string | undefined {
  if (t === undefined) return undefined;
  return t.binary ? "binary" : t.json ? "JSON" : t.text ? "text-format" : undefined;
}

/** The rule violations (empty when the run is acceptable beyond the runner's own verdict). */
export function checkRules(summary: LogSummary, failureListEntries: string[]): string[] {
  const problems: string[] = [];
  for (const name of summary.skipped) {
    const kind = kindName(summary.tests.get(name));
    if (kind !== undefined) {
      problems.push(`${kind} test skipped (the testee must answer every ${kind} request): ${name}`);
    }
  }
  const ran = [...summary.tests];
  for (const entry of failureListEntries) {
    const hit = ran.find(([n]) => failureEntryMatches(entry, n));
    if (hit !== undefined) {
      problems.push(
        `failure list names a ${kindName(hit[1]) ?? "conformance"} test (every test must pass): ${entry}`,
      );
    }
  }
  return problems;
}

/** A human-readable report of the counts. */
export function formatSummary(summary: LogSummary): string {
  const lines: string[] = [];
  const suiteNames = ["binary + JSON", "text format"];
  lines.push("suite            ran  passed  failed  expected-failures  skipped");
  summary.suites.forEach((s, i) => {
    const ran = s.successes + s.skipped + s.expectedFailures + s.unexpectedFailures;
    lines.push(
      `${(suiteNames[i] ?? `suite ${i + 1}`).padEnd(14)} ${pad(ran, 5)} ${pad(s.successes, 7)} ${pad(
        s.unexpectedFailures,
        7,
      )} ${pad(s.expectedFailures, 18)} ${pad(s.skipped, 8)}`,
    );
  });
  if (summary.suites.length < 2) {
    lines.push("text format      not run (the runner skips it after a binary + JSON failure)");
  }
  let total = 0;
  let failed = 0;
  let skipped = 0;
  lines.push("binary tests (protobuf in, protobuf out) by syntax:");
  for (const [syntax, t] of [...summary.binaryBySyntax].sort(([a], [b]) => a.localeCompare(b))) {
    total += t.total;
    failed += t.failed;
    skipped += t.skipped;
    lines.push(
      `  ${syntax.padEnd(16)} ${pad(t.total, 5)} tests, ${pad(t.total - t.failed - t.skipped, 5)} passed, ${t.failed} failed, ${t.skipped} skipped`,
    );
  }
  lines.push(
    `  ${"all".padEnd(16)} ${pad(total, 5)} tests, ${pad(total - failed - skipped, 5)} passed, ${failed} failed, ${skipped} skipped`,
  );
  for (const [label, t] of [
    ["JSON tests (JSON in or out)", summary.json],
    ["text-format tests (text in or out)", summary.text],
  ] as const) {
    lines.push(
      `${label}: ${t.total} tests, ${t.total - t.failed - t.skipped} passed, ${t.failed} failed, ${t.skipped} skipped`,
    );
  }
  return lines.join("\n");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}
