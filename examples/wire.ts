/**
 * The wire API by hand: write a small message without a schema, print its bytes, read it back.
 *
 *   message Person { string name = 1; int32 id = 2; repeated string emails = 3;
 *                    Address address = 4; int64 balance = 5; }
 *   message Address { string city = 1; }
 *
 * Run with `npx tsx examples/wire.ts`.
 */
import { DecodeError, Reader, WireType, Writer } from "../src/wire/index.js";

const w = new Writer();
w.tag(1, WireType.LengthDelimited).string("Ada Lovelace");
w.tag(2, WireType.Varint).int32(1815);
w.tag(3, WireType.LengthDelimited).string("ada@example.com");
w.tag(3, WireType.LengthDelimited).string("countess@example.org");
w.tag(4, WireType.LengthDelimited).fork(); // submessage: its length is written by join()
w.tag(1, WireType.LengthDelimited).string("London");
w.join();
w.tag(5, WireType.Varint).int64(-9_007_199_254_740_993n); // below -2^53: still exact
const bytes = w.finish();

const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
console.log(`${bytes.length} bytes: ${hex}`);

const r = new Reader(bytes);
while (r.pos < r.end) {
  const tag = r.tag();
  const field = tag >>> 3;
  switch (field) {
    case 1:
      console.log("name:", r.string());
      break;
    case 2:
      console.log("id:", r.int32());
      break;
    case 3:
      console.log("email:", r.string());
      break;
    case 4: {
      const end = r.length(); // payload end; pos now at its first byte
      while (r.pos < end) {
        const inner = r.tag();
        if (inner >>> 3 === 1) console.log("address.city:", r.string());
        else r.skip(inner & 7);
      }
      break;
    }
    case 5:
      console.log("balance:", r.int64());
      break;
    default:
      r.skip(tag & 7); // unknown field
  }
}

// Malformed input fails with a typed error carrying a code and the byte offset.
try {
  const cut = new Reader(bytes.subarray(0, 10)); // the name's 12 bytes do not fit
  cut.tag();
  cut.string();
} catch (e) {
  if (!(e instanceof DecodeError)) throw e;
  console.log(`cut input: ${e.code} at offset ${e.offset}`);
}
