/**
 * One nesting budget in the schema layer's own decoders, as in the codec
 * (test/codec/recursion-budget.test.ts) and protoc: messages and the unknown groups skipped
 * inside them spend the same 100 levels. Checked for descriptor sets (descriptor/binary.ts) and
 * for option values re-read by linker/options/canonical.ts; protoc --decode, run at test time,
 * says which inputs are within its limit.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeFileDescriptorSet } from "../../src/schema/descriptor/binary.js";
import type { MessageNode } from "../../src/schema/linker/nodes.js";
import { canonicalizeOptions } from "../../src/schema/linker/options/canonical.js";
import { loadLinkedSchemaSync } from "../../src/schema/load/load.js";
import { DecodeError } from "../../src/wire/errors.js";
import { varint } from "../helpers/varint.js";

const root = join(import.meta.dirname, "../..");
const PROTOC = join(root, "node_modules/.bin/protoc");
const PROTOC_INCLUDE = join(root, "node_modules/protoc/include");

/** Whether protoc --decode accepts `bytes` as `type` of `file` under include path `dir`. */
function protocAccepts(dir: string, file: string, type: string, bytes: Uint8Array): boolean {
  try {
    execFileSync(PROTOC, [`-I${dir}`, `--decode=${type}`, file], {
      input: bytes,
      stdio: ["pipe", "pipe", "pipe"],
    });
    return true;
  } catch {
    return false;
  }
}

function outcome(decode: () => unknown): "ok" | "RECURSION_LIMIT" {
  try {
    decode();
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    expect((e as DecodeError).code).toBe("RECURSION_LIMIT");
    return "RECURSION_LIMIT";
  }
}

/** `groups` unknown groups of field 90 (start d3 05, end d4 05) nested in one another. */
function unknownGroups(groups: number): number[] {
  return [...Array(groups).fill([0xd3, 0x05]).flat(), ...Array(groups).fill([0xd4, 0x05]).flat()];
}

/** `inner` as a length-delimited field with one-byte tag `tag`, nested `times` deep. */
function wrap(tag: number, times: number, inner: number[]): number[] {
  let out = inner;
  for (let i = 0; i < times; i++) out = [tag, ...varint(out.length), ...out];
  return out;
}

describe("descriptor sets: messages and skipped groups share the recursion limit", () => {
  /**
   * A FileDescriptorSet (depth 0) holding a file (1) holding a message_type (2), whose
   * nested_type (tag 1a) goes `messages` levels deeper; innermost, `groups` unknown groups.
   */
  function set(messages: number, groups: number): Uint8Array {
    const message = wrap(0x1a, messages, unknownGroups(groups));
    return new Uint8Array(wrap(0x0a, 1, wrap(0x22, 1, message)));
  }

  // [nested messages, unknown groups]: on both sides of 100 levels, the set and file being two.
  const cases: [number, number][] = [
    [0, 98],
    [0, 99],
    [60, 38],
    [60, 39],
    [98, 0],
    [99, 0],
  ];

  it.each(cases)("%i nested messages, %i unknown groups: as protoc", (m, g) => {
    const bytes = set(m, g);
    const accepted = protocAccepts(
      PROTOC_INCLUDE,
      "google/protobuf/descriptor.proto",
      "google.protobuf.FileDescriptorSet",
      bytes,
    );
    expect(outcome(() => decodeFileDescriptorSet(bytes))).toBe(accepted ? "ok" : "RECURSION_LIMIT");
  });

  it("a message 60 deep holding an unknown group 60 deep is rejected", () => {
    expect(outcome(() => decodeFileDescriptorSet(set(60, 60)))).toBe("RECURSION_LIMIT");
    expect(outcome(() => decodeFileDescriptorSet(set(60, 38)))).toBe("ok");
  });
});

describe("option values: messages and skipped groups share the recursion limit", () => {
  const dir = mkdtempSync(join(tmpdir(), "pw-budget-"));
  const source = `syntax = "proto2"; package budget;
message Opt { optional Opt child = 1; optional int32 n = 2; }`;
  writeFileSync(join(dir, "budget.proto"), source);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const schema = loadLinkedSchemaSync({ sources: { "budget.proto": source } });
  const opt = schema.findMessage("budget.Opt") as unknown as MessageNode;

  /** An Opt (depth 0) whose child (tag 0a) goes `messages` deep; innermost, `groups` groups. */
  function value(messages: number, groups: number): Uint8Array {
    return new Uint8Array(wrap(0x0a, messages, unknownGroups(groups)));
  }

  const cases: [number, number][] = [
    [0, 100],
    [0, 101],
    [60, 40],
    [60, 41],
    [100, 0],
    [101, 0],
  ];

  it.each(cases)("%i nested messages, %i unknown groups: as protoc", (m, g) => {
    const bytes = value(m, g);
    const accepted = protocAccepts(dir, "budget.proto", "budget.Opt", bytes);
    expect(outcome(() => canonicalizeOptions(bytes, opt))).toBe(
      accepted ? "ok" : "RECURSION_LIMIT",
    );
  });

  it("keeps the unknown groups it accepts, byte-exact", () => {
    const bytes = value(60, 40);
    expect(canonicalizeOptions(bytes, opt)).toEqual(bytes);
  });
});
