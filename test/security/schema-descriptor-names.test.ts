/**
 * A binary FileDescriptorSet can carry any string as a name; `.proto` source cannot. protoc
 * rejects names outside [A-Za-z0-9_] (descriptor.cc ValidateSymbolName; the expected texts are
 * what `protoc --descriptor_set_in` 36.2 prints for these sets). Before the check, a field named
 * `$unknown` took over the codec's unknown-field property: decoding an unknown field then threw
 * a TypeError ("m.$unknown.push is not a function").
 */
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/api/load.js";
import { encodeFileDescriptorSet } from "../../src/schema/descriptor/binary.js";
import type { FileDescriptorProto } from "../../src/schema/descriptor/shapes.js";
import { SchemaError } from "../../src/schema/errors.js";

const SOURCE = `syntax = "proto3";
package p;
message M { int32 x = 1; int32 y = 2; oneof o { int32 z = 3; } }
enum E { ZERO = 0; }
service S { rpc R(M) returns (M); }
`;

/** The linked descriptor of SOURCE with one name replaced: what a tampered set carries. */
function tampered(edit: (f: FileDescriptorProto) => void): Uint8Array {
  const file = structuredClone(loadSchemaSync({ sources: { "a.proto": SOURCE } }).files[0]!);
  delete file.sourceCodeInfo;
  edit(file);
  return encodeFileDescriptorSet([file]);
}

function messagesOf(bytes: Uint8Array): string[] {
  try {
    loadSchemaSync({ descriptorSet: bytes });
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    return (e as SchemaError).diagnostics.map((d) => `${d.file}: ${d.message}`);
  }
  throw new Error("expected a SchemaError");
}

const BAD_NAMES = ["$unknown", 'a"b', "a.b", "a b", "x\u2028", "名前", "__proto__$"];

describe("names in descriptor sets", () => {
  it("rejects a field named $unknown instead of crashing the decoder", () => {
    const bytes = tampered((f) => {
      f.messageType[0]!.field[0]!.name = "$unknown";
    });
    expect(messagesOf(bytes)).toEqual(['a.proto: "$unknown" is not a valid identifier.']);
  });

  it("reports an empty name as protoc does", () => {
    const bytes = tampered((f) => {
      f.messageType[0]!.field[1]!.name = "";
    });
    expect(messagesOf(bytes)).toEqual(["a.proto: Missing name."]);
  });

  it("reports a dotted enum value name once, without the C++ scoping note", () => {
    const bytes = tampered((f) => {
      f.enumType[0]!.value[0]!.name = "a.b";
    });
    expect(messagesOf(bytes)).toEqual(['a.proto: "a.b" is not a valid identifier.']);
  });

  const sites: [string, (f: FileDescriptorProto, name: string) => void][] = [
    [
      "message",
      (f, n) => {
        f.messageType[0]!.name = n;
      },
    ],
    [
      "field",
      (f, n) => {
        f.messageType[0]!.field[0]!.name = n;
      },
    ],
    [
      "oneof",
      (f, n) => {
        f.messageType[0]!.oneofDecl[0]!.name = n;
      },
    ],
    [
      "enum",
      (f, n) => {
        f.enumType[0]!.name = n;
      },
    ],
    [
      "enum value",
      (f, n) => {
        f.enumType[0]!.value[0]!.name = n;
      },
    ],
    [
      "service",
      (f, n) => {
        f.service[0]!.name = n;
      },
    ],
    [
      "method",
      (f, n) => {
        f.service[0]!.method[0]!.name = n;
      },
    ],
    [
      "package component",
      (f, n) => {
        f.package = `p.${n}`;
      },
    ],
  ];
  for (const [site, edit] of sites) {
    it(`rejects every non-identifier ${site} name`, () => {
      for (const name of BAD_NAMES) {
        if (site === "package component" && name === "a.b") continue; // `p.a.b` is a fine package
        const found = messagesOf(tampered((f) => edit(f, name)));
        expect(found).toContain(`a.proto: ${JSON.stringify(name)} is not a valid identifier.`);
      }
    });
  }

  it("still accepts what protoc accepts: digits first, underscores", () => {
    const bytes = tampered((f) => {
      f.messageType[0]!.field[0]!.name = "1st_value";
      f.messageType[0]!.name = "_M";
      for (const m of f.service[0]!.method) {
        m.inputType = ".p._M";
        m.outputType = ".p._M";
      }
    });
    const schema = loadSchemaSync({ descriptorSet: bytes });
    const M = schema.messageType("p._M");
    expect(M.decode(new Uint8Array([0x08, 0x05, 0x30, 0x01]))).toMatchObject({ "1stValue": 5 });
  });
});
