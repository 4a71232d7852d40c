// Parsing speed, for the README: files per second and MB/s for google/protobuf/descriptor.proto
// alone and for the fixture corpus (every .proto under fixtures/schemas), parse only.
//
//   npx tsx bench/parser.ts

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseFile } from "../src/schema/parser/parser.js";

function protoFiles(dir: string, out: [string, string][] = []): [string, string][] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) protoFiles(path, out);
    else if (path.endsWith(".proto")) out.push([path, readFileSync(path, "utf8")]);
  }
  return out;
}

function bench(label: string, files: [string, string][]): void {
  const bytes = files.reduce((n, [, text]) => n + new TextEncoder().encode(text).length, 0);
  // Warm up the JIT, then run for 3 seconds.
  for (let i = 0; i < 50; i++) for (const [name, text] of files) parseFile(name, text);
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) {
    for (const [name, text] of files) parseFile(name, text);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  const filesPerSecond = (rounds * files.length) / seconds;
  const mbPerSecond = (rounds * bytes) / seconds / 1e6;
  console.log(
    `${label}: ${files.length} files, ${bytes} bytes: ${filesPerSecond.toFixed(0)} files/s, ${mbPerSecond.toFixed(1)} MB/s`,
  );
}

const descriptor = readFileSync("src/schema/wkt/google/protobuf/descriptor.proto", "utf8");
bench("descriptor.proto", [["google/protobuf/descriptor.proto", descriptor]]);
bench("fixtures/schemas corpus", protoFiles("fixtures/schemas"));
