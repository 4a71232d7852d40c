// `npx tsx bench/schema-load.ts`: cold start of schema loading (issue 15). Each job loads one
// googleapis directory's files with their imports, in a fresh process per run, as a program
// starting up would: protowire (`loadSchema` from dist/node.js; `npm run build` first),
// protobufjs (`Root.loadSync` + `resolveAll`) and a whole `protoc --descriptor_set_out` process.
// Needs .corpora/googleapis (scripts/fetch-corpora.sh).
//
//   --dirs=a/b,c/d   the directories (default: a small service, aiplatform/v1, googleads v24)
//   --all            every directory of googleapis, one run each, totals only
//   --rounds=N       runs per job (median reported), default 5
//   --out=DIR        where schema-load.md goes (default bench/results)
//
// Reported per job: the load time inside the process (after the library's own import), and the
// whole process's wall time (Node's start-up included; protoc has only this one), as the
// median of the runs, with the files loaded and their size. Then, in the same process after the
// load, the first use of every message type (map entries aside): its codec made and one
// empty message encoded and decoded (protowire: `messageType` + `decode(encode({}))`, partial;
// protobufjs: `decode(encode(create({})).finish())`, whose first call generates its code),
// reported per type. Last, protowire with its schema cache (`cache:`, a directory of this run):
// the same loads after one load that wrote the cache's entry.

import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, ".corpora/googleapis");
const protocBin = join(root, "node_modules/protoc/bin/protoc-linux-x86_64");
const protocInclude = join(root, "node_modules/protoc/include");
const DEFAULT_DIRS = [
  "google/cloud/language/v2",
  "google/cloud/aiplatform/v1",
  "google/ads/googleads/v24/services",
];

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(arg("rounds") ?? 5);
const outDir = arg("out") ?? join(root, "bench/results");
const all = process.argv.includes("--all");

/** The large type whose first use alone is timed, in its directory, and the value used. */
const ONE_DIR = "google/ads/googleads/v24/services";
const ONE_TYPE = "google.ads.googleads.v24.services.GoogleAdsRow";
const ONE_VALUE = { campaign: { name: "x", id: 5 } };

/**
 * Child programs: each prints `<files> <load ms> <types> <first-use ms>`: the load, then the
 * first use of every message type.
 */
const PROTOWIRE = `
const [files, root, , one, cache] = JSON.parse(process.argv[1]);
const { loadSchema } = await import(${JSON.stringify(join(root, "dist/node.js"))});
const t0 = performance.now();
const s = await loadSchema({ files, includePaths: [root], ...(cache ? { cache } : {}) });
const ms = performance.now() - t0;
const names = [];
const walk = (prefix, messages) => {
  for (const m of messages) {
    if (m.options?.mapEntry !== true) names.push(prefix + m.name);
    walk(prefix + m.name + ".", m.nestedType);
  }
};
for (const f of s.files) walk(f.package ? f.package + "." : "", f.messageType);
const t1 = performance.now();
if (one) {
  const T = s.messageType(one);
  T.decode(T.encode(${JSON.stringify(ONE_VALUE)}));
  names.length = 0;
}
for (const n of names) {
  const T = s.messageType(n);
  T.decode(T.encode({}, { allowPartial: true }), { allowPartial: true });
}
console.log(s.files.length, ms, one ? 1 : names.length, performance.now() - t1);
`;
const PROTOBUFJS = `
const [files, root, wkt, one] = JSON.parse(process.argv[1]);
const { createRequire } = await import("node:module");
const require = createRequire(${JSON.stringify(join(root, "package.json"))});
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const protobuf = require("protobufjs");
const t0 = performance.now();
const r = new protobuf.Root();
r.resolvePath = (_origin, target) => {
  for (const base of [root, wkt]) if (existsSync(join(base, target))) return join(base, target);
  return target;
};
r.loadSync(files, { keepCase: true });
r.resolveAll();
const ms = performance.now() - t0;
const types = [];
const walk = (ns) => {
  for (const o of ns.nestedArray) {
    if (o instanceof protobuf.Type) types.push(o);
    if (o.nestedArray) walk(o);
  }
};
walk(r);
const t1 = performance.now();
if (one) {
  const T = r.lookupType(one);
  T.decode(T.encode(T.fromObject(${JSON.stringify(ONE_VALUE)})).finish());
  types.length = 0;
}
for (const T of types) T.decode(T.encode(T.create({})).finish());
console.log(r.files.length, ms, one ? 1 : types.length, performance.now() - t1);
`;

interface Sample {
  loadMs: number | undefined;
  wallMs: number;
  files: number;
  /** Message types used once after the load, and the time that took. */
  types: number;
  firstUseMs: number;
}

