import * as z from 'zod/mini';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { checkUnit } from '../internal/args.js';

/**
 * Schema of a {@link PercentileRange} in `unit` (values finite, magnitude ≤ 1e12). A `unit` that
 * is not a name of 1–32 characters throws {@link InvalidInputError}.
 *
 * @example
 * ```ts
 * import { percentileRangeSchema } from 'ketamine-relief';
 * percentileRangeSchema('minute').parse({ p5: 1, p25: 2, median: 3, p75: 4, p95: 5, unit: 'minute' });
 * ```
 */
export function percentileRangeSchema<U extends string>(unit: U) {
  checkUnit(unit);
  const value = z.number().check(z.gte(-MAX), z.lte(MAX));
  return z.strictObject({
    p5: value,
    p25: value,
    median: value,
    p75: value,
    p95: value,
    unit: z.literal(unit),
  });
}

const MAX = ARGUMENT_LIMITS.maxMagnitude;
