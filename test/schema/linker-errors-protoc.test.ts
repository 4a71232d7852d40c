// Linker errors against protoc 3.21 (/usr/bin/protoc), run at test time on the same sources:
// the first diagnostic must read exactly like protoc's first line (file:line:col: message).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadSchema } from "../../src/schema/load.js";

// Files named *_lib*.proto are imported by others and are not cases themselves.
const FILES: [string, string][] = [
  [
    "default_bad_bool.proto",
    'syntax = "proto2";\nmessage M { optional bool b = 1 [default = 1]; }\n',
  ],
  [
    "default_bad_enum.proto",
    'syntax = "proto2";\nenum E { A = 1; }\nmessage M { optional E e = 1 [default = C]; }\n',
  ],
  [
    "dup_other_file.proto",
    'syntax = "proto2";\npackage p;\nimport "dup_sym_lib.proto";\nmessage L {}\n',
  ],
  ["dup_sym.proto", 'syntax = "proto2";\npackage p;\nmessage A {}\nenum A { X = 0; }\n'],
  ["dup_sym_lib.proto", 'syntax = "proto2";\npackage p;\nmessage L {}\n'],
  ["dup_sym_lib2.proto", 'syntax = "proto2";\npackage p2;\nmessage L { extensions 10 to 20; }\n'],
  ["enum_alias.proto", 'syntax = "proto2";\nenum E { A = 1; B = 1; }\n'],
  [
    "enum_alias_ok.proto",
    'syntax = "proto2";\nenum E { option allow_alias = true; A = 1; B = 2; }\n',
  ],
  [
    "ext_not_msg.proto",
    'syntax = "proto2";\nenum E { Z = 0; }\nextend E { optional int32 x = 1; }\n',
  ],
  ["ext_range_bad.proto", 'syntax = "proto2";\nmessage M { extensions 10 to 5; }\n'],
  [
    "ext_range_field.proto",
    'syntax = "proto2";\nmessage M { optional int32 a = 5; extensions 1 to 10; }\n',
  ],
  [
    "field_num_dup_ext.proto",
    'syntax = "proto2";\nmessage M { extensions 10 to 20; }\nextend M { optional int32 a = 10; optional int32 b = 10; }\n',
  ],
  [
    "json_ext.proto",
    'syntax = "proto2";\nmessage M { extensions 10 to 20; }\nextend M { optional int32 a = 10 [json_name = "x"]; }\n',
  ],
  [
    "map_entry_explicit.proto",
    'syntax = "proto2";\nmessage M { message E { option map_entry = true; optional int32 key = 1; optional int32 value = 2; } repeated E e = 1; }\n',
  ],
  [
    "method_in.proto",
    'syntax = "proto3";\nenum E { Z = 0; }\nmessage M {}\nservice S { rpc A(E) returns (M); }\n',
  ],
  [
    "method_missing.proto",
    'syntax = "proto3";\nmessage M {}\nservice S { rpc A(M) returns (Nope); }\n',
  ],
  [
    "msgset_ext.proto",
    'syntax = "proto2";\nmessage M { option message_set_wire_format = true; extensions 4 to max; }\nextend M { optional int32 a = 4; }\n',
  ],
  [
    "msgset_field.proto",
    'syntax = "proto2";\nmessage M { option message_set_wire_format = true; optional int32 a = 1; extensions 4 to max; }\n',
  ],
  ["not_type.proto", 'syntax = "proto2";\nmessage A { optional int32 x = 1; optional x y = 2; }\n'],
  ["oneof_empty.proto", 'syntax = "proto2";\nmessage M { oneof o { } }\n'],
  ["oneof_pkg_conflict.proto", 'syntax = "proto2";\npackage a.b;\nmessage b {}\n'],
  [
    "opt_atomic.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions { optional int32 i = 50001; }\noption (i).a = 5;\n',
  ],
  ["opt_enum_val.proto", 'syntax = "proto2";\noption optimize_for = FAST;\n'],
  [
    "opt_msg_scalar.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nmessage R { optional int32 a = 1; }\nextend google.protobuf.FileOptions { optional R r = 50001; }\noption (r) = 5;\n',
  ],
  [
    "opt_neg_uint.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions { optional uint32 u = 50001; }\noption (u) = -1;\n',
  ],
  ["opt_not_msg.proto", 'syntax = "proto2";\noption java_package.x = 1;\n'],
  [
    "opt_range.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions { optional int32 i = 50000; optional uint32 u = 50001; }\noption (i) = 3000000000;\n',
  ],
  [
    "opt_repeated_msg.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nmessage R { optional int32 a = 1; }\nextend google.protobuf.FileOptions { repeated R r = 50001; }\noption (r).a = 5;\n',
  ],
  [
    "opt_str.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.FileOptions { optional string s = 50001; }\noption (s) = 5;\n',
  ],
  [
    "opt_wrong_ext.proto",
    'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\nextend google.protobuf.MessageOptions { optional int32 i = 50001; }\noption (i) = 5;\n',
  ],
  [
    "proto3_ext.proto",
    'syntax = "proto3";\nimport "dup_sym_lib2.proto";\nextend p2.L { int32 x = 10; }\n',
  ],
  ["enum_prefix.proto", 'syntax = "proto3";\nenum MyEnum {\n  MY_ENUM_FOO = 0;\n  FOO = 1;\n}\n'],
  [
    "enum_prefix_alias.proto",
    'syntax = "proto3";\nenum MyEnum {\n  MY_ENUM_FOO = 0;\n  FOO = 0;\n  option allow_alias = true;\n}\n',
  ],
];

const dir = mkdtempSync(join(tmpdir(), "pw-link-errors-"));
for (const [name, text] of FILES) writeFileSync(join(dir, name), text);

function protocFirstError(file: string): string {
  try {
    execFileSync("protoc", [`-I${dir}`, "-I/usr/include", "--descriptor_set_out=/dev/null", file], {
      stdio: "pipe",
    });
  } catch (e) {
    return String((e as { stderr: unknown }).stderr).split("\n")[0] ?? "";
  }
  return "";
}

describe("linker errors read like protoc 3.21's", () => {
  for (const [name] of FILES.filter(([n]) => !n.includes("_lib"))) {
    it(name, async () => {
      const expected = protocFirstError(name);
      let first = "";
      try {
        await loadSchema({ files: [name], includePaths: [dir, "/usr/include"] });
      } catch (e) {
        expect(e).toBeInstanceOf(SchemaError);
        const d = (e as SchemaError).diagnostics[0]!;
        first = `${d.file}:${d.line}:${d.column}: ${d.message}`;
      }
      expect(first).toBe(expected);
    });
  }
});
