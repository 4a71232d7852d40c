// `npx tsx bench/cli-speed.ts`: the `protowire` command against `protoc` and `buf convert` on
// one large file, each tool a process of its own as users run it, and the memory of a long
// size-delimited stream. Needs the built command (`npm run build`: dist/cli.js).
//
//   --size-mb=N     the single message (a protowire.bench.Batch of users), default 32
//   --stream-mb=N   the size-delimited stream of protowire.bench.User records, default 1024
//   --rounds=N      runs per job (the median is reported), default 3
//   --out=DIR       where the report goes (default bench/results: cli.md, cli.json)
//
// Before timing, every output is checked: protowire's text equals protoc's byte for byte, its
// JSON reads as buf's JSON reads, its encodings equal protoc's bytes. Each job runs under
// /usr/bin/time, which gives both timing methods (wall clock, and user + system CPU) and the
// peak resident memory of the process.

import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSchemaSync } from "../src/index.js";
import { user } from "./datasets.js";
import { Random } from "./random.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
// The peers' own executables, not the npm packages' `bin` scripts: those are Node programs that
// spawn the executable, and timing them added a Node start-up (about 0.1 s here) to each peer.
const protoc = nativeProtoc();
const buf = nativeBuf();

/** protoc's executable for this platform, as the `protoc` package's assets.json names it. */
function nativeProtoc(): string {
  const dir = join(root, "node_modules", "protoc");
  const assets = JSON.parse(readFileSync(join(dir, "assets.json"), "utf8")) as {
    platform: string;
    arch: string;
    executable: string;
  }[];
  const asset = assets.find((a) => a.platform === process.platform && a.arch === process.arch);
  const path = asset && join(dir, "bin", asset.executable);
  if (path === undefined || !existsSync(path)) {
    throw new Error(`no protoc executable for ${process.platform} ${process.arch}`);
  }
  return path;
}

/** buf's executable: the platform package @bufbuild/buf installs beside itself. */
function nativeBuf(): string {
  const arch = process.arch === "arm64" && process.platform === "linux" ? "aarch64" : process.arch;
  const path = join(
    root,
    "node_modules",
    "@bufbuild",
    `buf-${process.platform}-${arch}`,
    "bin",
    "buf",
  );
  if (!existsSync(path)) throw new Error(`no buf executable at ${path}`);
  return path;
}

interface Args {
  sizeMb: number;
  streamMb: number;
  rounds: number;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizeMb: 32, streamMb: 1024, rounds: 3, out: join(root, "bench/results") };
  for (const a of argv) {
    const [key, value] = a.split("=", 2) as [string, string | undefined];
    if (key === "--size-mb") args.sizeMb = Number(value);
    else if (key === "--stream-mb") args.streamMb = Number(value);
    else if (key === "--rounds") args.rounds = Number(value);
    else if (key === "--out") args.out = value ?? args.out;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** One measured process: wall seconds, CPU seconds (user + system), peak RSS in MiB. */
interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
}

