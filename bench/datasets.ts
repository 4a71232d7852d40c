// The data sets, each built by a seeded generator in protowire's message model
// (lowerCamelCase properties, bigint for 64-bit integers, Map for maps, Uint8Array for bytes,
// numbers for enums). Every contender's input is converted from these values (convert.ts).

import { Random } from "./random.js";
import type { ShapeName } from "./shapes.js";

export interface DataSet {
  /** Short name used in tables: small, user, numeric, strings, blob, pbjs, ... */
  readonly name: string;
  /** The message type, in bench/bench.proto. */
  readonly shape: ShapeName;
  readonly description: string;
  readonly value: Record<string, unknown>;
}

// biome-ignore format: a word list reads better packed
const WORDS = [
  "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
  "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
  "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "proto", "wire", "buffer", "stream",
];

const FIRST_NAMES = ["Ada", "Zoë", "Łukasz", "Søren", "Ana", "Jürgen", "Amélie", "Kenji", "Nadia"];
const LAST_NAMES = ["Lovelace", "Müller", "Nowak", "Kierkegaard", "García", "Öztürk", "Dubois"];
const CITIES = ["Zürich", "München", "São Paulo", "Kraków", "Reykjavík", "Москва", "東京"];
const COUNTRIES = ["CH", "DE", "BR", "PL", "IS", "RU", "JP"];
const ATTRIBUTE_KEYS = ["plan", "region", "theme", "referrer", "cohort", "locale", "tier"];

// Non-ASCII text: 2-byte (Latin, Greek, Cyrillic), 3-byte (CJK, kana) and 4-byte (emoji,
// surrogate pairs in JS) UTF-8 sequences, with ASCII spaces and letters mixed in, as real text is.
// biome-ignore format: grouped by UTF-8 width
const NON_ASCII = [
  ..."äöüßéèçñøåłżšč",
  ..."αβγδεζηθλμπσω",
  ..."абвгдежзийклмнопрст",
  ..."日本語の文字列東京都中国",
  ..."ひらがなカタカナ",
  "😀", "🚀", "🌍", "🎉",
  ..."      abcdefghijklmnop",
];

function words(rng: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out.join(" ");
}

export function smallRequest(rng: Random): Record<string, unknown> {
  return {
    pageSize: rng.int(10, 500),
    requestId: rng.uint64() >> 1n, // a positive int64
    includeDeleted: rng.bool(),
    status: rng.int(1, 3),
    query: words(rng, 2),
    locale: "en-US",
    minScore: Math.round(rng.float() * 1000) / 100,
    pageToken: `tok_${rng.uint32().toString(36)}`,
  };
}

export function user(rng: Random): Record<string, unknown> {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const city = rng.int(0, CITIES.length - 1);
  const attributes = new Map<string, string>();
  const attributeCount = rng.int(3, 5);
  while (attributes.size < attributeCount) {
    attributes.set(rng.pick(ATTRIBUTE_KEYS), words(rng, rng.int(1, 2)));
  }
  const phones = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    phones.push({
      number: `+${rng.int(1, 99)} ${rng.int(100, 999)} ${rng.int(1_000_000, 9_999_999)}`,
      kind: rng.int(1, 3),
      verified: rng.bool(),
    });
  }
  const tags = [];
  for (let i = rng.int(3, 6); i > 0; i--) tags.push(rng.pick(WORDS));
  const magnitude = BigInt(rng.uint32()) * BigInt(rng.int(1, 100_000));
  return {
    id: BigInt(rng.uint32()) * 1_000n + BigInt(rng.int(0, 999)),
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
    address: {
      street: `${rng.int(1, 200)} ${rng.pick(WORDS)} street`,
      city: CITIES[city],
      postalCode: String(rng.int(10_000, 99_999)),
      country: COUNTRIES[city],
      latitude: rng.float() * 180 - 90,
      longitude: rng.float() * 360 - 180,
    },
    tags,
    attributes,
    balance: rng.bool() ? -magnitude : magnitude,
    sessionToken: rng.uint64(),
    phones,
    status: rng.int(0, 3),
    age: rng.int(18, 99),
    verified: rng.bool(),
    rating: rng.float() * 5,
    createdAt: 1_600_000_000_000n + BigInt(rng.int(0, 200_000_000)) * 1_000n,
    bio: rng.text(NON_ASCII, rng.int(40, 90)),
  };
}

export function numeric(rng: Random): Record<string, unknown> {
  // int32: mostly small counters, some large, some negative (10-byte varints), as real data mixes.
  const ints: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const kind = rng.int(0, 9);
    if (kind < 6) ints.push(rng.int(0, 1_000));
    else if (kind < 9) ints.push(rng.int(0, 2_147_483_647));
    else ints.push(-rng.int(1, 2_147_483_648));
  }
  const doubles: number[] = [];
  for (let i = 0; i < 2_000; i++) doubles.push((rng.float() - 0.5) * 10 ** rng.int(-3, 9));
  const sints: bigint[] = [];
  for (let i = 0; i < 2_000; i++) {
    const v = BigInt.asIntN(64, rng.uint64()) >> BigInt(rng.int(0, 56));
    sints.push(v);
  }
  return { ints, doubles, sints };
}

