import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Reader, WireType, Writer } from "../../src/wire/index.js";
import { type Field, goldenCases } from "./golden-cases.js";
import { expectedRead, readScalar, wireTypeOf, writeScalar } from "./scalar-io.js";

const fixtureDir = fileURLToPath(new URL("../../fixtures/wire/", import.meta.url));

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${fixtureDir}${name}.bin`));
}

function writeFields(w: Writer, fields: Field[]): void {
  for (const f of fields) {
    switch (f.t) {
      case "message":
        w.tag(f.n, WireType.LengthDelimited).fork();
        writeFields(w, f.fields);
        w.join();
        break;
      case "group":
        w.tag(f.n, WireType.StartGroup);
        writeFields(w, f.fields);
        w.tag(f.n, WireType.EndGroup);
        break;
      case "packed":
        w.tag(f.n, WireType.LengthDelimited).fork();
        for (const v of f.v) writeScalar(w, f.of, v);
        w.join();
        break;
      default:
        w.tag(f.n, wireTypeOf[f.t]);
        writeScalar(w, f.t, f.v);
    }
  }
}

/** Reads `fields` in order from r, up to `end`; for groups, also consumes the end-group tag. */
function readFields(r: Reader, fields: Field[], end: number): void {
  for (const f of fields) {
    const tag = r.tag();
    expect(tag >>> 3).toBe(f.n);
    switch (f.t) {
      case "message": {
        expect(tag & 7).toBe(WireType.LengthDelimited);
        const sub = r.length();
        readFields(r, f.fields, sub);
        expect(r.pos).toBe(sub);
        break;
      }
      case "group":
        expect(tag & 7).toBe(WireType.StartGroup);
        readFields(r, f.fields, end);
        expect(r.tag()).toBe((f.n << 3) | WireType.EndGroup);
        break;
      case "packed": {
        expect(tag & 7).toBe(WireType.LengthDelimited);
        const sub = r.length();
        const got: unknown[] = [];
        while (r.pos < sub) got.push(readScalar(r, f.of));
        expect(got).toEqual(f.v.map((v) => expectedRead(f.of, v)));
        break;
      }
      default:
        expect(tag & 7).toBe(wireTypeOf[f.t]);
        // toEqual treats NaN as equal to NaN but tells 0 from -0 through Object.is.
        expect(readScalar(r, f.t)).toEqual(expectedRead(f.t, f.v));
    }
  }
  expect(r.pos).toBeLessThanOrEqual(end);
}

describe("golden fixtures from protoc --encode", () => {
  it("the classic: int32 a = 1 set to 150 is 08 96 01", () => {
    expect(Array.from(fixture("classic_150"))).toEqual([0x08, 0x96, 0x01]);
  });

  for (const [name, fields] of Object.entries(goldenCases)) {
    describe(name, () => {
      it("Writer rebuilds protoc's bytes", () => {
        const w = new Writer(16); // small, so that growth is exercised too
        writeFields(w, fields);
        expect(Buffer.from(w.finish()).toString("hex")).toBe(
          Buffer.from(fixture(name)).toString("hex"),
        );
      });

      it("Reader reads protoc's bytes back", () => {
        const bin = fixture(name);
        const r = new Reader(bin);
        readFields(r, fields, bin.length);
        expect(r.pos).toBe(bin.length);
      });

      it("Reader.skip() walks every field to the end", () => {
        const bin = fixture(name);
        const r = new Reader(bin);
        let count = 0;
        while (r.pos < r.end) {
          const tag = r.tag();
          r.skip(tag & 7, tag >>> 3);
          count++;
        }
        expect(r.pos).toBe(bin.length);
        expect(count).toBe(fields.length);
      });
    });
  }

  it("every fixture on disk has a case", () => {
    const txt = readFileSync(`${fixtureDir}regenerate.sh`, "utf8");
    expect(txt).toContain("protoc --encode");
    const names = Object.keys(goldenCases).sort();
    const onDisk = readdirSync(fixtureDir)
      .filter((f) => f.endsWith(".txtpb"))
      .map((f) => f.slice(0, -".txtpb".length))
      .sort();
    expect(names).toEqual(onDisk);
  });
});
