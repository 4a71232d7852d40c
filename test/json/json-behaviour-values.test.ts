// The proto3 JSON mapping of values, as the spec (protobuf.dev/programming-guides/json) and
// the conformance suite define it: json_name and both names, 64-bit integers, special floats,
// bytes, enums, null, oneofs, maps of every key type, explicit presence and proto2 extensions.
import { describe, expect, it } from "vitest";
import { getExtension, type JsonError, setExtension } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";
import { loadBehaviourSchema } from "./helpers/behaviour-schema.js";

const schema = loadBehaviourSchema();
const M = schema.messageType("b.M");
const Req = schema.messageType("b2.Req");

const code = (fn: () => unknown) => (thrown(fn) as JsonError).code;
/** The message read from `text`, as protowire's own JSON value. */
const read = (text: string) => M.toJson(M.fromJsonString(text));

describe("field names", () => {
  it("writes json_name (or lowerCamelCase) and reads both it and the proto name", () => {
    expect(M.toJson(M.create({ renamed: "r", plainInt: 2 }))).toEqual({
      plainInt: 2,
      customName: "r",
    });
    for (const text of [
      '{"customName":"r","plainInt":2}',
      '{"renamed":"r","plain_int":2}',
      '{"renamed":"r","plainInt":2}',
    ]) {
      expect(read(text), text).toEqual({ plainInt: 2, customName: "r" });
    }
  });

  it("a proto name next to its JSON name is DUPLICATE_KEY, in text and in values", () => {
    for (const text of [
      '{"plain_int":1,"plainInt":2}',
      '{"renamed":"a","customName":"b"}',
      '{"items":[{"sku":"a","sku":"b"}]}',
    ]) {
      expect(
        code(() => M.fromJsonString(text)),
        text,
      ).toBe("DUPLICATE_KEY");
    }
    expect(code(() => M.fromJson({ plain_int: 1, plainInt: 2 }))).toBe("DUPLICATE_KEY");
  });

  it("the lowerCamelCase name of a field with a json_name is not accepted", () => {
    // `renamed` has json_name "customName": its names are "renamed" and "customName" only.
    expect(code(() => M.fromJsonString('{"Renamed":"x"}'))).toBe("UNKNOWN_FIELD");
  });
});

describe("64-bit integers", () => {
  it("are strings on output, exact to the last digit", () => {
    const m = M.create({
      bigId: -(2n ** 63n),
      bigU: 2n ** 64n - 1n,
      s64: -1n,
      f64: 2n ** 53n + 1n,
    });
    expect(M.toJson(m)).toEqual({
      bigId: "-9223372036854775808",
      bigU: "18446744073709551615",
      s64: "-1",
      f64: "9007199254740993",
    });
  });

  it("are read from strings and numbers, with exponents and fractions of zero", () => {
    const cases: [string, bigint][] = [
      ['"123"', 123n],
      ["123", 123n],
      ['"-5"', -5n],
      ["1e3", 1000n],
      ['"1e3"', 1000n],
      ["1.0", 1n],
      ["1.5e1", 15n],
      ["-0", 0n],
      ["9223372036854775807", 9223372036854775807n],
      ['"9223372036854775807"', 9223372036854775807n],
      ["-9223372036854775808", -9223372036854775808n],
      ["9.223372036854775807e18", 9223372036854775807n],
    ];
    for (const [json, want] of cases) {
      const m = M.fromJsonString(`{"bigId":${json}}`) as { bigId: bigint };
      expect(m.bigId, json).toBe(want);
    }
    const u = M.fromJsonString('{"bigU":18446744073709551615}') as { bigU: bigint };
    expect(u.bigU).toBe(18446744073709551615n);
  });

  it("rejects fractions, out-of-range values and malformed strings", () => {
    for (const json of [
      "1.5",
      '"1.5"',
      "9223372036854775808",
      '"-9223372036854775809"',
      '""',
      '" 1"',
      '"0x10"',
      '"1e"',
      "true",
      "[]",
      '"NaN"',
    ]) {
      expect(
        code(() => M.fromJsonString(`{"bigId":${json}}`)),
        json,
      ).toBe("INVALID_VALUE");
    }
    for (const json of ["-1", '"18446744073709551616"']) {
      expect(
        code(() => M.fromJsonString(`{"bigU":${json}}`)),
        json,
      ).toBe("INVALID_VALUE");
    }
  });

  it("32-bit integers take the same forms and reject what does not fit", () => {
    expect(read('{"plainInt":"-7","u32":4294967295}')).toEqual({ plainInt: -7, u32: 4294967295 });
    expect(read('{"plainInt":1e2}')).toEqual({ plainInt: 100 });
    for (const json of ["2147483648", "1.5", '"1.5"', "-1e10"]) {
      expect(
        code(() => M.fromJsonString(`{"plainInt":${json}}`)),
        json,
      ).toBe("INVALID_VALUE");
    }
    expect(code(() => M.fromJsonString('{"u32":-1}'))).toBe("INVALID_VALUE");
  });
});

