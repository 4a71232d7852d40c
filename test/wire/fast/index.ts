// `protowire/wire` with the codecs' FastReader and FastWriter as Reader and Writer (see reader.ts).

export { FastReader as Reader } from "../../../src/wire/fast-reader.js";
export { FastWriter as Writer } from "../../../src/wire/fast-writer.js";
export * from "../../../src/wire/index.js";
