// `npx tsx bench/profile-load.ts`: where a cold schema load spends its time (issue 15). Loads one
// googleapis directory with its imports (dist/node.js: `npm run build` first) in fresh
// processes under `node --cpu-prof`, then reports, as the mean over the runs, the inclusive
// time of each phase of the load (the functions below: a sample counts for every phase on its
// stack). Then the same load repeated in one process, to tell code warm-up from work: the first
// load of a process runs mostly in V8's unoptimized tiers, the later ones optimized.
// Needs .corpora/googleapis (scripts/fetch-corpora.sh).
//
//   --dir=google/cloud/aiplatform/v1   the directory (default)
//   --runs=N                           cold runs, each profiled (default 8)
//   --descriptor-set                   load the directory's descriptor set (made first, with its
//                                      imports) with loadDescriptorSet instead of the .proto files
//
// Sampling at 100 µs in cold code is coarse: a phase's share varies by ±30% from run to run, so
// compare means over several runs, and measure a change with bench/schema-load.ts.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, ".corpora/googleapis");
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dir = arg("dir") ?? "google/cloud/aiplatform/v1";
const runs = Number(arg("runs") ?? 8);
const fromSet = process.argv.includes("--descriptor-set");

/** Functions of the load (dist keeps their names) and V8's own entries, in report order. */
const PHASES: [name: string, what: string][] = [
  ["parseFile", "parsing the texts"],
  ["decodeFileDescriptorSet", "decoding the descriptor set"],
  ["linkCore", "linking (all of the below)"],
  ["buildFile", "  building the nodes"],
  ["resolveFile", "  resolving names"],
  ["interpretOne", "  options: one option's name and value"],
  ["canonicalize", "  options: protoc's canonical form"],
  ["resolveFeatures", "  editions features"],
  ["finishFields", "  finishing fields"],
  ["validateFile", "  protoc's validation rules"],
  ["(garbage collector)", "garbage collection (anywhere)"],
];

/** The child: loads the directory `reps` times, printing each load's milliseconds. */
const CHILD = `
const [dist, corpus, dir, reps, set] = JSON.parse(process.argv[1]);
const { readdirSync, readFileSync } = await import("node:fs");
const pw = await import(dist);
const files = readdirSync(corpus + "/" + dir).filter((f) => f.endsWith(".proto")).sort().map((f) => dir + "/" + f);
const bytes = set === "" ? undefined : readFileSync(set);
const out = [];
for (let i = 0; i < reps; i++) {
  const t0 = performance.now();
  if (bytes === undefined) await pw.loadSchema({ files, includePaths: [corpus] });
  else pw.loadDescriptorSet(bytes);
  out.push((performance.now() - t0).toFixed(1));
}
console.log(out.join(" "));
`;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Inclusive milliseconds per phase name in one profile. */
function phaseTimes(profile: CpuProfile): Map<string, number> {
  const names = new Set(PHASES.map(([n]) => n));
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const fn = name.get(x) ?? "";
      if (names.has(fn) && !seen.has(fn)) {
        seen.add(fn);
        out.set(fn, (out.get(fn) ?? 0) + ms);
      }
    }
  });
  return out;
}

function child(reps: number, set: string, profileDir?: string): number[] {
  const flags =
    profileDir === undefined
      ? []
      : ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=100"];
  const r = spawnSync(
    process.execPath,
    [
      ...flags,
      "--input-type=module",
      "-e",
      CHILD,
      JSON.stringify([join(root, "dist/node.js"), corpus, dir, reps, set]),
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`the load failed: ${r.stderr}`);
  return r.stdout.trim().split(" ").map(Number);
}

if (!existsSync(join(corpus, ".commit"))) {
  console.error("bench/profile-load: .corpora/googleapis is absent (scripts/fetch-corpora.sh)");
  process.exit(1);
}
if (!existsSync(join(root, "dist/node.js"))) {
  console.error("bench/profile-load: dist/node.js is absent (npm run build)");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "protowire-profile-load-"));
try {
  let set = "";
  if (fromSet) {
    set = join(work, "set.binpb");
    const make = `const [dist, corpus, dir, out] = JSON.parse(process.argv[1]);
const { readdirSync, writeFileSync } = await import("node:fs");
const pw = await import(dist);
const files = readdirSync(corpus + "/" + dir).filter((f) => f.endsWith(".proto")).sort().map((f) => dir + "/" + f);
writeFileSync(out, (await pw.loadSchema({ files, includePaths: [corpus] })).toFileDescriptorSet());`;
    const args = [join(root, "dist/node.js"), corpus, dir, set];
    const r = spawnSync(process.execPath, [
      "--input-type=module",
      "-e",
      make,
      JSON.stringify(args),
    ]);
    if (r.status !== 0) throw new Error(`making the descriptor set failed: ${r.stderr}`);
  }
  const totals = new Map<string, number>();
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) {
    const profiles = join(work, `run-${i}`);
    loads.push(child(1, set, profiles)[0]!);
    for (const f of readdirSync(profiles)) {
      const times = phaseTimes(JSON.parse(readFileSync(join(profiles, f), "utf8")) as CpuProfile);
      for (const [k, v] of times) totals.set(k, (totals.get(k) ?? 0) + v);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const what = fromSet ? "its descriptor set (loadDescriptorSet)" : "its .proto files (loadSchema)";
  console.log(`${dir}, ${what}: ${runs} cold runs under --cpu-prof (100 µs sampling)`);
  console.log(`load (profiled): mean ${mean(loads).toFixed(0)} ms\n`);
  console.log("| phase | ms, mean of the runs (inclusive) |");
  console.log("|---|--:|");
  for (const [name, label] of PHASES) {
    const t = totals.get(name);
    if (t !== undefined) console.log(`| ${label} (\`${name}\`) | ${(t / runs).toFixed(1)} |`);
  }
  const repeated = child(8, set);
  const list = repeated.map((ms) => ms.toFixed(0)).join(", ");
  console.log(`\nThe same load 8 times in one process, unprofiled: ${list} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