describe("floating point", () => {
  it('writes NaN and the infinities as "NaN", "Infinity", "-Infinity", and reads them', () => {
    const m = M.create({
      d: Number.NaN,
      f: Number.POSITIVE_INFINITY,
      optD: Number.NEGATIVE_INFINITY,
    });
    expect(M.toJson(m)).toEqual({ d: "NaN", f: "Infinity", optD: "-Infinity" });
    const back = M.fromJsonString('{"d":"NaN","f":"Infinity","optD":"-Infinity"}') as {
      d: number;
      f: number;
      optD: number;
    };
    expect(back.d).toBeNaN();
    expect(back.f).toBe(Number.POSITIVE_INFINITY);
    expect(back.optD).toBe(Number.NEGATIVE_INFINITY);
  });

  it("reads numbers as numbers or strings, and rejects other spellings", () => {
    expect(read('{"d":"1.5","f":"-2e3"}')).toEqual({ d: 1.5, f: -2000 });
    for (const json of ['"nan"', '"inf"', '"-infinity"', '""', '" 1"', "1e309", '"1e309"']) {
      expect(
        code(() => M.fromJsonString(`{"d":${json}}`)),
        json,
      ).toBe("INVALID_VALUE");
    }
    expect(code(() => M.fromJsonString('{"f":3.5e38}'))).toBe("INVALID_VALUE");
  });

  it("a float keeps float32 precision", () => {
    const m = M.fromJsonString('{"f":0.1}') as { f: number };
    expect(m.f).toBe(Math.fround(0.1));
  });
});

describe("bytes", () => {
  it("writes standard base64 with padding", () => {
    expect(M.toJson(M.create({ data: new Uint8Array([251, 255, 191]) }))).toEqual({ data: "+/+/" });
    expect(M.toJson(M.create({ data: new Uint8Array([251]) }))).toEqual({ data: "+w==" });
  });

  it("reads standard and URL-safe base64, padded or not", () => {
    for (const s of ["+/8=", "-_8=", "+/8", "-_8"]) {
      const m = M.fromJsonString(`{"data":"${s}"}`) as { data: Uint8Array };
      expect([...m.data], s).toEqual([251, 255]);
    }
    for (const s of ["!!!!", "a", "+/8=="]) {
      expect(
        code(() => M.fromJsonString(`{"data":"${s}"}`)),
        s,
      ).toBe("INVALID_VALUE");
    }
  });
});

describe("enums", () => {
  it("reads names (any alias) and numbers; keeps unknown numbers of open enums", () => {
    expect(read('{"color":"CRIMSON"}')).toEqual({ color: "RED" });
    expect(read('{"color":2}')).toEqual({ color: "GREEN" });
    expect(read('{"color":99,"colors":[-5]}')).toEqual({ color: 99, colors: [-5] });
    expect(code(() => M.fromJsonString('{"color":"red"}'))).toBe("INVALID_VALUE");
    expect(code(() => M.fromJsonString('{"color":1.5}'))).toBe("INVALID_VALUE");
  });

  it("a closed enum accepts only its values", () => {
    expect(Req.toJson(Req.fromJsonString('{"id":1,"closed":"TWO"}'))).toEqual({
      id: 1,
      closed: "TWO",
    });
    expect(Req.toJson(Req.fromJsonString('{"id":1,"closed":1}'))).toEqual({ id: 1, closed: "ONE" });
    expect(code(() => Req.fromJsonString('{"id":1,"closed":3}'))).toBe("INVALID_VALUE");
  });
});

describe("null", () => {
  it("leaves any field unset, except a Value (which holds NULL_VALUE)", () => {
    const text =
      '{"plainInt":null,"child":null,"items":null,"labels":null,"w64":null,"ts":null,"optInt":null,"val":null,"nullValue":null}';
    const m = M.fromJsonString(text) as { val: unknown; child: unknown; optInt: unknown };
    expect(m.child).toBeUndefined();
    expect(m.optInt).toBeUndefined();
    expect(m.val).toEqual({ kind: { case: "nullValue", value: 0 } });
    expect(M.toJson(m)).toEqual({ val: null });
  });

  it("is an element of a list of Values and a value of a map of Values", () => {
    expect(read('{"values":[null,1],"valueMap":{"a":null}}')).toEqual({
      values: [null, 1],
      valueMap: { a: null },
    });
  });

  it("is rejected inside other lists and maps", () => {
    for (const text of [
      '{"nums":[1,null]}',
      '{"items":[null]}',
      '{"labels":{"a":null}}',
      '{"kItem":{"a":null}}',
      '{"colors":[null]}',
    ]) {
      expect(
        code(() => M.fromJsonString(text)),
        text,
      ).toBe("INVALID_VALUE");
    }
  });
});

