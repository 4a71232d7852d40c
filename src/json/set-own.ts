/**
 * Sets `obj[key]` as an own data property: also for `"__proto__"`, which an assignment would
 * turn into a prototype change (JSON.parse makes it an ordinary own key; so do protowire's
 * parser and writers).
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    obj[key] = value;
  }
}
