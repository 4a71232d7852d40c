// Run under `node --allow-natives-syntax --import tsx`: prints whether messages built in
// different ways share one V8 hidden class (map). Used by hidden-class.test.ts.
import { loadTestSchema, protocEncode } from "../schema-helper.js";

const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (
  a: object,
  b: object,
) => boolean;

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
  const codec = schema.codec(type);
  const created = codec.create();
  const a = codec.decode(
    protocEncode(file, type, textA.replaceAll("'", '"').replace("grp", "Grp")),
  );
  const b = codec.decode(protocEncode(file, type, textB.replaceAll("'", '"')));
  const init = codec.create({ fInt32: 5 } as never);
  results[type] = sameMap(created, a) && sameMap(a, b) && sameMap(b, init);
}
console.log(JSON.stringify(results));
