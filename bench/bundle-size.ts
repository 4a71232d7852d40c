// `npx tsx bench/bundle-size.ts`: what one message costs in a browser bundle, protowire beside
// its peers. Each case is a small program that encodes and decodes one message type of
// bench/bench.proto (SmallRequest: eight scalar fields, an enum), bundled by esbuild as a web
// app's bundler would (ESM, browser platform, minified, tree-shaken), then gzipped (level 9).
// The peers use their code generated for bench.proto (bench/generated); protowire's generated
// code is made here by generateCode, as `protowire gen` writes it. Writes
// bench/results/bundle-size.md (or --out=DIR).
//
// `--check` (run by .ci/run) builds protowire's programs only and fails when one is larger
// than its limit in bench/bundle-budgets.json; it writes nothing.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import protobuf from "protobufjs";
import { generateCode } from "../src/gen/index.js";
import { loadSchemaSync } from "../src/index.js";
import { loadLinkedSchemaFromDisk } from "../src/schema/load/load-disk.js";
import { OUT_DIR, ROOT } from "./script-args.js";

const check = process.argv.includes("--check");

interface Budget {
  /** Gzipped bytes above which `--check` fails. */
  limit: number;
  /** The budget the issue asks for, where this case is the one measured against it. */
  goal?: number;
  issue: number;
}
const budgets = (
  JSON.parse(readFileSync(join(ROOT, "bench/bundle-budgets.json"), "utf8")) as {
    budgets: Record<string, Budget>;
  }
).budgets;

interface Case {
  name: string;
  what: string;
  /** The program's source (an ES module in the work folder). */
  entry: string;
}

