// The key and value fields of a map entry type: its fields numbered 1 and 2.

/** `fields`' key (number 1) and value (number 2), or undefined when either is missing. */
export function mapEntryFields<F extends { readonly number: number }>(
  fields: readonly F[],
): { key: F; value: F } | undefined {
  const key = fields.find((x) => x.number === 1);
  const value = fields.find((x) => x.number === 2);
  return key === undefined || value === undefined ? undefined : { key, value };
}
