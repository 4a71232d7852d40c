#!/usr/bin/env node
// Checks that the documentation points at things that exist: every repository path written in
// backticks (`src/...`, `test/...`, `bench/...`, `fixtures/...`, `docs/...`, `scripts/...`,
// `conformance/...`, `examples/...`, `.ci/...`) in README.md and docs/*.md, and every relative
// markdown link, anchor included. The source tree moves; prose that names an old path is wrong.
//
//   node scripts/check-doc-paths.mjs            exits 1 and lists each dead reference
//
// Patterns are understood as they are written in the docs: `{a,b}` alternatives, `*` and `**`
// globs, and `<placeholder>` segments (any one name). In a command that runs vitest, a path may
// also be a file-name prefix, as vitest's filters are (`npx vitest run test/codec/proof`).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ROOTS = [
  "src",
  "test",
  "bench",
  "fixtures",
  "docs",
  "scripts",
  "conformance",
  "examples",
  ".ci",
];
const SKIP_DIRS = new Set(["node_modules", ".git", "dist"]);

/** Every file and folder of the repository (relative, `/`-separated; folders end with `/`). */
function listTree(dir = ROOT, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const rel = relative(ROOT, path).split("\\").join("/");
    if (entry.isDirectory()) {
      out.push(`${rel}/`);
      listTree(path, out);
    } else {
      out.push(rel);
    }
  }
  return out;
}

/** `a/{b,c}/d` -> [`a/b/d`, `a/c/d`] (one level of braces is all the docs use; nested works too). */
function expandBraces(pattern) {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (m === null) return [pattern];
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return m[1].split(",").flatMap((alt) => expandBraces(head + alt + tail));
}

function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      re += ".*";
      i++;
      if (pattern[i + 1] === "/") i++; // `**/` also matches no folder at all
    } else if (c === "*") re += "[^/]*";
    else if (c === "<") {
      const close = pattern.indexOf(">", i);
      re += "[^/]+";
      i = close < 0 ? pattern.length : close;
    } else re += c.replace(/[.+?^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

let tree;
function exists(path, { prefixFilter }) {
  for (const candidate of expandBraces(path)) {
    const wild = /[*<]/.test(candidate);
    if (!wild) {
      const abs = join(ROOT, candidate);
      if (existsSync(abs) && (!candidate.endsWith("/") || statSync(abs).isDirectory())) continue;
      if (prefixFilter && !candidate.endsWith("/")) {
        tree ??= listTree();
        if (tree.some((p) => p.startsWith(candidate))) continue;
      }
      return false;
    }
    tree ??= listTree();
    const re = globToRegExp(candidate); // folders are listed as `name/`: match with or without
    if (!tree.some((p) => re.test(p) || re.test(p.replace(/\/$/, "")))) return false;
  }
  return true;
}

const PATH_TOKEN = new RegExp(
  `(?<![\\w./-])(?:${ROOTS.map((r) => r.replace(".", "\\.")).join("|")})/[^\\s\`'"()\\]]*`,
  "g",
);

/** Repository paths named in one piece of text (a backtick span or a line of a code block). */
function pathsIn(text) {
  return [...text.matchAll(PATH_TOKEN)]
    .map((m) => m[0].replace(/[.,;:]+$/, "").replace(/:\d+(:\d+)?$/, ""))
    .filter((p) => !p.includes("..."));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1 for repeats. */
function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m === null) continue;
    const base = m[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

function checkLink(file, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:, ...
  const [pathPart, anchor] = target.split("#", 2);
  const abs = pathPart === "" ? join(ROOT, file) : resolve(dirname(join(ROOT, file)), pathPart);
  if (!existsSync(abs)) return `link to a missing file: ${target}`;
  if (anchor !== undefined && anchor !== "" && abs.endsWith(".md")) {
    if (!anchorsOf(readFileSync(abs, "utf8")).has(anchor)) {
      return `link to a missing heading: ${target}`;
    }
  }
  return null;
}

function checkFile(file) {
  const problems = [];
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  let fenced = false;
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    const pieces = fenced ? [line] : [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    for (const piece of pieces) {
      const prefixFilter = /\bvitest\b/.test(piece);
      for (const path of pathsIn(piece)) {
        if (!exists(path, { prefixFilter })) problems.push(`${where}: no such path: ${path}`);
      }
    }
    if (fenced) return;
    const prose = line.replace(/`[^`]*`/g, "``");
    for (const m of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const problem = checkLink(file, m[1]);
      if (problem !== null) problems.push(`${where}: ${problem}`);
    }
  });
  return problems;
}

const docs = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];
const problems = docs.flatMap(checkFile);
if (problems.length > 0) {
  process.stderr.write(`${problems.join("\n")}\n${problems.length} dead reference(s)\n`);
  process.exit(1);
}
process.stdout.write(`check-doc-paths: ${docs.length} files, every path and link exists\n`);
