// The codecs' FastReader under the public Reader's name: vitest.fast-wire.config.ts runs the
// wire suites through it.
export { FastReader as Reader } from "../../../src/wire/fast-reader.js";
export type { ReaderOptions } from "../../../src/wire/reader.js";
