/**
 * The text-format printer goldens of fixtures/text/ (made by protoc:
 * scripts/regenerate-text-goldens.sh): the fixture schema loaded by protowire from its .proto
 * text, and each case's binary and protoc's `--decode` text of it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CompiledSchema, loadSchemaSync } from "../../../src/index.js";

export const TEXT_GOLDEN_DIR = fileURLToPath(new URL("../../../fixtures/text/", import.meta.url));
const PROTO_FILES = ["text2.proto", "text3.proto", "text_editions.proto", "narrow.proto"];

export interface TextGoldenCase {
  name: string;
  /** The type the binary is decoded and printed as (`# decode-message:`, else `# proto-message:`). */
  typeName: string;
  /** protoc's encoding of the case's text. */
  binary: Uint8Array;
  /** protoc's `--decode` output for the binary. */
  expected: string;
}

/** The fixture schema as protowire loads it. */
export function loadTextGoldenSchema(): CompiledSchema {
  const sources: Record<string, string> = Object.create(null);
  for (const f of PROTO_FILES) sources[f] = readFileSync(`${TEXT_GOLDEN_DIR}${f}`, "utf8");
  return loadSchemaSync({ sources });
}

function header(text: string, name: string): string | undefined {
  return new RegExp(`^# ${name}: *(\\S+)`, "m").exec(text)?.[1];
}

export function textGoldenCases(): TextGoldenCase[] {
  const dir = `${TEXT_GOLDEN_DIR}cases/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txtpb"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".txtpb".length);
      const text = readFileSync(`${dir}${f}`, "utf8");
      const typeName = header(text, "decode-message") ?? header(text, "proto-message");
      if (typeName === undefined) throw new Error(`${f}: no proto-message header`);
      return {
        name,
        typeName,
        binary: new Uint8Array(readFileSync(`${dir}${name}.binpb`)),
        expected: readFileSync(`${dir}${name}.expected.txt`, "utf8"),
      };
    });
}
