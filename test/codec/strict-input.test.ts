/**
 * Strict input (src/codec/strict.ts, emit/shape.ts): encode and create refuse what they would
 * otherwise drop without a word: a property that is not a field, a oneof member set directly,
 * an unknown oneof case, a Date or a Map where a message belongs. `ignoreUnknownKeys` lets
 * extra properties (and class instances) through, nothing else.
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/index.js";
import { EncodeError } from "../../src/wire/errors.js";
import { thrown } from "../helpers/thrown.js";
import { hex } from "./schema-helper.js";

const schema = loadSchemaSync({
  sources: {
    "st.proto": `syntax = "proto3"; package st;
import "google/protobuf/timestamp.proto";
message User {
  string name = 1; int64 big_id = 2; google.protobuf.Timestamp created_at = 3;
  repeated string tags = 4;
  oneof contact { string email = 5; User referrer = 6; }
  User friend = 7;
}
message Batch { repeated User users = 1; map<string, User> by_name = 2; }`,
    "req.proto": `syntax = "proto2"; package st;
message Req { required string id = 1; optional Req child = 2; }`,
  },
});
const User = schema.messageType("st.User");
const Batch = schema.messageType("st.Batch");
const Req = schema.messageType("st.Req");

type Any = Record<string, unknown>;

/** The message of the EncodeError INVALID_VALUE that `fn` throws. */
function invalid(fn: () => unknown): string {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(EncodeError);
  expect((e as EncodeError).code).toBe("INVALID_VALUE");
  return (e as EncodeError).message;
}

/** Both encode and create of `codec` reject `value` with `message`. */
function rejects(codec: typeof User, value: unknown, message: string, lax = false): void {
  const options = { ignoreUnknownKeys: lax };
  expect(invalid(() => codec.encode(value as Any, options))).toBe(`INVALID_VALUE: ${message}`);
  expect(invalid(() => codec.create(value as Any, options))).toBe(`INVALID_VALUE: ${message}`);
}

class Point {
  name = "p";
}

describe("unknown properties", () => {
  it("are errors on encode and create, named by their path", () => {
    rejects(User, { nmae: "x" }, "User.nmae: unknown field; did you mean name?");
    rejects(User, { friend: { nmae: "x" } }, "User.friend.nmae: unknown field; did you mean name?");
    rejects(
      Batch,
      { users: [{}, {}, { name: "a", nmae: "x" }] },
      "Batch.users[2].nmae: unknown field; did you mean name?",
    );
    rejects(
      Batch,
      { byName: new Map([["ann", { nmae: "x" }]]) },
      'Batch.byName["ann"].nmae: unknown field; did you mean name?',
    );
    rejects(
      User,
      { contact: { case: "referrer", value: { nmae: "x" } } },
      "User.referrer.nmae: unknown field; did you mean name?",
    );
  });

  it("suggest the field a proto name or a near miss meant", () => {
    rejects(User, { big_id: 5n }, "User.big_id: unknown field; did you mean bigId?");
    rejects(User, { bigid: 5n }, "User.bigid: unknown field; did you mean bigId?");
    rejects(User, { BigID: 5n }, "User.BigID: unknown field; did you mean bigId?");
    rejects(User, { tgas: [] }, "User.tgas: unknown field; did you mean tags?");
    rejects(User, { createdAtt: {} }, "User.createdAtt: unknown field; did you mean createdAt?");
    rejects(User, { created_at: {} }, "User.created_at: unknown field; did you mean createdAt?");
    rejects(
      User,
      { referer: {} },
      'User.referer: unknown field; did you mean contact: { case: "referrer", value }?',
    );
    rejects(User, { colour: "red" }, "User.colour: unknown field");
    rejects(User, { "a b": 1 }, 'User["a b"]: unknown field');
  });

  it("accept $unknown, and $typeName when it names the message's type", () => {
    const bytes = User.encode({ name: "a" });
    expect(hex(User.encode({ $typeName: "st.User", name: "a" }))).toBe(hex(bytes));
    expect(User.create({ $typeName: "st.User", name: "a" } as Any)).toEqual(
      User.create({ name: "a" }),
    );
    expect(hex(User.encode({ name: "a", $unknown: [] }))).toBe(hex(bytes));
    rejects(
      User,
      { $typeName: "st.Batch" },
      'User.$typeName: "st.Batch" is not this message\'s type name st.User',
    );
    rejects(
      Batch,
      { users: [{ $typeName: "st.Req" }] },
      'Batch.users[0].$typeName: "st.Req" is not this message\'s type name st.User',
    );
    rejects(
      User,
      { $typeName: "st.Req" },
      'User.$typeName: "st.Req" is not this message\'s type name st.User',
      true,
    );
  });

  it("leave messages made by create and decode alone, unknown fields included", () => {
    const m = User.create({
      name: "a",
      friend: { name: "b" },
      contact: { case: "email", value: "e" },
    });
    const bytes = User.encode(m);
    expect(User.decode(bytes)).toEqual(m);
    // Field 9 is unknown to User: decode keeps it in $unknown, encode writes it back.
    const withUnknown = new Uint8Array([...bytes, 0x48, 0x01]);
    const decoded = User.decode(withUnknown);
    expect(decoded.$unknown).toBeDefined();
    expect(hex(User.encode(decoded))).toBe(hex(withUnknown));
    expect(User.create(decoded)).toEqual(decoded);
    // Symbol-keyed properties are not fields and are not looked at.
    expect(hex(User.encode({ name: "a", [Symbol("s")]: 1 } as Any))).toBe(
      hex(User.encode({ name: "a" })),
    );
  });

  it("come before missing required fields (often the reason a field reads unset)", () => {
    rejects(Req, { idd: "x" }, "Req.idd: unknown field; did you mean id?");
    rejects(
      Req,
      { id: "x", child: { idd: "y" } },
      "Req.child.idd: unknown field; did you mean id?",
    );
    expect((thrown(() => Req.encode({ child: { id: "y" } })) as EncodeError).message).toBe(
      "MISSING_REQUIRED: Req: required fields not set: id",
    );
  });
});

