// Dev-only differential fuzz: mutates .proto files (tokens deleted, duplicated or inserted,
// stray bytes spliced in) and checks that our parser reports exactly what protoc 36.2
// reports, error for error, position for position.
//
//   PROTOC=/path/to/protoc-36.2 npx tsx scripts/parser-differential.ts [seed] [iterations] [--comments]
//
// Seeds are the fixture corpus (fixtures/schemas, with its include paths). When we report
// errors, protoc (which stops after parse errors) must print the same lines. When we report
// none, protoc must not print a parser error (it may print linker errors).
// With --comments, the files stay valid: comments, blank lines and tabs are inserted after
// random tokens, and our source info must equal protoc's (locations inside options, which
// protoc's linker rewrites, left out on both sides).

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { diagnosticHeader } from "../src/schema/errors.js";
import { parseFile } from "../src/schema/parser/parser.js";
import { Tokenizer } from "../src/schema/parser/tokenizer.js";
import { type JsonLocation, normalizeLocations } from "../test/schema/parser-normalize.js";

const protoc = process.env.PROTOC ?? "node_modules/protoc/bin/protoc-linux-x86_64";
const root = "fixtures/schemas";
const wkt = "src/schema/wkt";
let seed = Number(process.argv[2] ?? 1);
const iterations = Number(process.argv[3] ?? 300);
const commentsMode = process.argv.includes("--comments");

/** A small LCG, so a seed reproduces a run. */
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const JUNK = `{ } ; = ( ) [ ] < > , . - " ' \\ / /* // 1 0x 1e 08 1.5.5 inf nan to max message enum
  service rpc stream returns extend extensions reserved option optional required repeated
  group map oneof import public weak package syntax edition export local default json_name`.split(
  /\s+/,
);

