// The benchmark: protowire against JSON, protobufjs (static code and reflection) and
// @bufbuild/protobuf on six data sets from bench/bench.proto: binary encode / decode, proto3
// JSON toJson / fromJson (message <-> JSON text) and the text format toText / fromText
// (message <-> text format) for the contenders that have them. Each operation is timed two
// ways (measure.ts): batches that include garbage collection, and single calls.
//
//   npm run bench                 full run; writes bench/results/latest.{json,md} and chart.svg
//   npm run bench -- --quick      every case briefly (CI smoke test); writes to a temp directory
//   options: --only=small,user    data sets to run;  --out=DIR  where to write results
//            --ops=toText,fromText  operations to time (encode, decode, toJson, fromJson,
//                                 toText, fromText); all gates still run
//            --render             rewrite latest.md and chart.svg from latest.json, no timing
//            --clock=cpu          time with process CPU time instead of the wall clock (for a
//                                 machine that other processes keep busy; see measure.ts)
//   A partial run (--only or --ops) writes to a temp directory unless --out is given, so that
//   it never replaces the full results the README's tables are made from.
//
// Every contender is checked before timing (verify.ts, verify-json.ts, verify-text.ts); timing
// is in measure.ts.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Gates, jobsFor, resultRows } from "./cases.js";
import { renderChart } from "./chart.js";
import type { Contender } from "./contenders/contender.js";
import { isNotApplicable } from "./contenders/contender.js";
import { jsonContender } from "./contenders/json.js";
import { protobufEsContender } from "./contenders/protobuf-es.js";
import { protobufjsReflectContender, protobufjsStaticContender } from "./contenders/protobufjs.js";
import { protowireContender } from "./contenders/protowire.js";
import { protowireEvalFreeContender } from "./contenders/protowire-eval-free.js";
import { protowireGenContender } from "./contenders/protowire-gen.js";
import { dataSets } from "./datasets.js";
import { commitOf, currentLoad, machineInfo } from "./machine.js";
import {
  type Clock,
  FULL_PER_CALL,
  FULL_PLAN,
  QUICK_PER_CALL,
  QUICK_PLAN,
  timeJobs,
  timePerCall,
} from "./measure.js";
import { renderMarkdown } from "./report.js";
import type {
  ContenderResult,
  DataSetResult,
  Measured,
  Operation,
  RunResult,
} from "./results-model.js";
import { notApplicableOf, OPERATIONS, PROTOWIRE, sizeOf } from "./results-model.js";
import { verify } from "./verify.js";
import { verifyJson } from "./verify-json.js";
import { verifyText } from "./verify-text.js";

const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(BENCH_DIR, "..");

