import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { IsoDateSchema, IsoDateTimeSchema, TimeZoneSchema } from '../dates/schema.js';
import type { SourceId } from '../evidence/registry.js';
import { ReliefInputSchema } from '../input/schema.js';
import { addIssue } from '../internal/issue.js';
import { SimulationOptionsSchema } from '../population/options.js';
import type { ReliefResult } from '../relief/schema.js';
import type { PercentileRange } from '../stats/percentiles.js';
import type { ResultProvenance } from '../warnings/types.js';

/**
 * One observed course: when the series or booster ended, and how long meaningful relief lasted
 * after it, as days (`reliefDays`) or as the local date it was lost (`reliefLostOn`).
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'ketamine-relief';
 * HistoryEntrySchema.parse({ sessionEnd: '2026-01-10T16:00:00Z', reliefDays: 35 });
 * ```
 */
export const HistoryEntrySchema = z
  .strictObject({
    sessionEnd: IsoDateTimeSchema,
    reliefDays: z.optional(z.number().check(z.gt(0), z.lte(INPUT_LIMITS.history.maxReliefDays))),
    reliefLostOn: z.optional(IsoDateSchema),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.reliefDays === undefined && e.reliefLostOn === undefined) {
        addIssue(ctx, [], 'missing_relief', 'needs reliefDays or reliefLostOn');
      }
    }),
  );

/**
 * One observed course. See {@link HistoryEntrySchema}.
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from 'ketamine-relief';
 * const e: HistoryEntry = { sessionEnd: '2026-01-10T16:00:00Z', reliefLostOn: '2026-02-14' };
 * ```
 */
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/**
 * Input of {@link suggestMaintenance}: the {@link estimateRelief} input for the initial series,
 * the patient's own history (oldest first, at least one entry when given) and when the last
 * session ended.
 *
 * @example
 * ```ts
 * import { MaintenanceInputSchema } from 'ketamine-relief';
 * MaintenanceInputSchema.parse({
 *   painType: 'crps',
 *   regimen: { route: 'intravenous', dose: { amount: 25, unit: 'mg/h', over: { hours: 4 } } },
 *   patient: {},
 *   lastSessionEnd: '2026-11-20T15:00:00+01:00',
 * }).history; // undefined
 * ```
 */
export const MaintenanceInputSchema = z.extend(ReliefInputSchema, {
  history: z.optional(
    z.array(HistoryEntrySchema).check(
      z.maxLength(INPUT_LIMITS.history.maxEntries),
      z.superRefine((list, ctx) => {
        if (list.length === 0) {
          addIssue(ctx, [], 'empty_history', 'is empty: omit history when there is none');
        }
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1], list[i]];
          if (a && b && Date.parse(b.sessionEnd) <= Date.parse(a.sessionEnd)) {
            addIssue(
              ctx,
              [i, 'sessionEnd'],
              'unsorted_history',
              'must be later than the previous entry’s sessionEnd (oldest first, no repeats)',
            );
          }
        }
      }),
    ),
  ),
  lastSessionEnd: z.optional(IsoDateTimeSchema),
});

/**
 * Parsed input of {@link suggestMaintenance}. See {@link MaintenanceInputSchema}.
 *
 * @example
 * ```ts
 * import type { MaintenanceInput } from 'ketamine-relief';
 * type Last = MaintenanceInput['lastSessionEnd']; // string | undefined
 * ```
 */
export type MaintenanceInput = z.output<typeof MaintenanceInputSchema>;

/**
 * What {@link suggestMaintenance} accepts: the input before validation.
 *
 * @example
 * ```ts
 * import type { SuggestMaintenanceInput } from 'ketamine-relief';
 * const input: SuggestMaintenanceInput = {
 *   painType: 'crps',
 *   regimen: { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } } },
 *   patient: { weightKg: 70 },
 *   lastSessionEnd: '2026-11-20T16:00:00Z',
 * };
 * ```
 */
export type SuggestMaintenanceInput = z.input<typeof MaintenanceInputSchema>;

