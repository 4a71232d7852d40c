/**
 * The protowire conformance testee. The official runner starts it (through testee.sh), writes
 * length-prefixed ConformanceRequests to its stdin and reads length-prefixed
 * ConformanceResponses from its stdout until it closes stdin. Diagnostics go to stderr only.
 */
import { writeSync } from "node:fs";
import { evaluationAvailable } from "../src/codec/compiler.js";
import { FrameSplitter, frame } from "./framing.js";
import { generatedCodecs } from "./generated.js";
import { loadConformanceSchema, loadProtocol, TEST_MESSAGE_TYPES } from "./protocol.js";
import { registryCodecs } from "./registry.js";

const STDOUT_FD = 1;

const started = performance.now();
// PROTOWIRE_TESTEE_CODECS=generated: protobuf through codecs made ahead of time (generated.ts);
// generated-size: through the compact codecs of `protowire gen --optimize=size`; registry:
// through createFileRegistry's tables of protoc's descriptor set (registry.ts).
// PROTOWIRE_TESTEE_CODECS=eval-free: testee.sh forbids evaluation; make sure it took.
if (process.env.PROTOWIRE_TESTEE_CODECS === "eval-free" && evaluationAvailable()) {
  throw new Error("PROTOWIRE_TESTEE_CODECS=eval-free, but new Function works here");
}
const schema = loadConformanceSchema();
const binary =
  process.env.PROTOWIRE_TESTEE_CODECS === "registry"
    ? registryCodecs(TEST_MESSAGE_TYPES)
    : process.env.PROTOWIRE_TESTEE_CODECS === "generated" ||
        process.env.PROTOWIRE_TESTEE_CODECS === "generated-size"
      ? await generatedCodecs(
          schema,
          TEST_MESSAGE_TYPES,
          process.env.PROTOWIRE_TESTEE_CODECS === "generated-size" ? "size" : "speed",
        )
      : undefined;
const protocol = loadProtocol(schema, binary);
if (process.env.PROTOWIRE_TESTEE_TIMING === "1") {
  process.stderr.write(`testee: schema loaded in ${(performance.now() - started).toFixed(0)} ms\n`);
}

const splitter = new FrameSplitter();
let answered = 0;

process.stdin.on("data", (chunk: Uint8Array) => {
  for (const request of splitter.push(chunk)) {
    writeAll(frame(protocol.respond(request)));
    answered++;
  }
});

process.stdin.on("end", () => {
  if (splitter.pendingBytes > 0) {
    process.stderr.write(`testee: stdin closed inside a frame (${splitter.pendingBytes} bytes)\n`);
    process.exitCode = 1;
  }
  if (process.env.PROTOWIRE_TESTEE_TIMING === "1") {
    const ms = performance.now() - started;
    process.stderr.write(`testee: answered ${answered} requests in ${ms.toFixed(0)} ms\n`);
  }
});

/**
 * Writes synchronously so responses leave in request order and before the next request is
 * read. The runner waits for each response, so a short write is just retried.
 */
function writeAll(bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(STDOUT_FD, bytes, offset, bytes.length - offset);
    } catch (e) {
      if ((e as { code?: string }).code !== "EAGAIN") throw e;
    }
  }
}
