// Prints the functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`):
//
//   npx tsx bench/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top=25]

import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const top = Number(process.argv.find((a) => a.startsWith("--top="))?.slice(6) ?? 25);
for (const file of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)?.callFrame;
    const where = frame?.url.split("/").slice(-2).join("/") ?? "";
    const key = `${frame?.functionName || "(anonymous)"} ${where}:${(frame?.lineNumber ?? 0) + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, us] of rows) {
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}\n`);
  }
}
