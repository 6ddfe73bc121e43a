import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';
import type { ReliefInput } from '../input/schema.js';
import type { PainTypeId } from '../pain-types/schema.js';
import type { Adjustment } from '../population/adjustment.js';
import { SimulationOptionsSchema } from '../population/options.js';
import type { PercentilePoint, PercentileRange } from '../stats/percentiles.js';
import type { ResultProvenance } from '../warnings/types.js';

/**
 * Options of {@link estimateRelief}: the seed (same seed, same result), the number of simulated
 * patients, the share of baseline pain that must go for relief to count as meaningful
 * (default 0.3, IMMPACT "moderately important"; 0.5 is "substantial"), and extra survival
 * checkpoints in minutes after the end of the last administration; `uncertainty: true` adds the
 * evidence-uncertainty block.
 *
 * @example
 * ```ts
 * import { ReliefOptionsSchema } from 'ketamine-relief';
 * ReliefOptionsSchema.parse({ seed: 7, reliefThreshold: 0.5, checkpoints: [180] });
 * ```
 */
export const ReliefOptionsSchema = z.extend(SimulationOptionsSchema, {
  /** Also return the relief time course (`curve`), e.g. for {@link renderReliefChart}. */
  curve: z.optional(z.boolean()),
  /**
   * The share of baseline pain that must go for relief to count as meaningful, 0.01 to 0.99
   * (default 0.3, IMMPACT "moderately important"; 0.5 is "substantial").
   */
  reliefThreshold: z.optional(
    z
      .number()
      .check(z.gte(INPUT_LIMITS.reliefThreshold.min), z.lte(INPUT_LIMITS.reliefThreshold.max)),
  ),
  /**
   * Extra survival checkpoints, in minutes after the end of the last administration (0 to
   * 525 600, the model's one-year horizon; at most 100), added to the default ones in
   * `survival`.
   */
  checkpoints: z.optional(
    z
      .array(z.number().check(z.gte(0), z.lte(INPUT_LIMITS.checkpoints.maxMinutes)))
      .check(z.maxLength(INPUT_LIMITS.checkpoints.maxCount)),
  ),
  /**
   * Also return `uncertainty`: how the median duration and the survival shares move when the
   * fitted parameters are redrawn from their estimated uncertainty (costs one smaller
   * simulation per draw).
   */
  uncertainty: z.optional(z.boolean()),
});

/**
 * Options of {@link estimateRelief}. See {@link ReliefOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { ReliefOptions } from 'ketamine-relief';
 * const options: ReliefOptions = { seed: 'clinic-42', population: 2000 };
 * ```
 */
export type ReliefOptions = z.output<typeof ReliefOptionsSchema>;

/**
 * The share of all simulated patients whose meaningful relief from the drug has not ended
 * `afterMinutes` after the end of the last administration (`probability`), and the share a
 * trial arm would report, placebo response included: 1 − (1 − probability)(1 − placebo)
 * (`withPlacebo`).
 *
 * @example
 * ```ts
 * import type { SurvivalPoint } from 'ketamine-relief';
 * const p: SurvivalPoint = { afterMinutes: 1440, probability: 0.4, withPlacebo: 0.52 };
 * ```
 */
export interface SurvivalPoint {
  afterMinutes: number;
  probability: number;
  withPlacebo: number;
}

/**
 * Evidence uncertainty of a {@link ReliefResult}: 90 % intervals of the median duration and of
 * each survival share when the fitted sustained-relief parameters are redrawn `draws` times
 * from their estimated uncertainty (patient-to-patient spread stays in the percentiles). For a
 * pain type without sustained relief no fitted parameter enters the estimate: `draws` is 0 and
 * the intervals are the estimate itself.
 *
 * @example
 * ```ts
 * import type { ReliefUncertainty } from 'ketamine-relief';
 * const u: ReliefUncertainty = {
 *   draws: 40,
 *   level: 0.9,
 *   parameters: ['ln halfLifeDays'],
 *   duration: { median: { low: 20000, high: 60000 } },
 *   survival: [{ afterMinutes: 40320, low: 0.3, high: 0.5 }],
 * };
 * ```
 */
export interface ReliefUncertainty {
  draws: number;
  level: number;
  /** The fitted parameters that were redrawn. */
  parameters: string[];
  duration: { median: { low: number; high: number } | null };
  survival: { afterMinutes: number; low: number; high: number }[];
}

/**
 * Result of {@link estimateRelief}. Times are in minutes: `onset` and `peak` from the start of
 * the last administration, `duration` from its end. `onset`, `peak` and `duration` are taken
 * over the patients who reach meaningful relief (what a study can observe); `survival` and
 * `expectedRelievedDays` over all treated patients. Relief that does not fade within the
 * horizon (1 year) is censored there (`censoredShare`). They are `null` when no simulated
 * patient reaches meaningful relief or when the route has no PK data. Shares are the drug's;
 * `survival[].withPlacebo` adds placebo response as a trial arm would see it.
 *
 * @example
 * ```ts
 * import { estimateRelief, type ReliefResult } from 'ketamine-relief';
 * const r: ReliefResult = estimateRelief({
 *   painType: 'acute-trauma',
 *   regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
 *   patient: { weightKg: 70 },
 * }, { population: 200 });
 * r.duration?.unit; // 'minute'
 * ```
 */
export interface ReliefResult extends ResultProvenance<ReliefInput> {
  painType: PainTypeId;
  /** The published PK models used, or `null` when the route has no PK data. */
  model: { id: string; label: string; absorption: string | null } | null;
  onset: PercentileRange<'minute'> | null;
  peak: PercentileRange<'minute'> | null;
  duration: PercentileRange<'minute'> | null;
  /** Share of all simulated patients who reach meaningful relief (`null` without PK data). */
  responseProbability: number | null;
  /**
   * Share of all simulated patients whose meaningful relief has not ended, by time after the
   * end of the last administration (relief still to start, as just after an oral dose, counts
   * as not ended).
   */
  survival: SurvivalPoint[];
  /**
   * Which mechanism ends relief in most relieved responders (a tie counts as acute): plasma
   * levels via the fast effect site, or the sustained state.
   */
  phase: 'acute' | 'sustained' | null;
  /** Mean days of meaningful relief after the course, over all treated patients (censored at the horizon). */
  expectedRelievedDays: number | null;
  /** Share of relieved patients whose relief lasts to the horizon, so that their duration is censored there. */
  censoredShare: number | null;
  /**
   * Share of patients relieved on placebo in chronic pain, used for `survival[].withPlacebo`
   * (never in `probability`); `null` for acute pain types, where `withPlacebo` equals
   * `probability`.
   */
  placeboShare: number | null;
  /** Evidence uncertainty (only with the `uncertainty` option). */
  uncertainty?: ReliefUncertainty;
  /** Relief over time (only with the `curve` option). */
  curve?: PercentilePoint[];
  /** The fraction of baseline pain that counted as meaningful relief. */
  reliefThreshold: number;
  adjustments: Adjustment[];
  population: number;
  seed: number | string;
}
