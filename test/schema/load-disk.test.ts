// loadSchema from disk: include paths searched in order, root files given as disk paths named
// relative to their include path (as protoc does), bundled well-known types as the fallback.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSchemaSync as nodeLoadSchemaSync } from "../../src/node.js";
import { SchemaError } from "../../src/schema/errors.js";
import { includePathResolver } from "../../src/schema/load/disk-resolver.js";
import {
  loadLinkedSchema as loadAnywhere,
  loadLinkedSchemaSync as loadSyncAnywhere,
} from "../../src/schema/load/load.js";
import {
  loadLinkedSchemaFromDisk as loadSchema,
  loadLinkedSchemaFromDiskSync as loadSchemaSync,
} from "../../src/schema/load/load-disk.js";

const root = mkdtempSync(join(tmpdir(), "pw-load-"));
mkdirSync(join(root, "a/pkg"), { recursive: true });
mkdirSync(join(root, "b"), { recursive: true });
writeFileSync(
  join(root, "a/pkg/main.proto"),
  'syntax = "proto3";\npackage pkg;\nimport "dep.proto";\nimport "google/protobuf/empty.proto";\nmessage Main { dep.Dep d = 1; google.protobuf.Empty e = 2; }\n',
);
writeFileSync(join(root, "b/dep.proto"), 'syntax = "proto3";\npackage dep;\nmessage Dep {}\n');

describe("loadSchema from disk", () => {
  const includePaths = [join(root, "a"), join(root, "b")];

  it("searches every include path and falls back to the bundled well-known types", async () => {
    const s = await loadSchema({ files: ["pkg/main.proto"], includePaths });
    expect(s.files.map((f) => f.name)).toEqual([
      "dep.proto",
      "google/protobuf/empty.proto",
      "pkg/main.proto",
    ]);
    expect(s.findMessage("pkg.Main")!.field("d")!.message!.fullName).toBe("dep.Dep");
  });

  it("takes an option given as undefined as absent (JavaScript callers)", async () => {
    const options = { files: ["pkg/main.proto"], includePaths, sources: undefined };
    const s = await loadSchema(options as unknown as Parameters<typeof loadSchema>[0]);
    expect(s.findMessage("pkg.Main")).toBeDefined();
  });

  it("names a root given as a disk path relative to its include path", async () => {
    const onDisk = relative(process.cwd(), join(root, "a/pkg/main.proto"));
    const s = await loadSchema({ files: [onDisk], includePaths });
    expect(s.rootFiles).toEqual(["pkg/main.proto"]);
  });

  it("reports a missing import at the import statement", async () => {
    const err = await loadSchema({
      files: ["pkg/main.proto"],
      includePaths: [join(root, "a")],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).diagnostics[0]).toMatchObject({
      file: "pkg/main.proto",
      line: 3,
      column: 1,
      message: 'Import "dep.proto" was not found or had errors.',
    });
  });
});

describe("loadSchemaSync from disk (the Node entry)", () => {
  const includePaths = [join(root, "a"), join(root, "b")];

  it("loads what loadSchema loads, to the same descriptors", async () => {
    const sync = loadSchemaSync({ files: ["pkg/main.proto"], includePaths });
    const async_ = await loadSchema({ files: ["pkg/main.proto"], includePaths });
    expect(sync.files.map((f) => f.name)).toEqual(async_.files.map((f) => f.name));
    expect(sync.toFileDescriptorSet()).toEqual(async_.toFileDescriptorSet());
  });

  it("is the Node entry's loadSchemaSync, with codecs", () => {
    const s = nodeLoadSchemaSync({ files: ["pkg/main.proto"], includePaths });
    const Main = s.messageType("pkg.Main");
    expect(Main.decode(Main.encode({ d: {} })).d).toEqual({});
  });

  it("reports a missing import at the import statement, synchronously", () => {
    let err: unknown;
    try {
      loadSchemaSync({ files: ["pkg/main.proto"], includePaths: [join(root, "a")] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).diagnostics[0]).toMatchObject({
      file: "pkg/main.proto",
      line: 3,
      message: 'Import "dep.proto" was not found or had errors.',
    });
  });

  it("has an include-path resolver that answers synchronously, for loadSchemaSync({ resolver })", () => {
    const resolver = includePathResolver(includePaths);
    expect(resolver.resolve("dep.proto")).toEqual({
      source: 'syntax = "proto3";\npackage dep;\nmessage Dep {}\n',
    });
    expect(resolver.resolve("absent.proto")).toBeUndefined();
    const s = loadSyncAnywhere({ files: ["pkg/main.proto"], resolver });
    expect(s.findMessage("pkg.Main")!.field("d")!.message!.fullName).toBe("dep.Dep");
  });
});

describe("loadSchema({ files }) outside the Node entry", () => {
  it("rejects with a SchemaError that says where reading from disk lives", async () => {
    const err = await loadAnywhere({ files: ["pkg/main.proto"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).message).toBe(
      "<options>:0:0: loadSchema({ files }) reads .proto files from disk, which needs Node's file " +
        'system: under Node, import from "protowire" (or "protowire/node"); elsewhere pass the ' +
        "texts as `sources`.",
    );
  });
});
