// The conformance testee end to end, on requests whose bytes protoc produced (independent of
// our encoder): `protoc --encode=conformance.ConformanceRequest conformance/conformance.proto`
// with the text-format request shown above each constant.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { frame } from "../../conformance/framing.js";
import { loadProtocol } from "../../conformance/protocol.js";

const PROTO3 = "protobuf_test_messages.proto3.TestAllTypesProto3";
const PROTO2 = "protobuf_test_messages.proto2.TestAllTypesProto2";

function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === "string") out.push(...new TextEncoder().encode(p));
    else out.push(...p);
  }
  return Uint8Array.from(out);
}

// protobuf_payload: "\x08\x96\x01" requested_output_format: PROTOBUF
// message_type: "protobuf_test_messages.proto3.TestAllTypesProto3" test_category: BINARY_TEST
const REQ_150 = bytes([0x0a, 0x03, 0x08, 0x96, 0x01, 0x18, 0x01, 0x22, 0x30], PROTO3, [0x28, 0x01]);
// protobuf_payload: "" requested_output_format: PROTOBUF
// message_type: "protobuf_test_messages.proto2.TestAllTypesProto2" test_category: BINARY_TEST
const REQ_EMPTY = bytes([0x0a, 0x00, 0x18, 0x01, 0x22, 0x30], PROTO2, [0x28, 0x01]);
// json_payload: "{}" requested_output_format: PROTOBUF message_type: <proto3> test_category: JSON_TEST
const REQ_JSON = bytes([0x12, 0x02, 0x7b, 0x7d, 0x18, 0x01, 0x22, 0x30], PROTO3, [0x28, 0x02]);
// protobuf_payload: "\x08\x96\x01" requested_output_format: JSON message_type: <proto3> ...
const REQ_TO_JSON = bytes(
  [0x0a, 0x03, 0x08, 0x96, 0x01, 0x18, 0x02, 0x22, 0x30],
  PROTO3,
  [0x28, 0x01],
);
// protobuf_payload: "\x08" (a tag with no value) requested_output_format: PROTOBUF ...
const REQ_TRUNCATED = bytes([0x0a, 0x01, 0x08, 0x18, 0x01, 0x22, 0x30], PROTO3, [0x28, 0x01]);

// ConformanceResponse: protobuf_payload: "\x08\x96\x01"
const RES_150 = Uint8Array.from([0x1a, 0x03, 0x08, 0x96, 0x01]);
// ConformanceResponse: protobuf_payload: "" (set, although empty)
const RES_EMPTY = Uint8Array.from([0x1a, 0x00]);

const JSON_PAYLOAD_TAG = 0x22; // field 4, wire type 2
const PARSE_ERROR_TAG = 0x0a; // field 1, wire type 2

describe("loadProtocol().respond", () => {
  const protocol = loadProtocol();

  it("re-encodes a binary payload", () => {
    expect(protocol.respond(REQ_150)).toEqual(RES_150);
  });

  it("sets an empty protobuf_payload: 1a 00", () => {
    expect(protocol.respond(REQ_EMPTY)).toEqual(RES_EMPTY);
  });

  it("answers JSON input with binary output and binary input with JSON output", () => {
    // {} is the empty message: protobuf_payload "" (1a 00).
    expect(protocol.respond(REQ_JSON)).toEqual(RES_EMPTY);
    // json_payload (field 4, tag 0x22) with the proto3 JSON of optional_int32: 150.
    const json = '{"optionalInt32":150}';
    expect(protocol.respond(REQ_TO_JSON)).toEqual(bytes([JSON_PAYLOAD_TAG, json.length], json));
  });

  it("answers parse_error to a truncated payload", () => {
    const res = protocol.respond(REQ_TRUNCATED);
    expect(res[0]).toBe(PARSE_ERROR_TAG);
    expect(new TextDecoder().decode(res.subarray(2))).toMatch(/^TRUNCATED/);
  });
});

describe("loadProtocol().respond on a request it cannot read", () => {
  it("answers runtime_error instead of exiting, so the runner goes on", () => {
    const protocol = loadProtocol();
    const res = protocol.decodeResponse(protocol.respond(Uint8Array.from([0x0a, 0x05, 0x01])));
    expect(res.result.case).toBe("runtimeError");
    expect(res.result.value).toMatch(/^cannot read request: DecodeError/);
  });
});

describe("conformance/testee.sh", () => {
  it("answers length-prefixed frames on stdout, nothing else, and starts in seconds", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const testee = fileURLToPath(new URL("../../conformance/testee.sh", import.meta.url));
    const input = Buffer.concat([frame(REQ_150), frame(REQ_EMPTY)]);
    // The runner starts the testee twice per run (binary + JSON suite, then text format).
    // "In seconds" on this machine: the testee (Node, tsx, the conformance schema and its
    // codecs) against Node starting tsx with nothing to run, wall time of the child process,
    // best of 2. Measured 2-2.3 times as long; bound 10. The kill after 60 s is only there so
    // that a hung testee cannot hang the test run.
    const spawnMs = (command: string, args: string[], stdin?: Buffer) => {
      const started = performance.now();
      const run = spawnSync(command, args, { input: stdin, cwd: root, timeout: 60_000 });
      return { run, ms: performance.now() - started };
    };
    const bare = () => spawnMs(process.execPath, ["--import", "tsx", "-e", "0"]).ms;
    const bareMs = Math.min(bare(), bare());
    let { run, ms } = spawnMs(testee, [], input);
    expect(run.stderr.toString()).toBe("");
    expect(run.status).toBe(0);
    expect(new Uint8Array(run.stdout)).toEqual(
      Uint8Array.from([...frame(RES_150), ...frame(RES_EMPTY)]),
    );
    if (ms > 10 * bareMs) ms = Math.min(ms, spawnMs(testee, [], input).ms);
    const times = `testee ${ms.toFixed(0)} ms, bare node + tsx ${bareMs.toFixed(0)} ms`;
    expect(ms / bareMs, times).toBeLessThan(10);
  }, 150_000);
});
