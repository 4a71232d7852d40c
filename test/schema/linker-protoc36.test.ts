// End to end against protoc 36.2 (the npm package `protoc`, the fixtures' compiler), which
// sorts and merges custom options and drops source-retention ones: every file of
// fixtures/linker-options/ (custom options and aggregates included), with and without source info.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFileDescriptorSet } from "../../src/schema/descriptor/binary.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";

const root = join(import.meta.dirname, "../..");
const PROTOC36 = join(root, "node_modules/.bin/protoc");
const dataDir = join(import.meta.dirname, "../../fixtures/linker-options");
const wktDir = join(root, "src/schema/wkt");
const tmp = mkdtempSync(join(tmpdir(), "pw-link36-"));

function protoc(file: string, sourceInfo: boolean): Uint8Array {
  const out = join(tmp, `${file}-${sourceInfo}.pb`);
  const args = [`-I${dataDir}`, `-I${wktDir}`, `--descriptor_set_out=${out}`, "--include_imports"];
  if (sourceInfo) args.push("--include_source_info");
  execFileSync(PROTOC36, [...args, file]);
  return new Uint8Array(readFileSync(out));
}

function json(bytes: Uint8Array): string {
  return JSON.stringify(
    decodeFileDescriptorSet(bytes),
    (_k, v) => (typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : v),
    1,
  );
}

const files = readdirSync(dataDir)
  .filter((f) => f.endsWith(".proto"))
  .sort();

describe("toFileDescriptorSet matches protoc 36.2", () => {
  for (const file of files) {
    for (const sourceInfo of [false, true]) {
      it(`${file}${sourceInfo ? " --include_source_info" : ""}`, async () => {
        const schema = await loadSchema({ files: [file], includePaths: [dataDir, wktDir] });
        const ours = schema.toFileDescriptorSet({
          includeImports: true,
          includeSourceInfo: sourceInfo,
        });
        const golden = protoc(file, sourceInfo);
        if (!Buffer.from(ours).equals(Buffer.from(golden)))
          expect(json(ours)).toEqual(json(golden));
        expect(Buffer.from(ours).equals(Buffer.from(golden))).toBe(true);
      });
    }
  }
});

const NO_PROTOC_POSITION = /^Oneof name |^"[\w.]+" is a nested (message|enum) and cannot be/;

/** protoc 36.2's stderr for `file` ("" when it accepts it), and ours, one line per error. */
async function bothOn(file: string, text: string): Promise<[string[], string[]]> {
  const dir = mkdtempSync(join(tmp, "style-"));
  writeFileSync(join(dir, file), text);
  let golden = "";
  try {
    execFileSync(PROTOC36, ["-I.", "-o/dev/null", file], { stdio: "pipe", cwd: dir });
  } catch (e) {
    golden = String((e as { stderr: Buffer }).stderr).trim();
  }
  const ours = await loadSchema({ files: [file], includePaths: [dir] }).then(
    () => [],
    (e: { diagnostics: { file: string; line: number; column: number; message: string }[] }) =>
      // protoc prints a oneof's naming and limit errors, and the STRICT visibility errors, with
      // no position; ours keep the element's.
      e.diagnostics.map((d) =>
        NO_PROTOC_POSITION.test(d.message)
          ? `${d.file}: ${d.message}`
          : `${d.file}:${d.line}:${d.column}: ${d.message}`,
      ),
  );
  return [golden === "" ? [] : golden.split("\n"), ours];
}

// protoc 36.2 checks rules that older protoc did not; its own message is the golden.
describe("rejects what protoc 36.2 rejects, with its message", () => {
  const cases: Record<string, string> = {
    // The first value of a map's enum value type must be 0 for closed enums too.
    "closed_enum_map_proto2.proto":
      'syntax = "proto2";\nenum E { A = 1; }\nmessage M { map<int32, E> m = 1; }\n',
    "closed_enum_map_editions.proto":
      'edition = "2023";\nenum E { option features.enum_type = CLOSED; A = 1; }\nmessage M { map<int32, E> m = 1; }\n',
  };
  for (const [file, text] of Object.entries(cases)) {
    it(file, async () => {
      const [golden, ours] = await bothOn(file, text);
      expect(golden).toHaveLength(1);
      expect(golden[0]).toMatch(/^closed_enum_map_\w+\.proto:\d+:\d+: Enum value in map/);
      expect(ours).toEqual(golden);
    });
  }
});

