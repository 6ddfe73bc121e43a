import { InvalidInputError } from '../errors/invalid-input-error.js';

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
    throw new InvalidInputError([
      {
        path: [field],
        code: 'invalid_value',
        message: `unknown ${field} ${JSON.stringify(id)}; expected one of ${[...byId.keys()].map((k) => JSON.stringify(k)).join(', ')}`,
      },
    ]);
  };
}
