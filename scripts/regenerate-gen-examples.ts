/**
 * Rewrites examples/gen/ts, js, types and size (--optimize size) from the current generator
 * (`npx tsx scripts/regenerate-gen-examples.ts`), as `protowire gen` writes them for
 * examples/gen/proto/shop/order.proto. Review the diff: test/gen/examples.test.ts compares.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { GEN_EXAMPLES_DIR, renderGenExamples } from "./gen-examples.js";

for (const [target, files] of await renderGenExamples()) {
  const dir = join(GEN_EXAMPLES_DIR, target);
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.content);
  }
  console.log(`examples/gen/${target}: ${files.length} files`);
}
