// The conformance testee's own machinery, proven without the runner: framing, the answer
// policy (which response case for which request) and the log summary run.sh relies on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answer, type TesteeCodec } from "../../conformance/answer.js";
import { FrameSplitter, frame } from "../../conformance/framing.js";
import {
  checkRules,
  failureEntryMatches,
  parseFailureList,
  summarizeLog,
} from "../../conformance/log-summary.js";
import { type ConformanceRequest, WireFormat } from "../../conformance/messages.js";
import { JsonError } from "../../src/json/errors.js";
import { TextError } from "../../src/text/errors.js";
import { concatBytes } from "../../src/wire/concat.js";
import { DecodeError, EncodeError } from "../../src/wire/errors.js";

const PROTO3 = "protobuf_test_messages.proto3.TestAllTypesProto3";

describe("frame / FrameSplitter", () => {
  it("prefixes a 4-byte little-endian length", () => {
    expect([...frame(new Uint8Array([0x1a, 0x00]))]).toEqual([2, 0, 0, 0, 0x1a, 0x00]);
    expect([...frame(new Uint8Array(300))].slice(0, 4)).toEqual([0x2c, 0x01, 0, 0]);
  });

  it("returns the same payloads however the stream is cut into chunks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (payloads, cutSeeds) => {
          const stream = concatBytes(payloads.map(frame));
          const cuts = [...new Set(cutSeeds.map((s) => s % (stream.length + 1)))].sort(
            (a, b) => a - b,
          );
          const splitter = new FrameSplitter();
          const got: number[][] = [];
          let from = 0;
          for (const cut of [...cuts, stream.length]) {
            for (const f of splitter.push(stream.subarray(from, cut))) got.push([...f]);
            from = cut;
          }
          expect(got).toEqual(payloads.map((p) => [...p]));
          expect(splitter.pendingBytes).toBe(0);
        },
      ),
    );
  });

  it("reports a torn frame at end of input instead of inventing one", () => {
    const splitter = new FrameSplitter();
    expect(splitter.push(new Uint8Array([5, 0, 0, 0, 1, 2]))).toEqual([]);
    expect(splitter.pendingBytes).toBe(6);
  });

  it("does not allocate ahead of the data for a length prefix claiming 4 GiB", () => {
    const splitter = new FrameSplitter();
    const before = process.memoryUsage().arrayBuffers;
    expect(splitter.push(new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3]))).toEqual([]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1 << 20);
    expect(splitter.pendingBytes).toBe(7);
  });
});

