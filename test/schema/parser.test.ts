// The parser's own output before linking, which protoc never prints: uninterpreted options,
// pseudo-options, generated map entries and synthetic oneofs, range sentinels, syntax and
// editions markers. Expectations are written by hand from the language spec and the rules
// of protoc's parser.cc; parser-protoc.test.ts checks everything protoc does print.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type {
  FileDescriptorProto,
  UninterpretedOption,
} from "../../src/schema/descriptor/shapes.js";
import {
  Edition,
  FieldLabel,
  FieldType,
  SymbolVisibility,
} from "../../src/schema/descriptor/shapes.js";
import { parseFile } from "../../src/schema/parser/parser.js";

function parse(source: string): FileDescriptorProto {
  const { file, diagnostics } = parseFile("t.proto", source);
  expect(diagnostics).toEqual([]);
  return file;
}

function fileOptions(body: string): UninterpretedOption[] {
  return parse(`syntax = "proto2";\n${body}`).options?.uninterpretedOption ?? [];
}

describe("options stay uninterpreted", () => {
  it("records each value kind as protoc's parser does", () => {
    const opts = fileOptions(
      [
        "option java_package = 'com.x';",
        "option optimize_for = SPEED;",
        "option (a) = 18446744073709551615;",
        "option (b) = -9223372036854775808;",
        "option (c) = -1.5e3;",
        "option (d) = { x: 1 y: [ 'a' , \"b\" ] z { w: -2 } };",
        "option (.pkg.ext).sub.(nested.ext) = inf;",
        "option (e) = -inf;",
        "option (f) = -nan;",
        "option (g) = 99999999999999999999;",
        "option (h) = 'ab' \"\\x00\\377\";",
      ].join("\n"),
    );
    expect(opts).toEqual([
      {
        name: [{ namePart: "java_package", isExtension: false }],
        stringValue: new TextEncoder().encode("com.x"),
      },
      { name: [{ namePart: "optimize_for", isExtension: false }], identifierValue: "SPEED" },
      { name: [{ namePart: "a", isExtension: true }], positiveIntValue: 18446744073709551615n },
      { name: [{ namePart: "b", isExtension: true }], negativeIntValue: -9223372036854775808n },
      { name: [{ namePart: "c", isExtension: true }], doubleValue: -1500 },
      {
        name: [{ namePart: "d", isExtension: true }],
        aggregateValue: "x : 1 y : [ 'a' , \"b\" ] z { w : - 2 }",
      },
      {
        name: [
          { namePart: ".pkg.ext", isExtension: true },
          { namePart: "sub", isExtension: false },
          { namePart: "nested.ext", isExtension: true },
        ],
        identifierValue: "inf",
      },
      { name: [{ namePart: "e", isExtension: true }], doubleValue: Number.NEGATIVE_INFINITY },
      { name: [{ namePart: "f", isExtension: true }], doubleValue: Number.NaN },
      // Beyond uint64: a decimal literal becomes a double (protoc 36).
      { name: [{ namePart: "g", isExtension: true }], doubleValue: 1e20 },
      // Adjacent strings concatenate; escapes decode to raw bytes.
      {
        name: [{ namePart: "h", isExtension: true }],
        stringValue: Uint8Array.of(0x61, 0x62, 0x00, 0xff),
      },
    ]);
  });

  it("creates options only where an option is written", () => {
    const f = parse(
      'syntax = "proto2"; message M { optional int32 a = 1 [default = 3, json_name = "A"]; optional int32 b = 2 [deprecated = true]; }',
    );
    const [a, b] = f.messageType[0]?.field ?? [];
    expect(a).toEqual({
      name: "a",
      number: 1,
      label: FieldLabel.LABEL_OPTIONAL,
      type: FieldType.TYPE_INT32,
      defaultValue: "3",
      jsonName: "A",
    });
    expect(b?.options?.uninterpretedOption).toEqual([
      { name: [{ namePart: "deprecated", isExtension: false }], identifierValue: "true" },
    ]);
    expect(f.options).toBeUndefined();
    expect(f.messageType[0]?.options).toBeUndefined();
  });

  it("gives a method with a body (even empty) options, as protoc does", () => {
    const f = parse(
      'syntax = "proto3"; service S { rpc A(M) returns (M); rpc B(M) returns (M) {} }',
    );
    expect(f.service[0]?.method[0]?.options).toBeUndefined();
    expect(f.service[0]?.method[1]?.options).toEqual({ uninterpretedOption: [] });
  });

  it("copies extension-range options to every range of the statement", () => {
    const f = parse('syntax = "proto2"; message M { extensions 10 to 19, 30 [(x) = 1]; }');
    const ranges = f.messageType[0]?.extensionRange ?? [];
    expect(
      ranges.map((r) => [r.start, r.end, r.options?.uninterpretedOption[0]?.positiveIntValue]),
    ).toEqual([
      [10, 20, 1n],
      [30, 31, 1n],
    ]);
    expect(ranges[0]?.options).not.toBe(ranges[1]?.options);
  });
});

