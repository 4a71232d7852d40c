// The error classes of every layer in one module of their own: what the command's error report
// needs, without the whole library that the entries (index.ts, node.ts) would bring along.

export { JsonError } from "../json/errors.js";
export { SchemaError } from "../schema/errors.js";
export { TextError } from "../text/errors.js";
export { DecodeError, EncodeError, ProtowireError } from "../wire/errors.js";