describe("answer", () => {
  const echo: TesteeCodec = { decode: (b) => b, encode: (m) => m as Uint8Array };
  const only = (codec: TesteeCodec) => (name: string) => (name === PROTO3 ? codec : undefined);
  const binary = (payload: Uint8Array, messageType = PROTO3): ConformanceRequest => ({
    payload: { case: "protobufPayload", value: payload },
    requestedOutputFormat: WireFormat.PROTOBUF,
    messageType,
    testCategory: 1,
    printUnknownFields: false,
  });

  it("answers a binary request with the re-encoded message, even when it is empty", () => {
    expect(answer(binary(new Uint8Array([8, 1])), only(echo))).toEqual({
      case: "protobufPayload",
      value: new Uint8Array([8, 1]),
    });
    expect(answer(binary(new Uint8Array()), only(echo))).toEqual({
      case: "protobufPayload",
      value: new Uint8Array(),
    });
  });

  it("skips JSPB input and output (and requests without a payload)", () => {
    const base = binary(new Uint8Array());
    const inputs: ConformanceRequest["payload"][] = [
      { case: "jspbPayload", value: "[]" },
      { case: undefined },
    ];
    for (const payload of inputs) {
      expect(answer({ ...base, payload }, only(echo)).case).toBe("skipped");
    }
    for (const format of [WireFormat.JSPB, 0]) {
      expect(answer({ ...base, requestedOutputFormat: format }, only(echo)).case).toBe("skipped");
    }
  });

  it("answers text input and text output through the codec's text methods", () => {
    const seen: unknown[] = [];
    const text: TesteeCodec = {
      ...echo,
      fromText: (t) => new Uint8Array([t.length]),
      toText: (m, options) => {
        seen.push(options);
        return `n: ${(m as Uint8Array).join(",")}`;
      },
    };
    const base = binary(new Uint8Array([7]));
    const toText = { ...base, requestedOutputFormat: WireFormat.TEXT_FORMAT };
    expect(answer(toText, only(text))).toEqual({ case: "textPayload", value: "n: 7" });
    expect(answer({ ...toText, printUnknownFields: true }, only(text)).case).toBe("textPayload");
    expect(seen).toEqual([{ printUnknownFields: false }, { printUnknownFields: true }]);
    const fromText = { ...base, payload: { case: "textPayload", value: "abc" } } as const;
    expect(answer(fromText, only(text))).toEqual({
      case: "protobufPayload",
      value: new Uint8Array([3]),
    });
    const rejects: TesteeCodec = {
      ...echo,
      fromText: () => {
        throw new TextError("TEXT_SYNTAX", "Expected identifier, got: 1", "", 1, 1);
      },
    };
    const rejected = answer(fromText, only(rejects));
    expect(rejected.case).toBe("parseError");
    expect(rejected.value).toContain("1:1: Expected identifier");
  });

  it("answers JSON input and JSON output through the codec's JSON methods", () => {
    const seen: unknown[] = [];
    const json: TesteeCodec = {
      ...echo,
      fromJsonString: (text, options) => {
        seen.push(options);
        return new Uint8Array([text.length]);
      },
      toJsonString: (m) => `[${(m as Uint8Array).join(",")}]`,
    };
    const base = binary(new Uint8Array([7]));
    expect(answer({ ...base, requestedOutputFormat: WireFormat.JSON }, only(json))).toEqual({
      case: "jsonPayload",
      value: "[7]",
    });
    const fromJson = { ...base, payload: { case: "jsonPayload", value: "{}" } } as const;
    expect(answer(fromJson, only(json))).toEqual({
      case: "protobufPayload",
      value: new Uint8Array([2]),
    });
    expect(answer({ ...fromJson, testCategory: 3 }, only(json)).case).toBe("protobufPayload");
    expect(seen).toEqual([{ ignoreUnknownFields: false }, { ignoreUnknownFields: true }]);
    const rejects: TesteeCodec = {
      ...echo,
      fromJsonString: () => {
        throw new JsonError("JSON_SYNTAX", "unexpected end of input", "", 1, 2);
      },
    };
    const rejected = answer(fromJson, only(rejects));
    expect(rejected.case).toBe("parseError");
    expect(rejected.value).toContain("JSON_SYNTAX");
  });

  it("maps a DecodeError to parse_error and any other decode failure to runtime_error", () => {
    const rejects: TesteeCodec = {
      decode: () => {
        throw new DecodeError("TRUNCATED", "unexpected end of input", 3);
      },
      encode: () => new Uint8Array(),
    };
    const result = answer(binary(new Uint8Array([8])), only(rejects));
    expect(result.case).toBe("parseError");
    expect(result.value).toContain("TRUNCATED");

    const buggy: TesteeCodec = {
      decode: () => {
        throw new TypeError("x is undefined");
      },
      encode: () => new Uint8Array(),
    };
    const bug = answer(binary(new Uint8Array([8])), only(buggy));
    expect(bug.case).toBe("runtimeError");
    expect(bug.value).toContain("TypeError: x is undefined");
  });

  it("maps an encode failure to serialize_error", () => {
    const cannotWrite: TesteeCodec = {
      decode: () => ({}),
      encode: () => {
        throw new EncodeError("INVALID_INT64", "not an integer");
      },
    };
    const result = answer(binary(new Uint8Array()), only(cannotWrite));
    expect(result.case).toBe("serializeError");
    expect(result.value).toContain("INVALID_INT64");
  });

  it("reports an unknown message type as runtime_error", () => {
    const result = answer(binary(new Uint8Array(), "no.Such"), only(echo));
    expect(result).toEqual({ case: "runtimeError", value: 'unknown message type "no.Such"' });
  });
});