/**
 * Options of {@link suggestMaintenance}: seed and population of the simulation, the IANA time
 * zone in which calendar dates are read and written (default `'UTC'`), and `now`, the instant
 * against which dates in the future are rejected (default: the current time).
 *
 * @example
 * ```ts
 * import { MaintenanceOptionsSchema } from 'ketamine-relief';
 * MaintenanceOptionsSchema.parse({ timeZone: 'Europe/Berlin', now: '2026-11-27T12:00:00Z' });
 * ```
 */
export const MaintenanceOptionsSchema = z.extend(SimulationOptionsSchema, {
  /**
   * The IANA time zone (e.g. `'Europe/Berlin'`) in which due dates and history dates are
   * read as calendar days. Without it, each date-time is read in the offset it was written
   * with, and the result's `timeZone` names that offset ('UTC+01:00').
   */
  timeZone: z.optional(TimeZoneSchema),
  /**
   * The current instant, an ISO 8601 date-time with an offset or Z (default: the clock). Dates
   * after it are rejected, and passed due dates are warned about (`booster-overdue`); give it
   * for a reproducible result.
   */
  now: z.optional(IsoDateTimeSchema),
  /** The share of baseline pain that counts as meaningful relief (passed to the relief estimate). */
  reliefThreshold: z.optional(
    z
      .number()
      .check(z.gte(INPUT_LIMITS.reliefThreshold.min), z.lte(INPUT_LIMITS.reliefThreshold.max)),
  ),
});

/**
 * Options of {@link suggestMaintenance}. See {@link MaintenanceOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { MaintenanceOptions } from 'ketamine-relief';
 * const o: MaintenanceOptions = { timeZone: 'America/New_York' };
 * ```
 */
export type MaintenanceOptions = z.output<typeof MaintenanceOptionsSchema>;

/**
 * An item of advice with its sources (monitoring, a stop rule).
 *
 * @example
 * ```ts
 * import type { CitedAdvice } from 'ketamine-relief';
 * const a: CitedAdvice = { id: 'liver', text: 'Liver tests…', sources: ['cohen-2018'] };
 * ```
 */
export interface CitedAdvice {
  id: string;
  text: string;
  sources: SourceId[];
}

/**
 * Result of {@link suggestMaintenance}. `boosterInterval`, `nextDue` and `boosterRegimen` are
 * `null` when no schedule can be suggested honestly (lasting relief unproven for the pain type
 * and no personal history, acute-only relief, or no PK data); `evidence` says why.
 *
 * @example
 * ```ts
 * import type { MaintenanceResult } from 'ketamine-relief';
 * const days = (r: MaintenanceResult) => r.boosterInterval?.median;
 * ```
 */
export interface MaintenanceResult extends ResultProvenance<MaintenanceInput> {
  /** When the next booster should be due, in days after the end of the last session. */
  boosterInterval: PercentileRange<'day'> | null;
  /** Calendar dates (`YYYY-MM-DD`, in `timeZone`) when `lastSessionEnd` is given. */
  nextDue: { earliest: string; target: string; latest: string } | null;
  boosterRegimen: {
    sessions: { low: number; high: number };
    perSession: ReliefResult['input']['regimen']['dose'];
    route: ReliefResult['input']['regimen']['route'];
    drug: ReliefResult['input']['regimen']['drug'];
    rationale: string;
    sources: SourceId[];
  } | null;
  minimumGap: { days: number; reason: string; sources: SourceId[] };
  monitoring: CitedAdvice[];
  stopRules: CitedAdvice[];
  reassessAfter: { boosters: number; days: number };
  evidence: {
    statement: string;
    basis: 'practice-and-model' | 'personal-history' | 'none';
    sources: SourceId[];
  };
  personalized: boolean;
  /** The Bayesian update, when a history was given. */
  personalization: {
    observations: number;
    priorMedianDays: number;
    posteriorMedianDays: number;
    /** Weight each history entry received (below 1: an outlier, down-weighted). */
    weights: number[];
  } | null;
  /** The relief estimate of the initial series the suggestion rests on. */
  relief: ReliefResult;
  timeZone: string;
}
