// The fixture cases the CLI tests reuse read-only: fixtures/text/cases (protoc --encode and
// --decode goldens) and fixtures/json/cases (protoc --encode, buf convert goldens).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./run-cli.js";

export interface FixtureCase {
  name: string;
  /** The .proto file and message type the text was written for. */
  file: string;
  type: string;
  /** The file and type the binary is decoded as (a narrower one for unknown-field cases). */
  decodeFile: string;
  decodeType: string;
  /** Paths from the repository root. */
  txtpb: string;
  binpb: string;
}

const header = (text: string, key: string) => new RegExp(`^# ${key}: *(.*)$`, "m").exec(text)?.[1];

export function fixtureCases(area: "text" | "json"): FixtureCase[] {
  const dir = `fixtures/${area}/cases`;
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".txtpb"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".txtpb".length);
      const text = readFileSync(join(ROOT, dir, f), "utf8");
      const file = header(text, "proto-file") as string;
      const type = header(text, "proto-message") as string;
      return {
        name,
        file,
        type,
        decodeFile: header(text, "decode-file") ?? file,
        decodeType: header(text, "decode-message") ?? type,
        txtpb: `${dir}/${f}`,
        binpb: `${dir}/${name}.binpb`,
      };
    });
}

export function read(path: string): Buffer {
  return readFileSync(join(ROOT, path));
}
