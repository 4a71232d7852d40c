/**
 * Rewrites fixtures/emitted from the current emitter: `npx tsx scripts/regenerate-emitted.ts`.
 * Run it after a change to the emitted code, and review the diff of the snapshots.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EMITTED_DIR, EMITTED_SCHEMAS, renderEmitted } from "./emitted-snapshots.js";

for (const schema of Object.keys(EMITTED_SCHEMAS)) {
  const dir = join(EMITTED_DIR, schema);
  mkdirSync(dir, { recursive: true });
  const files = await renderEmitted(schema);
  // Message types that no longer exist leave no stale snapshot behind.
  for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(join(dir, name));
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`fixtures/emitted/${schema}: ${files.size} message types`);
}
