/**
 * protoc as the printer tests run it: the platform binary of the `protoc` devDependency
 * called directly (its node wrapper costs ~170 ms a call), many `--decode` runs in one shell
 * loop over files in a temporary directory, so that hundreds of random messages cost one
 * process spawn from the test.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PROTOC_DIR = fileURLToPath(new URL("../../../node_modules/protoc/", import.meta.url));

/** The protoc executable for this machine (as the package's own wrapper picks it). */
export function protocBinary(): string {
  const assets = JSON.parse(readFileSync(join(PROTOC_DIR, "assets.json"), "utf8")) as {
    arch: string;
    platform: string;
    executable: string;
  }[];
  const asset = assets.find((a) => a.arch === process.arch && a.platform === process.platform);
  if (asset === undefined) throw new Error(`no protoc for ${process.platform}/${process.arch}`);
  return join(PROTOC_DIR, "bin", asset.executable);
}

export interface DecodeJob {
  /** The .proto source (one file, no imports beyond the bundled well-known types). */
  proto: string;
  /** Bytes to decode, each as `types[i]`. */
  binary: Uint8Array;
  types: readonly string[];
}

/** protoc --decode's stdout for each job and type (`results[job][type]`); throws on failure. */
export function protocDecodeAll(jobs: readonly DecodeJob[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "protowire-print-"));
  try {
    const lines: string[] = [
      "set -e",
      `P=${JSON.stringify(protocBinary())}`,
      `cd ${JSON.stringify(dir)}`,
    ];
    jobs.forEach((job, j) => {
      writeFileSync(join(dir, `j${j}.proto`), job.proto);
      writeFileSync(join(dir, `j${j}.bin`), job.binary);
      job.types.forEach((t, k) => {
        if (!/^[A-Za-z0-9_.]+$/.test(t)) throw new Error(`bad type name ${t}`);
        lines.push(
          `"$P" -I . --decode=${t} j${j}.proto <j${j}.bin >j${j}.${k}.txt || { echo "job ${j} (${t})" >&2; exit 1; }`,
        );
      });
    });
    const run = spawnSync("bash", ["-c", lines.join("\n")], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`protoc failed: ${run.stderr}`);
    return jobs.map((job, j) =>
      job.types.map((_, k) => readFileSync(join(dir, `j${j}.${k}.txt`), "utf8")),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