/** Runs `command` (a shell line) under /usr/bin/time; stdout goes to `stdoutFile`. */
function measure(command: string, stdoutFile: string): Sample {
  const timeFile = `${stdoutFile}.time`;
  const line = `/usr/bin/time -f "%e %U %S %M" -o ${JSON.stringify(timeFile)} ${command} > ${JSON.stringify(stdoutFile)}`;
  const run = spawnSync("bash", ["-c", line], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`failed (${run.status}): ${command}\n${run.stderr}`);
  const [wall, user, sys, rssKb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number);
  return { wall: wall!, cpu: user! + sys!, rssMb: rssKb! / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Job {
  op: string;
  tool: string;
  command: string;
  /** The input file, whose size gives MB/s. */
  input: string;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "protowire-cli-speed-"));
  try {
    run(args, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(args: Args, dir: string): void {
  const protoDir = join(root, "bench");
  const schema = loadSchemaSync({
    sources: { "bench.proto": readFileSync(join(protoDir, "bench.proto"), "utf8") },
  });
  const Batch = schema.messageType("protowire.bench.Batch");
  const User = schema.messageType("protowire.bench.User");

  // The single large message: users until the encoding passes --size-mb.
  const rng = new Random(20_251_203);
  const pool = Array.from({ length: 500 }, () => User.create(user(rng)));
  const perUser = Batch.encode(Batch.create({ users: pool })).length / pool.length;
  const count = Math.ceil((args.sizeMb * 1024 * 1024) / perUser);
  const users = Array.from({ length: count }, (_, i) => pool[i % pool.length]!);
  const binary = join(dir, "batch.binpb");
  writeFileSync(binary, Batch.encode(Batch.create({ users })));
  const image = join(dir, "bench.image.binpb");
  sh(`${protoc} -I ${protoDir} --include_imports --descriptor_set_out=${image} bench.proto`);
  const text = join(dir, "batch.txtpb");
  sh(`${protoc} -I ${protoDir} --decode=protowire.bench.Batch bench.proto < ${binary} > ${text}`);
  const json = join(dir, "batch.json");
  sh(
    `${buf} convert ${image}#format=binpb --type protowire.bench.Batch --from ${binary}#format=binpb --to ${json}#format=json`,
  );

  const pw = `node ${cli}`;
  const schemaArgs = `-I ${protoDir} bench.proto --type protowire.bench.Batch`;
  const bufIn = `${buf} convert ${image}#format=binpb --type protowire.bench.Batch`;
  const jobs: Job[] = [
    {
      op: "decode → text",
      tool: "protowire",
      command: `${pw} decode ${schemaArgs} ${binary}`,
      input: binary,
    },
    {
      op: "decode → text",
      tool: "protoc",
      command: `${protoc} -I ${protoDir} --decode=protowire.bench.Batch bench.proto < ${binary}`,
      input: binary,
    },
    {
      op: "decode → text",
      tool: "buf",
      command: `${bufIn} --from ${binary}#format=binpb --to -#format=txtpb`,
      input: binary,
    },
    {
      op: "decode → JSON",
      tool: "protowire",
      command: `${pw} decode ${schemaArgs} --to json ${binary}`,
      input: binary,
    },
    {
      op: "decode → JSON",
      tool: "buf",
      command: `${bufIn} --from ${binary}#format=binpb --to -#format=json`,
      input: binary,
    },
    {
      op: "encode ← text",
      tool: "protowire",
      command: `${pw} encode ${schemaArgs} --force ${text}`,
      input: text,
    },
    {
      op: "encode ← text",
      tool: "protoc",
      command: `${protoc} -I ${protoDir} --encode=protowire.bench.Batch bench.proto < ${text}`,
      input: text,
    },
    {
      op: "encode ← text",
      tool: "buf",
      command: `${bufIn} --from ${text}#format=txtpb --to -#format=binpb`,
      input: text,
    },
    {
      op: "encode ← JSON",
      tool: "protowire",
      command: `${pw} encode ${schemaArgs} --from json --force ${json}`,
      input: json,
    },
    {
      op: "encode ← JSON",
      tool: "buf",
      command: `${bufIn} --from ${json}#format=json --to -#format=binpb`,
      input: json,
    },
    { op: "decode-raw", tool: "protowire", command: `${pw} decode-raw ${binary}`, input: binary },
    {
      op: "decode-raw",
      tool: "protoc",
      command: `${protoc} --decode_raw < ${binary}`,
      input: binary,
    },
  ];

  // The gate: protowire's outputs against the peers' before anything is timed.
  const outputs = new Map<Job, string>();
  for (const job of jobs) {
    const file = join(dir, `out-${outputs.size}`);
    measure(job.command, file);
    outputs.set(job, file);
  }
  const outOf = (op: string, tool: string) =>
    outputs.get(jobs.find((j) => j.op === op && j.tool === tool)!)!;
  sameBytes(outOf("decode → text", "protowire"), outOf("decode → text", "protoc"), "decode → text");
  sameBytes(outOf("decode-raw", "protowire"), outOf("decode-raw", "protoc"), "decode-raw");
  sameBytes(outOf("encode ← text", "protowire"), outOf("encode ← text", "protoc"), "encode ← text");
  // JSON from buf has its map keys sorted, so its encoding orders map entries differently:
  // compared as messages (protoc's text sorts map entries), not bytes.
  const asText = (file: string) => Batch.toText(Batch.decode(readFileSync(file)));
  if (asText(outOf("encode ← JSON", "protowire")) !== asText(binary)) {
    throw new Error("encode ← JSON: protowire's bytes read as another message");
  }
  const ours = Batch.fromJsonString(readFileSync(outOf("decode → JSON", "protowire"), "utf8"));
  const theirs = Batch.fromJsonString(readFileSync(outOf("decode → JSON", "buf"), "utf8"));
  if (Batch.toText(ours) !== Batch.toText(theirs)) {
    throw new Error("decode → JSON: protowire's JSON and buf's read as different messages");
  }

  // Timing: rounds interleaved across tools, so that drift hits all alike.
  const samples = new Map<Job, Sample[]>(jobs.map((j) => [j, []]));
  for (let r = 0; r < args.rounds; r++) {
    for (const job of jobs) samples.get(job)!.push(measure(job.command, join(dir, "timed")));
  }

  const streamRow = streamMemory(args, dir, User, pool, protoDir);
  const report = render(args, jobs, samples, streamRow);
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, "cli.md"), report);
  writeFileSync(
    join(args.out, "cli.json"),
    `${JSON.stringify({ args, jobs: jobs.map((j) => ({ ...j, command: undefined, samples: samples.get(j) })), stream: streamRow }, null, 1)}\n`,
  );
  process.stdout.write(report);
}

interface StreamRow {
  mb: number;
  records: number;
  sample: Sample;
  /** Peak RSS of the same conversion on a stream of a tenth the size, for the growth. */
  smallSample: Sample;
}

/** `convert --delimited` of a long stream of users to JSON Lines: time and peak memory. */
function streamMemory(
  args: Args,
  dir: string,
  User: ReturnType<ReturnType<typeof loadSchemaSync>["messageType"]>,
  pool: object[],
  protoDir: string,
): StreamRow {
  const records = pool.map((u) => {
    const body = User.encode(u as never);
    const prefix: number[] = [];
    let n = body.length;
    while (n > 0x7f) {
      prefix.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    prefix.push(n);
    const out = new Uint8Array(prefix.length + body.length);
    out.set(prefix);
    out.set(body, prefix.length);
    return out;
  });
  const write = (file: string, mb: number): number => {
    const fd = openSync(file, "w");
    let written = 0;
    let count = 0;
    const target = mb * 1024 * 1024;
    while (written < target) {
      const r = records[count % records.length]!;
      writeSync(fd, r);
      written += r.length;
      count++;
    }
    closeSync(fd);
    return count;
  };
  const big = join(dir, "users.delimited");
  const small = join(dir, "users-small.delimited");
  const count = write(big, args.streamMb);
  write(small, Math.max(1, Math.round(args.streamMb / 10)));
  const command = (file: string) =>
    `node ${cli} decode -I ${protoDir} bench.proto --type protowire.bench.User --delimited --to json ${file}`;
  const smallSample = measure(command(small), "/dev/null");
  const sample = measure(command(big), "/dev/null");
  rmSync(big);
  return { mb: statSync(small).size > 0 ? args.streamMb : 0, records: count, sample, smallSample };
}

function render(args: Args, jobs: Job[], samples: Map<Job, Sample[]>, stream: StreamRow): string {
  const lines = [
    "# The `protowire` command against protoc and buf",
    "",
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, Node ${process.version}; one ${args.sizeMb} MB protowire.bench.Batch message, ${args.rounds} runs per job (median), each tool a process as users run it (start-up and schema loading included; protoc and buf are their own executables, not the npm packages' Node bin wrappers). MB/s of the input file.`,
    "",
    "| operation | tool | MB/s (wall) | × fastest peer (wall) | × fastest peer (CPU) | peak RSS |",
    "|---|---|--:|--:|--:|--:|",
  ];
  for (const op of [...new Set(jobs.map((j) => j.op))]) {
    const rows = jobs.filter((j) => j.op === op);
    const mbOf = (j: Job) => statSync(j.input).size / 1024 / 1024;
    const wallOf = (j: Job) => median(samples.get(j)!.map((s) => s.wall));
    const cpuOf = (j: Job) => median(samples.get(j)!.map((s) => s.cpu));
    const peers = rows.filter((j) => j.tool !== "protowire");
    const bestWall = Math.min(...peers.map(wallOf));
    const bestCpu = Math.min(...peers.map(cpuOf));
    for (const j of rows) {
      const mbs = mbOf(j) / wallOf(j);
      const ratio = (best: number, own: number) =>
        j.tool === "protowire" ? `${(best / own).toFixed(2)}×` : "";
      lines.push(
        `| ${op} | ${j.tool} | ${mbs.toFixed(1)} | ${ratio(bestWall, wallOf(j))} | ${ratio(bestCpu, cpuOf(j))} | ${Math.round(median(samples.get(j)!.map((s) => s.rssMb)))} MiB |`,
      );
    }
  }
  const s = stream.sample;
  lines.push(
    "",
    `Size-delimited stream: ${args.streamMb} MB, ${stream.records.toLocaleString("en")} protowire.bench.User records, \`decode --delimited --to json\` (JSON Lines): ${(args.streamMb / s.wall).toFixed(1)} MB/s, peak RSS ${Math.round(s.rssMb)} MiB; the same on a tenth of the stream: peak RSS ${Math.round(stream.smallSample.rssMb)} MiB.`,
    "",
  );
  return lines.join("\n");
}

function sh(line: string): void {
  const r = spawnSync("bash", ["-c", line], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`failed: ${line}\n${r.stderr}`);
}

function sameBytes(a: string, b: string, what: string): void {
  if (!bytesEqual(readFileSync(a), readFileSync(b))) {
    throw new Error(`${what}: protowire's output differs from the peer's`);
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

main();
