// The machine a run came from, for the report: CPU model, cores, memory, OS, Node and V8.

import { execFileSync } from "node:child_process";
import { cpus, loadavg, release, totalmem } from "node:os";
import type { Machine } from "./results-model.js";

export function machineInfo(loadAtStart: number): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown CPU",
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${release()} ${process.arch}`,
    node: process.version,
    v8: process.versions.v8,
    loadAverage: { start: loadAtStart, end: round2(loadavg()[0] ?? 0) },
  };
}

export function currentLoad(): number {
  return round2(loadavg()[0] ?? 0);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** `abc1234` or `abc1234+changes` for the repository at `dir`; "" when git is not available. */
export function commitOf(dir: string): string {
  try {
    const git = (...args: string[]): string =>
      execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: "pipe" }).trim();
    const head = git("rev-parse", "--short", "HEAD");
    return git("status", "--porcelain").length > 0 ? `${head}+changes` : head;
  } catch {
    return "";
  }
}
