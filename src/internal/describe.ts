/**
 * A short description of any value for an error message. Never throws: no `JSON.stringify`
 * of arbitrary values (BigInt and cyclic objects throw), strings cut at 40 characters.
 * @internal
 */
export function describeValue(value: unknown): string {
  try {
    return describe(value);
  } catch {
    return 'an unreadable value';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'bigint') return 'a bigint';
  return typeof value;
}
