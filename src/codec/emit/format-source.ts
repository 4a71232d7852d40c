/**
 * Lays out emitted source for people: one statement per line, blocks indented by two spaces,
 * each `case` on its own line. Only for source that is written out (the fixtures/emitted
 * snapshots, ahead-of-time code): the compiler evaluates the compact text, as a formatter pass
 * on every compile would cost schema-loading time for nothing.
 *
 * Only whitespace between tokens changes: line breaks are added after `;`, `{`, `}` and case
 * labels and before `}`; existing line breaks are re-indented (or joined, for `} else`); the
 * spaces between tokens on a line stay as they were. No break is added after `return`,
 * `throw`, `break` or `continue`, so automatic semicolon insertion cannot change the meaning.
 * It knows the subset of JavaScript the emitters write (no regular expression or template
 * literals), and tells object-literal braces from blocks by the token before them.
 */

interface Token {
  /** The token's text: a word, a number, a string, a comment or one punctuator. */
  readonly text: string;
  /** The whitespace before it in the input. */
  readonly space: string;
}

const WORD = /[A-Za-z0-9_$]/;
const PUNCTUATORS = ["=>", "?."];

/** Tokens of the emitted subset of JavaScript; whitespace kept with the token after it. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const spaceStart = i;
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (i === source.length) break;
    const start = i;
    const c = source[i]!;
    if (c === '"' || c === "'") {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === "\\") i++;
      i++;
    } else if (source.startsWith("//", i)) {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (source.startsWith("/*", i)) {
      const close = source.indexOf("*/", i + 2);
      i = close < 0 ? source.length : close + 2;
    } else if (WORD.test(c)) {
      while (i < source.length && WORD.test(source[i]!)) i++;
    } else {
      i += PUNCTUATORS.some((p) => source.startsWith(p, i)) ? 2 : 1;
    }
    tokens.push({ text: source.slice(start, i), space: source.slice(spaceStart, start) });
  }
  return tokens;
}

/** Tokens after which a `{` opens a block; after anything else it opens an object literal. */
const BEFORE_BLOCK = new Set([")", "else", "try", "finally", "do", "=>", ";", "}"]);
/** Tokens that may not be followed by a line break (automatic semicolon insertion). */
const NO_BREAK_AFTER = new Set(["return", "throw", "break", "continue"]);
/** Tokens that stay on the line of a `}` before them. */
const AFTER_CLOSE = new Set(["else", "catch", "finally", "while", ")", ",", ";", "]"]);

interface Brace {
  readonly block: boolean;
  /** A switch body: the statements after a `case` label sit one level deeper. */
  readonly isSwitch: boolean;
  /** Inside a switch body, after a label whose statements are not one block. */
  label: boolean;
  /** Open parentheses and brackets around the brace, restored when it closes. */
  readonly parens: number;
}

export function formatSource(source: string): string {
  const tokens = tokenize(source);
  const braces: Brace[] = [];
  let parens = 0;
  let out = "";
  let breakNext = false;
  /** A `case` or `default` label is open: its `:` ends it. */
  let pendingLabel = false;
  /** Index of the `:` that ended the last label: a statement starts after it. */
  let labelColon = -1;

  const innermost = (): Brace | undefined => braces[braces.length - 1];
  const inBlock = (): boolean => innermost()?.block ?? true;
  const indent = (): string => {
    let n = 0;
    for (const b of braces) if (b.block) n += b.label ? 2 : 1;
    return "  ".repeat(n);
  };
  const statementStarts = (i: number): boolean => {
    const prev = tokens[i - 1]?.text;
    return (
      prev === undefined || prev === ";" || prev === "{" || prev === "}" || i - 1 === labelColon
    );
  };

  for (let i = 0; i < tokens.length; i++) {
    const { text, space } = tokens[i]!;
    const prev = tokens[i - 1]?.text;
    const next = tokens[i + 1]?.text;
    let added = breakNext;
    let closed: Brace | undefined;
    if (text === "}" && braces.length > 0) {
      closed = braces.pop()!;
      parens = closed.parens;
      if (closed.block) added = true;
    }
    if (prev !== undefined && NO_BREAK_AFTER.has(prev)) added = false;
    // Line breaks of the input stay, except before `else`, `catch` ... after a `}`.
    const kept = space.includes("\n") && !(prev === "}" && AFTER_CLOSE.has(text));
    if (text === "case" || text === "default") {
      const b = innermost();
      if (b?.isSwitch === true && parens === 0 && statementStarts(i)) {
        b.label = false;
        pendingLabel = true;
      }
    }
    // A comment that shared its line with code stays on that line.
    const trailingComment =
      (text.startsWith("//") || text.startsWith("/*")) && !space.includes("\n");
    if (i > 0 && (added || kept) && !trailingComment) {
      out += `\n${indent()}`;
    } else {
      out += space.includes("\n") ? " " : space;
    }
    out += text;

    breakNext = false;
    if (text === "(" || text === "[") parens++;
    else if (text === ")" || text === "]") parens--;
    else if (text === "{") {
      const block =
        prev === undefined ||
        BEFORE_BLOCK.has(prev) ||
        i - 1 === labelColon ||
        (prev === "{" && inBlock());
      braces.push({ block, isSwitch: block && follows(tokens, i, "switch"), label: false, parens });
      parens = 0;
      breakNext = block;
    } else if (text === "}") {
      breakNext = closed?.block === true && !AFTER_CLOSE.has(next ?? "");
    } else if (text === ":" && pendingLabel && parens === 0) {
      pendingLabel = false;
      labelColon = i;
      // `case 8: { ... }` keeps its block on the label's line when the block is all the case
      // holds; otherwise the statements go below the label, one level deeper.
      if (next !== "{" || !labelEnds(tokens[closingBrace(tokens, i + 1) + 1]?.text)) {
        innermost()!.label = true;
        breakNext = true;
      }
    } else if (text === ";") breakNext = parens === 0 && inBlock();
    else if (text.startsWith("//")) breakNext = true;
  }
  return `${out}\n`;
}

/** Whether a token ends the statements of a `case` label: the next label or the switch's end. */
function labelEnds(text: string | undefined): boolean {
  return text === "case" || text === "default" || text === "}";
}

/** Index of the `}` that closes the `{` at `open` (strings are single tokens). */
function closingBrace(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j]!.text;
    if (t === "{") depth++;
    else if (t === "}" && --depth === 0) return j;
  }
  return tokens.length;
}

/** Whether the `{` at `i` follows `keyword (...)`, e.g. `switch (t) {`. */
function follows(tokens: readonly Token[], i: number, keyword: string): boolean {
  if (tokens[i - 1]?.text !== ")") return false;
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!.text;
    if (t === ")") depth++;
    else if (t === "(" && --depth === 0) return tokens[j - 1]?.text === keyword;
  }
  return false;
}
