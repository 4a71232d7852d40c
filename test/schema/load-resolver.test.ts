// Loading through resolvers: every loadSchema option is root names plus a resolver that finds
// files by import name, walked by one loop, with the bundled well-known types answering last.
// A user's own resolver (protocompile-style) goes through the same loop, through the public
// entries tested here.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  composeResolvers,
  decodeFileDescriptorSet,
  descriptorSetResolver,
  loadSchema,
  loadSchemaSync,
  type ResolvedFile,
  type Resolver,
  SchemaError,
  sourceResolver,
  wellKnownTypeSources,
  wellKnownTypesResolver,
} from "../../src/index.js";
import { includePathResolver, loadSchema as loadSchemaNode } from "../../src/node.js";

const fixtures = join(import.meta.dirname, "../../fixtures/schemas");

/** A synchronous resolver over `texts` that records every name it is asked for. */
function recording(texts: Record<string, string>): Resolver & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolve(importName) {
      asked.push(importName);
      const source = texts[importName];
      return source === undefined ? undefined : { source };
    },
  };
}

function thrown(load: () => unknown): SchemaError {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    return e as SchemaError;
  }
  throw new Error("expected a SchemaError");
}

const located = (e: SchemaError) =>
  e.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);

describe("composeResolvers", () => {
  const answer = (tag: string): ResolvedFile => ({ source: `// ${tag}` });
  const calls: string[] = [];
  const only = (tag: string, names: string[]): Resolver => ({
    resolve(name) {
      calls.push(tag);
      return names.includes(name) ? answer(tag) : undefined;
    },
  });

  it("asks in order and stops at the first answer", () => {
    const resolver = composeResolvers(
      only("a", ["x.proto"]),
      only("b", ["x.proto", "y.proto"]),
      only("c", ["x.proto", "y.proto", "z.proto"]),
    );
    const seen: [unknown, string[]][] = [];
    for (const name of ["x.proto", "y.proto", "z.proto", "none.proto"]) {
      calls.length = 0;
      seen.push([resolver.resolve(name), [...calls]]);
    }
    expect(seen).toEqual([
      [answer("a"), ["a"]],
      [answer("b"), ["a", "b"]],
      [answer("c"), ["a", "b", "c"]],
      [undefined, ["a", "b", "c"]],
    ]);
  });

  it("takes null from a JavaScript resolver as no answer", () => {
    const nothing = { resolve: () => null } as unknown as Resolver;
    expect(composeResolvers(nothing, only("b", ["x.proto"])).resolve("x.proto")).toEqual(
      answer("b"),
    );
  });

  it("answers synchronously while every resolver asked does, and awaits one that does not", async () => {
    const later: Resolver = {
      resolve: async (name) => (name === "x.proto" ? answer("async") : undefined),
    };
    const syncFirst = composeResolvers(only("a", ["y.proto"]), later);
    expect(syncFirst.resolve("y.proto")).toEqual(answer("a"));
    const pending = composeResolvers(later, only("b", ["y.proto"])).resolve("y.proto");
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual(answer("b"));
    expect(await composeResolvers(later).resolve("x.proto")).toEqual(answer("async"));
  });

  it("the bundled resolvers have the well-known types and nothing else", () => {
    const found = wellKnownTypesResolver.resolve("google/protobuf/timestamp.proto");
    expect(
      (found as { proto: { messageType: { name: string }[] } }).proto.messageType[0]!.name,
    ).toBe("Timestamp");
    expect(wellKnownTypesResolver.resolve("timestamp.proto")).toBeUndefined();
    const text = wellKnownTypeSources.resolve("google/protobuf/timestamp.proto");
    expect((text as { source: string }).source).toContain("message Timestamp");
    expect(wellKnownTypeSources.resolve("timestamp.proto")).toBeUndefined();
  });
});

