// The shape of bench/results/latest.json, and the ratios derived from it.

import type { PerCall, PerCallPlan } from "./measure.js";

/** Binary protobuf: message -> bytes, bytes -> message. */
export type BinaryOperation = "encode" | "decode";
/** proto3 JSON: message -> JSON text (toJson), JSON text -> message (fromJson). */
export type JsonOperation = "toJson" | "fromJson";
/** The protobuf text format: message -> text (toText), text -> message (fromText). */
export type TextOperation = "toText" | "fromText";
export type Operation = BinaryOperation | JsonOperation | TextOperation;
export const BINARY_OPERATIONS: readonly BinaryOperation[] = ["encode", "decode"];
export const JSON_OPERATIONS: readonly JsonOperation[] = ["toJson", "fromJson"];
export const TEXT_OPERATIONS: readonly TextOperation[] = ["toText", "fromText"];
export const OPERATIONS: readonly Operation[] = [
  ...BINARY_OPERATIONS,
  ...JSON_OPERATIONS,
  ...TEXT_OPERATIONS,
];

/** What an operation writes or reads: binary protobuf, proto3 JSON or the text format. */
export type Format = "binary" | "json" | "text";

export function formatOf(op: Operation): Format {
  if (op === "toJson" || op === "fromJson") return "json";
  if (op === "toText" || op === "fromText") return "text";
  return "binary";
}

/** Whether the JSON contender does `op` (it has no text format): the "× JSON" columns. */
export function hasJsonReference(op: Operation): boolean {
  return formatOf(op) !== "text";
}

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
  /**
   * The per-call method (measure.ts timePerCall): ops/s from the median one-call sample,
   * median over its rounds. Absent in results from before it was measured.
   */
  readonly perCall?: PerCall;
}

/** The two timing methods: batches that include garbage collection, and single calls. */
export type TimingMethod = "batches" | "perCall";

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
  /** Why the contender's JSON was not timed (no JSON support, or failed the JSON checks). */
  readonly jsonNotApplicable?: string;
  /** Size of the contender's proto3 JSON text, in UTF-8 bytes. */
  readonly jsonSize?: number;
  /** Message -> JSON text; MB/s counts `jsonSize`. */
  readonly toJson?: Measured;
  /** JSON text -> message; MB/s counts `jsonSize`. */
  readonly fromJson?: Measured;
  /** Why the contender's text format was not timed (none, or failed the text checks). */
  readonly textNotApplicable?: string;
  /** Size of the contender's text-format text, in UTF-8 bytes. */
  readonly textSize?: number;
  /** Message -> text format; MB/s counts `textSize`. */
  readonly toText?: Measured;
  /** Text format -> message; MB/s counts `textSize`. */
  readonly fromText?: Measured;
}

export interface DataSetResult {
  readonly name: string;
  readonly shape: string;
  readonly description: string;
  readonly results: ContenderResult[];
  readonly crossFailures: string[];
  /** Whether all protobuf contenders wrote byte-identical encodings. */
  readonly identicalEncodings: boolean;
  /** JSON cross-parsing failures "a -> b: reason" (a's text, b's parser); absent before JSON. */
  readonly jsonCrossFailures?: string[];
  /** The contenders whose JSON text is character-identical to protowire's; absent before JSON. */
  readonly jsonIdenticalToProtowire?: string[];
  /** Text-format cross-parsing failures, as for JSON; absent before the text format. */
  readonly textCrossFailures?: string[];
  /** The contenders whose text format is character-identical to protowire's; as for JSON. */
  readonly textIdenticalToProtowire?: string[];
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
  /** The per-call method's plan (always the wall clock); absent before it was measured. */
  readonly perCallPlan?: PerCallPlan;
  /**
   * The operations timed, in order; absent in results from before it was recorded (then all
   * binary and JSON operations, or binary only before JSON: see operationsOf).
   */
  readonly operations?: Operation[];
  /**
   * `json`: how the contender does proto3 JSON; `noJson`: why it does not (absent before JSON).
   * `text` and `noText`: the same for the text format (absent before the text format).
   */
  readonly contenders: {
    name: string;
    detail: string;
    json?: string;
    noJson?: string;
    text?: string;
    noText?: string;
  }[];
  readonly dataSets: DataSetResult[];
}

