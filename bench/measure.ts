// Timing, two methods. timeJobs times batches of calls (about `batchMs` per sample), so
// garbage-collection pauses land inside the samples; timePerCall times single calls
// (tinybench's usual way: the median of many one-call samples, where a call that met a
// collection is an outlier). Contenders are interleaved: round r
// runs every contender once, starting at a different one each round. The reported figure is
// the median over rounds of each round's mean throughput.

import { Bench, type Task } from "tinybench";
import { median } from "./results-model.js";

/**
 * What a sample's duration is read from. "wall": performance.now(), the usual choice on a quiet
 * machine. "cpu": the process's user + system CPU time (process.cpuUsage, 1 µs resolution), which
 * leaves out the time other processes hold the cores on a busy machine; it counts V8's helper
 * threads (parallel GC) too, so on a quiet machine it reads at least the wall time.
 */
export type Clock = "wall" | "cpu";

export function clockFn(clock: Clock): () => number {
  if (clock === "wall") return () => performance.now();
  return () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
}

export interface TimingPlan {
  /** Warm-up time per contender and operation before calibration, in ms. */
  readonly warmupMs: number;
  /** Target duration of one timed batch of calls, in ms. */
  readonly batchMs: number;
  /** Batches per contender per round. */
  readonly batchesPerRound: number;
  readonly rounds: number;
}

export const FULL_PLAN: TimingPlan = { warmupMs: 300, batchMs: 20, batchesPerRound: 1, rounds: 35 };
// --quick: every case runs through the same code, briefly; the numbers mean nothing.
export const QUICK_PLAN: TimingPlan = { warmupMs: 5, batchMs: 2, batchesPerRound: 1, rounds: 1 };

/** The per-call method's plan: rounds of one tinybench task per contender. */
export interface PerCallPlan {
  /** Interleaved rounds; a contender's figure is the median of its rounds. */
  readonly rounds: number;
  /** Time each task samples in a round, in ms (after a warm-up of a fifth of it). */
  readonly msPerRound: number;
}
export const FULL_PER_CALL: PerCallPlan = { rounds: 7, msPerRound: 100 };
export const QUICK_PER_CALL: PerCallPlan = { rounds: 1, msPerRound: 2 };

export interface Job {
  readonly name: string;
  /** One call of the operation; returns something so the work cannot be optimized away. */
  readonly call: () => unknown;
}

/** A job that calls `f` on `items` in turn, one item a call (distinct inputs, as a service sees). */
export function cyclingJob<T>(name: string, items: readonly T[], f: (x: T) => unknown): Job {
  let i = 0;
  return {
    name,
    call: () => {
      i = i === items.length - 1 ? 0 : i + 1;
      return f(items[i]!);
    },
  };
}

export interface Timing {
  /** Median over rounds of operations per second. */
  readonly opsPerSec: number;
  /** Each round's operations per second, in round order. */
  readonly rounds: number[];
  /** Calls per timed batch. */
  readonly callsPerBatch: number;
}

// Results land here so the optimizer must keep every call.
let sink: unknown;

export function lastSink(): unknown {
  return sink;
}

/** Times `jobs` (one per contender) against each other. */
export function timeJobs(
  jobs: readonly Job[],
  plan: TimingPlan,
  clock: Clock,
): Map<string, Timing> {
  const now = clockFn(clock);
  const bench = new Bench({
    now,
    time: 0,
    iterations: plan.batchesPerRound,
    warmupTime: plan.warmupMs,
    warmupIterations: 1,
    throws: true,
  });
  const state = jobs.map((job) => {
    const slot = { calls: 1 };
    const fn = (): void => {
      const call = job.call;
      let last: unknown;
      for (let i = slot.calls; i > 0; i--) last = call();
      sink = last;
    };
    bench.add(job.name, fn);
    const task = bench.getTask(job.name) as Task;
    return { job, slot, task, rounds: [] as number[] };
  });

  for (const s of state) {
    s.task.warmupSync();
    s.slot.calls = calibrate(s.job.call, plan.batchMs, now);
  }
  for (let round = 0; round < plan.rounds; round++) {
    for (let i = 0; i < state.length; i++) {
      const s = state[(round + i) % state.length];
      if (s === undefined) continue;
      s.task.reset();
      s.task.runSync();
      const result = s.task.result;
      if (result.state !== "completed") {
        const why = result.state === "errored" ? result.error.message : result.state;
        throw new Error(`${s.job.name}: timing failed (${why})`);
      }
      // latency: milliseconds per batch of `calls` calls.
      s.rounds.push((s.slot.calls * 1000) / result.latency.mean);
    }
  }
  return new Map(
    state.map((s) => [
      s.job.name,
      { opsPerSec: median(s.rounds), rounds: s.rounds, callsPerBatch: s.slot.calls },
    ]),
  );
}

/**
 * Times `jobs` one call per sample, on the wall clock: in each round every contender (in a
 * rotated order) runs a tinybench task of `msPerRound`, whose median sample (p50 latency) gives
 * the round's ops/s. GC pauses fall on few samples and the median leaves them out: this is the
 * speed of a call in a process that is not short of memory, where timeJobs's batches include
 * what the garbage costs.
 */
export function timePerCall(jobs: readonly Job[], plan: PerCallPlan): Map<string, PerCall> {
  const rounds = new Map<string, number[]>(jobs.map((j) => [j.name, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[(round + i) % jobs.length] as Job;
      // tinybench samples at least `iterations` calls (64 by default) whatever `time` says:
      // a few suffice, so that a call of 50 ms does not make a round of seconds.
      const bench = new Bench({
        time: plan.msPerRound,
        iterations: 5,
        warmupTime: plan.msPerRound / 5,
        warmupIterations: 2,
        throws: true,
      });
      bench.add(job.name, () => {
        sink = job.call();
      });
      bench.runSync();
      const result = (bench.tasks[0] as Task).result;
      if (result.state !== "completed") {
        const why = result.state === "errored" ? result.error.message : result.state;
        throw new Error(`${job.name}: per-call timing failed (${why})`);
      }
      (rounds.get(job.name) as number[]).push(1000 / result.latency.p50);
    }
  }
  return new Map([...rounds].map(([name, r]) => [name, { opsPerSec: median(r), rounds: r }]));
}

export interface PerCall {
  /** Median over rounds of each round's ops/s (1000 / median sample in ms). */
  readonly opsPerSec: number;
  readonly rounds: number[];
}

/** Calls per batch so that one batch takes about `batchMs` (at least 1 call). */
function calibrate(call: () => unknown, batchMs: number, now: () => number): number {
  let calls = 0;
  const start = now();
  let elapsed = 0;
  // Measure for a quarter of a batch, at least one call.
  while (elapsed < batchMs / 4 || calls === 0) {
    sink = call();
    calls++;
    elapsed = now() - start;
  }
  return Math.max(1, Math.round((calls * batchMs) / elapsed));
}

/**
 * `jobs` timed in both methods, interleaved within each: batches (FULL_PLAN) and per call
 * (`perCall`, FULL_PER_CALL unless given); with `quick`, briefly (numbers that mean nothing).
 */
export function timeBothMethods(
  jobs: readonly Job[],
  quick: boolean,
  perCall: PerCallPlan = FULL_PER_CALL,
): { batches: Map<string, Timing>; calls: Map<string, PerCall> } {
  return {
    batches: timeJobs(jobs, quick ? QUICK_PLAN : FULL_PLAN, "wall"),
    calls: timePerCall(jobs, quick ? QUICK_PER_CALL : perCall),
  };
}