describe("loadSchema({ resolver, files })", () => {
  const texts = {
    "a.proto":
      'syntax = "proto3";\nimport "c.proto";\nimport "google/protobuf/empty.proto";\nmessage A { C c = 1; int32 n = 2; }\n',
    "b.proto": 'syntax = "proto3";\nimport "c.proto";\nmessage B { C c = 1; }\n',
    "c.proto": 'syntax = "proto3";\nimport "d.proto";\nmessage C { D d = 1; }\n',
    "d.proto": 'syntax = "proto3";\nmessage D {}\n',
  };

  it("asks for each file once, roots first then imports breadth first, and links them", () => {
    const resolver = recording(texts);
    const schema = loadSchemaSync({ resolver, files: ["a.proto", "b.proto"] });
    expect(resolver.asked).toEqual([
      "a.proto",
      "b.proto",
      "c.proto",
      "google/protobuf/empty.proto",
      "d.proto",
    ]);
    expect(schema.rootFiles).toEqual(["a.proto", "b.proto"]);
    expect(schema.files.map((f) => f.name)).toEqual([
      "d.proto",
      "c.proto",
      "google/protobuf/empty.proto",
      "a.proto",
      "b.proto",
    ]);
    // A compiled schema: field 2 varint 150 is 10 96 01 (the encoding spec's example, field 2).
    const A = schema.messageType("A");
    expect(Array.from(A.encode(A.create({ n: 150 })))).toEqual([0x10, 0x96, 0x01]);
  });

  it("awaits an asynchronous resolver in loadSchema; loadSchemaSync refuses it", async () => {
    const sync = recording(texts);
    const resolver: Resolver = { resolve: async (name) => sync.resolve(name) };
    const schema = await loadSchema({ resolver, files: ["b.proto"] });
    expect(schema.findMessage("B")!.field("c")!.message!.fullName).toBe("C");
    expect(located(thrown(() => loadSchemaSync({ resolver, files: ["b.proto"] })))).toEqual([
      "b.proto:0:0: The resolver answered with a promise: load with loadSchema, which awaits it, not loadSchemaSync.",
    ]);
  });

  it("reports a missing root and a missing import as the other loaders do", () => {
    const resolver = sourceResolver({ "m.proto": 'syntax = "proto3";\nimport "dep.proto";\n' });
    expect(located(thrown(() => loadSchemaSync({ resolver, files: ["nope.proto"] })))).toEqual([
      "nope.proto:0:0: File not found.",
    ]);
    expect(located(thrown(() => loadSchemaSync({ resolver, files: ["m.proto"] })))).toEqual([
      'm.proto:2:1: Import "dep.proto" was not found or had errors.',
    ]);
    const files = "m.proto" as unknown as string[];
    expect(located(thrown(() => loadSchemaSync({ resolver, files })))).toEqual([
      "<options>:0:0: files must be an array of file names (strings).",
    ]);
  });

  it("rejects answers it cannot use, naming the file asked for", () => {
    const [named] = decodeFileDescriptorSet(
      new Uint8Array(readFileSync(join(fixtures, "wkt-all.direct.binpb"))),
    );
    const wrongName: Resolver = { resolve: () => ({ proto: named! }) };
    expect(
      located(thrown(() => loadSchemaSync({ resolver: wrongName, files: ["x.proto"] }))),
    ).toEqual(['x.proto:0:0: The resolver answered with a descriptor named "all_wkt.proto".']);
    const text = { resolve: () => "syntax = 'proto3';" } as unknown as Resolver;
    expect(located(thrown(() => loadSchemaSync({ resolver: text, files: ["x.proto"] })))).toEqual([
      "x.proto:0:0: The resolver answered with neither { source } nor { proto }.",
    ]);
  });

  it("lets a resolver's own error through unchanged", () => {
    const failure = new Error("storage unavailable");
    const resolver: Resolver = {
      resolve() {
        throw failure;
      },
    };
    expect(() => loadSchemaSync({ resolver, files: ["a.proto"] })).toThrow(failure);
  });
});

