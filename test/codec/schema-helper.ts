/**
 * Test schemas and golden bytes from independent tools, both npm devDependencies run at test
 * time: protoc 36.2 (the `protoc` package) for proto2/proto3, buf for editions. Descriptor sets
 * are turned into the codec's MessageInfo view through @bufbuild/protobuf's registry
 * (from-bufbuild.ts). protoc 36.2 writes the same --encode bytes and descriptor sets of these
 * fixtures as protoc 3.21 (/usr/bin/protoc) did: all 44 outputs the codec tests asked for were
 * compared byte for byte when the tests moved off the apt-installed protoc.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileRegistry } from "@bufbuild/protobuf";
import { createFileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import type { MessageCodec } from "../../src/codec/codec.js";
import type { FieldInfo, MessageInfo } from "../../src/codec/info.js";
import { compileMessage, messageType } from "../../src/codec/message-type.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { fieldFromBufbuild, fromBufbuild } from "./from-bufbuild.js";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/codec", import.meta.url));
/** The npm package's launcher (repo-relative, not cwd-relative); it runs the platform binary. */
const PROTOC = fileURLToPath(new URL("../../node_modules/.bin/protoc", import.meta.url));
const BUF = fileURLToPath(new URL("../../node_modules/.bin/buf", import.meta.url));

function withTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "protowire-codec-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A FileDescriptorSet (with imports) of fixture files: protoc, or buf for editions. */
export function descriptorSet(files: string[], compiler: "protoc" | "buf" = "protoc"): Uint8Array {
  return withTemp((dir) => {
    const out = join(dir, "set.binpb");
    if (compiler === "protoc") {
      execFileSync(PROTOC, ["-I", FIXTURES, "--include_imports", "-o", out, ...files]);
    } else {
      const paths = files.flatMap((f) => ["--path", join(FIXTURES, f)]);
      execFileSync(BUF, ["build", FIXTURES, ...paths, "-o", out]);
    }
    return new Uint8Array(readFileSync(out));
  });
}

/** protoc --encode: text format in, binary out (golden bytes). */
export function protocEncode(file: string, type: string, text: string): Uint8Array {
  return new Uint8Array(
    execFileSync(PROTOC, ["-I", FIXTURES, `--encode=${type}`, file], { input: text }),
  );
}

/** buf convert (editions): text format in, binary out, for a type of the fixtures module. */
export function bufEncode(type: string, text: string): Uint8Array {
  return withTemp((dir) => {
    const input = join(dir, "in.txtpb");
    writeFileSync(input, text);
    return new Uint8Array(
      execFileSync(BUF, [
        "convert",
        FIXTURES,
        "--type",
        type,
        "--from",
        `${input}#format=txtpb`,
        "--to",
        "-#format=binpb",
      ]),
    );
  });
}

/** protoc --decode: binary in, text format out (to compare meaning when order may differ). */
export function protocDecode(file: string, type: string, bytes: Uint8Array): string {
  return execFileSync(PROTOC, ["-I", FIXTURES, `--decode=${type}`, file], {
    input: bytes,
  }).toString();
}

export interface TestSchema {
  /** @bufbuild/protobuf's registry of the same files (compiled by protoc/buf), for cross-checks. */
  registry: FileRegistry;
  codec<T extends object = Record<string, unknown>>(
    fullName: string,
  ): MessageCodec<T & { $unknown?: Uint8Array[] }>;
  extension(fullName: string): FieldInfo;
  info(fullName: string): MessageInfo;
}

/**
 * Loads fixture files. Codecs come from protowire's own schema layer (parser + linker, from the
 * .proto sources); with `via: "bufbuild"` they come from protoc's/buf's descriptors through
 * @bufbuild/protobuf instead, which tests the compiler independently of our schema layer.
 */
export function loadTestSchema(
  files: string[],
  compiler: "protoc" | "buf" = "protoc",
  via: "protowire" | "bufbuild" = "protowire",
): TestSchema {
  const registry = createFileRegistry(
    fromBinary(FileDescriptorSetSchema, descriptorSet(files, compiler)),
  );
  if (via === "bufbuild") {
    return {
      registry,
      codec(fullName) {
        return compileMessage(this.info(fullName)) as never;
      },
      info(fullName) {
        const desc = registry.getMessage(fullName);
        if (desc === undefined) throw new Error(`no message ${fullName}`);
        return fromBufbuild(desc, registry);
      },
      extension(fullName) {
        const ext = registry.getExtension(fullName);
        if (ext === undefined) throw new Error(`no extension ${fullName}`);
        return fieldFromBufbuild(ext);
      },
    };
  }
  const sources: Record<string, string> = {};
  for (const f of readdirSync(FIXTURES)) {
    if (f.endsWith(".proto")) sources[f] = readFileSync(join(FIXTURES, f), "utf8");
  }
  const schema = loadSchemaSync({ sources, files });
  return {
    registry,
    codec: (fullName) => messageType(schema, fullName) as never,
    info(fullName) {
      const info = schema.findMessage(fullName);
      if (info === undefined) throw new Error(`no message ${fullName}`);
      return info;
    },
    extension(fullName) {
      const ext = schema.findExtension(fullName);
      if (ext === undefined) throw new Error(`no extension ${fullName}`);
      return ext;
    },
  };
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

export function fromHex(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s.replace(/\s+/g, ""), "hex"));
}
