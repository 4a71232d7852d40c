// Runs the built command as users run it (`node dist/cli.js`, the package's bin), from the
// repository root, and protoc likewise, for the tests of test/cli/. dist/ is built by `npm
// test` (its pretest runs tsup).
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");
export const CLI = join(ROOT, "dist/cli.js");
export const PROTOC = join(ROOT, "node_modules/.bin/protoc");

export interface Ran {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  /** stdout as UTF-8 text. */
  text: string;
}

export interface RunOptions {
  stdin?: Uint8Array | string;
  /**
   * Stdin redirected from this file (`cmd < file`) instead of a pipe, its first `skip` bytes
   * already read (`(head -c N >/dev/null; cmd) < file`).
   */
  stdinFile?: { path: string; skip?: number };
  cwd?: string;
  /** Environment variables added to this process's. */
  env?: Record<string, string>;
}

function run(command: string, args: readonly string[], options: RunOptions): Ran {
  const file = options.stdinFile;
  const fd = file === undefined ? undefined : openSync(file.path, "r");
  if (fd !== undefined && (file?.skip ?? 0) > 0) readSync(fd, Buffer.alloc(file!.skip!));
  let r: ReturnType<typeof spawnSync>;
  try {
    r = spawnSync(command, args, {
      cwd: options.cwd ?? ROOT,
      ...(options.env !== undefined && { env: { ...process.env, ...options.env } }),
      ...(fd === undefined ? { input: options.stdin ?? "" } : { stdio: [fd, "pipe", "pipe"] }),
      maxBuffer: 256 * 1024 * 1024,
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (r.error) throw r.error;
  return {
    status: r.status,
    stdout: r.stdout as Buffer,
    stderr: r.stderr.toString("utf8"),
    text: r.stdout.toString("utf8"),
  };
}

/** `protowire ARGS` with `stdin` (default: empty). */
export function protowire(args: readonly string[], options: RunOptions = {}): Ran {
  return run(process.execPath, [CLI, ...args], options);
}

/** `protoc ARGS` with `stdin` (default: empty). */
export function protoc(args: readonly string[], options: RunOptions = {}): Ran {
  return run(PROTOC, args, options);
}
