// Runs one contender's encode, decode, toJson, fromJson, toText or fromText of one data set in a
// loop, for CPU profiles:
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts user decode [protowire] [--seconds=5]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts user fromJson protowire
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts user toText protowire
//
// then open the .cpuprofile in Chrome DevTools (Performance) or speedscope. The contender is
// checked first (verify.ts, verify-json.ts, verify-text.ts), so a profile is never taken of
// wrong output.

import { fileURLToPath } from "node:url";
import { type Gates, jobsFor } from "./cases.js";
import type { Contender } from "./contenders/contender.js";
import { jsonContender } from "./contenders/json.js";
import { protobufEsContender } from "./contenders/protobuf-es.js";
import { protobufjsReflectContender, protobufjsStaticContender } from "./contenders/protobufjs.js";
import { protowireContender } from "./contenders/protowire.js";
import { dataSets } from "./datasets.js";
import { formatOf, OPERATIONS, type Operation } from "./results-model.js";
import { verify } from "./verify.js";
import { verifyJson } from "./verify-json.js";
import { verifyText } from "./verify-text.js";

const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));

async function main(): Promise<void> {
  const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const seconds = Number(
    process.argv.find((a) => a.startsWith("--seconds="))?.slice("--seconds=".length) ?? 5,
  );
  const [dataSetName = "user", op = "decode", contenderName = "protowire"] = positional;
  if (!(OPERATIONS as readonly string[]).includes(op)) {
    throw new Error(`operation must be one of ${OPERATIONS.join(", ")}`);
  }
  const ds = dataSets().find((d) => d.name === dataSetName);
  if (ds === undefined) throw new Error(`no data set ${JSON.stringify(dataSetName)}`);
  const all: Contender[] = [
    await protowireContender("dev", BENCH_DIR, "bench.proto"),
    protobufjsStaticContender("-"),
    protobufjsReflectContender("-", `${BENCH_DIR}bench.proto`),
    protobufEsContender("-"),
    jsonContender(),
  ];
  const chosen = all.find((c) => c.name === contenderName);
  if (chosen === undefined) {
    throw new Error(
      `contender must be one of: ${all.map((c) => JSON.stringify(c.name)).join(", ")}`,
    );
  }
  const binary = verify(ds, [chosen]);
  const gates: Gates = { binary, json: verifyJson(binary), text: verifyText(binary) };
  const call = jobsFor(op as Operation, gates)[0]?.call;
  if (call === undefined) {
    const format = formatOf(op as Operation);
    const why =
      binary.results[0]?.notApplicable ??
      (format === "binary" ? undefined : gates[format].results[0]?.notApplicable);
    throw new Error(`${chosen.name} fails the correctness check for ${op}: ${why}`);
  }
  let calls = 0;
  let sink: unknown;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) sink = call();
    calls += 100;
  }
  const rate = Math.round(calls / seconds);
  process.stderr.write(`${chosen.name} ${ds.name} ${op}: ${calls} calls, ~${rate} ops/s\n`);
  if (sink === Symbol.for("never")) process.stderr.write("\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
