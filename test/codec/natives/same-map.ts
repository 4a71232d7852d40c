// Run under `node --allow-natives-syntax --import tsx [closures]`: prints whether messages
// built in different ways share one V8 hidden class (map), with the compiled codecs or, given
// `closures`, the closure codecs that run where evaluation is forbidden. Used by
// hidden-class.test.ts.
import { closureCodec } from "../../../src/codec/message-type.js";
import { loadTestSchema, protocEncode } from "../schema-helper.js";

const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (
  a: object,
  b: object,
) => boolean;

const closures = process.argv[2] === "closures";
const schema = loadTestSchema(["codec3.proto", "codec2.proto"]);
const results: Record<string, boolean> = {};
for (const [file, type, textA, textB] of [
  [
    "codec3.proto",
    "codectest.p3.All",
    "f_string: 'x' f_int32: 1",
    "r_int32: [1] c_int32: 3 f_leaf { a: 1 }",
  ],
  [
    "codec2.proto",
    "codectest.p2.All",
    "f_color: BLUE grp { g: 1 }",
    "m_int64 { key: 1 value: 'a' } o_string: 'x'",
  ],
] as const) {
  const codec = closures ? closureCodec(schema.info(type)) : schema.codec(type);
  const created = codec.create();
  const a = codec.decode(
    protocEncode(file, type, textA.replaceAll("'", '"').replace("grp", "Grp")),
  );
  const b = codec.decode(protocEncode(file, type, textB.replaceAll("'", '"')));
  const init = codec.create({ fInt32: 5 } as never);
  results[type] = sameMap(created, a) && sameMap(a, b) && sameMap(b, init);
}
console.log(JSON.stringify(results));
