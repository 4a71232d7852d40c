/** The gen layer: a schema's message types as code made ahead of time (`protowire gen`). */
export { type GeneratedFile, type GenerateOptions, generateCode } from "./generate.js";
