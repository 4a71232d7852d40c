// Membership in a list of number ranges (extension ranges, [from, to)) in logarithmic time: an
// element asks once per extension, and a hostile message may have as many ranges as extensions
// (a scan made 40,000 of each take seconds).

/** A test of whether one of `ranges` ([from, to)) holds n: sorted starts and the furthest end so far. */
export function rangeCheck(ranges: readonly (readonly [number, number])[]): (n: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let reach = Number.NEGATIVE_INFINITY;
  const reaches = sorted.map(([, to]) => {
    reach = Math.max(reach, to);
    return reach;
  });
  return (n) => {
    // The last range starting at or before n; some range holds n iff one of those reaches past n.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]![0] <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reaches[lo - 1]! > n;
  };
}