// Edition 2024's default naming style (STYLE2024), element by element, with STYLE_LEGACY
// opting elements out; the files are written to break each rule once.
describe("edition 2024 naming style: the errors protoc 36.2 reports, in its order", () => {
  const cases: Record<string, string> = {
    "style_names.proto": `edition = "2024";
package Foo.bar_Baz;
message foo_bar { int32 FooBar = 1; int32 foo__bar = 2; int32 foo_ = 3; int32 _foo = 4; int32 foo_1 = 5; oneof MyOneof { int32 x = 7; } }
message ABC { int32 a = 1; extensions 100 to 200; }
message Abc_def { int32 a = 1; }
message A1b { int32 a_b1 = 1; int32 a1_b = 2; int32 a_1b = 3; }
enum e { e_zero = 0; }
enum Good { GOOD_ZERO = 0; Good_One = 1; GOOD__TWO = 2; GOOD_3 = 3; _GOOD = 4; GOOD1 = 5; E_1A = 6; }
service my_service { rpc my_method(ABC) returns (ABC); rpc GetX(ABC) returns (ABC); }
extend ABC { int32 BadExt = 100; }
`,
    "style_more.proto": `edition = "2024";
package foo.bar1._x.Y.a__b.c_;
message foo { int32 fooBar = 1; int32 foo1bar = 2; int32 _Foo = 3; int32 Fo_ = 4; int32 f = 5; int32 a_b_c = 6; }
message Foo_ { int32 a = 1; }
message A_1 { int32 a = 1; }
message _Abc { int32 a = 1; }
message X { message inner { int32 a = 1; } enum inner_e { Z = 0; } oneof _o { int32 q = 1; } oneof o__p { int32 r = 2; } oneof oK { int32 s = 3; } }
enum E { GOOD1 = 0; G = 1; GOOD_A1 = 2; gOOD = 3; G_a = 4; }
enum E_f { E_F_ZERO = 0; }
enum eF { EF_ZERO = 0; }
service Foo_Bar { rpc getX(X) returns (X); rpc Get_X(X) returns (X); rpc _Get(X) returns (X); }
`,
    "style_order_and_opt_out.proto": `edition = "2024";
package p;
message bad_m {
  int32 Bad1 = 1;
  message bad_n { int32 Bad3 = 1; }
  enum bad_e { bad_v = 0; }
  oneof Bad_o { int32 Bad2 = 2; }
  extend X { int32 BadX = 100; }
  extensions 200 to 300;
}
message X { extensions 100 to 199; }
message Y { option features.enforce_naming_style = STYLE_LEGACY; int32 BadY = 1; message bad_z { int32 BadZ = 1; } }
message Z { int32 BadW = 1 [features.enforce_naming_style = STYLE_LEGACY]; }
enum Q { option features.enforce_naming_style = STYLE_LEGACY; q_v = 0; }
enum R { R_ZERO = 0; r_one = 1 [features.enforce_naming_style = STYLE_LEGACY]; r_two = 2; }
service s_one { option features.enforce_naming_style = STYLE_LEGACY; rpc m_one(X) returns (X); }
service STwo { rpc m_two(X) returns (X) { option features.enforce_naming_style = STYLE_LEGACY; } rpc m_three(X) returns (X); }
`,
    "style_package_underscore.proto": 'edition = "2024";\npackage foo_.bar;\n',
    "style_package_start.proto": 'edition = "2024";\npackage _foo;\n',
    "style_package_ok.proto": 'edition = "2024";\npackage foo._x.a1_b;\nmessage M {}\n',
    "style_legacy_file.proto":
      'edition = "2024";\npackage Bad_Pkg;\noption features.enforce_naming_style = STYLE_LEGACY;\nmessage bad { int32 Bad = 1; }\n',
    "style_2023.proto": 'edition = "2023";\npackage Bad_Pkg;\nmessage bad { int32 Bad = 1; }\n',
  };
  for (const [file, text] of Object.entries(cases)) {
    it(file, async () => {
      const [golden, ours] = await bothOn(file, text);
      expect(ours).toEqual(golden);
    });
  }
  it("rejects the files written to break the rules (so the comparison is not vacuous)", async () => {
    const [golden] = await bothOn("style_names.proto", cases["style_names.proto"]!);
    expect(golden.length).toBeGreaterThan(15);
  });
});

/** `n` lines made by `line(i)`, for files at the edition 2026 limits. */
const lines = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join("\n");