describe("oneofs", () => {
  it("set directly at the top of the message are errors, even with ignoreUnknownKeys", () => {
    const message =
      'User.email: email is a member of oneof contact; set contact: { case: "email", value } instead';
    rejects(User, { email: "a@b" }, message);
    rejects(User, { email: "a@b" }, message, true);
    rejects(
      Batch,
      { users: [{ referrer: {} }] },
      'Batch.users[0].referrer: referrer is a member of oneof contact; set contact: { case: "referrer", value } instead',
    );
  });

  it("with an unknown case, no case but a value, or extra keys are errors", () => {
    const cases = 'expected one of "email", "referrer" (or undefined for none)';
    rejects(
      User,
      { contact: { case: "fax", value: "1" } },
      `User.contact: unknown oneof case "fax"; ${cases}`,
    );
    rejects(
      User,
      { contact: { case: "fax", value: "1" } },
      `User.contact: unknown oneof case "fax"; ${cases}`,
      true,
    );
    rejects(User, { contact: { case: 5 } }, `User.contact: unknown oneof case 5; ${cases}`);
    rejects(
      User,
      { contact: { value: "a@b" } },
      "User.contact: a oneof value without a case (set case, or leave value undefined)",
    );
    rejects(
      User,
      { contact: { case: "email", value: "a@b", vaule: 1 } },
      "User.contact.vaule: unknown key in a oneof object { case, value }",
    );
  });

  it("that are not { case, value } objects are errors", () => {
    rejects(
      User,
      { contact: "a@b" },
      'User.contact: expected a oneof object { case, value }, got "a@b"',
    );
    rejects(
      User,
      { contact: ["email", "a@b"] },
      "User.contact: expected a oneof object { case, value }, got an array",
    );
    rejects(
      User,
      { contact: new Date(0) },
      "User.contact: expected a oneof object { case, value }, got a Date",
      true,
    );
  });

  it("that are unset or valid encode as before", () => {
    expect(hex(User.encode({ contact: { case: undefined } }))).toBe("");
    expect(hex(User.encode({ contact: null } as Any))).toBe("");
    expect(hex(User.encode({ contact: { case: "email", value: "e" } }))).toBe("2a0165");
    expect(hex(User.encode(User.create({ contact: { case: "email", value: "e" } })))).toBe(
      "2a0165",
    );
  });
});