const work = mkdtempSync(join(tmpdir(), "protowire-bundle-"));
try {
  const schema = await loadLinkedSchemaFromDisk({
    files: ["bench.proto"],
    includePaths: [join(ROOT, "bench")],
  });
  for (const f of generateCode(schema, { target: "js", runtime: join(ROOT, "src/runtime.ts") })) {
    writeFileSync(join(work, f.name), f.content);
  }
  // The same with --optimize size, in size/.
  mkdirSync(join(work, "size"));
  const sizeOptions = {
    target: "js",
    runtime: join(ROOT, "src/runtime.ts"),
    optimize: "size",
  } as const;
  for (const f of generateCode(schema, sizeOptions)) {
    writeFileSync(join(work, "size", f.name), f.content);
  }
  writeFileSync(join(work, "package.json"), '{ "type": "module" }\n');
  const proto = JSON.stringify(
    'syntax = "proto3"; package protowire.bench; enum Status { STATUS_UNSPECIFIED = 0; } ' +
      "message SmallRequest { int32 page_size = 1; int64 request_id = 2; bool include_deleted = 3; " +
      "Status status = 4; string query = 5; string locale = 6; double min_score = 7; " +
      "string page_token = 8; }",
  );
  const src = (p: string) => JSON.stringify(join(ROOT, p));
  // The same file as a descriptor set: what `protoc --descriptor_set_out` writes for it.
  const setBytes = loadSchemaSync({
    sources: { "s.proto": JSON.parse(proto) as string },
  }).toFileDescriptorSet();
  // The same file as protobufjs's JSON form (what pbjs -t json writes), for protobufjs/light.
  const pbjsJson = protobuf.parse(JSON.parse(proto) as string).root.toJSON();
  // The peers' code for a file holding SmallRequest and its enum alone (bench.proto's text of
  // both), generated here: their bundles of bench.proto carry its other types too.
  const oneMessage = !check && peersOfOneMessage(work);
  const cases: Case[] = [
    {
      name: "protowire gen",
      what: "`protowire gen` code on `protowire/runtime`",
      entry: `import { SmallRequest } from "./bench_pb.js";
const bytes = SmallRequest.encode({ pageSize: 5, query: "q" });
console.log(SmallRequest.decode(bytes).pageSize);`,
    },
    {
      name: "protowire gen --optimize size",
      what: "`protowire gen --optimize size` code (compact tables) on `protowire/runtime`",
      entry: `import { SmallRequest } from "./size/bench_pb.js";
const bytes = SmallRequest.encode({ pageSize: 5, query: "q" });
console.log(SmallRequest.decode(bytes).pageSize);`,
    },
    {
      name: "protowire gen --optimize size, functions",
      what: "the same tables with `protowire/runtime`'s `toBinary` / `fromBinary` (the codec objects' other methods left out)",
      entry: `import { SmallRequestSchema } from "./size/bench_pb.js";
import { fromBinary, toBinary } from ${src("src/runtime.ts")};
const bytes = toBinary(SmallRequestSchema, { pageSize: 5, query: "q" });
console.log(fromBinary(SmallRequestSchema, bytes).pageSize);`,
    },
    {
      name: "protowire, .proto at run time",
      what: "`loadSchemaSync` of the `.proto` text, then `messageType`",
      entry: `import { loadSchemaSync } from ${src("src/index.ts")};
const T = loadSchemaSync({ sources: { "s.proto": ${proto} } }).messageType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode({ pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "protowire, descriptor set at run time",
      what: "`loadSchemaSync` of the same file as a `FileDescriptorSet` (protoc's form), then `messageType`",
      entry: `import { loadSchemaSync } from ${src("src/index.ts")};
const descriptorSet = new Uint8Array(${JSON.stringify([...setBytes])});
const T = loadSchemaSync({ descriptorSet }).messageType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode({ pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "protowire, loadDescriptorSet",
      what: "`loadDescriptorSet` of the same descriptor set (no `.proto` parser, no bundled files), then `messageType`",
      entry: `import { loadDescriptorSet } from ${src("src/index.ts")};
const T = loadDescriptorSet(new Uint8Array(${JSON.stringify([...setBytes])})).messageType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode({ pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "protowire/binary, .proto at run time",
      what: "`protowire/binary`'s `loadSchemaSync` of the `.proto` text (types without JSON and text formats)",
      entry: `import { loadSchemaSync } from ${src("src/binary.ts")};
const T = loadSchemaSync({ sources: { "s.proto": ${proto} } }).messageType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode({ pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "protowire/binary, loadDescriptorSet",
      what: "`protowire/binary`'s `loadDescriptorSet` of the descriptor set: no parser, no bundled files, no formats",
      entry: `import { loadDescriptorSet } from ${src("src/binary.ts")};
const T = loadDescriptorSet(new Uint8Array(${JSON.stringify([...setBytes])})).messageType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode({ pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "floor: schema layer + compact tables, .proto at run time",
      what: "not an API: the least a `.proto` loader with protowire's checks carries, its parser, linker (option interpretation, protoc's validation) and bundled files compiled, on the smallest codec backend (the compact tables; internal modules)",
      entry: `import { loadLinkedSchemaSync } from ${src("src/schema/load/load.ts")};
import { compactTable } from ${src("src/codec/compact/build.ts")};
import { fromBinary, toBinary } from ${src("src/runtime.ts")};
const T = compactTable(loadLinkedSchemaSync({ sources: { "s.proto": ${proto} } }).findMessage("protowire.bench.SmallRequest"));
console.log(fromBinary(T, toBinary(T, { pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "protowire/runtime, createFileRegistry",
      what: "`protowire/runtime`'s `createFileRegistry` of the descriptor set (compact tables: no parser, no linker, no code generation), then `toBinary` / `fromBinary`",
      entry: `import { createFileRegistry, fromBinary, toBinary } from ${src("src/runtime.ts")};
const T = createFileRegistry(new Uint8Array(${JSON.stringify([...setBytes])})).getMessage("protowire.bench.SmallRequest");
console.log(fromBinary(T, toBinary(T, { pageSize: 5, query: "q" })).pageSize);`,
    },
    {
      name: "protowire/wire",
      what: "the wire layer alone (`Reader`, `Writer`), no schema",
      entry: `import { Reader, Writer } from ${src("src/wire/index.ts")};
const bytes = new Writer().tag(1, 0).int32(5).tag(5, 2).string("q").finish();
const r = new Reader(bytes); r.tag(); console.log(r.int32());`,
    },
    {
      name: "protobuf-es wire layer",
      what: "@bufbuild/protobuf/wire's `BinaryWriter` / `BinaryReader`, the same program as protowire/wire's",
      entry: `import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
const bytes = new BinaryWriter().tag(1, WireType.Varint).int32(5).tag(5, WireType.LengthDelimited).string("q").finish();
const r = new BinaryReader(bytes); r.tag(); console.log(r.int32());`,
    },
    {
      name: "protobufjs/minimal wire layer",
      what: "protobufjs/minimal's `Writer` / `Reader`, the same program as protowire/wire's",
      entry: `import protobuf from "protobufjs/minimal.js";
const bytes = protobuf.Writer.create().uint32(8).int32(5).uint32(42).string("q").finish();
const r = protobuf.Reader.create(bytes); r.uint32(); console.log(r.int32());`,
    },
    {
      name: "protobuf-es",
      what: "@bufbuild/protobuf `create` / `toBinary` / `fromBinary` with protoc-gen-es code",
      entry: `import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { SmallRequestSchema } from ${src("bench/generated/es/bench_pb.ts")};
const bytes = toBinary(SmallRequestSchema, create(SmallRequestSchema, { pageSize: 5, query: "q" }));
console.log(fromBinary(SmallRequestSchema, bytes).pageSize);`,
    },
    {
      name: "protobufjs static",
      what: "protobufjs/minimal with `pbjs -t static-module` code",
      entry: `import { protowire } from ${src("bench/generated/pbjs/bench.js")};
const T = protowire.bench.SmallRequest;
console.log(T.decode(T.encode(T.create({ pageSize: 5, query: "q" })).finish()).pageSize);`,
    },
    ...(oneMessage
      ? [
          {
            name: "protobuf-es, one-message file",
            what: "the same with protoc-gen-es code of a file holding SmallRequest and Status only",
            entry: `import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { SmallRequestSchema } from "./one/es/small_pb.ts";
const bytes = toBinary(SmallRequestSchema, create(SmallRequestSchema, { pageSize: 5, query: "q" }));
console.log(fromBinary(SmallRequestSchema, bytes).pageSize);`,
          },
          {
            name: "protobufjs static, one-message file",
            what: "the same with `pbjs -t static-module` code of that file",
            entry: `import { protowire } from "./one/pbjs.js";
const T = protowire.bench.SmallRequest;
console.log(T.decode(T.encode(T.create({ pageSize: 5, query: "q" })).finish()).pageSize);`,
          },
        ]
      : []),
    {
      name: "protobuf-es, descriptor set at run time",
      what: "@bufbuild/protobuf `createFileRegistry` of the same descriptor set, then `create` / `toBinary` / `fromBinary`",
      entry: `import { create, createFileRegistry, fromBinary, toBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, new Uint8Array(${JSON.stringify([...setBytes])})));
const T = registry.getMessage("protowire.bench.SmallRequest");
console.log(fromBinary(T, toBinary(T, create(T, { pageSize: 5, query: "q" }))).pageSize);`,
    },
    {
      name: "protobufjs/light, JSON descriptor at run time",
      what: "protobufjs/light `Root.fromJSON` of the same file as pbjs JSON (no parser), then `lookupType`",
      entry: `import protobuf from "protobufjs/light";
const T = protobuf.Root.fromJSON(${JSON.stringify(pbjsJson)}).lookupType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode(T.create({ pageSize: 5, query: "q" })).finish()).pageSize);`,
    },
    {
      name: "protobufjs, .proto at run time",
      what: "protobufjs `parse` of the `.proto` text, then `lookupType`",
      entry: `import protobuf from "protobufjs";
const T = protobuf.parse(${proto}).root.lookupType("protowire.bench.SmallRequest");
console.log(T.decode(T.encode(T.create({ pageSize: 5, query: "q" })).finish()).pageSize);`,
    },
  ];
  const rows: string[] = [];
  const over: string[] = [];
  for (const c of cases) {
    const budget = budgets[c.name];
    if (check && budget === undefined) continue;
    const file = join(work, `${c.name.replace(/[^a-z]+/g, "-")}.mjs`);
    writeFileSync(file, c.entry);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      nodePaths: [join(ROOT, "node_modules")],
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.contents;
    const gz = gzipSync(code, { level: 9 }).length;
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    const limits =
      budget === undefined
        ? "| | |"
        : `| ${kb(budget.limit)} | ${budget.goal === undefined ? "" : `${kb(budget.goal)} (#${budget.issue}${gz <= budget.goal ? ", met" : ""})`} |`;
    rows.push(`| ${c.name} | ${kb(code.length)} | ${kb(gz)} ${limits} ${c.what} |`);
    const status =
      budget === undefined
        ? ""
        : `; limit ${budget.limit} B${budget.goal === undefined ? "" : `, goal ${budget.goal} B (#${budget.issue}${gz <= budget.goal ? ", met" : ""})`}`;
    console.log(`${c.name}: ${kb(code.length)} minified, ${gz} B gzipped${status}`);
    if (budget !== undefined && gz > budget.limit)
      over.push(`${c.name}: ${gz} B > ${budget.limit} B`);
  }
  if (check) {
    if (over.length > 0) {
      console.error(
        `bundle size over its limit (bench/bundle-budgets.json):\n  ${over.join("\n  ")}`,
      );
      process.exitCode = 1;
    } else console.log("bundle sizes: every protowire program within its limit");
  }
  const report = [
    "# Bundle size: one message type, encoded and decoded",
    "",
    `${new Date().toISOString().slice(0, 10)}, esbuild (ESM, browser, minified, tree-shaken), gzip level 9; made by \`npx tsx bench/bundle-size.ts\`. Each program encodes and decodes protowire.bench.SmallRequest (bench/bench.proto); KB = 1,000 bytes. The peers' generated code covers all of bench.proto: protoc-gen-es embeds the whole file's descriptor and a pbjs static module is not tree-shaken, so their figures carry the other message types too, where protowire's generated module drops them. CI fails when a protowire program outgrows its limit (bench/bundle-budgets.json: the size when the limit was set, plus about 2%); the goal is the budget its issue asks for.`,
    "",
    "| case | minified | gzipped | limit (CI) | goal | what the program uses |",
    "|---|--:|--:|--:|--:|---|",
    ...rows,
    "",
  ].join("\n");
  if (!check) {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(join(OUT_DIR, "bundle-size.md"), report);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Writes `one/small.proto` (bench.proto's Status and SmallRequest) and the peers' code of it
 * into `work/one/`: protoc-gen-es through buf, pbjs static. False when a tool failed.
 */
function peersOfOneMessage(work: string): boolean {
  const text = readFileSync(join(ROOT, "bench/bench.proto"), "utf8");
  const block = (head: string) => new RegExp(`${head} \\{[^}]*\\}`).exec(text)?.[0];
  const status = block("enum Status");
  const small = block("message SmallRequest");
  if (status === undefined || small === undefined) throw new Error("bench.proto changed shape");
  const dir = join(work, "one");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "small.proto"),
    `syntax = "proto3";\npackage protowire.bench;\n${status}\n${small}\n`,
  );
  const bin = join(ROOT, "node_modules/.bin");
  const template = JSON.stringify({
    version: "v2",
    plugins: [{ local: join(bin, "protoc-gen-es"), out: join(dir, "es"), opt: ["target=ts"] }],
  });
  const run = (cmd: string, args: string[]) =>
    spawnSync(join(bin, cmd), args, { cwd: ROOT, encoding: "utf8" }).status === 0;
  return (
    run("buf", ["generate", dir, "--template", template]) &&
    run("pbjs", [
      "-t",
      "static-module",
      "-w",
      "es6",
      "--force-long",
      "-o",
      join(dir, "pbjs.js"),
      join(dir, "small.proto"),
    ])
  );
}
