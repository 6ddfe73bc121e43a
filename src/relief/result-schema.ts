import * as z from 'zod/mini';
import { ARGUMENT_LIMITS, INPUT_LIMITS } from '../data/input-limits.js';
import { ReliefInputSchema } from '../input/schema.js';
import { list } from '../internal/list.js';
import { PainTypeIdSchema } from '../pain-types/schema.js';
import { AdjustmentSchema } from '../population/adjustment.js';
import { SeedSchema } from '../random/seed.js';
import { percentileRangeSchema } from '../stats/schema.js';
import { ResultWarningSchema } from '../warnings/types.js';

const minutes = z.nullable(percentileRangeSchema('minute'));
const MAX = ARGUMENT_LIMITS.maxMagnitude;
/** A share of patients or of baseline pain: 0 to 1. */
const fraction = z.number().check(z.gte(0), z.lte(1));
/** Minutes after the start of the last administration. */
const minute = z.number().check(z.gte(0), z.lte(MAX));

/**
 * Schema of a {@link ReliefResult}, for consumers that validate results or generate types in
 * other languages (`schemas/relief-result.json` is generated from it).
 *
 * @example
 * ```ts
 * import { estimateRelief, ReliefResultSchema } from 'ketamine-relief';
 * const r = estimateRelief(
 *   { painType: 'crps', regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } }, patient: {} },
 *   { population: 50 },
 * );
 * ReliefResultSchema.safeParse(r).success; // true
 * ```
 */
export const ReliefResultSchema = z.strictObject({
  painType: PainTypeIdSchema,
  model: z.nullable(
    z.strictObject({ id: z.string(), label: z.string(), absorption: z.nullable(z.string()) }),
  ),
  onset: minutes,
  peak: minutes,
  duration: minutes,
  responseProbability: z.nullable(fraction),
  survival: list(
    z.strictObject({ afterMinutes: minute, probability: fraction, withPlacebo: fraction }),
  ),
  phase: z.nullable(z.enum(['acute', 'sustained'])),
  expectedRelievedDays: z.nullable(z.number().check(z.gte(0), z.lte(MAX))),
  censoredShare: z.nullable(fraction),
  placeboShare: z.nullable(fraction),
  uncertainty: z.optional(
    z.strictObject({
      draws: z.int().check(z.gte(0)),
      level: fraction,
      parameters: list(z.string()),
      duration: z.strictObject({
        median: z.nullable(z.strictObject({ low: minute, high: minute })),
      }),
      survival: list(z.strictObject({ afterMinutes: minute, low: fraction, high: fraction })),
    }),
  ),
  curve: z.optional(
    list(
      z.strictObject({
        // The curve is log-spaced from its first minute on, so every point lies after zero.
        minute: z.number().check(z.gt(0), z.lte(MAX)),
        p5: fraction,
        p25: fraction,
        median: fraction,
        p75: fraction,
        p95: fraction,
      }),
    ).check(
      z.refine(
        (points) => points.every((p, n) => n === 0 || p.minute > (points[n - 1]?.minute ?? 0)),
        'curve minutes must rise strictly',
      ),
    ),
  ),
  reliefThreshold: z
    .number()
    .check(z.gte(INPUT_LIMITS.reliefThreshold.min), z.lte(INPUT_LIMITS.reliefThreshold.max)),
  adjustments: list(AdjustmentSchema),
  warnings: list(ResultWarningSchema),
  assumptions: list(z.string()),
  sources: list(z.string()),
  population: z.int().check(z.gte(INPUT_LIMITS.population.min), z.lte(INPUT_LIMITS.population.max)),
  seed: SeedSchema,
  input: ReliefInputSchema,
  notice: z.string(),
});
