// The bundled descriptor.proto, linked once: the linker interprets standard options (packed,
// deprecated, ...) against it when the files being loaded do not include descriptor.proto.
// It is read from protoc's compiled bytes (wkt/descriptor-binary.ts), not parsed from its text:
// about 5 ms against 25 ms, and linking a file without source info costs half as much, so the
// first schema with an option no longer pays a fixed ~50 ms (issue 15).

import { decodeFileDescriptorSet } from "../descriptor/binary.js";
import { SchemaError } from "../errors.js";
import { linkFiles } from "../linker/linker.js";
import type { Sym } from "../linker/nodes.js";
import { DESCRIPTOR_PROTO_SET_BASE64 } from "../wkt/descriptor-binary.js";

let bundledSymbols: ReadonlyMap<string, Sym> | undefined;

export function bundledDescriptor(): ReadonlyMap<string, Sym> {
  if (bundledSymbols === undefined) {
    const name = "google/protobuf/descriptor.proto";
    const [file] = decodeFileDescriptorSet(fromBase64(DESCRIPTOR_PROTO_SET_BASE64));
    const linked = linkFiles([file!], [name], {});
    if (linked.diagnostics.length > 0) throw new SchemaError(linked.diagnostics);
    bundledSymbols = linked.symbols;
  }
  return bundledSymbols;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard padded base64 to bytes, in plain JavaScript (no atob: not every runtime has it). */
function fromBase64(text: string): Uint8Array {
  const value = new Uint8Array(128);
  for (let i = 0; i < 64; i++) value[BASE64.charCodeAt(i)] = i;
  const end = text.endsWith("==")
    ? text.length - 2
    : text.endsWith("=")
      ? text.length - 1
      : text.length;
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    bits = (bits << 6) | value[text.charCodeAt(i)]!;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[at++] = (bits >> count) & 0xff;
    }
  }
  return bytes;
}
