import * as z from 'zod/mini';
import { ReliefInputSchema } from '../input/schema.js';
import { PainTypeIdSchema } from '../pain-types/schema.js';
import { AdjustmentSchema } from '../population/adjustment.js';
import { percentileRangeSchema } from '../stats/schema.js';
import { ResultWarningSchema } from '../warnings/types.js';

const minutes = z.nullable(percentileRangeSchema('minute'));

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
  responseProbability: z.nullable(z.number()),
  survival: z.array(z.strictObject({ afterMinutes: z.number(), probability: z.number() })),
  phase: z.nullable(z.enum(['acute', 'sustained'])),
  curve: z.optional(
    z.array(
      z.strictObject({
        minute: z.number(),
        p5: z.number(),
        p25: z.number(),
        median: z.number(),
        p75: z.number(),
        p95: z.number(),
      }),
    ),
  ),
  reliefThreshold: z.number(),
  adjustments: z.array(AdjustmentSchema),
  warnings: z.array(ResultWarningSchema),
  assumptions: z.array(z.string()),
  sources: z.array(z.string()),
  population: z.int(),
  seed: z.union([z.int(), z.string()]),
  input: ReliefInputSchema,
  notice: z.string(),
});
