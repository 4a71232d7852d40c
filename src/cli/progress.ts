// Progress of a long stream (bytes, records, rate) on stderr, only when stderr is a terminal,
// redrawn at most every 200 ms and erased at the end.

export interface Progress {
  /** One more record; `bytes` read so far. */
  record(bytes: number): void;
  done(): void;
}

const SILENT: Progress = { record() {}, done() {} };

export function progress(): Progress {
  if (process.stderr.isTTY !== true) return SILENT;
  const start = Date.now();
  let last = 0;
  let records = 0;
  let bytes = 0; // read so far
  const draw = (): void => {
    const seconds = Math.max((Date.now() - start) / 1000, 0.001);
    const mb = bytes / 1e6;
    process.stderr.write(
      `\r${records} records, ${mb.toFixed(1)} MB, ${(mb / seconds).toFixed(1)} MB/s`,
    );
  };
  return {
    record(total) {
      records++;
      bytes = total;
      const now = Date.now();
      if (now - last >= 200) {
        last = now;
        draw();
      }
    },
    done() {
      if (last !== 0) process.stderr.write("\r\x1b[K");
    },
  };
}
