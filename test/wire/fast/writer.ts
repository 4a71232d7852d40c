// The codecs' FastWriter under the public Writer's name (see reader.ts).
export { FastWriter as Writer } from "../../../src/wire/fast-writer.js";
