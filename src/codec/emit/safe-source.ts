/**
 * The only doors through which a schema string may enter generated source: a JSON.stringify'ed
 * literal, a property name checked against a strict identifier pattern, or a message name
 * reduced to proto name characters (the sourceURL comment). Everything the emitters and the
 * compiler write goes through these helpers.
 */

/** ASCII identifiers only: anything else (quotes, `*\/`, backslashes, non-ASCII) is quoted. */
const SAFE_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string literal in generated source. */
export function lit(s: string): string {
  return JSON.stringify(s);
}

/** True when `name` can follow a dot and is not an accessor inherited from Object.prototype. */
function isPlainIdentifier(name: string): boolean {
  return SAFE_IDENTIFIER.test(name) && !(name in Object.prototype);
}

/**
 * Source that reads property `name` of `obj`. Names inherited from Object.prototype
 * (`constructor`, `toString`, ...) read only own properties, so a partial object passed to
 * encode never yields `Object` for a field called `constructor`.
 */
export function readProp(obj: string, name: string): string {
  if (isPlainIdentifier(name)) return `${obj}.${name}`;
  if (name in Object.prototype) {
    return `(Object.hasOwn(${obj}, ${lit(name)}) ? ${obj}[${lit(name)}] : undefined)`;
  }
  return `${obj}[${lit(name)}]`;
}

/** Source for an assignable property reference (left-hand side). */
export function writeProp(obj: string, name: string): string {
  assertAssignable(name);
  return SAFE_IDENTIFIER.test(name) ? `${obj}.${name}` : `${obj}[${lit(name)}]`;
}

/** Source for a key in an object literal; computed keys define own properties for any name. */
export function literalKey(name: string): string {
  assertAssignable(name);
  return isPlainIdentifier(name) ? name : `[${lit(name)}]`;
}

/**
 * `m.__proto__ = v` would replace the prototype instead of setting a field; the compiler
 * maps such a local name away before it gets here (see propertyName in layout.ts).
 */
function assertAssignable(name: string): void {
  if (name === "__proto__") throw new Error("internal: __proto__ must be escaped before emit");
}

/**
 * The `//# sourceURL` comment that names a message type's evaluated source in stack traces
 * (compiler.ts). Only proto name characters (ASCII letters, digits, `_`, `.`) are written;
 * anything else becomes `_`, so no line break can end the comment early.
 */
export function sourceUrlComment(fullName: string): string {
  return `//# sourceURL=protowire:///${fullName.replace(/[^A-Za-z0-9_.]/g, "_")}.js`;
}