describe("the bundled well-known types answer last", () => {
  const custom =
    'syntax = "proto3";\npackage google.protobuf;\nmessage Timestamp { string custom = 1; }\n';
  const app =
    'syntax = "proto3";\nimport "google/protobuf/timestamp.proto";\nmessage App { google.protobuf.Timestamp at = 1; }\n';

  it("after in-memory sources and a user's resolver, which may supply their own copy", () => {
    const fromSources = loadSchemaSync({
      sources: { "app.proto": app, "google/protobuf/timestamp.proto": custom },
      files: ["app.proto"],
    });
    const resolver = sourceResolver({
      "app.proto": app,
      "google/protobuf/timestamp.proto": custom,
    });
    const fromResolver = loadSchemaSync({ resolver, files: ["app.proto"] });
    for (const schema of [fromSources, fromResolver]) {
      const ts = schema.findMessage("google.protobuf.Timestamp")!;
      expect(ts.fields.map((f) => f.name)).toEqual(["custom"]);
    }
  });

  it("fill in what the user does not supply", () => {
    const schema = loadSchemaSync({
      resolver: sourceResolver({ "app.proto": app }),
      files: ["app.proto"],
    });
    const ts = schema.findMessage("google.protobuf.Timestamp")!;
    expect(ts.fields.map((f) => f.name)).toEqual(["seconds", "nanos"]);
  });
});

describe("descriptors from a resolver", () => {
  const direct = new Uint8Array(readFileSync(join(fixtures, "wkt-all.direct.binpb")));

  it("link as a descriptor set does: protoc's roots-only set is written back unchanged", () => {
    const protos = decodeFileDescriptorSet(direct);
    const schema = loadSchemaSync({
      resolver: descriptorSetResolver(protos),
      files: protos.map((p) => p.name!),
    });
    expect(schema.findMessage("google.protobuf.Timestamp")).toBeDefined();
    const out = schema.toFileDescriptorSet({ includeImports: false });
    expect(Buffer.from(out).equals(Buffer.from(direct))).toBe(true);
  });

  it("compose with sources: a file in memory importing one from protoc's set", () => {
    const set = new Uint8Array(readFileSync(join(fixtures, "proto3-all.binpb")));
    const resolver = composeResolvers(
      sourceResolver({
        "app.proto":
          'syntax = "proto3";\nimport "p3/everything.proto";\nmessage App { p3.everything.v1.Everything e = 1; }\n',
      }),
      descriptorSetResolver(decodeFileDescriptorSet(set)),
    );
    const schema = loadSchemaSync({ resolver, files: ["app.proto"] });
    expect(schema.findMessage("App")!.field("e")!.message!.fullName).toBe(
      "p3.everything.v1.Everything",
    );
  });
});

describe("the Node include-path resolver", () => {
  const root = mkdtempSync(join(tmpdir(), "pw-resolver-"));
  for (const dir of ["first", "second", "secret"]) mkdirSync(join(root, dir));
  writeFileSync(join(root, "first", "both.proto"), "// first\n");
  writeFileSync(join(root, "second", "both.proto"), "// second\n");
  writeFileSync(join(root, "second", "dep.proto"), 'syntax = "proto3";\nmessage Dep {}\n');
  writeFileSync(join(root, "secret", "outside.proto"), "// outside\n");
  const resolver = includePathResolver([join(root, "first"), join(root, "second")]);

  it("searches the include paths in order", async () => {
    expect(await resolver.resolve("both.proto")).toEqual({ source: "// first\n" });
    expect(await resolver.resolve("dep.proto")).toEqual({
      source: 'syntax = "proto3";\nmessage Dep {}\n',
    });
    expect(await resolver.resolve("none.proto")).toBeUndefined();
  });

  it("never reads a name that is not canonical, even where a file is", async () => {
    for (const name of [
      "../secret/outside.proto",
      "./both.proto",
      join(root, "first", "both.proto"),
    ]) {
      expect(await resolver.resolve(name)).toBeUndefined();
    }
  });

  it("composes with sources in the Node entry's loadSchema", async () => {
    const schema = await loadSchemaNode({
      resolver: composeResolvers(
        sourceResolver({
          "main.proto": 'syntax = "proto3";\nimport "dep.proto";\nmessage Main { Dep d = 1; }\n',
        }),
        resolver,
      ),
      files: ["main.proto"],
    });
    expect(schema.findMessage("Main")!.field("d")!.message!.fullName).toBe("Dep");
  });
});

describe("loadSchemaSync({ files }) from JavaScript", () => {
  it("rejects with a SchemaError: it reads nothing from disk", () => {
    const options = { files: ["a.proto"] } as unknown as Parameters<typeof loadSchemaSync>[0];
    expect(located(thrown(() => loadSchemaSync(options)))).toEqual([
      "<options>:0:0: loadSchemaSync reads no files from disk: pass the texts as `sources`, or use loadSchema.",
    ]);
  });
});
