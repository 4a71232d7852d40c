/**
 * One nesting budget for messages and groups, as protoc keeps one (ParseContext's depth_,
 * spent by submessages, known groups and skipped unknown groups alike): a message nested 60
 * deep holding an unknown group nested 60 deep is rejected. protoc --decode, run at test time,
 * says which inputs are within its default limit of 100.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DecodeError } from "../../src/wire/errors.js";
import { varint } from "../helpers/varint.js";
import { FIXTURES, loadTestSchema } from "./schema-helper.js";

const PROTOC = fileURLToPath(new URL("../../node_modules/.bin/protoc", import.meta.url));

/** Whether protoc decodes `bytes` as codectest.p2.All. */
function protocAccepts(bytes: Uint8Array): boolean {
  try {
    execFileSync(PROTOC, ["-I", FIXTURES, "--decode=codectest.p2.All", "codec2.proto"], {
      input: bytes,
      stdio: ["pipe", "pipe", "pipe"],
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * All.recursive (80, tag 82 05) nested `messages` deep; inside, when `knownGroup`, the group
 * Grp (18: start 93 01, end 94 01); innermost, `groups` unknown groups of field 90 (start
 * d3 05, end d4 05) nested in one another.
 */
function nested(messages: number, knownGroup: boolean, groups: number): Uint8Array {
  let inner = [
    ...Array(groups).fill([0xd3, 0x05]).flat(),
    ...Array(groups).fill([0xd4, 0x05]).flat(),
  ];
  if (knownGroup) inner = [0x93, 0x01, ...inner, 0x94, 0x01];
  for (let i = 0; i < messages; i++) inner = [0x82, 0x05, ...varint(inner.length), ...inner];
  return new Uint8Array(inner);
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

describe("messages, known groups and unknown groups share the recursion limit", () => {
  const all = loadTestSchema(["codec2.proto"], "protoc", "protowire").codec("codectest.p2.All");

  // [messages, known group, unknown groups]: on both sides of 100 levels in all.
  const cases: [number, boolean, number][] = [
    [0, false, 100],
    [0, false, 101],
    [60, false, 40],
    [60, false, 41],
    [99, false, 1],
    [99, false, 2],
    [100, false, 0],
    [101, false, 0],
    [98, true, 1],
    [99, true, 1],
  ];

  it.each(cases)("%i messages, known group %s, %i unknown groups: as protoc", (m, g, u) => {
    const bytes = nested(m, g, u);
    const want = protocAccepts(bytes) ? "ok" : "RECURSION_LIMIT";
    expect(outcome(() => all.decode(bytes))).toBe(want);
  });

  it("a message nested 60 deep holding an unknown group nested 60 deep is rejected", () => {
    expect(outcome(() => all.decode(nested(60, false, 60)))).toBe("RECURSION_LIMIT");
    expect(outcome(() => all.decode(nested(60, false, 40)))).toBe("ok");
  });

  it("recursionLimit is the one budget", () => {
    const limit = { recursionLimit: 10 };
    expect(outcome(() => all.decode(nested(5, false, 5), limit))).toBe("ok");
    expect(outcome(() => all.decode(nested(5, false, 6), limit))).toBe("RECURSION_LIMIT");
    expect(outcome(() => all.decode(nested(4, true, 5), limit))).toBe("ok");
    expect(outcome(() => all.decode(nested(4, true, 6), limit))).toBe("RECURSION_LIMIT");
  });

  // The entry itself is no level, as in protobuf-es and as for a map's value messages here
  // (protoc counts the entry as one more level).
  it("a group inside a map entry spends the budget of the map's message", () => {
    // m_leaf = 52 (tag a2 03), an entry holding only unknown groups of field 90.
    const entry = (groups: number): number[] => {
      const inner = [
        ...Array(groups).fill([0xd3, 0x05]).flat(),
        ...Array(groups).fill([0xd4, 0x05]).flat(),
      ];
      return [0xa2, 0x03, ...varint(inner.length), ...inner];
    };
    const limit = { recursionLimit: 10 };
    expect(outcome(() => all.decode(new Uint8Array(entry(10)), limit))).toBe("ok");
    expect(outcome(() => all.decode(new Uint8Array(entry(11)), limit))).toBe("RECURSION_LIMIT");
  });
});
