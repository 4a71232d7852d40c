/**
 * The emitter's JavaScript as TypeScript that compiles under `strict` (`noImplicitAny`): every
 * parameter, return and `let` of the emitted functions typed `any`, which is what they are to
 * the generated file (values of the message model, checked at run time by the code itself).
 * Only annotations are added (and a `+` that makes a boolean count a number, as JS does
 * anyway); the code is the same. The emitted source writes strings only as
 * JSON literals, so the scan below skips them by their quotes and escapes.
 */

/** `source` with `: any` after each parameter, function and `let` declarator. */
export function typedBody(source: string): string {
  let out = "";
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '"') {
      const end = stringEnd(source, i);
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === "(" && source[i + 1] === '"') {
      // `("name" in m) + ...`, the shape check's count of a message's keys: a number in TS.
      const end = stringEnd(source, i + 1);
      const m = /^ in [A-Za-z_$][\w$]*\)/.exec(source.slice(end, end + 40));
      if (m !== null) {
        out += `+${source.slice(i, end)}${m[0]}`;
        i = end + m[0].length;
        continue;
      }
    }
    if (startsWord(source, i, "function ")) {
      const open = source.indexOf("(", i);
      const close = source.indexOf(")", open);
      out += `${source.slice(i, open)}(${typedParams(source.slice(open + 1, close))}): any`;
      i = close + 1;
      continue;
    }
    if (startsWord(source, i, "let ")) {
      const end = statementEnd(source, i + 4);
      const declarators = source.slice(i + 4, end);
      // `for (let k in m)` / `of`: no annotation is allowed there (nor needed).
      const loop = /^\s*[A-Za-z_$][\w$]*\s+(in|of)\s/.test(declarators);
      out += `let ${loop ? declarators : typedDeclarators(declarators)}`;
      i = end;
      continue;
    }
    if (c === "(") {
      // An arrow function's one parameter: `(e) =>`.
      const m = /^\(([A-Za-z_$][\w$]*)\) =>/.exec(source.slice(i, i + 64));
      if (m !== null) {
        out += `(${m[1]}: any) =>`;
        i += m[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

function startsWord(s: string, i: number, word: string): boolean {
  return s.startsWith(word, i) && (i === 0 || !/[\w$.]/.test(s[i - 1]!));
}

/** The index after the string literal that starts at `i`. */
function stringEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
  return j + 1;
}

function typedParams(list: string): string {
  if (list.trim() === "") return "";
  return list
    .split(",")
    .map((p) => `${p.trim()}: any`)
    .join(", ");
}

/**
 * The index of the `;` that ends the declaration from `i` (outside brackets and strings), or
 * of the `)` that closes the `for (` it stands in.
 */
function statementEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j]!;
    if (c === '"') j = stringEnd(s, j) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return j;
      depth--;
    } else if (c === ";" && depth === 0) return j;
  }
  throw new Error("internal: a let statement without its end");
}

/** `a, b = 0` → `a: any, b: any = 0`: each declarator split at commas outside brackets. */
function typedDeclarators(list: string): string {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < list.length; j++) {
    const c = list[j]!;
    if (c === '"') j = stringEnd(list, j) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push(list.slice(start, j));
      start = j + 1;
    }
  }
  parts.push(list.slice(start));
  return parts
    .map((d) => {
      const m = /^(\s*)([A-Za-z_$][\w$]*)(.*)$/s.exec(d)!;
      return `${m[1]}${m[2]}: any${m[3]}`;
    })
    .join(",");
}