// Edition 2026's defaults: STYLE2026 (names that collide in generated code), PROTO_LIMITS2026
// and STRICT symbol visibility, each with its opt-out, against protoc 36.2 file by file.
describe("edition 2026 rules: the errors protoc 36.2 reports, in its order", () => {
  const cases: Record<string, string> = {
    "e26_collisions.proto": `edition = "2026";
package p;
message M {
  int32 foo = 1;
  int32 has_foo = 2;
  int32 foo_value = 3;
  int32 descriptor = 4;
  oneof bar { int32 x = 5; }
  int32 get_bar = 6;
  oneof clear_foo { int32 y = 7; }
  int32 set_nothing = 8;
  int32 Has_Foo = 9;
  int32 keep = 10 [features.enforce_naming_style = STYLE2024];
  int32 has_keep = 11 [features.enforce_naming_style = STYLE2024];
  int32 keep_value = 12 [features.enforce_naming_style = STYLE_LEGACY];
}
message Ext { extensions 100 to 200; int32 a = 1; }
extend Ext { int32 has_a = 100; int32 descriptor = 101; int32 a_value = 102; }
`,
    "e26_collisions_2024.proto": `edition = "2024";
package p;
message M { int32 foo = 1; int32 has_foo = 2; int32 descriptor = 3; }
message N {
  option features.enforce_naming_style = STYLE2026;
  int32 foo = 1;
  int32 has_foo = 2;
}
`,
    "e26_enum_limit.proto": `edition = "2026";\npackage p;\nenum Big {\n${lines(1701, (i) => `  V${i} = ${i};`)}\n}\nenum Fits {\n${lines(1700, (i) => `  F${i} = ${i};`)}\n}\n`,
    "e26_field_limit.proto": `edition = "2026";\npackage p;\nmessage Big {\n${lines(1501, (i) => `  int32 f${i} = ${i + 1};`)}\n}\n`,
    "e26_oneof_limits.proto": `edition = "2026";\npackage p;\nmessage Many {\n${lines(1001, (i) => `  oneof o${i} { int32 f${i} = ${i + 1}; }`)}\n}\nmessage Wide {\n  oneof o {\n${lines(1201, (i) => `    int32 f${i} = ${i + 1};`)}\n  }\n}\n`,
    "e26_limits_opt_out.proto": `edition = "2026";\npackage p;\nenum Big {\n  option features.enforce_proto_limits = LEGACY_NO_EXPLICIT_LIMITS;\n${lines(1701, (i) => `  V${i} = ${i};`)}\n}\nmessage M {\n  option features.enforce_proto_limits = LEGACY_NO_EXPLICIT_LIMITS;\n${lines(1501, (i) => `  int32 f${i} = ${i + 1};`)}\n}\n`,
    "e26_limits_after_names.proto": `edition = "2026";\npackage p;\nmessage bad_name { int32 a = 1; }\nenum Big {\n${lines(1701, (i) => `  V${i} = ${i};`)}\n}\n`,
    "e26_strict.proto": `edition = "2026";
package p;
message Outer {
  export message Inner {
    export enum Color { COLOR_UNSPECIFIED = 0; }
    local message Fine {}
  }
  export enum Shade { SHADE_UNSPECIFIED = 0; }
  enum Plain { PLAIN_UNSPECIFIED = 0; }
}
local message Ns {
  export enum Kind { KIND_UNSPECIFIED = 0; }
  reserved 1 to max;
}
message Ns2 {
  export enum Kind2 { KIND2_UNSPECIFIED = 0; }
  reserved 1 to max;
}
export message NotNs {
  export enum Kind3 { KIND3_UNSPECIFIED = 0; }
  reserved 1 to max;
}
local message TwoRanges {
  export enum Kind4 { KIND4_UNSPECIFIED = 0; }
  reserved 1 to 5, 6 to max;
}
export message Top {}
export enum TopEnum { TOP_ENUM_UNSPECIFIED = 0; }
`,
    "e26_strict_2024.proto": `edition = "2024";
package q;
option features.default_symbol_visibility = STRICT;
message Outer {
  export message Inner {}
  local message Fine {}
  export enum E { E_UNSPECIFIED = 0; }
}
`,
    "e26_local_all_2024.proto": `edition = "2024";
package q;
option features.default_symbol_visibility = LOCAL_ALL;
message Outer { export message Inner {} export enum E { E_UNSPECIFIED = 0; } }
`,
    "e26_export_ok.proto": `edition = "2026";
package p;
option features.default_symbol_visibility = EXPORT_TOP_LEVEL;
message Outer { export message Inner {} }
`,
  };
  for (const [file, text] of Object.entries(cases)) {
    it(file, async () => {
      const [golden, ours] = await bothOn(file, text);
      expect(ours).toEqual(golden);
    });
  }
  it("rejects the files written to break the rules (so the comparison is not vacuous)", async () => {
    const counts: Record<string, number> = {};
    for (const file of ["e26_collisions.proto", "e26_strict.proto", "e26_oneof_limits.proto"]) {
      counts[file] = (await bothOn(file, cases[file]!))[0].length;
    }
    expect(counts).toEqual({
      "e26_collisions.proto": 9,
      "e26_strict.proto": 5,
      "e26_oneof_limits.proto": 2,
    });
  });
});

// Options and features with edition 2026 bounds: the same messages as protoc 36.2 (protoc puts
// these at the file's first statement or at none; ours at the option).
describe("edition 2026 option and feature bounds: protoc 36.2's messages", () => {
  const cases: Record<string, string> = {
    "e26_arenas.proto":
      'edition = "2026";\npackage p;\noption cc_enable_arenas = true;\nmessage M {}\n',
    "e26_limits_on_file.proto":
      'edition = "2026";\npackage p;\noption features.enforce_proto_limits = LEGACY_NO_EXPLICIT_LIMITS;\nmessage M {}\n',
    "e26_limits_in_2024.proto":
      'edition = "2024";\npackage p;\nmessage M { option features.enforce_proto_limits = PROTO_LIMITS2026; }\n',
  };
  const messageOf = (line: string) => line.replace(/^[\w.]+\.proto(:\d+:\d+)?: /, "");
  for (const [file, text] of Object.entries(cases)) {
    it(file, async () => {
      const [golden, ours] = await bothOn(file, text);
      expect(golden).toHaveLength(1);
      expect(ours.map(messageOf)).toEqual(golden.map(messageOf));
    });
  }
});
