// The options the standalone benchmark scripts share: `--quick` (a brief run whose numbers mean
// nothing) and `--out=DIR` (where the report goes; default bench/results).
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Whether the script runs with `--quick`. */
export const QUICK = process.argv.includes("--quick");

/** The folder of `--out=DIR`, else bench/results. */
export const OUT_DIR = (() => {
  const arg = process.argv.find((a) => a.startsWith("--out="));
  return arg === undefined ? join(ROOT, "bench/results") : arg.slice(6);
})();
