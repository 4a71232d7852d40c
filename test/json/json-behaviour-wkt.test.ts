// The well-known types inside messages, as the proto3 JSON spec writes them: Any ("@type"
// anywhere in the object, WKTs as {"@type", "value"}, nested Any, unknown types), Timestamp,
// Duration, FieldMask, Struct / Value / ListValue, the wrappers and Empty.
import { describe, expect, it } from "vitest";
import type { JsonError } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";
import { loadBehaviourSchema } from "./helpers/behaviour-schema.js";

const schema = loadBehaviourSchema();
const M = schema.messageType("b.M");
const Item = schema.messageType("b.Item");
const Duration = schema.messageType("google.protobuf.Duration");

const code = (fn: () => unknown) => (thrown(fn) as JsonError).code;
const read = (text: string) => M.toJson(M.fromJsonString(text));
const ITEM_URL = "type.googleapis.com/b.Item";

describe("Any", () => {
  it('holds a message as its fields plus "@type", written first', () => {
    const any = { typeUrl: ITEM_URL, value: Item.encode(Item.create({ sku: "x", qty: 2 })) };
    expect(M.toJsonString(M.create({ any }))).toBe(
      `{"any":{"@type":"${ITEM_URL}","sku":"x","qty":2}}`,
    );
  });

  it('reads "@type" anywhere in the object', () => {
    const want = { any: { "@type": ITEM_URL, sku: "x", qty: 2 } };
    expect(read(`{"any":{"sku":"x","qty":2,"@type":"${ITEM_URL}"}}`)).toEqual(want);
    expect(read(`{"any":{"sku":"x","@type":"${ITEM_URL}","qty":2}}`)).toEqual(want);
    const m = M.fromJsonString(`{"any":{"qty":2,"@type":"${ITEM_URL}","sku":"x"}}`) as {
      any: { typeUrl: string; value: Uint8Array };
    };
    expect(m.any.typeUrl).toBe(ITEM_URL);
    expect(m.any.value).toEqual(Item.encode(Item.create({ sku: "x", qty: 2 })));
  });

  it('holds a well-known type as {"@type", "value"}', () => {
    const url = "type.googleapis.com/google.protobuf.Duration";
    const any = {
      typeUrl: url,
      value: Duration.encode(Duration.create({ seconds: 1n, nanos: 500_000_000 })),
    };
    expect(M.toJson(M.create({ any }))).toEqual({ any: { "@type": url, value: "1.500s" } });
    expect(read(`{"any":{"value":"1.5s","@type":"${url}"}}`)).toEqual({
      any: { "@type": url, value: "1.500s" },
    });
    const struct = `{"any":{"@type":"type.googleapis.com/google.protobuf.Struct","value":{"a":[1,null]}}}`;
    expect(read(struct)).toEqual(JSON.parse(struct));
    // Empty has no special form (as in protoc, Go and protobuf-es): it is a message of no fields.
    const empty = { any: { "@type": "type.googleapis.com/google.protobuf.Empty" } };
    expect(read(JSON.stringify(empty))).toEqual(empty);
    const withValue = `{"any":{"@type":"type.googleapis.com/google.protobuf.Empty","value":{}}}`;
    expect(code(() => M.fromJsonString(withValue))).toBe("UNKNOWN_FIELD");
  });

  it("nests: an Any holding an Any holding a message", () => {
    const text = `{"any":{"@type":"type.googleapis.com/google.protobuf.Any","value":{"@type":"${ITEM_URL}","sku":"deep"}}}`;
    expect(read(text)).toEqual(JSON.parse(text));
  });

  it("an unknown type is UNKNOWN_TYPE, both ways", () => {
    expect(code(() => M.fromJsonString('{"any":{"@type":"type.googleapis.com/b.Nope"}}'))).toBe(
      "UNKNOWN_TYPE",
    );
    const any = { typeUrl: "type.googleapis.com/b.Nope", value: new Uint8Array([8, 1]) };
    expect(code(() => M.toJson(M.create({ any })))).toBe("UNKNOWN_TYPE");
  });

  it('rejects fields without "@type", a second "@type", and a WKT without "value"', () => {
    expect(code(() => M.fromJsonString('{"any":{"sku":"x"}}'))).toBe("INVALID_VALUE");
    expect(
      code(() => M.fromJsonString(`{"any":{"@type":"${ITEM_URL}","@type":"${ITEM_URL}"}}`)),
    ).toBe("DUPLICATE_KEY");
    expect(code(() => M.fromJsonString(`{"any":{"@type":"${ITEM_URL}","nope":1}}`))).toBe(
      "UNKNOWN_FIELD",
    );
    expect(code(() => M.fromJsonString(`{"any":{"@type":"${ITEM_URL}","sku":1}}`))).toBe(
      "INVALID_VALUE",
    );
  });

  it("an empty Any is {}", () => {
    expect(read('{"any":{}}')).toEqual({ any: {} });
  });
});

