import * as z from 'zod/mini';
import type { SourceId } from '../evidence/registry.js';
import { list } from '../internal/list.js';

/**
 * How one factor (a patient covariate, a co-medication, the drug form, the pain type) moved an
 * estimate: which model quantity it changed, by what factor, and in which direction that moves
 * how long relief lasts. Factors known to matter but with no usable size are listed with
 * `multiplier: null` and `effect: 'unknown'`: reported, not applied.
 *
 * @example
 * ```ts
 * import type { Adjustment } from 'ketamine-relief';
 * const a: Adjustment = {
 *   factor: 'clarithromycin',
 *   target: 'bioavailability',
 *   multiplier: 2.6,
 *   effect: 'lengthens',
 *   note: 'oral AUC × 2.6',
 *   sources: ['hagelberg-2010'],
 * };
 * ```
 */
export interface Adjustment {
  factor: string;
  /** The model quantity changed. */
  target: 'clearance' | 'bioavailability' | 'potency' | 'response' | 'offset' | 'none';
  /** Factor applied to the quantity; `null` when nothing was applied. */
  multiplier: number | null;
  /** Direction the change moves the duration of relief. */
  effect: 'lengthens' | 'shortens' | 'none' | 'unknown';
  note: string;
  sources: SourceId[];
}

/**
 * Schema of an {@link Adjustment}, for consumers that validate results.
 *
 * @example
 * ```ts
 * import { AdjustmentSchema } from 'ketamine-relief';
 * AdjustmentSchema.parse({
 *   factor: 'rifampicin', target: 'clearance', multiplier: 1.16, effect: 'shortens', note: 'IV AUC × 0.86', sources: [],
 * });
 * ```
 */
export const AdjustmentSchema = z.strictObject({
  factor: z.string(),
  target: z.enum(['clearance', 'bioavailability', 'potency', 'response', 'offset', 'none']),
  multiplier: z.nullable(z.number()),
  effect: z.enum(['lengthens', 'shortens', 'none', 'unknown']),
  note: z.string(),
  sources: list(z.string()),
});