export function strings(rng: Random): Record<string, unknown> {
  const blob = new Uint8Array(64 * 1024);
  for (let i = 0; i < blob.length; i += 4) {
    const v = rng.uint32();
    blob[i] = v & 0xff;
    blob[i + 1] = (v >>> 8) & 0xff;
    blob[i + 2] = (v >>> 16) & 0xff;
    blob[i + 3] = v >>> 24;
  }
  return {
    ascii: words(rng, 3_000), // about 19 KB
    text: rng.text(NON_ASCII, 8_000), // 8,000 code points, about 16.5 KB of UTF-8
    blob,
  };
}

/** `n` random bytes. */
function randomBytes(rng: Random, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(0, 255);
  return out;
}

// Latin-1 letters beyond ASCII (two bytes each in UTF-8), with ASCII letters and spaces.
const LATIN1 = [..."àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÉÖÜ", ..."  abcdefghij"];

/**
 * A document with its attachment (the blob case of issue 16): 8 KiB of ASCII words, 4 KiB of
 * Latin-1 text, 8 KiB of multilingual text, 12 keywords, a 64 KiB payload, a 32-byte digest.
 */
export function blob(rng: Random): Record<string, unknown> {
  const ascii = words(rng, 2_000).slice(0, 8 * 1024);
  const latin1 = rng.text(LATIN1, 4 * 1024);
  let text = "";
  while (new TextEncoder().encode(text).length < 8 * 1024) text += rng.pick(NON_ASCII);
  const keywords = Array.from({ length: 12 }, () => rng.pick(WORDS));
  return {
    ascii,
    latin1,
    text,
    keywords,
    payload: randomBytes(rng, 64 * 1024),
    digest: randomBytes(rng, 32),
  };
}

/** protobufjs's benchmark data (bench/data/bench.json in protobufjs/protobuf.js), as it is. */
export function pbjsTest(): Record<string, unknown> {
  return {
    string: "Lorem ipsum dolor sit amet.",
    uint32: 9000,
    inner: {
      int32: 20161110,
      innerInner: { long: 34857897489505n, enum: 1, sint32: -42 },
      outer: { bool: [true, false, false, true, false, false, true], double: 204.8 },
    },
    float: 0.25,
  };
}

/** Four of Sparse's 40 optional fields set (a settings record, mostly defaults). */
export function sparse(rng: Random): Record<string, unknown> {
  return {
    f3: true,
    f12: rng.pick(WORDS),
    f24: rng.float() * 100,
    f36: rng.int(1, 1_000_000),
  };
}

/** A chain of `depth` nested messages. */
export function deep(rng: Random, depth = 64): Record<string, unknown> {
  let node: Record<string, unknown> | undefined;
  for (let i = depth; i > 0; i--) {
    node = { name: `${rng.pick(WORDS)} ${i}`, value: rng.int(1, 100_000), child: node };
    if (node.child === undefined) delete node.child;
  }
  return node as Record<string, unknown>;
}

/** A map<string, string> of `count` entries. */
export function bigMap(rng: Random, count = 2_000): Record<string, unknown> {
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    entries.set(`${rng.pick(WORDS)}-${i}`, words(rng, rng.int(1, 4)));
  }
  return { entries };
}

export function batch(rng: Random): Record<string, unknown> {
  const users = [];
  for (let i = 0; i < 1_000; i++) users.push(user(rng));
  return { users };
}

export function dataSets(seed = 20_251_126): DataSet[] {
  return [
    {
      name: "small",
      shape: "SmallRequest",
      description: "an RPC request of 8 scalar fields",
      value: smallRequest(new Random(seed)),
    },
    {
      name: "user",
      shape: "User",
      description: "a nested user record: address, tags, map, sint64, fixed64, phones",
      value: user(new Random(seed + 1)),
    },
    {
      name: "numeric",
      shape: "Numeric",
      description: "packed: 10,000 int32, 2,000 double, 2,000 sint64",
      value: numeric(new Random(seed + 2)),
    },
    {
      name: "strings",
      shape: "Strings",
      description: "long ASCII and non-ASCII strings, 64 KiB bytes",
      value: strings(new Random(seed + 3)),
    },
    {
      name: "blob",
      shape: "Blob",
      description: "8 KiB ASCII, 4 KiB Latin-1, 8 KiB multilingual, keywords, 64 KiB + 32 B bytes",
      value: blob(new Random(seed + 5)),
    },
    {
      name: "pbjs",
      shape: "Test",
      description: "protobufjs's own benchmark message and data (bench.proto, bench.json)",
      value: pbjsTest(),
    },
    {
      name: "sparse",
      shape: "Sparse",
      description: "40 optional fields, 4 set",
      value: sparse(new Random(seed + 6)),
    },
    {
      name: "deep",
      shape: "Node",
      description: "64 nested messages",
      value: deep(new Random(seed + 7)),
    },
    {
      name: "bigmap",
      shape: "Index",
      description: "a map<string, string> of 2,000 entries",
      value: bigMap(new Random(seed + 8)),
    },
    {
      name: "batch",
      shape: "Batch",
      description: "1,000 users in one message",
      value: batch(new Random(seed + 4)),
    },
  ];
}