describe("Timestamp, Duration, FieldMask", () => {
  it("are strings in RFC 3339, seconds with 0/3/6/9 digits, camelCase paths", () => {
    const text = '{"ts":"1970-01-01T00:00:01.010Z","dur":"-0.000001s","mask":"fooBar,a.bC"}';
    const m = M.fromJsonString(text) as {
      ts: { seconds: bigint; nanos: number };
      dur: { seconds: bigint; nanos: number };
      mask: { paths: string[] };
    };
    expect(m.ts).toEqual({ seconds: 1n, nanos: 10_000_000 });
    expect(m.dur).toEqual({ seconds: 0n, nanos: -1000 });
    expect(m.mask.paths).toEqual(["foo_bar", "a.b_c"]);
    expect(M.toJson(m as never)).toEqual(JSON.parse(text));
    expect(read('{"ts":"1970-01-01T01:00:00+01:00"}')).toEqual({ ts: "1970-01-01T00:00:00Z" });
  });

  it("reject what the spec rules out", () => {
    for (const text of [
      '{"ts":"1970-01-01T00:00:00"}',
      '{"ts":"10000-01-01T00:00:00Z"}',
      '{"ts":0}',
      '{"dur":"1"}',
      '{"dur":"315576000001s"}',
      '{"mask":"foo_bar"}',
      '{"mask":["a"]}',
    ]) {
      expect(
        code(() => M.fromJsonString(text)),
        text,
      ).toBe("INVALID_VALUE");
    }
  });
});

describe("Struct, Value, ListValue, wrappers, Empty", () => {
  it("are plain JSON", () => {
    const text =
      '{"st":{"a":1,"b":[true,null,"s",{"c":{}}]},"val":[],"lv":[1,[2]],"w64":"-1","wb":false,"empty":{}}';
    expect(read(text)).toEqual(JSON.parse(text));
  });

  it("a Value holds any JSON; NaN and infinities have no JSON form", () => {
    expect(read('{"val":{"x":"NaN"}}')).toEqual({ val: { x: "NaN" } });
    const m = M.create({ val: { kind: { case: "numberValue", value: Number.NaN } } });
    expect(code(() => M.toJson(m))).toBe("INVALID_VALUE");
  });

  it("wrappers: null leaves them unset, zero values are written", () => {
    expect(read('{"w64":null,"wb":null}')).toEqual({});
    expect(read('{"w64":0,"wb":false}')).toEqual({ w64: "0", wb: false });
    expect(code(() => M.fromJsonString('{"w64":{"value":"1"}}'))).toBe("INVALID_VALUE");
  });

  it("Empty is {} and nothing else", () => {
    expect(code(() => M.fromJsonString('{"empty":{"a":1}}'))).toBe("UNKNOWN_FIELD");
    expect(code(() => M.fromJsonString('{"empty":[]}'))).toBe("INVALID_VALUE");
  });
});
