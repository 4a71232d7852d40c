/**
 * decode_raw's input read a window at a time instead of whole (a file, which can be read from
 * any position): the top-level fields are gone through once to check them, as protoc parses
 * all before it prints any, and once more to print them, a run of whole fields per window. So
 * memory is the window (1 MiB, or the largest top-level field when printing), not the input.
 */
import { WireType } from "../../wire/constants.js";
import { TextError } from "../errors.js";
import { areFields, readValue, Scan } from "./raw-fields.js";

/**
 * Bytes that can be read from any position: `size` of them, of which `read(into, position)`
 * copies up to `into.length` from `position` on and returns how many (above 0 until the end).
 */
export interface RandomAccessBytes {
  readonly size: number;
  read(into: Uint8Array, position: number): number;
}

/** Bytes a window holds at least. */
export const WINDOW_BYTES = 1 << 20;
/** Room asked for beyond a cut-off tag or value: more than the longest (two varints). */
const STRADDLE_BYTES = 32;

/** A part of the input in memory: its bytes from `start` on, `length` of them. */
class Window {
  buf: Uint8Array;
  start = 0;
  length = 0;

  constructor(
    readonly input: RandomAccessBytes,
    bytes: number,
  ) {
    this.buf = new Uint8Array(bytes);
  }

  /** Whether the window reaches the end of the input. */
  get atEnd(): boolean {
    return this.start + this.length >= this.input.size;
  }

  /**
   * Moves the window to the input from `from` on, holding `need` bytes or more of it (all
   * there are, at the end): it keeps what it has of them and reads the rest.
   */
  fill(from: number, need: number): void {
    const end = this.start + this.length;
    if (from >= this.start && from < end) {
      this.buf.copyWithin(0, from - this.start, this.length);
      this.length = end - from;
    } else this.length = 0;
    this.start = from;
    if (need > this.buf.length) {
      const next = new Uint8Array(Math.max(need, 2 * this.buf.length));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    while (this.length < this.buf.length && !this.atEnd) {
      const n = this.input.read(this.buf.subarray(this.length), this.start + this.length);
      if (!(n > 0)) throw endedEarly(this.start + this.length, this.input.size);
      this.length += n;
    }
  }
}

/** What a top-level field's look at the window found (its end, when whole, is `s.pos`). */
enum Found {
  Whole,
  /** Not fields, whatever follows. */
  Invalid,
  /** Cut off by the window's end: more of the input is needed (`need` bytes from its start). */
  More,
  /** A length-delimited field that goes past the window, not needed whole: skipped to `skipTo`. */
  Skip,
}

/**
 * Goes through the top-level fields of `input`, handing each run of whole ones in the window to
 * `run(buf, start, end)`. With `whole`, a length-delimited field is always in the window whole
 * (to be printed); without, one larger than the window is skipped unread (to be checked).
 * The window holds `windowBytes` (tests make it small). False when the input is not fields
 * (`run` may have had some).
 */
export function eachFieldRun(
  input: RandomAccessBytes,
  whole: boolean,
  run: (buf: Uint8Array, start: number, end: number) => void,
  windowBytes = WINDOW_BYTES,
): boolean {
  const w = new Window(input, windowBytes);
  const look = { need: 0, skipTo: 0 };
  let from = 0;
  let need = windowBytes;
  while (from < input.size) {
    w.fill(from, need);
    need = windowBytes;
    const s = new Scan(w.buf, 0, w.length);
    let first = 0;
    let found = Found.Whole;
    while (s.pos < s.end) {
      first = s.pos;
      found = lookAtField(s, w, whole, look);
      if (found !== Found.Whole) break;
    }
    if (found === Found.Invalid) return false;
    const end = found === Found.Whole ? s.pos : first;
    if (end > 0) run(w.buf, 0, end);
    if (found === Found.Skip) from = look.skipTo;
    else {
      from = w.start + end;
      if (found === Found.More) need = Math.max(need, look.need);
    }
  }
  return true;
}

/** Reads the top-level field at `s.pos` in window `w`, and says what it found. */
function lookAtField(
  s: Scan,
  w: Window,
  whole: boolean,
  look: { need: number; skipTo: number },
): Found {
  const first = s.pos;
  const cut = (): Found => {
    if (w.atEnd) return Found.Invalid;
    look.need = w.length - first + STRADDLE_BYTES;
    return Found.More;
  };
  if (!s.varint()) return cut();
  const number = s.lo >>> 3;
  const wire = s.lo & 7;
  if (number === 0) return Found.Invalid;
  switch (wire) {
    case WireType.Varint:
    case WireType.Fixed64:
    case WireType.Fixed32:
      return readValue(s, wire) ? Found.Whole : cut();
    case WireType.LengthDelimited: {
      if (!s.varint()) return cut();
      const at = w.start + s.pos;
      if (s.hi !== 0 || s.lo > w.input.size - at) return Found.Invalid;
      if (s.lo <= s.end - s.pos) {
        s.pos += s.lo;
        return Found.Whole;
      }
      if (!whole) {
        look.skipTo = at + s.lo;
        return Found.Skip;
      }
      look.need = s.pos + s.lo - first;
      return Found.More;
    }
    case WireType.StartGroup:
      if (areFields(s, number, 99)) return Found.Whole;
      if (w.atEnd) return Found.Invalid;
      look.need = 2 * (w.length - first);
      return Found.More;
    default: // an end-group tag outside a group, or no wire type
      return Found.Invalid;
  }
}

/** The error of an input shorter than its size said (a file cut while it was read). */
export function endedEarly(at: number, size: number): TextError {
  return new TextError("INVALID_VALUE", `the input ended at byte ${at} of the ${size} it had`);
}
