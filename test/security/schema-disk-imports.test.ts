/**
 * An `import` names a file inside the include paths. The disk loader used to join every import
 * to every include path as given, so `import "../secret/passwords.txt"` read a file outside
 * them, and the parse error quoted its first line back to whoever supplied the .proto file.
 * protoc refuses such names (`..`, `.`, absolute, backslashes); so does loadSchema now.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";

const root = mkdtempSync(join(tmpdir(), "pw-sec-import-"));
const include = join(root, "include");
mkdirSync(join(include, "pkg"), { recursive: true });
mkdirSync(join(root, "secret"), { recursive: true });
writeFileSync(join(root, "secret", "passwords.txt"), "admin:hunter2\n");
// A valid .proto outside the include path: if it were read, the import would link.
writeFileSync(
  join(root, "secret", "outside.proto"),
  'syntax = "proto3"; package outside; message Leak {}\n',
);

async function loadError(importName: string): Promise<SchemaError> {
  const text = `syntax = "proto3";\nimport "${importName}";\nmessage A {}\n`;
  writeFileSync(join(include, "pkg", "a.proto"), text);
  try {
    await loadSchema({ files: ["pkg/a.proto"], includePaths: [include] });
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    return e as SchemaError;
  }
  throw new Error("expected a SchemaError");
}

describe("imports stay inside the include paths", () => {
  it("does not read or quote a file reached with ../", async () => {
    const err = await loadError("../secret/passwords.txt");
    expect(err.message).not.toContain("hunter2");
    expect(err.diagnostics.map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      ["pkg/a.proto", 2, 1, 'Import "../secret/passwords.txt" was not found or had errors.'],
    ]);
  });

  it("does not link a .proto reached with ../ or ./../", async () => {
    for (const name of ["../secret/outside.proto", "./../secret/outside.proto"]) {
      const err = await loadError(name);
      expect(err.diagnostics.map((d) => d.message)).toEqual([
        `Import "${name}" was not found or had errors.`,
      ]);
    }
  });

  it("does not follow an absolute import", async () => {
    const err = await loadError(join(root, "secret", "outside.proto"));
    expect(err.diagnostics).toHaveLength(1);
    expect(err.diagnostics[0]!.message).toMatch(/^Import ".*" was not found or had errors\.$/);
  });

  it("still finds an ordinary import in the include path", async () => {
    writeFileSync(join(include, "pkg", "b.proto"), 'syntax = "proto3"; message B {}\n');
    writeFileSync(
      join(include, "pkg", "a.proto"),
      'syntax = "proto3";\nimport "pkg/b.proto";\nmessage A { B b = 1; }\n',
    );
    const s = await loadSchema({ files: ["pkg/a.proto"], includePaths: [include] });
    expect(s.findMessage("A")!.field("b")!.message!.fullName).toBe("B");
  });
});