interface Args {
  quick: boolean;
  render: boolean;
  clock: Clock;
  only?: string[];
  ops?: Operation[];
  out?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, render: false, clock: "wall" };
  for (const a of argv) {
    if (a === "--quick") args.quick = true;
    else if (a === "--render") args.render = true;
    else if (a.startsWith("--only=")) args.only = a.slice(7).split(",").filter(Boolean);
    else if (a.startsWith("--ops=")) args.ops = operationsArg(a.slice(6));
    else if (a.startsWith("--out=")) args.out = a.slice(6);
    else if (a === "--clock=cpu" || a === "--clock=wall")
      args.clock = a === "--clock=cpu" ? "cpu" : "wall";
    else if (a === "--help" || a === "-h") {
      process.stdout.write(
        "usage: npm run bench [-- --quick] [--only=small,user,numeric,strings,blob,batch] " +
          `[--ops=${OPERATIONS.join(",")}] [--out=DIR] [--clock=wall|cpu] [--render]\n`,
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${JSON.stringify(a)} (try --help)`);
  }
  return args;
}

/** The operations named in `--ops=a,b`, in the benchmark's order; unknown names are errors. */
function operationsArg(list: string): Operation[] {
  const names = list.split(",").filter(Boolean);
  for (const n of names) {
    if (!(OPERATIONS as readonly string[]).includes(n)) {
      throw new Error(`--ops: unknown operation ${JSON.stringify(n)} (${OPERATIONS.join(", ")})`);
    }
  }
  if (names.length === 0) throw new Error("--ops: no operation named");
  return OPERATIONS.filter((op) => names.includes(op));
}

function versionOf(packageJson: string): string {
  const parsed = JSON.parse(readFileSync(join(ROOT, packageJson), "utf8")) as { version: string };
  return parsed.version;
}

async function contenders(): Promise<Contender[]> {
  let protowire: Contender;
  try {
    protowire = await protowireContender(versionOf("package.json"), BENCH_DIR, "bench.proto");
  } catch (e) {
    // Not timed, reported: a schema or codec failure must show, never be skipped silently.
    const reason = `cannot load bench.proto: ${e instanceof Error ? e.message.split("\n")[0] : e}`;
    protowire = {
      name: PROTOWIRE,
      kind: "protobuf",
      detail: "protowire (this repository)",
      json: { notApplicable: reason },
      text: { notApplicable: reason },
      prepare: () => ({ notApplicable: reason }),
    };
  }
  const pbjs = versionOf("node_modules/protobufjs/package.json");
  return [
    protowire,
    await protowireGenContender(versionOf("package.json"), BENCH_DIR, "bench.proto"),
    await protowireGenContender(versionOf("package.json"), BENCH_DIR, "bench.proto", "size"),
    await protowireEvalFreeContender(versionOf("package.json"), BENCH_DIR, "bench.proto"),
    protobufjsStaticContender(pbjs),
    protobufjsReflectContender(pbjs, join(BENCH_DIR, "bench.proto")),
    protobufEsContender(versionOf("node_modules/@bufbuild/protobuf/package.json")),
    jsonContender(),
  ];
}

function writeResults(outDir: string, run: RunResult, markdown: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "latest.json"), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(outDir, "latest.md"), `# Benchmark results\n\n${markdown}`);
  writeFileSync(join(outDir, "chart.svg"), renderChart(run));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.render) {
    const outDir = args.out ?? join(BENCH_DIR, "results");
    const run = JSON.parse(readFileSync(join(outDir, "latest.json"), "utf8")) as RunResult;
    writeResults(outDir, run, renderMarkdown(run));
    log(`rendered ${outDir}/latest.md and chart.svg from latest.json`);
    return 0;
  }
  const plan = args.quick ? QUICK_PLAN : FULL_PLAN;
  const loadAtStart = currentLoad();
  const cores = cpus().length;
  if (!args.quick && loadAtStart > cores / 2) {
    log(
      `warning: load average ${loadAtStart} on ${cores} cores: other processes are running; ` +
        (args.clock === "wall"
          ? "wall-clock timings will be noisy (consider --clock=cpu)"
          : "timing CPU time"),
    );
  }
  const all = await contenders();
  const sets = dataSets().filter((d) => args.only === undefined || args.only.includes(d.name));
  if (sets.length === 0) throw new Error(`--only matched no data set`);
  const ops = args.ops ?? OPERATIONS;
  const results: DataSetResult[] = [];
  let protowireFailed = false;

  for (const ds of sets) {
    const binary = verify(ds, all);
    const gates: Gates = { binary, json: verifyJson(binary), text: verifyText(binary) };
    const rows = resultRows(gates);
    for (const r of rows) {
      if (r.notApplicable !== undefined) {
        log(`${ds.name}: ${r.contender} is n/a: ${r.notApplicable}`);
      } else {
        if (r.jsonNotApplicable !== undefined) {
          log(`${ds.name}: ${r.contender} JSON is n/a: ${r.jsonNotApplicable}`);
        }
        if (r.textNotApplicable !== undefined) {
          log(`${ds.name}: ${r.contender} text format is n/a: ${r.textNotApplicable}`);
        }
      }
      // protowire fails the run when it fails the gate of an operation this run times.
      if (r.contender === PROTOWIRE && ops.some((op) => notApplicableOf(r, op) !== undefined)) {
        protowireFailed = true;
      }
    }
    for (const f of binary.crossFailures) log(`${ds.name}: cross-decoding failed: ${f}`);
    for (const f of gates.json.crossFailures) log(`${ds.name}: JSON cross-parsing failed: ${f}`);
    for (const f of gates.text.crossFailures) {
      log(`${ds.name}: text format cross-parsing failed: ${f}`);
    }

    for (const op of ops) {
      const jobs = jobsFor(op, gates);
      const started = performance.now();
      const timings = timeJobs(jobs, plan, args.clock);
      const perCall = timePerCall(jobs, args.quick ? QUICK_PER_CALL : FULL_PER_CALL);
      const tenths = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as ContenderResult;
        const t = timings.get(row.contender);
        const c = perCall.get(row.contender);
        const size = sizeOf(row, op);
        if (t === undefined || size === undefined) continue;
        const measured: Measured = {
          opsPerSec: t.opsPerSec,
          mbPerSec: (t.opsPerSec * size) / 1e6,
          rounds: tenths(t.rounds),
          callsPerBatch: t.callsPerBatch,
          ...(c === undefined
            ? {}
            : { perCall: { opsPerSec: c.opsPerSec, rounds: tenths(c.rounds) } }),
        };
        rows[i] = { ...row, [op]: measured };
      }
      log(
        `${ds.name} ${op}: ${jobs.length} contenders, ${Math.round(performance.now() - started)} ms`,
      );
    }
    results.push({
      name: ds.name,
      shape: ds.shape,
      description: ds.description,
      results: rows,
      crossFailures: binary.crossFailures,
      identicalEncodings: binary.identicalEncodings,
      jsonCrossFailures: gates.json.crossFailures,
      jsonIdenticalToProtowire: gates.json.identicalToProtowire,
      textCrossFailures: gates.text.crossFailures,
      textIdenticalToProtowire: gates.text.identicalToProtowire,
    });
  }

  const run: RunResult = {
    date: new Date().toISOString(),
    quick: args.quick,
    commit: commitOf(ROOT),
    machine: machineInfo(loadAtStart),
    plan: { ...plan, clock: args.clock },
    perCallPlan: args.quick ? QUICK_PER_CALL : FULL_PER_CALL,
    operations: [...ops],
    contenders: all.map((c) => ({
      name: c.name,
      detail: c.detail,
      ...(isNotApplicable(c.json) ? { noJson: c.json.notApplicable } : { json: c.json.detail }),
      ...(isNotApplicable(c.text) ? { noText: c.text.notApplicable } : { text: c.text.detail }),
    })),
    dataSets: results,
  };
  const markdown = renderMarkdown(run);
  process.stdout.write(`\n${markdown}`);

  const partial = args.quick || args.only !== undefined || args.ops !== undefined;
  const outDir =
    args.out ??
    (partial ? mkdtempSync(join(tmpdir(), "protowire-bench-")) : join(BENCH_DIR, "results"));
  writeResults(outDir, run, markdown);
  log(`results written to ${outDir}`);
  if (protowireFailed) log("FAILED: protowire did not pass the correctness checks");
  return protowireFailed ? 1 : 0;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
