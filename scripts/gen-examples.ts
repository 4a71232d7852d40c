/**
 * What examples/gen holds: `protowire gen` of examples/gen/proto/shop/order.proto, each target
 * (`size`: the `.ts` target with `--optimize size`).
 */
import { fileURLToPath } from "node:url";
import { type GeneratedFile, generateCode } from "../src/gen/index.js";
import { loadSchema } from "../src/node.js";

export const GEN_EXAMPLES_DIR = fileURLToPath(new URL("../examples/gen", import.meta.url));

export async function renderGenExamples(): Promise<
  Map<"ts" | "js" | "types" | "size", GeneratedFile[]>
> {
  const schema = await loadSchema({
    files: ["shop/order.proto"],
    includePaths: [`${GEN_EXAMPLES_DIR}/proto`],
  });
  return new Map([
    ["ts", generateCode(schema, { target: "ts" })],
    ["js", generateCode(schema, { target: "js" })],
    ["types", generateCode(schema, { target: "types" })],
    ["size", generateCode(schema, { target: "ts", optimize: "size" })],
  ]);
}