describe("default values in protoc's parser form", () => {
  function defaults(fields: string): Record<string, string | undefined> {
    const f = parse(`syntax = "proto2";\nmessage M {\n${fields}\n}`);
    return Object.fromEntries((f.messageType[0]?.field ?? []).map((x) => [x.name, x.defaultValue]));
  }

  it("keeps what the linker re-canonicalizes later: -0, -nan, float text", () => {
    // protoc's parser writes these; its linker then prints 0, nan and float precision.
    expect(
      defaults(
        "optional int32 a = 1 [default = -0]; optional double b = 2 [default = -nan]; optional float c = 3 [default = 0.1];",
      ),
    ).toEqual({ a: "-0", b: "-nan", c: "0.1" });
  });

  it("takes the raw token for message and enum typed fields", () => {
    expect(
      defaults("optional Color c = 1 [default = RED]; optional Color d = 2 [default = 5];"),
    ).toEqual({
      c: "RED",
      d: "5",
    });
  });
});

describe("generated declarations", () => {
  it("builds the map entry message exactly as protoc", () => {
    const f = parse(
      'syntax = "proto3"; message M { map<string, Foo.Bar> my_map_field = 1 [enforce_utf8 = false]; map<int32, int32> _x_1y = 2; }',
    );
    const m = f.messageType[0];
    expect(m?.field.map((x) => [x.name, x.label, x.type, x.typeName])).toEqual([
      ["my_map_field", FieldLabel.LABEL_REPEATED, undefined, "MyMapFieldEntry"],
      ["_x_1y", FieldLabel.LABEL_REPEATED, undefined, "X1yEntry"],
    ]);
    const entry = m?.nestedType[0];
    expect(entry?.name).toBe("MyMapFieldEntry");
    expect(entry?.options).toEqual({ uninterpretedOption: [], mapEntry: true });
    const utf8 = {
      name: [{ namePart: "enforce_utf8", isExtension: false }],
      identifierValue: "false",
    };
    expect(entry?.field).toEqual([
      {
        name: "key",
        number: 1,
        label: FieldLabel.LABEL_OPTIONAL,
        type: FieldType.TYPE_STRING,
        options: { targets: [], editionDefaults: [], uninterpretedOption: [utf8] },
      },
      { name: "value", number: 2, label: FieldLabel.LABEL_OPTIONAL, typeName: "Foo.Bar" },
    ]);
    expect(m?.nestedType[1]?.name).toBe("X1yEntry");
  });

  it("turns a group into a nested message and a lower-cased TYPE_GROUP field", () => {
    const f = parse(
      'syntax = "proto2"; message M { repeated group MyGroup = 1 { optional int32 x = 2; } }',
    );
    const m = f.messageType[0];
    expect(m?.field).toEqual([
      {
        name: "mygroup",
        number: 1,
        label: FieldLabel.LABEL_REPEATED,
        type: FieldType.TYPE_GROUP,
        typeName: "MyGroup",
      },
    ]);
    expect(m?.nestedType[0]?.name).toBe("MyGroup");
    expect(m?.nestedType[0]?.field[0]?.name).toBe("x");
  });

  it("puts groups declared in an extend block next to the extend block", () => {
    const f = parse('syntax = "proto2"; extend Foo { optional group G = 100 { } }');
    expect(f.extension[0]).toMatchObject({
      name: "g",
      extendee: "Foo",
      type: FieldType.TYPE_GROUP,
      typeName: "G",
    });
    expect(f.messageType[0]?.name).toBe("G");
  });

  it("adds a synthetic oneof per proto3 optional field, after the real ones, avoiding names", () => {
    const f = parse(
      'syntax = "proto3"; message M { optional int32 a = 1; oneof _b { int32 x = 2; } optional int32 b = 3; optional int32 _c = 4; }',
    );
    const m = f.messageType[0];
    // `_c` already starts with `_`, and the field itself is named `_c`: protoc 36.2 agrees.
    expect(m?.oneofDecl.map((o) => o.name)).toEqual(["_b", "_a", "X_b", "X_c"]);
    expect(m?.field.map((x) => [x.name, x.oneofIndex, x.proto3Optional])).toEqual([
      ["a", 1, true],
      ["x", 0, undefined],
      ["b", 2, true],
      ["_c", 3, true],
    ]);
  });

  it("does not treat proto2 optional as proto3 optional", () => {
    const f = parse('syntax = "proto2"; message M { optional int32 a = 1; }');
    expect(f.messageType[0]?.field[0]?.proto3Optional).toBeUndefined();
    expect(f.messageType[0]?.oneofDecl).toEqual([]);
  });
});