export const PROTOWIRE = "protowire";
/** protowire's generated code (contenders/protowire-gen.ts): protowire too, never a peer. */
export const PROTOWIRE_GEN = "protowire gen";
/** `protowire gen --optimize size` (compact tables): protowire too, never a peer. */
export const PROTOWIRE_GEN_SIZE = "protowire gen --optimize size";
/** protowire's closure codecs (contenders/protowire-eval-free.ts): protowire too, never a peer. */
export const PROTOWIRE_EVAL_FREE = "protowire eval-free";
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
  method: TimingMethod = "batches",
): number | undefined {
  const a = timingOf(measuredOf(ds, contender, op), method);
  const b = timingOf(measuredOf(ds, reference, op), method);
  if (a === undefined || b === undefined) return undefined;
  if (a.rounds.length === 0 || a.rounds.length !== b.rounds.length) {
    return a.opsPerSec / b.opsPerSec;
  }
  return median(a.rounds.map((x, i) => x / (b.rounds[i] as number)));
}

function timingOf(
  m: Measured | undefined,
  method: TimingMethod,
): { opsPerSec: number; rounds: readonly number[] } | undefined {
  return method === "batches" ? m : m?.perCall;
}

/**
 * The operations a run timed: as recorded; in results from before that, binary and JSON, or
 * binary only before the JSON operations.
 */
export function operationsOf(run: RunResult): readonly Operation[] {
  if (run.operations !== undefined) return run.operations;
  return run.contenders.some((c) => c.json !== undefined)
    ? [...BINARY_OPERATIONS, ...JSON_OPERATIONS]
    : BINARY_OPERATIONS;
}

/** The size the throughput of `op` counts: the binary encoding, the JSON text or the text. */
export function sizeOf(r: ContenderResult, op: Operation): number | undefined {
  const format = formatOf(op);
  return format === "json" ? r.jsonSize : format === "text" ? r.textSize : r.size;
}

/** Why `r` has no timing for `op`, if it has a reason. */
export function notApplicableOf(r: ContenderResult, op: Operation): string | undefined {
  const format = formatOf(op);
  if (format === "json") return r.jsonNotApplicable ?? r.notApplicable;
  if (format === "text") return r.textNotApplicable ?? r.notApplicable;
  return r.notApplicable;
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
  method: TimingMethod = "batches",
): { name: string; protowireOver: number } | undefined {
  let best: { name: string; protowireOver: number } | undefined;
  for (const r of ds.results) {
    if (r.contender === PROTOWIRE || r.contender === PROTOWIRE_GEN) continue;
    if (r.contender === PROTOWIRE_EVAL_FREE || r.contender === PROTOWIRE_GEN_SIZE) continue;
    if (r.contender === JSON_NAME) continue;
    const over = ratio(ds, PROTOWIRE, r.contender, op, method);
    if (over !== undefined && (best === undefined || over < best.protowireOver)) {
      best = { name: r.contender, protowireOver: over };
    }
  }
  return best;
}

/**
 * The issues' targets: protowire against the fastest peer and against JSON. For the JSON
 * operations the peers are the protobuf libraries' own proto3 JSON (protobuf-es, protobufjs
 * protojson), for the text operations their text formats (protobuf-es txtpb, protobufjs
 * textformat), with the same 1.3x on every data set.
 */
export function targetOverPeer(dataSet: string, op: Operation): number {
  // UTF-8 decoding dominates strings decode for every contender, and a 64 KiB payload blob
  // decode (copied by protowire by default, views in the peers): the target there is 1.1x.
  return (dataSet === "strings" || dataSet === "blob") && op === "decode" ? 1.1 : 1.3;
}
export const TARGET_OVER_JSON = 2;

/**
 * protowire's target over the JSON contender for `op`, or undefined for none: binary must be 2x
 * JSON; proto3 JSON has no target over bare JSON.stringify / JSON.parse (a reference line: a
 * proto3 JSON codec does their work plus the schema's); the text format has no JSON line.
 */
export function targetOverJson(op: Operation): number | undefined {
  return formatOf(op) === "binary" ? TARGET_OVER_JSON : undefined;
}