function run(contender: string, files: string[], one?: string): Sample {
  const t0 = performance.now();
  let r: ReturnType<typeof spawnSync>;
  if (contender === "protoc") {
    r = spawnSync(
      protocBin,
      [`-I${corpus}`, "--include_imports", "--descriptor_set_out=/dev/null", ...files],
      { encoding: "utf8" },
    );
  } else {
    const program = contender === "protobufjs" ? PROTOBUFJS : PROTOWIRE;
    const cache = contender === CACHED ? cacheDir : undefined;
    const args = JSON.stringify([files, corpus, protocInclude, one, cache]);
    r = spawnSync(process.execPath, ["--input-type=module", "-e", program, args], {
      encoding: "utf8",
    });
  }
  let wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${contender} failed on ${files[0]}: ${String(r.stderr)}`);
  if (contender === "protoc")
    return { loadMs: undefined, wallMs, files: 0, types: 0, firstUseMs: 0 };
  const [n, ms, types, firstUseMs] = String(r.stdout).trim().split(" ").map(Number);
  wallMs -= firstUseMs ?? 0; // the process as a load alone, as protoc's is
  return { loadMs: ms, wallMs, files: n ?? 0, types: types ?? 0, firstUseMs: firstUseMs ?? 0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const CONTENDERS = ["protowire", "protobufjs", "protoc"];
/** protowire with `cache:` (a directory of this run), its entry written by a load before. */
const CACHED = "protowire, cache";
const cacheDir = mkdtempSync(join(tmpdir(), "protowire-schema-cache-"));
process.on("exit", () => rmSync(cacheDir, { recursive: true, force: true }));

function filesOf(dir: string): string[] {
  return readdirSync(join(corpus, dir))
    .filter((f) => f.endsWith(".proto"))
    .sort()
    .map((f) => `${dir}/${f}`);
}

if (!existsSync(join(corpus, ".commit"))) {
  console.error("bench/schema-load: .corpora/googleapis is absent (scripts/fetch-corpora.sh)");
  process.exit(1);
}
if (!existsSync(join(root, "dist/node.js"))) {
  console.error("bench/schema-load: dist/node.js is absent (npm run build)");
  process.exit(1);
}

const lines: string[] = [];
const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
lines.push("# Schema loading, cold: protowire against protobufjs and protoc", "");
if (!all) {
  const dirs = arg("dirs")?.split(",") ?? DEFAULT_DIRS;
  lines.push(
    `${stamp} UTC, Node ${process.version}, googleapis at ${readCommit()}; made by \`npx tsx bench/schema-load.ts\`. Each run a fresh process; ${rounds} runs per job, interleaved, median. *load*: inside the process, after the library is imported; *process*: the whole process's wall time (Node's start-up included), less the first use of the types measured after the load (below). protobufjs: \`Root.loadSync\` + \`resolveAll\`. protoc: \`--descriptor_set_out --include_imports\`.`,
    "",
    "| directory | files loaded (with imports) | bytes of its own .proto files | protowire load | protobufjs load | protowire process | protobufjs process | protoc process | protobufjs ÷ protowire (load) | protoc ÷ protowire (process) |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  const firstUse: string[] = [];
  const cached: string[] = [];
  for (const dir of dirs) {
    const files = filesOf(dir);
    const samples: Record<string, Sample[]> = {
      protowire: [],
      protobufjs: [],
      protoc: [],
      [CACHED]: [],
    };
    run(CACHED, files); // writes the cache entry
    for (let i = 0; i < rounds; i++) {
      for (const c of [...CONTENDERS, CACHED]) samples[c]!.push(run(c, files));
    }
    const load = (c: string) => median(samples[c]!.map((s) => s.loadMs ?? 0));
    const wall = (c: string) => median(samples[c]!.map((s) => s.wallMs));
    const loaded = samples.protowire![0]!.files;
    const row = [
      dir,
      String(loaded),
      String(bytesOf(dir)),
      `${load("protowire").toFixed(0)} ms`,
      `${load("protobufjs").toFixed(0)} ms`,
      `${wall("protowire").toFixed(0)} ms`,
      `${wall("protobufjs").toFixed(0)} ms`,
      `${wall("protoc").toFixed(0)} ms`,
      `${(load("protobufjs") / load("protowire")).toFixed(2)}×`,
      `${(wall("protoc") / wall("protowire")).toFixed(2)}×`,
    ];
    lines.push(`| ${row.join(" | ")} |`);
    console.log(row.join("  "));
    const use = (c: string) => median(samples[c]!.map((s) => s.firstUseMs));
    const types = (c: string) => samples[c]![0]!.types;
    const perType = (c: string) => (use(c) * 1000) / Math.max(1, types(c));
    const useRow = [
      dir,
      String(types("protowire")),
      String(types("protobufjs")),
      `${use("protowire").toFixed(0)} ms`,
      `${use("protobufjs").toFixed(0)} ms`,
      `${perType("protowire").toFixed(0)} µs`,
      `${perType("protobufjs").toFixed(0)} µs`,
      `${(perType("protobufjs") / perType("protowire")).toFixed(2)}×`,
    ];
    firstUse.push(`| ${useRow.join(" | ")} |`);
    console.log(useRow.join("  "));
    const cacheRow = [
      dir,
      `${load(CACHED).toFixed(0)} ms`,
      `${load("protobufjs").toFixed(0)} ms`,
      `${(load("protobufjs") / load(CACHED)).toFixed(2)}×`,
      `${wall(CACHED).toFixed(0)} ms`,
      `${wall("protoc").toFixed(0)} ms`,
      `${(wall("protoc") / wall(CACHED)).toFixed(2)}×`,
    ];
    cached.push(`| ${cacheRow.join(" | ")} |`);
    console.log(cacheRow.join("  "));
  }
  lines.push(
    "",
    "First use of every message type, in the same process after the load (map entries aside): protowire `messageType(name)` + `decode(encode({}))` (with `allowPartial`: some types have required fields) (the codec compiled, then V8 compiles its functions on their first call); protobufjs `decode(encode(create({})).finish())` (its first call generates the type's code). Median of the same runs.",
    "",
    "| directory | types (protowire) | types (protobufjs) | protowire | protobufjs | protowire per type | protobufjs per type | protobufjs ÷ protowire |",
    "|---|--:|--:|--:|--:|--:|--:|--:|",
    ...firstUse,
    "",
    "With the schema cache (`loadSchema({ files, includePaths, cache })`): the same loads, each in a fresh process, after one load that wrote the cache's entry; every file is read and its text checked against the entry, whose descriptors are then linked without parsing, option interpretation or validation. Median of the same runs.",
    "",
    "| directory | protowire load, cache | protobufjs load | protobufjs ÷ protowire (load) | protowire process, cache | protoc process | protoc ÷ protowire (process) |",
    "|---|--:|--:|--:|--:|--:|--:|",
    ...cached,
  );
  if (dirs.includes(ONE_DIR)) {
    const files = filesOf(ONE_DIR);
    const one: Record<string, number[]> = { protowire: [], protobufjs: [] };
    for (let i = 0; i < rounds; i++) {
      for (const c of ["protowire", "protobufjs"]) one[c]!.push(run(c, files, ONE_TYPE).firstUseMs);
    }
    const [pw, pb] = [median(one.protowire!), median(one.protobufjs!)];
    lines.push(
      "",
      `First use of one large type after the load: \`${ONE_TYPE}\` (it reaches most of googleads' resources), made and ${JSON.stringify(ONE_VALUE)} encoded and decoded, as above. Median of ${rounds} runs.`,
      "",
      "| type | protowire | protobufjs | protobufjs ÷ protowire |",
      "|---|--:|--:|--:|",
      `| ${ONE_TYPE.split(".").pop()} | ${pw.toFixed(0)} ms | ${pb.toFixed(0)} ms | ${(pb / pw).toFixed(2)}× |`,
    );
    console.log(`one type: protowire ${pw.toFixed(0)} ms, protobufjs ${pb.toFixed(0)} ms`);
  }
} else {
  const dirs = [...new Set(listProtos().map((f) => f.slice(0, f.lastIndexOf("/"))))];
  const totals: Record<string, { load: number; wall: number }> = {};
  for (const c of CONTENDERS) totals[c] = { load: 0, wall: 0 };
  let failed = 0;
  for (const dir of dirs) {
    for (const c of CONTENDERS) {
      try {
        const s = run(c, filesOf(dir));
        totals[c]!.load += s.loadMs ?? 0;
        totals[c]!.wall += s.wallMs;
      } catch {
        failed++;
      }
    }
  }
  lines.push(
    `${stamp} UTC, Node ${process.version}, googleapis at ${readCommit()}: all ${dirs.length} directories, each loaded once with its imports in a fresh process per contender (${failed} runs failed and are not counted).`,
    "",
    "| contender | total load | total process time |",
    "|---|--:|--:|",
  );
  for (const c of CONTENDERS) {
    lines.push(
      `| ${c} | ${c === "protoc" ? "—" : `${(totals[c]!.load / 1000).toFixed(1)} s`} | ${(totals[c]!.wall / 1000).toFixed(1)} s |`,
    );
  }
}
const report = `${lines.join("\n")}\n`;
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, all ? "schema-load-all.md" : "schema-load.md"), report);
console.log(report);

function readCommit(): string {
  return readFileSync(join(corpus, ".commit"), "utf8").trim().slice(0, 12);
}
function listProtos(): string[] {
  return readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".proto"))
    .sort();
}
function bytesOf(dir: string): number {
  return filesOf(dir).reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
}