/** Protoc's parser messages (others come from its linker). */
const PARSER_MESSAGE =
  /^(Expected|Reached|Unmatched|Integer out of range|Invalid|Need space|Multiline|Unexpected end|Interpreting|Group|Label "|Reserved names|Already set|Missing|Unknown edition|Unrecognized syntax|'local'|option import|imports should|Numbers starting|Already saw|Hex and octal|End-of-file|"\/\*"|"0x"|"e"|Fields in oneofs|Map fields|Field labels|Messages can't|Unsigned field|Identifier after)/;

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as {
  entries: { name: string; files: string[] }[];
};
const seeds = manifest.entries.flatMap((e) => e.files.map((f) => [e.name, f] as const));

function mutate(src: string): string {
  const tokens: [number, number][] = [];
  const lineStart = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStart.push(i + 1);
  const t = new Tokenizer(src, () => {});
  // Columns equal UTF-16 offsets only in ASCII text without tabs: mutate those files only.
  while (t.next()) {
    const start = (lineStart[t.current.line] ?? 0) + t.current.column;
    tokens.push([start, start + t.current.text.length]);
  }
  let out = src;
  for (let k = 1 + rnd(3); k > 0 && tokens.length > 0; k--) {
    const [a, b] = tokens[rnd(tokens.length)] ?? [0, 0];
    if (a > out.length) continue;
    switch (rnd(4)) {
      case 0:
        out = out.slice(0, a) + out.slice(b);
        break;
      case 1:
        out = `${out.slice(0, b)} ${out.slice(a, b)}${out.slice(b)}`;
        break;
      case 2:
        out = `${out.slice(0, a)} ${JUNK[rnd(JUNK.length)]} ${out.slice(a)}`;
        break;
      default:
        out =
          out.slice(0, a) +
          String.fromCharCode(rnd(3) === 0 ? rnd(32) : 0x80 + rnd(0x700)) +
          out.slice(a);
    }
  }
  return out;
}

const INSERTS = [
  "// c\n",
  "/* b */",
  "/* b */\n",
  "\n",
  "\n\n",
  "// x\n\n",
  "\t",
  "/* multi\n * line */",
  "/**/",
  "//\n",
  "/* a */ /* b */",
  "\n// d1\n\n// d2\n",
  "/* \u00e9 */",
  "// \u2603\n",
];

/** Comments and whitespace after random tokens: the file stays valid. */
function addComments(src: string): string {
  const lineStart = [0];
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStart.push(i + 1);
  const ends: number[] = [];
  const t = new Tokenizer(src, () => {});
  while (t.next()) ends.push((lineStart[t.current.line] ?? 0) + t.current.endColumn);
  const picks = new Set<number>();
  for (let k = 1 + rnd(8); k > 0; k--) picks.add(ends[rnd(ends.length)] ?? 0);
  let out = "";
  let last = 0;
  for (const pos of [...picks].sort((a, b) => a - b)) {
    out += src.slice(last, pos) + INSERTS[rnd(INSERTS.length)];
    last = pos;
  }
  return out + src.slice(last);
}

/** Source locations outside options, as sorted-key JSON lines. */
function comparable(locations: JsonLocation[], ours: boolean): string[] {
  return normalizeLocations(locations, ours)
    .filter((l) => !(l.path ?? []).includes("OPT"))
    .map((l) => JSON.stringify(l, Object.keys(l).sort()));
}

function ourLocations(text: string, rel: string): JsonLocation[] {
  return (parseFile(rel, text).file.sourceCodeInfo?.location ?? []).map((l) => {
    const o: JsonLocation = { span: l.span };
    if (l.path.length > 0) o.path = l.path;
    if (l.leadingComments !== undefined) o.leadingComments = l.leadingComments;
    if (l.trailingComments !== undefined) o.trailingComments = l.trailingComments;
    if (l.leadingDetachedComments.length > 0) o.leadingDetachedComments = l.leadingDetachedComments;
    return o;
  });
}

const overlay = mkdtempSync(join(tmpdir(), "protowire-diff-"));
let compared = 0;
let mismatches = 0;
try {
  for (let i = 0; i < iterations; i++) {
    const [entry, rel] = seeds[rnd(seeds.length)] ?? ["", ""];
    const src = readFileSync(join(root, entry, rel), "utf8");
    if (!/^[\x20-\x7e\n]*$/.test(src)) continue;
    const text = commentsMode ? addComments(src) : mutate(src);
    const ours = parseFile(rel, text).diagnostics.map(diagnosticHeader);
    rmSync(overlay, { recursive: true, force: true });
    mkdirSync(dirname(join(overlay, rel)), { recursive: true });
    writeFileSync(join(overlay, rel), text);
    if (commentsMode) {
      if (ours.length > 0) continue; // an insert can make a file invalid (`/` + `/* */`...)
      const out = join(overlay, "out.binpb");
      execFileSync(
        protoc,
        [
          "--include_source_info",
          "-o",
          out,
          `-I${overlay}`,
          `-I${join(root, entry)}`,
          `-I${wkt}`,
          join(overlay, rel),
        ],
        {
          stdio: "pipe",
        },
      );
      const json = JSON.parse(
        execFileSync("node", ["scripts/protoc-to-json.mjs", rel], {
          input: readFileSync(out),
        }).toString(),
      );
      compared++;
      const theirs = comparable(json.sourceCodeInfo.location, false);
      const mine = comparable(ourLocations(text, rel), true);
      const at = theirs.findIndex((l, k) => l !== mine[k]);
      if (at >= 0 || theirs.length !== mine.length) {
        mismatches++;
        const keep = join(tmpdir(), `protowire-diff-mismatch-${i}.proto`);
        writeFileSync(keep, text);
        console.log(
          `mismatch #${i} (${rel}, kept as ${keep}) at location ${at}\n  protoc: ${theirs[at]}\n  ours:   ${mine[at]}`,
        );
      }
      continue;
    }
    let theirs: string[] = [];
    try {
      execFileSync(
        protoc,
        [
          "-o",
          "/dev/null",
          `-I${overlay}`,
          `-I${join(root, entry)}`,
          `-I${wkt}`,
          join(overlay, rel),
        ],
        {
          stdio: "pipe",
        },
      );
    } catch (e) {
      theirs = String((e as { stderr?: Buffer }).stderr ?? "")
        .split("\n")
        .filter((l) => l !== "" && !l.startsWith("[libprotobuf") && !l.includes(": warning: "))
        .map((l) => l.replace(`${overlay}/`, ""));
    }
    compared++;
    const ok =
      ours.length > 0
        ? JSON.stringify(ours) === JSON.stringify(theirs)
        : !theirs.some(
            (l) =>
              l.startsWith(`${rel}:`) && PARSER_MESSAGE.test(l.replace(/^[^:]*:\d+:\d+: /, "")),
          );
    if (!ok) {
      mismatches++;
      const keep = join(tmpdir(), `protowire-diff-mismatch-${i}.proto`);
      writeFileSync(keep, text);
      console.log(
        `mismatch #${i} (${rel}, kept as ${keep})\n  ours:   ${ours.join("\n          ")}\n  protoc: ${theirs.join("\n          ")}`,
      );
    }
  }
} finally {
  rmSync(overlay, { recursive: true, force: true });
}
console.log(
  `${compared} ${commentsMode ? "commented" : "mutated"} files compared, ${mismatches} mismatches`,
);
process.exitCode = mismatches === 0 ? 0 : 1;
