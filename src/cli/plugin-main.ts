// The `protoc-gen-protowire` bin (dist/protoc-gen-protowire.js): protoc runs it with a
// CodeGeneratorRequest on stdin and reads the response from stdout (plugin.ts).

import { readFileSync, writeSync } from "node:fs";
import { respond } from "./plugin.js";

const response = respond(new Uint8Array(readFileSync(0)));
for (let at = 0; at < response.length; ) at += writeSync(1, response, at);
