// bench/results/chart.svg: grouped bars of each contender's speed relative to JSON, per data
// set, one panel per operation: encode, decode, and (results that have them) proto3 JSON
// toJson and fromJson, whose 1× is bare JSON.stringify / JSON.parse. The axis is logarithmic
// (base 2) and the bars start at 1× (JSON's own speed): up is faster than JSON, down is slower.
// The text format's toText and fromText are not charted: JSON has no text format, so they have
// no 1× (the report's tables have them). No plotting library.

import type { Operation, RunResult } from "./results-model.js";
import { hasJsonReference, JSON_NAME, operationsOf, ratio } from "./results-model.js";

type ChartedOperation = Exclude<Operation, "toText" | "fromText">;

const PANEL_TITLES: Readonly<Record<ChartedOperation, string>> = {
  encode: "Encode (JSON = 1×)",
  decode: "Decode (JSON = 1×)",
  toJson: "toJson: message → proto3 JSON text (JSON.stringify = 1×)",
  fromJson: "fromJson: proto3 JSON text → message (JSON.parse = 1×)",
};

const WIDTH = 960;
const PANEL_HEIGHT = 300;
const TOP = 70; // title and legend
const LEFT = 64; // axis labels
const RIGHT = 16;
const PANEL_GAP = 56; // data set labels under a panel and the next panel's title
const FOOTER = 28;
const COLORS = ["#2563eb", "#f59e0b", "#d97706", "#10b981", "#8b5cf6", "#ef4444"];

export function renderChart(run: RunResult): string {
  const names = run.contenders.map((c) => c.name).filter((n) => n !== JSON_NAME);
  const ops = operationsOf(run).filter((op): op is ChartedOperation => hasJsonReference(op));
  const ratios: number[] = [];
  for (const ds of run.dataSets) {
    for (const op of ops) {
      for (const n of names) {
        const r = ratio(ds, n, JSON_NAME, op);
        if (r !== undefined && r > 0) ratios.push(r);
      }
    }
  }
  // Axis range in powers of two, always including 0.5× to 2× so the 1× line has context.
  const lo = Math.min(-1, Math.floor(Math.log2(Math.min(...ratios, 1))));
  const hi = Math.max(1, Math.ceil(Math.log2(Math.max(...ratios, 1))));
  const height = TOP + ops.length * (PANEL_HEIGHT + PANEL_GAP) + FOOTER;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" ` +
      `viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(WIDTH / 2, 24, "Speed relative to JSON (× JSON ops/s, log scale; higher is better)", {
      size: 16,
      anchor: "middle",
      weight: "bold",
    }),
  );
  // Legend.
  let x = LEFT;
  names.forEach((n, i) => {
    out.push(`<rect x="${x}" y="40" width="12" height="12" fill="${color(i)}"/>`);
    out.push(text(x + 16, 50, n));
    x += 24 + n.length * 7;
  });

  ops.forEach((op, panel) => {
    const top = TOP + panel * (PANEL_HEIGHT + PANEL_GAP) + 20;
    out.push(...renderPanel(run, op, names, top, lo, hi));
  });

  const m = run.machine;
  const footer =
    `${m.cpu}, ${m.cores} cores, Node ${m.node}, ${run.date.slice(0, 10)}, ` +
    `${run.plan.clock === "cpu" ? "CPU time" : "wall clock"}` +
    (run.quick ? " (--quick run: timings are meaningless)" : "");
  out.push(text(WIDTH - RIGHT, height - 10, footer, { anchor: "end", fill: "#555555" }));
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

function renderPanel(
  run: RunResult,
  op: ChartedOperation,
  names: readonly string[],
  top: number,
  lo: number,
  hi: number,
): string[] {
  const out: string[] = [];
  const plotW = WIDTH - LEFT - RIGHT;
  const y = (log2: number): number => top + ((hi - log2) / (hi - lo)) * PANEL_HEIGHT;
  out.push(text(LEFT, top - 8, PANEL_TITLES[op], { size: 14, weight: "bold" }));
  for (let p = lo; p <= hi; p++) {
    const yy = y(p).toFixed(1);
    const base = p === 0;
    out.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${yy}" y2="${yy}" ` +
        `stroke="${base ? "#333333" : "#e5e5e5"}" stroke-width="${base ? 1.5 : 1}"/>`,
    );
    out.push(text(LEFT - 6, y(p) + 4, `${formatPower(p)}×`, { anchor: "end", fill: "#555555" }));
  }
  const groupW = plotW / run.dataSets.length;
  const barW = (groupW * 0.8) / names.length;
  run.dataSets.forEach((ds, g) => {
    const gx = LEFT + g * groupW + groupW * 0.1;
    out.push(
      text(gx + (groupW * 0.8) / 2, top + PANEL_HEIGHT + 18, ds.name, {
        anchor: "middle",
        size: 13,
      }),
    );
    names.forEach((n, i) => {
      const bx = gx + i * barW;
      const cx = bx + barW / 2;
      const r = ratio(ds, n, JSON_NAME, op);
      if (r === undefined || r <= 0) {
        out.push(text(cx, y(0) - 4, "n/a", { anchor: "middle", size: 10, fill: "#888888" }));
        return;
      }
      const v = Math.log2(r);
      const y0 = y(0);
      const y1 = y(v);
      const h = Math.max(1, Math.abs(y1 - y0));
      out.push(
        `<rect x="${(bx + 1).toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" ` +
          `width="${(barW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${color(i)}">` +
          `<title>${escapeXml(`${n}, ${ds.name} ${op}: ${r.toFixed(2)}× JSON`)}</title></rect>`,
      );
      const labelY = v >= 0 ? y1 - 4 : y1 + 12;
      out.push(text(cx, labelY, formatRatio(r), { anchor: "middle", size: 10 }));
    });
  });
  return out;
}

function formatRatio(r: number): string {
  return r.toFixed(r >= 10 ? 0 : r >= 1 ? 1 : 2);
}

function formatPower(p: number): string {
  return p >= 0 ? String(2 ** p) : `1/${2 ** -p}`;
}

function color(i: number): string {
  return COLORS[i % COLORS.length] as string;
}

interface TextStyle {
  size?: number;
  anchor?: "start" | "middle" | "end";
  weight?: "bold";
  fill?: string;
}

function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  const attrs = [`x="${x.toFixed(1)}"`, `y="${y.toFixed(1)}"`];
  if (style.size !== undefined) attrs.push(`font-size="${style.size}"`);
  if (style.anchor !== undefined) attrs.push(`text-anchor="${style.anchor}"`);
  if (style.weight !== undefined) attrs.push(`font-weight="${style.weight}"`);
  attrs.push(`fill="${style.fill ?? "#111111"}"`);
  return `<text ${attrs.join(" ")}>${escapeXml(content)}</text>`;
}

export function escapeXml(s: string): string {
  return s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
