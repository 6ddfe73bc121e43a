import * as z from 'zod/mini';
import { list } from '../internal/list.js';
import { DoseSchema } from '../regimen/schema.js';
import { ReliefResultSchema } from '../relief/result-schema.js';
import { RouteIdSchema } from '../routes/schema.js';
import { percentileRangeSchema } from '../stats/schema.js';
import { ResultWarningSchema } from '../warnings/types.js';
import { MaintenanceInputSchema } from './schema.js';

const advice = z.strictObject({ id: z.string(), text: z.string(), sources: list(z.string()) });

/**
 * Schema of a {@link MaintenanceResult} (`schemas/maintenance-result.json` is generated from it).
 *
 * @example
 * ```ts
 * import { MaintenanceResultSchema, suggestMaintenance } from 'ketamine-relief';
 * const plan = suggestMaintenance(
 *   { painType: 'cancer', regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } }, patient: {} },
 *   { population: 50, now: '2026-11-27T12:00:00Z' },
 * );
 * MaintenanceResultSchema.safeParse(plan).success; // true
 * ```
 */
export const MaintenanceResultSchema = z.strictObject({
  boosterInterval: z.nullable(percentileRangeSchema('day')),
  nextDue: z.nullable(
    z.strictObject({ earliest: z.string(), target: z.string(), latest: z.string() }),
  ),
  boosterRegimen: z.nullable(
    z.strictObject({
      sessions: z.strictObject({ low: z.int(), high: z.int() }),
      perSession: DoseSchema,
      route: RouteIdSchema,
      drug: z.enum(['racemic', 'esketamine']),
      rationale: z.string(),
      sources: list(z.string()),
    }),
  ),
  minimumGap: z.strictObject({
    days: z.number(),
    reason: z.string(),
    sources: list(z.string()),
  }),
  monitoring: list(advice),
  stopRules: list(advice),
  reassessAfter: z.strictObject({ boosters: z.int(), days: z.number() }),
  evidence: z.strictObject({
    statement: z.string(),
    basis: z.enum(['practice-and-model', 'personal-history', 'none']),
    sources: list(z.string()),
  }),
  personalized: z.boolean(),
  personalization: z.nullable(
    z.strictObject({
      observations: z.int(),
      priorMedianDays: z.number(),
      posteriorMedianDays: z.number(),
      weights: list(z.number()),
    }),
  ),
  relief: ReliefResultSchema,
  timeZone: z.string(),
  warnings: list(ResultWarningSchema),
  assumptions: list(z.string()),
  sources: list(z.string()),
  input: MaintenanceInputSchema,
  notice: z.string(),
});
