// Decode then re-encode must give back protoc's exact bytes, with and without source info, for
// the .proto files in fixtures/linker-options/ and descriptor.proto, in two byte layouts:
// - protoc 3.21's: goldens in fixtures/protoc321/descriptor-sets/, written by protoc 3.21
//   (/usr/bin/protoc, apt) through scripts/regenerate-protoc321-goldens.sh and committed, so no
//   protoc 3.21 runs here (it writes custom options unsorted, as unknown fields in source order);
// - protoc 36.2's: run at test time from the npm devDependency `protoc` (node_modules/.bin).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decodeFileDescriptorSet,
  encodeFileDescriptorSet,
} from "../../src/schema/descriptor/binary.js";
import { DecodeError } from "../../src/wire/errors.js";
import { varint } from "../helpers/varint.js";
import { protoc321DescriptorSet } from "./protoc321.js";

const root = join(import.meta.dirname, "../..");
const PROTOC36 = join(root, "node_modules/.bin/protoc");
const dataDir = join(import.meta.dirname, "../../fixtures/linker-options");
/** protoc 36.2's own well-known types, shipped in the same npm package. */
const protoc36Include = join(root, "node_modules/protoc/include");
const tmp = mkdtempSync(join(tmpdir(), "pw-desc-"));

function protoc36(files: string[], sourceInfo: boolean): Uint8Array {
  const out = join(tmp, `${files.join("_").replaceAll("/", "_")}-${sourceInfo}.pb`);
  const args = [
    `-I${dataDir}`,
    `-I${protoc36Include}`,
    `--descriptor_set_out=${out}`,
    "--include_imports",
  ];
  if (sourceInfo) args.push("--include_source_info");
  execFileSync(PROTOC36, [...args, ...files]);
  return new Uint8Array(readFileSync(out));
}

function protoc321(files: string[], sourceInfo: boolean): Uint8Array {
  return protoc321DescriptorSet(files.join(" "), sourceInfo);
}

const cases = [
  ["custom-options.proto"],
  ["proto3-features.proto"],
  ["google/protobuf/descriptor.proto"],
];

describe("FileDescriptorSet binary round trip against protoc", () => {
  for (const [version, protoc] of [
    ["3.21", protoc321],
    ["36.2", protoc36],
  ] as const) {
    for (const files of cases) {
      for (const sourceInfo of [false, true]) {
        it(`protoc ${version}: ${files.join(",")} ${sourceInfo ? "with" : "without"} source info`, () => {
          const golden = protoc(files, sourceInfo);
          const decoded = decodeFileDescriptorSet(golden);
          expect(decoded.length).toBeGreaterThan(0);
          expect(encodeFileDescriptorSet(decoded)).toEqual(golden);
        });
      }
    }
  }

  it("keeps custom options as unknown fields, after known fields", () => {
    const set = decodeFileDescriptorSet(protoc321(["custom-options.proto"], false));
    const file = set.find((f) => f.name === "custom-options.proto")!;
    const x = file.messageType.find((m) => m.name === "M")!.field[0]!;
    expect(x.options?.deprecated).toBe(true);
    expect(x.options?.packed).toBe(false);
    // (fd) = 1.5 -> field 50000 fixed64 (tag 0x82 0xb5 0x18 = 50000<<3|1), (fs) = -3 -> sint 5
    expect(Array.from(x.options!.unknownFields!)).toEqual([
      0x81, 0xb5, 0x18, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f, 0x88, 0xb5, 0x18, 5,
    ]);
    expect(x.defaultValue).toBe("16");
    expect(x.jsonName).toBe("x");
  });

  it("decodes packed and unpacked repeated int32 alike", () => {
    // FileDescriptorProto { public_dependency: [1, 2] } packed (0x52 len 2 1 2) and unpacked.
    const packed = new Uint8Array([0x0a, 4, 0x52, 2, 1, 2]);
    const unpacked = new Uint8Array([0x0a, 4, 0x50, 1, 0x50, 2]);
    expect(decodeFileDescriptorSet(packed)[0]!.publicDependency).toEqual([1, 2]);
    expect(decodeFileDescriptorSet(unpacked)[0]!.publicDependency).toEqual([1, 2]);
  });

  it("rejects truncated and hostile input with DecodeError", () => {
    const golden = protoc321(["custom-options.proto"], true);
    for (let n = 1; n < golden.length; n += 97) {
      try {
        decodeFileDescriptorSet(golden.subarray(0, n));
      } catch (e) {
        expect(e).toBeInstanceOf(DecodeError);
      }
    }
    // 200 nested DescriptorProto.nested_type: recursion limit, not a stack overflow.
    let msg: number[] = [];
    for (let i = 0; i < 200; i++) msg = [0x1a, ...varint(msg.length), ...msg];
    const file = [0x22, ...varint(msg.length), ...msg];
    const set = new Uint8Array([0x0a, ...varint(file.length), ...file]);
    expect(() => decodeFileDescriptorSet(set)).toThrow(DecodeError);
  });
});