describe("ranges", () => {
  it("stores message ranges end-exclusive, `max` as 2^29 (int32 max for message sets)", () => {
    const f = parse(
      'syntax = "proto2"; message A { extensions 100 to max; reserved 5, 7 to 9, 1000 to max; } message B { option message_set_wire_format = true; extensions 4 to max; }',
    );
    expect(f.messageType[0]?.extensionRange.map((r) => [r.start, r.end])).toEqual([
      [100, 536870912],
    ]);
    expect(f.messageType[0]?.reservedRange).toEqual([
      { start: 5, end: 6 },
      { start: 7, end: 10 },
      { start: 1000, end: 536870912 },
    ]);
    expect(f.messageType[1]?.extensionRange.map((r) => [r.start, r.end])).toEqual([
      [4, 2147483647],
    ]);
  });

  it("stores enum ranges end-inclusive and signed, `max` as int32 max", () => {
    const f = parse(
      'syntax = "proto2"; enum E { A = -2147483648; reserved -10 to -5, 3, 100 to max; reserved "X", "Y"; }',
    );
    const e = f.enumType[0];
    expect(e?.value[0]?.number).toBe(-2147483648);
    expect(e?.reservedRange).toEqual([
      { start: -10, end: -5 },
      { start: 3, end: 3 },
      { start: 100, end: 2147483647 },
    ]);
    expect(e?.reservedName).toEqual(["X", "Y"]);
  });
});

describe("syntax, editions and imports", () => {
  it("leaves syntax unset for proto2 (as protoc's output) and names proto3 and editions", () => {
    expect(parse('syntax = "proto2";').syntax).toBeUndefined();
    expect(parse("message M {}").syntax).toBeUndefined();
    expect(parse("syntax = 'proto3';").syntax).toBe("proto3");
    const e23 = parse('edition = "2023";');
    expect([e23.syntax, e23.edition]).toEqual(["editions", Edition.EDITION_2023]);
    const e24 = parse('edition = "2024";');
    expect([e24.syntax, e24.edition]).toEqual(["editions", Edition.EDITION_2024]);
  });

  it("indexes public and weak imports and keeps option imports apart", () => {
    const f = parse(
      'edition = "2024"; import "a.proto"; import public "b" ".proto"; import weak "c.proto"; import option "d.proto";',
    );
    expect(f.dependency).toEqual(["a.proto", "b.proto", "c.proto"]);
    expect(f.publicDependency).toEqual([1]);
    expect(f.weakDependency).toEqual([2]);
    expect(f.optionDependency).toEqual(["d.proto"]);
  });

  it("reads export/local visibility in edition 2024 only", () => {
    const f = parse(
      'edition = "2024"; export message A { local enum E { E_A = 0; } } local message B {} message C {}',
    );
    expect(f.messageType.map((m) => m.visibility)).toEqual([
      SymbolVisibility.VISIBILITY_EXPORT,
      SymbolVisibility.VISIBILITY_LOCAL,
      undefined,
    ]);
    expect(f.messageType[0]?.enumType[0]?.visibility).toBe(SymbolVisibility.VISIBILITY_LOCAL);
    // Before 2024 `export` is an ordinary identifier: here, a field type.
    const m = parse('edition = "2023"; message M { export x = 1; }').messageType[0];
    expect(m?.field[0]).toMatchObject({ name: "x", typeName: "export" });
  });

  it("takes identifiers as reserved names in editions", () => {
    expect(
      parse('edition = "2023"; message M { reserved a, b; }').messageType[0]?.reservedName,
    ).toEqual(["a", "b"]);
  });
});

