/**
 * Protoscope's language (github.com/protocolbuffers/protoscope): an annotated, editable view
 * of protobuf bytes. `dumpProtoscope` writes it, `assembleProtoscope` reads it, and the two are
 * inverse for any input: `assembleProtoscope(dumpProtoscope(b))` is `b`, byte for byte.
 */
export { assembleProtoscope } from "./assemble.js";
export { dumpProtoscope, type ProtoscopeDumpOptions } from "./dump.js";
