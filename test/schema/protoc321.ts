// protoc 3.21's outputs, committed: written by scripts/regenerate-protoc321-goldens.sh with
// /usr/bin/protoc 3.21 (apt), read here so that tests need no protoc 3.21 at test time.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const here = join(import.meta.dirname, "../../fixtures/protoc321");

/** protoc 3.21's own well-known types (copied from /usr/include), the files it compiled. */
export const PROTOC321_INCLUDE = join(here, "include");

/** The linker-error cases: <case>.proto sources and protoc 3.21's <case>.stderr. */
export const LINKER_ERRORS_DIR = join(here, "linker-errors");

/**
 * `protoc --include_imports [--include_source_info] --descriptor_set_out=... <file>` as protoc
 * 3.21 wrote it, for a file of fixtures/linker-options/ or google/protobuf/descriptor.proto.
 */
export function protoc321DescriptorSet(file: string, sourceInfo: boolean): Uint8Array {
  const name = `${file.replaceAll("/", "_")}${sourceInfo ? ".source" : ""}.binpb`;
  const path = join(here, "descriptor-sets", name);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new Error(
      `no protoc 3.21 golden ${path}: run scripts/regenerate-protoc321-goldens.sh (${String(e)})`,
    );
  }
}

/** protoc 3.21's stderr for a linker-error case: empty when it accepted the file. */
export function protoc321Stderr(caseName: string): string {
  return readFileSync(
    join(LINKER_ERRORS_DIR, `${caseName.replace(/\.proto$/, "")}.stderr`),
    "utf8",
  );
}
