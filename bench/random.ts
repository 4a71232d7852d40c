// A seeded pseudo-random generator (xoshiro128**), so every run and every contender sees the
// same data. Math.random cannot be seeded; the data sets must be reproducible byte for byte.

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads one seed over the four words of state (all-zero state is a fixed point).
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** A uniform uint32. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A uniform integer in [min, max] (both inclusive, span below 2^32). */
  int(min: number, max: number): number {
    return min + (this.uint32() % (max - min + 1));
  }

  /** A uniform double in [0, 1) with 32 random bits. */
  float(): number {
    return this.uint32() / 4_294_967_296;
  }

  bool(): boolean {
    return (this.uint32() & 1) === 1;
  }

  /** A uniform uint64 as a bigint, over the full range [0, 2^64). */
  uint64(): bigint {
    return (BigInt(this.uint32()) << 32n) | BigInt(this.uint32());
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** `length` characters drawn from `alphabet` (an array of code points as strings). */
  text(alphabet: readonly string[], length: number): string {
    let s = "";
    for (let i = 0; i < length; i++) s += this.pick(alphabet);
    return s;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
