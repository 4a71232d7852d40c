/**
 * protoc as the parser's random test runs it: for each job, `protoc --decode` of the bytes
 * gives a text and `protoc --encode` of that text gives protoc's bytes for it (or its error
 * line), all in one shell loop so that hundreds of messages cost one process spawn.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { protocBinary } from "./print-protoc.js";

export interface RoundJob {
  /** The .proto source (one file, no imports beyond the bundled well-known types). */
  proto: string;
  binary: Uint8Array;
  type: string;
}

export interface RoundResult {
  /** What protoc --decode printed. */
  text: string;
  /** protoc --encode of `text`, or undefined when protoc rejected it ... */
  bytes: Uint8Array | undefined;
  /** ... with this first error line (`input:L:C: message`). */
  error: string | undefined;
}

export function protocRoundTrips(jobs: readonly RoundJob[]): RoundResult[] {
  const dir = mkdtempSync(join(tmpdir(), "protowire-parse-"));
  try {
    const lines = [`P=${JSON.stringify(protocBinary())}`, `cd ${JSON.stringify(dir)}`];
    jobs.forEach((job, j) => {
      if (!/^[A-Za-z0-9_.]+$/.test(job.type)) throw new Error(`bad type name ${job.type}`);
      writeFileSync(join(dir, `j${j}.proto`), job.proto);
      writeFileSync(join(dir, `j${j}.bin`), job.binary);
      const t = job.type;
      lines.push(
        `"$P" -I . --decode=${t} j${j}.proto <j${j}.bin >j${j}.txt || { echo "decode ${j}" >&2; exit 1; }`,
        `"$P" -I . --encode=${t} j${j}.proto <j${j}.txt >j${j}.out 2>j${j}.err || rm j${j}.out`,
      );
    });
    const run = spawnSync("bash", ["-c", lines.join("\n")], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`protoc failed: ${run.stderr}`);
    return jobs.map((_, j) => {
      const out = join(dir, `j${j}.out`);
      const ok = existsSync(out);
      const err = readFileSync(join(dir, `j${j}.err`), "utf8");
      return {
        text: readFileSync(join(dir, `j${j}.txt`), "utf8"),
        bytes: ok ? new Uint8Array(readFileSync(out)) : undefined,
        error: ok ? undefined : err.split("\n").find((l) => l.startsWith("input:")),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
