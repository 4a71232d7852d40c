// DecodeOptions.aliasBytes: `bytes` fields decoded as views into the input instead of copies,
// in all three kinds of codec (compiled at run time, composed closures without eval, generated
// ahead of time): every place a `bytes` value is read (singular, repeated, oneof, map value,
// nested message, group) shares the input's memory with the option and owns its bytes without.
import { Buffer } from "node:buffer";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { MessageCodec } from "../../src/codec/index.js";
import { closureCodec, compileMessage } from "../../src/codec/message-type.js";
import { generateCode } from "../../src/gen/index.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";

const schema = loadSchemaSync({
  sources: {
    "alias.proto": `syntax = "proto2";
package al;
message Inner { optional bytes b = 1; }
message Holder {
  optional bytes one = 1;
  repeated bytes many = 2;
  oneof choice { bytes pick = 3; string other = 4; }
  map<string, bytes> byKey = 5;
  optional Inner inner = 6;
  optional group G = 7 { optional bytes gb = 8; }
  optional bytes empty = 9;
}`,
  },
});

interface Inner {
  b?: Uint8Array;
}
interface Holder {
  one?: Uint8Array;
  many: Uint8Array[];
  choice?: { case: "pick"; value: Uint8Array } | { case: "other"; value: string };
  byKey: Map<string, Uint8Array>;
  inner?: Inner;
  g?: { gb?: Uint8Array };
  empty?: Uint8Array;
}

const bytesOf = (...xs: number[]) => Uint8Array.from(xs);

/** Every `bytes` value of a decoded Holder, non-empty ones first, the empty one last. */
function valuesOf(h: Holder): Uint8Array[] {
  const pick = h.choice?.case === "pick" ? h.choice.value : undefined;
  return [h.one!, ...h.many, pick!, h.byKey.get("k")!, h.inner!.b!, h.g!.gb!, h.empty!];
}

const INIT = {
  one: bytesOf(1, 2, 3),
  many: [bytesOf(4), bytesOf(5, 6)],
  choice: { case: "pick", value: bytesOf(7, 7) },
  byKey: new Map([["k", bytesOf(8, 9)]]),
  inner: { b: bytesOf(10, 11, 12) },
  g: { gb: bytesOf(13) },
  empty: new Uint8Array(0),
};

const codecs: [string, () => MessageCodec<Holder>][] = [
  ["compiled", () => compileMessage(schema.findMessage("al.Holder")!) as MessageCodec<Holder>],
  ["closures", () => closureCodec(schema.findMessage("al.Holder")!) as MessageCodec<Holder>],
];
let generated: MessageCodec<Holder>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "protowire-alias-"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const runtime = pathToFileURL(join(import.meta.dirname, "../../src/runtime.ts")).href;
  for (const f of generateCode(schema, { target: "js", runtime })) {
    writeFileSync(join(dir, f.name), f.content);
  }
  const mod = await import(pathToFileURL(join(dir, "alias_pb.js")).href);
  generated = mod.Holder as MessageCodec<Holder>;
});

describe.each([...codecs, ["generated", () => generated] as const])("%s codecs", (_, codec) => {
  it("copy bytes by default: writing into the input changes no decoded value", () => {
    const type = codec();
    const input = type.encode(type.create(INIT as never));
    const h = type.decode(input);
    input.fill(0xee);
    expect(h).toEqual(type.create(INIT as never));
    for (const v of valuesOf(h)) expect(v.buffer).not.toBe(input.buffer);
  });

  it("with aliasBytes, every bytes value is a view into the input", () => {
    const type = codec();
    const input = type.encode(type.create(INIT as never));
    const h = type.decode(input, { aliasBytes: true });
    expect(h).toEqual(type.create(INIT as never));
    const values = valuesOf(h);
    for (const v of values.slice(0, -1)) {
      expect(v.buffer).toBe(input.buffer);
      expect(Object.getPrototypeOf(v)).toBe(Uint8Array.prototype);
    }
    expect(values.at(-1)!.length).toBe(0);
    input.fill(0xee);
    for (const v of values.slice(0, -1)) expect(v.every((b) => b === 0xee)).toBe(true);
  });

  it("views into a Node Buffer (a slice of a larger pool) are plain Uint8Arrays at the right offset", () => {
    const type = codec();
    const encoded = type.encode(type.create(INIT as never));
    const pool = Buffer.alloc(encoded.length + 100);
    const input = pool.subarray(37, 37 + encoded.length);
    input.set(encoded);
    const h = type.decode(input, { aliasBytes: true });
    expect(h).toEqual(type.create(INIT as never));
    expect(Buffer.isBuffer(h.one)).toBe(false);
    expect(h.one!.buffer).toBe(pool.buffer);
  });

  it("the option holds for one call only: the next decode copies again", () => {
    const type = codec();
    const input = type.encode(type.create(INIT as never));
    type.decode(input, { aliasBytes: true });
    const h = type.decode(input);
    expect(h.one!.buffer).not.toBe(input.buffer);
  });
});