describe("oneofs", () => {
  it("writes the selected member, zero values included", () => {
    expect(M.toJson(M.create({ choice: { case: "number", value: 0n } }))).toEqual({ number: "0" });
    expect(M.toJson(M.create({ choice: { case: "text", value: "" } }))).toEqual({ text: "" });
    expect(M.toJson(M.create({ choice: { case: "nullChoice", value: 0 } }))).toEqual({
      nullChoice: null,
    });
  });

  it("two members set is an error; a null member does not count", () => {
    expect(code(() => M.fromJsonString('{"text":"a","number":1}'))).toBe("INVALID_VALUE");
    expect(read('{"text":null,"number":1}')).toEqual({ number: "1" });
    expect(read('{"number":1,"text":null}')).toEqual({ number: "1" });
    expect(read('{"nullChoice":null}')).toEqual({ nullChoice: null });
  });
});

describe("maps", () => {
  it("have keys of every key type as strings, both ways", () => {
    const text = JSON.stringify({
      kInt32: { "-2147483648": "a" },
      kInt64: { "-9223372036854775808": "b" },
      kUint32: { "4294967295": "c" },
      kUint64: { "18446744073709551615": "d" },
      kSint32: { "-1": "e" },
      kSint64: { "9223372036854775807": "f" },
      kFixed32: { "0": "g" },
      kFixed64: { "18446744073709551615": "h" },
      kSfixed32: { "-2": "i" },
      kSfixed64: { "-3": "j" },
      kBool: { true: "k", false: "l" },
      kString: { "": "m", " ": "n" },
    });
    const m = M.fromJsonString(text) as Record<string, Map<unknown, string>>;
    expect(m.kInt64!.get(-9223372036854775808n)).toBe("b");
    expect(m.kUint64!.get(18446744073709551615n)).toBe("d");
    expect(m.kBool!.get(true)).toBe("k");
    expect(m.kInt32!.get(-2147483648)).toBe("a");
    expect(M.toJson(m as never)).toEqual(JSON.parse(text));
  });

  it("reject keys that do not parse as the key type", () => {
    for (const [field, key] of [
      ["kInt32", "1.5"],
      ["kInt32", "2147483648"],
      ["kInt32", " 1"],
      ["kUint64", "-1"],
      ["kInt64", "x"],
      ["kBool", "TRUE"],
      ["kBool", "1"],
    ]) {
      const text = `{"${field}":{"${key}":"v"}}`;
      expect(
        code(() => M.fromJsonString(text)),
        text,
      ).toBe("INVALID_VALUE");
    }
  });
});

describe("presence", () => {
  it("explicit-presence fields set to zero are written", () => {
    const m = M.create({
      optInt: 0,
      optColor: 0,
      optData: new Uint8Array(0),
      optD: 0,
      optName: "",
    });
    expect(M.toJson(m)).toEqual({
      optInt: 0,
      optColor: "COLOR_UNSPECIFIED",
      optData: "",
      optD: 0,
      optName: "",
    });
    const back = M.fromJsonString(M.toJsonString(m)) as { optInt?: number; optName?: string };
    expect(back.optInt).toBe(0);
    expect(back.optName).toBe("");
  });

  it("implicit-presence zeros read from JSON stay unset (not written back)", () => {
    expect(M.toJsonString(M.fromJsonString('{"plainInt":0,"name":"","flag":false}'))).toBe("{}");
  });
});

describe("proto2 extensions", () => {
  const extInt = schema.findExtension("b2.ext_int")!;
  const extTags = schema.findExtension("b2.ext_tags")!;
  const nested = schema.findExtension("b2.Holder.nested_ext")!;

  it('are written as "[full.name]"', () => {
    const m = Req.create({ id: 1 });
    setExtension(m, extInt, 5);
    setExtension(m, extTags, ["a", "b"]);
    setExtension(m, nested, Req.create({ id: 2 }));
    expect(Req.toJson(m)).toEqual({
      id: 1,
      "[b2.ext_int]": 5,
      "[b2.ext_tags]": ["a", "b"],
      "[b2.Holder.nested_ext]": { id: 2 },
    });
  });

  it('are read from "[full.name]"; an unknown one is UNKNOWN_FIELD unless ignored', () => {
    const m = Req.fromJsonString('{"id":1,"[b2.ext_int]":5,"[b2.Holder.nested_ext]":{"id":2}}');
    expect(getExtension(m, extInt)).toBe(5);
    expect((getExtension(m, nested) as { id: number }).id).toBe(2);
    expect(code(() => Req.fromJsonString('{"id":1,"[b2.nope]":5}'))).toBe("UNKNOWN_FIELD");
    expect(
      Req.toJson(Req.fromJsonString('{"id":1,"[b2.nope]":5}', { ignoreUnknownFields: true })),
    ).toEqual({ id: 1 });
  });

  it("an extension's required fields are checked too (as protoc and protobuf-es do)", () => {
    const text = '{"id":1,"[b2.Holder.nested_ext]":{}}';
    expect(code(() => Req.fromJsonString(text))).toBe("MISSING_REQUIRED");
    const m = Req.fromJsonString(text, { allowPartial: true });
    expect(code(() => Req.toJson(m))).toBe("MISSING_REQUIRED");
    expect(Req.missingFields(m)).toEqual(["[b2.Holder.nested_ext].id"]);
  });
});
