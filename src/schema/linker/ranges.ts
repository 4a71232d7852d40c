// Range checks for the linker's validation. protoc compares every pair (quadratic); that is
// kept for ordinary inputs so diagnostics come in protoc's order, but a hostile file with
// 100,000 reserved ranges must not take minutes, so large inputs use sort-and-sweep and stop
// after MAX_REPORTS findings.

export interface Range {
  start?: number;
  end?: number;
}

/** Above this many pairwise comparisons, switch to the sorted algorithms. */
const QUADRATIC_LIMIT = 1_000_000;
/** Findings reported at most for one check on a huge input. */
const MAX_REPORTS = 100;

/**
 * Pairs [i, j] (i < j) of ranges that overlap. `endInclusive`: enum reserved ranges include
 * their end; message ranges do not.
 */
export function overlappingPairs(
  ranges: readonly Range[],
  endInclusive: boolean,
): [number, number][] {
  const out: [number, number][] = [];
  const n = ranges.length;
  const overlap = (a: Range, b: Range): boolean =>
    endInclusive
      ? (a.end ?? 0) >= (b.start ?? 0) && (b.end ?? 0) >= (a.start ?? 0)
      : (a.end ?? 0) > (b.start ?? 0) && (b.end ?? 0) > (a.start ?? 0);
  if (n * n <= QUADRATIC_LIMIT) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) if (overlap(ranges[i]!, ranges[j]!)) out.push([i, j]);
    }
    return out;
  }
  const order = [...ranges.keys()].sort(
    (a, b) => (ranges[a]!.start ?? 0) - (ranges[b]!.start ?? 0),
  );
  // Sweep: each range is compared with the one reaching furthest among those before it.
  let far = order[0]!;
  for (let k = 1; k < order.length && out.length < MAX_REPORTS; k++) {
    const cur = order[k]!;
    if (overlap(ranges[far]!, ranges[cur]!)) out.push(far < cur ? [far, cur] : [cur, far]);
    if ((ranges[cur]!.end ?? 0) > (ranges[far]!.end ?? 0)) far = cur;
  }
  return out;
}

/** Finds the ranges that contain a number. */
export class RangeIndex {
  private readonly sorted: number[] | undefined;
  constructor(
    private readonly ranges: readonly Range[],
    private readonly endInclusive: boolean,
    queries: number,
  ) {
    if (ranges.length * queries > QUADRATIC_LIMIT) {
      this.sorted = [...ranges.keys()].sort(
        (a, b) => (ranges[a]!.start ?? 0) - (ranges[b]!.start ?? 0),
      );
    }
  }

  private contains(i: number, n: number): boolean {
    const r = this.ranges[i]!;
    return (r.start ?? 0) <= n && (this.endInclusive ? n <= (r.end ?? 0) : n < (r.end ?? 0));
  }

  /** Indexes of ranges containing `n` (in declaration order for ordinary inputs). */
  find(n: number): number[] {
    if (this.sorted === undefined) {
      const out: number[] = [];
      for (let i = 0; i < this.ranges.length; i++) if (this.contains(i, n)) out.push(i);
      return out;
    }
    // Last range starting at or before n, then a few before it (overlaps are reported anyway).
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ranges[s[mid]!]!.start ?? 0) <= n) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (this.contains(s[k]!, n)) out.push(s[k]!);
    return out;
  }
}