describe("hostile input", () => {
  it("reports deeply nested messages instead of overflowing the stack", () => {
    const n = 20_000;
    const src = `syntax = "proto2";\n${"message M {\n".repeat(n)}${"}\n".repeat(n)}`;
    const { diagnostics } = parseFile("deep.proto", src);
    expect(diagnostics[0]).toEqual({
      file: "deep.proto",
      line: 33,
      column: 1,
      message: "Reached maximum recursion limit for nested messages.",
    });
  });

  it("caps nested groups too", () => {
    const n = 20_000;
    const src = `syntax = "proto2";\nmessage M {\n${"optional group G = 1 {\n".repeat(n)}${"}\n".repeat(n)}}\n`;
    const { diagnostics } = parseFile("deep.proto", src);
    expect(diagnostics[0]?.message).toBe("Reached maximum recursion limit for nested messages.");
  });

  it("handles 200,000 nested aggregate braces and unbalanced blocks iteratively", () => {
    const n = 200_000;
    const agg = parseFile(
      "a.proto",
      `syntax = "proto2";\noption (x) = ${"{ a ".repeat(n)}${"}".repeat(n)};`,
    );
    expect(agg.diagnostics).toEqual([]);
    expect(agg.file.options?.uninterpretedOption[0]?.aggregateValue?.length).toBeGreaterThan(n);
    const skip = parseFile("b.proto", `syntax = "proto2";\nmessage M { { ${"{ ".repeat(n)} }`);
    expect(skip.diagnostics.length).toBeGreaterThan(0);
  });

  it("caps the number of diagnostics", () => {
    const { diagnostics } = parseFile("junk.proto", "\u0001 x ".repeat(100_000));
    expect(diagnostics.length).toBe(200);
  });

  it("reads a 10,000-digit number without hanging and reports it out of range", () => {
    const { diagnostics } = parseFile(
      "n.proto",
      `syntax = "proto2"; message M { optional int32 a = ${"9".repeat(10_000)}; }`,
    );
    expect(diagnostics.map((d) => d.message)).toEqual(["Integer out of range."]);
  });
});

describe("presence", () => {
  /** Paths of own properties whose value is `undefined` (presence must mean a value). */
  function undefinedProps(v: unknown, path = "file", out: string[] = []): string[] {
    if (v === null || typeof v !== "object" || v instanceof Uint8Array) return out;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) out.push(`${path}.${k}`);
      else undefinedProps(x, `${path}.${k}`, out);
    }
    return out;
  }

  it("never leaves a property present but undefined, even after errors", () => {
    const dir = join(import.meta.dirname, "../../fixtures/parser-cases");
    const errors = join(import.meta.dirname, "../../fixtures/parser-errors");
    const inputs = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith(".proto"))
        .map((f) => join(dir, f)),
      ...readdirSync(errors)
        .filter((f) => f.endsWith(".proto"))
        .map((f) => join(errors, f)),
    ];
    expect(inputs.length).toBeGreaterThan(50);
    for (const path of inputs) {
      const { file } = parseFile("x.proto", readFileSync(path, "utf8"));
      expect(undefinedProps(file), path).toEqual([]);
    }
  });
});