describe("values that are not plain objects where a message belongs", () => {
  it("are errors, singular, in lists and in maps", () => {
    rejects(
      User,
      { createdAt: new Date(0) },
      "User.createdAt: expected a message object, got a Date",
    );
    rejects(User, { friend: [] }, "User.friend: expected a message object, got an array");
    rejects(
      User,
      { friend: new Uint8Array(2) },
      "User.friend: expected a message object, got a Uint8Array",
    );
    rejects(User, { friend: new Point() }, "User.friend: expected a message object, got a Point");
    rejects(
      User,
      { friend: Object.create({ name: "x" }) },
      "User.friend: expected a message object, got an object with a custom prototype",
    );
    rejects(
      Batch,
      { users: [{}, new Map()] },
      "Batch.users[1]: expected a message object, got a Map",
    );
    rejects(
      Batch,
      { byName: new Map([["k", new Set()]]) },
      'Batch.byName["k"]: expected a message object, got a Set',
    );
    rejects(
      User,
      { contact: { case: "referrer", value: new Date(0) } },
      "User.referrer: expected a message object, got a Date",
    );
    rejects(User, new Date(0), "User: expected a message object, got a Date");
    rejects(Req, new Date(0), "Req: expected a message object, got a Date");
  });

  it("accept objects without a prototype and plain objects of another realm", () => {
    const bare = Object.assign(Object.create(null) as Any, { name: "a" });
    expect(hex(User.encode(bare))).toBe("0a0161");
    expect(User.create(bare)).toEqual(User.create({ name: "a" }));
    const foreign = runInNewContext('({ name: "a", friend: { name: "b" } })') as Any;
    expect(hex(User.encode(foreign))).toBe(hex(User.encode({ name: "a", friend: { name: "b" } })));
    rejects(
      User,
      runInNewContext('({ nmae: "a" })'),
      "User.nmae: unknown field; did you mean name?",
    );
  });
});

describe("ignoreUnknownKeys", () => {
  const lax = { ignoreUnknownKeys: true };

  it("ignores properties that are not fields, at every level", () => {
    const input = { name: "a", extra: 1, friend: { name: "b", extra: 2 }, tags: ["t"] };
    const plain = { name: "a", friend: { name: "b" }, tags: ["t"] };
    expect(hex(User.encode(input, lax))).toBe(hex(User.encode(plain)));
    expect(User.create(input, lax)).toEqual(User.create(plain));
    const batch = { users: [{ name: "a", extra: 1 }], byName: new Map([["k", { extra: 2 }]]) };
    expect(hex(Batch.encode(batch, lax))).toBe(
      hex(Batch.encode({ users: [{ name: "a" }], byName: new Map([["k", {}]]) })),
    );
    expect(Batch.create(batch, lax).users).toEqual([User.create({ name: "a" })]);
  });

  it("accepts class instances, with fields as own or inherited properties", () => {
    class Person {
      extra = 1;
      get name(): string {
        return "a";
      }
    }
    expect(hex(User.encode({ friend: new Person() }, lax))).toBe(
      hex(User.encode({ friend: { name: "a" } })),
    );
    expect(User.create(new Person() as unknown as Any, lax)).toEqual(User.create({ name: "a" }));
    expect(hex(User.encode(new Point() as unknown as Any, lax))).toBe("0a0170");
  });

  it("still refuses built-ins where a message belongs", () => {
    rejects(
      User,
      { createdAt: new Date(0) },
      "User.createdAt: expected a message object, got a Date",
      true,
    );
    rejects(
      Batch,
      { users: [new Map()] },
      "Batch.users[0]: expected a message object, got a Map",
      true,
    );
    rejects(User, { friend: [] }, "User.friend: expected a message object, got an array", true);
    rejects(
      User,
      { friend: new Uint8Array(1) },
      "User.friend: expected a message object, got a Uint8Array",
      true,
    );
    rejects(User, { friend: /x/ }, "User.friend: expected a message object, got a RegExp", true);
  });

  it("is off by default, and create(init) without options stays strict", () => {
    expect(invalid(() => User.create({ extra: 1 } as Any))).toBe(
      "INVALID_VALUE: User.extra: unknown field",
    );
    expect(invalid(() => User.encode({ extra: 1 }, { ignoreUnknownKeys: false }))).toBe(
      "INVALID_VALUE: User.extra: unknown field",
    );
    expect(User.create()).toEqual(User.create({}));
  });
});
