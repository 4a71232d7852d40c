/**
 * Timing checks that hold on a slow or busy machine as well as on a fast idle one. A test never
 * compares a duration with a fixed number of milliseconds; it compares two durations measured
 * side by side in the same process, so that the machine's speed cancels out:
 *
 * - relativeCost: the code under test against a control doing the same amount of the same work
 *   (the same input size and allocation) without the part under test, such as lookups in a
 *   table of one entry instead of thousands. Quadratic code measures several times the control,
 *   linear code about 1.
 * - bestTime against a ceiling derived from a reference operation timed the same way (decoding
 *   valid messages, loading the unmutated corpus).
 *
 * Each timing is the smaller of this process's CPU time (process.cpuUsage) and the wall clock.
 * Noise adds to one or the other: other processes on a busy machine add wall time (a CPU hog on
 * a 2-core machine made a 25 ms loop take up to 200 ms of wall time, 22-27 ms of CPU time),
 * this process's own background threads (JIT compiler, GC helpers) add CPU time. Vitest runs
 * each test file in its own child process (the default "forks" pool); in a worker thread the
 * process's CPU time would include other files' work, so there the wall clock alone is used.
 * What noise remains (GC pauses, compiles, caches) only ever adds time, so a duration is the
 * best (minimum) of several runs, and a ceiling check may stop at the first run under it.
 *
 * Not growth ratios (time(8n) / time(n)): a schema load allocates so much that GC is most of its
 * cost, and that cost jumps once a load's data outlives V8's young generation. From 1,250 to
 * 10,000 reserved ranges (x8) the current, linear code measured x20-37 in CPU time, from 2,000
 * to 16,000 extensions x25-35: as much as the quadratic code it should tell apart. Timed
 * against a same-size control, the same loads stay at 0.9-1.3.
 */
import { isMainThread } from "node:worker_threads";

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Milliseconds taken by one call of `run`: CPU time or wall time, whichever is smaller. */
export function timeOnce(run: () => unknown): number {
  const cpu = cpuMs();
  const wall = performance.now();
  run();
  const wallMs = performance.now() - wall;
  return isMainThread ? Math.min(cpuMs() - cpu, wallMs) : wallMs;
}

/**
 * The best of up to `repeats` timings of `run`, in ms. With `enough`, stops at the first timing
 * at or below it: noise only adds time, so one such run settles a "no slower than" check.
 */
export function bestTime(run: () => unknown, repeats: number, enough = 0): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats && best > enough; i++) best = Math.min(best, timeOnce(run));
  return best;
}

/** Async bestTime: the best of up to `repeats` timings of `run`, stopping at `enough`. */
export async function bestTimeAsync(
  run: () => Promise<unknown>,
  repeats: number,
  enough = 0,
): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats && best > enough; i++) {
    const cpu = cpuMs();
    const wall = performance.now();
    await run();
    const wallMs = performance.now() - wall;
    best = Math.min(best, isMainThread ? Math.min(cpuMs() - cpu, wallMs) : wallMs);
  }
  return best;
}

export interface Relative<T = unknown> {
  /** Best time of the subject, ms. */
  subject: number;
  /** Best time of the reference, ms. */
  reference: number;
  /** subject / reference. */
  ratio: number;
  /** Timed rounds. */
  rounds: number;
  /** What the subject's last call returned, for checking results. */
  result: T;
}

/**
 * The cost of `subject` relative to `reference`, a call doing the same amount of the same kind
 * of work (the same input size, the same allocation) without the part under test. One untimed
 * warm-up of each, then `repeats` rounds alternating the two, best of each. While the ratio is
 * at or above `limit` (but under twice that), up to `repeats` more rounds.
 */
export function relativeCost<T>(
  subject: () => T,
  reference: () => unknown,
  repeats = 3,
  limit = Number.POSITIVE_INFINITY,
): Relative<T> {
  let result = subject();
  reference();
  let best = Number.POSITIVE_INFINITY;
  let ref = Number.POSITIVE_INFINITY;
  let rounds = 0;
  while (
    rounds < repeats ||
    (rounds < 2 * repeats && best / ref >= limit && best / ref < 2 * limit)
  ) {
    best = Math.min(
      best,
      timeOnce(() => {
        result = subject();
      }),
    );
    ref = Math.min(ref, timeOnce(reference));
    rounds++;
  }
  return { subject: best, reference: ref, ratio: best / ref, rounds, result };
}

/** "212.0 ms against 98.1 ms (x2.16, best of 3)", for assertion messages. */
export function describeRelative(r: Relative): string {
  return `${r.subject.toFixed(1)} ms against ${r.reference.toFixed(1)} ms (x${r.ratio.toFixed(2)}, best of ${r.rounds})`;
}