describe("log summary", () => {
  // Line shapes copied from a real `--verbose` log of runner v33.2.
  const log = [
    "CONFORMANCE TEST BEGIN ====================================",
    'conformance test: name=Required.Proto3.ProtobufInput.A.ProtobufOutput, request=goo.gle/debugonly  protobuf_payload: "\\010\\001" requested_output_format: PROTOBUF message_type: "protobuf_test_messages.proto3.TestAllTypesProto3" test_category: BINARY_TEST, response=goo.gle/debugonly  protobuf_payload: "\\010\\001"',
    'conformance test: name=Required.Proto2.ProtobufInput.B, request=goo.gle/debugstr    protobuf_payload: "a" requested_output_format: PROTOBUF message_type: "protobuf_test_messages.proto2.TestAllTypesProto2" test_category: BINARY_TEST, response=goo.gle/debugstr    skipped: "x"',
    'conformance test: name=Required.Proto3.JsonInput.C.ProtobufOutput, request=goo.gle/debugonly  json_payload: "{}" requested_output_format: PROTOBUF message_type: "protobuf_test_messages.proto3.TestAllTypesProto3" test_category: JSON_TEST, response=goo.gle/debugonly  skipped: "x"',
    'conformance test: name=Required.Proto3.ProtobufInput.D.JsonOutput, request=goo.gle/debugonly  protobuf_payload: "" requested_output_format: JSON message_type: "protobuf_test_messages.proto3.TestAllTypesProto3" test_category: BINARY_TEST, response=goo.gle/debugonly  skipped: "x"',
    'conformance test: name=Recommended.Editions_Proto3.ProtobufInput.E.ProtobufOutput, request=goo.gle/debugonly  protobuf_payload: "\\010" requested_output_format: PROTOBUF message_type: "protobuf_test_messages.editions.proto3.TestAllTypesProto3" test_category: BINARY_TEST, response=goo.gle/debugonly  parse_error: "TRUNCATED"',
    "ERROR, test=Recommended.Editions_Proto3.ProtobufInput.E.ProtobufOutput: Failed to parse input or produce output.",
    "added: optional_int32: 1",
    ', request=goo.gle/debugonly  protobuf_payload: "\\010"',
    'SKIPPED, test=Required.Proto2.ProtobufInput.B request=goo.gle/debugstr    protobuf_payload: "a", response=skipped: "x"',
    'SKIPPED, test=Required.Proto3.JsonInput.C.ProtobufOutput request=goo.gle/debugonly  json_payload: "{}", response=skipped: "x"',
    'SKIPPED, test=Required.Proto3.ProtobufInput.D.JsonOutput request=goo.gle/debugonly  protobuf_payload: "", response=skipped: "x"',
    "CONFORMANCE SUITE FAILED: 1 successes, 3 skipped, 0 expected failures, 1 unexpected failures.",
    'conformance test: name=Required.Proto3.TextFormatInput.Z, request=goo.gle/debugonly  text_payload: "optional_int32: 1" requested_output_format: PROTOBUF message_type: "protobuf_test_messages.proto3.TestAllTypesProto3" test_category: TEXT_FORMAT_TEST, response=goo.gle/debugonly  skipped: "x"',
    'SKIPPED, test=Required.Proto3.TextFormatInput.Z request=goo.gle/debugonly  text_payload: "optional_int32: 1", response=skipped: "x"',
    'conformance test: name=Required.Proto3.ProtobufInput.Y.TextFormatOutput, request=goo.gle/debugonly  protobuf_payload: "" requested_output_format: TEXT_FORMAT message_type: "protobuf_test_messages.proto3.TestAllTypesProto3" test_category: BINARY_TEST, response=goo.gle/debugonly  text_payload: ""',
    "CONFORMANCE SUITE PASSED: 1 successes, 1 skipped, 0 expected failures, 0 unexpected failures.",
  ].join("\n");

  it("classifies binary tests by their request, not by their name", () => {
    const s = summarizeLog(log);
    expect([...s.tests].filter(([, t]) => t.binary).map(([n]) => n)).toEqual([
      "Required.Proto3.ProtobufInput.A.ProtobufOutput",
      "Required.Proto2.ProtobufInput.B",
      "Recommended.Editions_Proto3.ProtobufInput.E.ProtobufOutput",
    ]);
    expect(s.suites).toEqual([
      { passed: false, successes: 1, skipped: 3, expectedFailures: 0, unexpectedFailures: 1 },
      { passed: true, successes: 1, skipped: 1, expectedFailures: 0, unexpectedFailures: 0 },
    ]);
    expect(s.binaryBySyntax.get("Editions_Proto3")).toEqual({ total: 1, failed: 1, skipped: 0 });
    expect(s.binaryBySyntax.get("Proto2")).toEqual({ total: 1, failed: 0, skipped: 1 });
  });

  it("classifies JSON tests (JSON in or out) by their request", () => {
    const s = summarizeLog(log);
    expect([...s.tests].filter(([, t]) => t.json).map(([n]) => n)).toEqual([
      "Required.Proto3.JsonInput.C.ProtobufOutput",
      "Required.Proto3.ProtobufInput.D.JsonOutput",
    ]);
    expect(s.json).toEqual({ total: 2, failed: 0, skipped: 2 });
  });

  it("classifies text-format tests (text in or out) by their request", () => {
    const s = summarizeLog(log);
    expect([...s.tests].filter(([, t]) => t.text).map(([n]) => n)).toEqual([
      "Required.Proto3.TextFormatInput.Z",
      "Required.Proto3.ProtobufInput.Y.TextFormatOutput",
    ]);
    expect(s.text).toEqual({ total: 2, failed: 0, skipped: 1 });
  });

  it("flags skipped binary, JSON and text tests and failure-list entries naming any test", () => {
    const problems = checkRules(summarizeLog(log), [
      "Required.Proto3.JsonInput.C.ProtobufOutput",
      "Required.*.ProtobufInput.A.ProtobufOutput",
      "Required.Proto3.ProtobufInput.Y.TextFormatOutput",
      "Required.Proto3.NoSuchTest",
    ]);
    expect(problems).toEqual([
      "binary test skipped (the testee must answer every binary request): Required.Proto2.ProtobufInput.B",
      "JSON test skipped (the testee must answer every JSON request): Required.Proto3.JsonInput.C.ProtobufOutput",
      "JSON test skipped (the testee must answer every JSON request): Required.Proto3.ProtobufInput.D.JsonOutput",
      "text-format test skipped (the testee must answer every text-format request): Required.Proto3.TextFormatInput.Z",
      "failure list names a JSON test (every test must pass): Required.Proto3.JsonInput.C.ProtobufOutput",
      "failure list names a binary test (every test must pass): Required.*.ProtobufInput.A.ProtobufOutput",
      "failure list names a text-format test (every test must pass): Required.Proto3.ProtobufInput.Y.TextFormatOutput",
    ]);
  });

  it("reads failure lists as the runner does: names only, # comments, * for one part", () => {
    expect(parseFailureList("# header\nA.B.C\n\n  D.E # note\n")).toEqual(["A.B.C", "D.E"]);
    expect(failureEntryMatches("Required.*.JsonInput.X", "Required.Proto3.JsonInput.X")).toBe(true);
    expect(failureEntryMatches("Required.*.X", "Required.Proto3.JsonInput.X")).toBe(false);
  });
});
