import { InvalidInputError } from '../errors/invalid-input-error.js';
import { describeValue } from './describe.js';

/**
 * Builds a by-id lookup over frozen records that throws {@link InvalidInputError} for an
 * unknown id, naming the allowed ids.
 * @internal
 */
export function makeLookup<T extends { readonly id: string }>(
  records: readonly T[],
  field: string,
): (id: string) => T {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id) => {
    const found = typeof id === 'string' ? byId.get(id) : undefined;
    if (found) return found;
    throw unknownId(field, id, [...byId.keys()]);
  };
}

/**
 * The error for an id that is not one of `known`, naming the allowed ids.
 * @internal
 */
export function unknownId(field: string, id: unknown, known: readonly string[]): InvalidInputError {
  return new InvalidInputError([
    {
      path: [field],
      code: 'invalid_value',
      message: `unknown ${field} ${describeValue(id)}; expected one of ${known.map((k) => JSON.stringify(k)).join(', ')}`,
    },
  ]);
}
