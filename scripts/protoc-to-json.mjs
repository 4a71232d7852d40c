// Dev-only: decode a FileDescriptorSet (binary, on stdin) with @bufbuild/protobuf and print
// it as protobuf JSON; with an argument, print only that file's FileDescriptorProto.
// Used by scripts/parser-expectations.sh to turn protoc output into committed test
// expectations; never imported by src/.
import { fromBinary, toJson } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const set = fromBinary(FileDescriptorSetSchema, new Uint8Array(Buffer.concat(chunks)));
const json = toJson(FileDescriptorSetSchema, set);
const name = process.argv[2];
const out = name === undefined ? json : json.file.find((f) => f.name === name);
if (out === undefined) throw new Error(`no file ${name} in the set`);
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
