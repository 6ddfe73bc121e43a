import * as z from 'zod/mini';

/**
 * Schema of a {@link PercentileRange} in `unit`.
 *
 * @example
 * ```ts
 * import { percentileRangeSchema } from 'ketamine-relief';
 * percentileRangeSchema('minute').parse({ p5: 1, p25: 2, median: 3, p75: 4, p95: 5, unit: 'minute' });
 * ```
 */
export function percentileRangeSchema<U extends string>(unit: U) {
  return z.strictObject({
    p5: z.number(),
    p25: z.number(),
    median: z.number(),
    p75: z.number(),
    p95: z.number(),
    unit: z.literal(unit),
  });
}
