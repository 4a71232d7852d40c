// The shape of bench/results/latest.json, and the ratios derived from it.

export type Operation = "encode" | "decode";
export const OPERATIONS: readonly Operation[] = ["encode", "decode"];

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly v8: string;
  /** 1-minute load average when the run started and when it ended (other processes' load). */
  readonly loadAverage: { start: number; end: number };
}

export interface Measured {
  readonly opsPerSec: number;
  /** Encoded bytes per second (the contender's own encoding size times ops/s), in MB (10^6). */
  readonly mbPerSec: number;
  /** Each round's ops/s; the spread shows how steady the machine was. */
  readonly rounds: number[];
  readonly callsPerBatch: number;
}

export interface ContenderResult {
  readonly contender: string;
  /** Why the contender was not timed on this data set (failed the correctness gate). */
  readonly notApplicable?: string;
  /** Observations from the correctness gate that do not exclude the contender. */
  readonly notes?: string[];
  /** Encoded size in bytes. */
  readonly size?: number;
  readonly encode?: Measured;
  readonly decode?: Measured;
}

export interface DataSetResult {
  readonly name: string;
  readonly shape: string;
  readonly description: string;
  readonly results: ContenderResult[];
  readonly crossFailures: string[];
  /** Whether all protobuf contenders wrote byte-identical encodings. */
  readonly identicalEncodings: boolean;
}

export interface RunResult {
  readonly date: string;
  readonly quick: boolean;
  /** The commit measured, with "+changes" when the work tree differed from it; "" without git. */
  readonly commit: string;
  readonly machine: Machine;
  readonly plan: {
    warmupMs: number;
    batchMs: number;
    batchesPerRound: number;
    rounds: number;
    /** "wall" (performance.now) or "cpu" (process user + system CPU time). */
    clock: "wall" | "cpu";
  };
  readonly contenders: { name: string; detail: string }[];
  readonly dataSets: DataSetResult[];
}

export const PROTOWIRE = "protowire";
export const JSON_NAME = "JSON";

export function opsOf(ds: DataSetResult, contender: string, op: Operation): number | undefined {
  return ds.results.find((r) => r.contender === contender)?.[op]?.opsPerSec;
}

/**
 * How many times faster `contender` is than `reference` (same data set and operation): the
 * median over rounds of the two contenders' ratio within each round. A round times every
 * contender back to back, so a slow spell of the machine (this one is shared) slows both sides
 * of a ratio alike; the ratio of the two medians would mix rounds taken seconds apart.
 */
export function ratio(
  ds: DataSetResult,
  contender: string,
  reference: string,
  op: Operation,
): number | undefined {
  const a = measuredOf(ds, contender, op);
  const b = measuredOf(ds, reference, op);
  if (a === undefined || b === undefined) return undefined;
  if (a.rounds.length === 0 || a.rounds.length !== b.rounds.length) {
    return a.opsPerSec / b.opsPerSec;
  }
  return median(a.rounds.map((x, i) => x / (b.rounds[i] as number)));
}

function measuredOf(ds: DataSetResult, contender: string, op: Operation): Measured | undefined {
  return ds.results.find((r) => r.contender === contender)?.[op];
}

/** The median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The fastest protobuf peer (not protowire, not JSON) on a data set and operation, judged
 * against protowire: the peer with the smallest ratio(protowire, peer), and that ratio.
 */
export function fastestPeer(
  ds: DataSetResult,
  op: Operation,
): { name: string; protowireOver: number } | undefined {
  let best: { name: string; protowireOver: number } | undefined;
  for (const r of ds.results) {
    if (r.contender === PROTOWIRE || r.contender === JSON_NAME) continue;
    const over = ratio(ds, PROTOWIRE, r.contender, op);
    if (over !== undefined && (best === undefined || over < best.protowireOver)) {
      best = { name: r.contender, protowireOver: over };
    }
  }
  return best;
}

/** The targets: protowire against the fastest peer and against JSON. */
export function targetOverPeer(dataSet: string, op: Operation): number {
  // UTF-8 decoding dominates strings decode for every contender: the target there is 1.1x.
  return dataSet === "strings" && op === "decode" ? 1.1 : 1.3;
}
export const TARGET_OVER_JSON = 2;
