import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { type InputIssueCode, InvalidInputError } from '../errors/invalid-input-error.js';
import { describeValue } from './describe.js';

/** Longest numeric array a building-block function accepts in one call. */
const MAX_VALUES = ARGUMENT_LIMITS.maxValues;
const MAX_MAGNITUDE = ARGUMENT_LIMITS.maxMagnitude;

/**
 * An {@link InvalidInputError} with one issue, for a function argument named `name`.
 * @internal
 */
export function argumentError(
  name: string,
  code: InputIssueCode,
  message: string,
): InvalidInputError {
  return new InvalidInputError([{ path: [name], code, message }]);
}

/**
 * Checks that `unit` is a unit name of 1 to `ARGUMENT_LIMITS.maxUnitLength` characters; throws
 * {@link InvalidInputError} naming the argument `unit` otherwise.
 * @internal
 */
export function checkUnit(unit: unknown): void {
  const max = ARGUMENT_LIMITS.maxUnitLength;
  if (typeof unit !== 'string' || unit.length === 0 || unit.length > max) {
    throw argumentError('unit', 'invalid_unit', `must be a unit name of 1 to ${max} characters`);
  }
}

/** What `checkNumbers` requires of each value besides being a bounded number. */
type NumberRules = { min?: number; exclusive?: boolean; sorted?: boolean };

/**
 * Checks that `values` is an array (or typed array) of 1 to 1 000 000 finite numbers, each
 * above `min` when given (`exclusive`: strictly), and ascending when `sorted`; throws
 * {@link InvalidInputError} naming `name` otherwise. Reads each value once, without recursion.
 * @internal
 */
export function checkNumbers(
  values: unknown,
  name: string,
  rules: NumberRules = {},
): ArrayLike<number> {
  try {
    return readNumbers(values, name, rules);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    // A proxy or getter that throws while the list is read is malformed input too.
    throw argumentError(name, 'unreadable_input', 'could not be read');
  }
}

function readNumbers(values: unknown, name: string, rules: NumberRules): ArrayLike<number> {
  const isList = Array.isArray(values) || ArrayBuffer.isView(values);
  const length = isList ? (values as ArrayLike<unknown>).length : -1;
  if (!isList || values instanceof DataView) {
    throw argumentError(
      name,
      'invalid_type',
      `expected an array of numbers, received ${describeValue(values)}`,
    );
  }
  if (length < 1 || length > MAX_VALUES) {
    throw argumentError(
      name,
      'invalid_length',
      `must hold 1 to ${MAX_VALUES} numbers; received ${length}`,
    );
  }
  const list = values as ArrayLike<unknown>;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < length; i++) {
    const x = list[i];
    const low =
      rules.min !== undefined &&
      (rules.exclusive ? !((x as number) > rules.min) : !((x as number) >= rules.min));
    if (typeof x !== 'number' || !(Math.abs(x) <= MAX_MAGNITUDE) || low) {
      const bound =
        rules.min === undefined ? '' : ` and ${rules.exclusive ? '>' : '≥'} ${rules.min}`;
      const need = `a number of magnitude ≤ ${MAX_MAGNITUDE}${bound}`;
      throw new InvalidInputError([
        {
          path: [name, i],
          code: 'invalid_number',
          message: `must be ${need}; received ${describeValue(x)}`,
        },
      ]);
    }
    if (rules.sorted && x < previous) {
      throw new InvalidInputError([
        { path: [name, i], code: 'not_sorted', message: 'values must be in ascending order' },
      ]);
    }
    previous = x;
  }
  return list as ArrayLike<number>;
}
