/**
 * A value made on first use: message writers and readers of nested types are looked up when a
 * value of the type is first met, so that building one type's functions never builds the
 * whole (possibly recursive) graph of types it reaches.
 */
export function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}
