import * as z from 'zod/mini';
import type { SourceId } from '../evidence/registry.js';
import { list } from '../internal/list.js';

/**
 * Codes of the clinical and modelling concerns a result can carry.
 *
 * @example
 * ```ts
 * import { WarningCodeSchema } from 'ketamine-relief';
 * WarningCodeSchema.options.includes('dose-above-guideline'); // true
 * ```
 */
export const WarningCodeSchema = z.enum([
  'outside-validated-range',
  'route-without-pk',
  'weight-assumed',
  'covariate-not-quantified',
  'interaction',
  'interaction-not-quantified',
  'derived-absorption',
  'dose-above-guideline',
  'contraindication',
  'low-evidence-pain-type',
  'effect-interaction',
  'factor-not-quantified',
  'history-outlier',
  'history-censored',
  'no-maintenance-schedule',
  'interval-raised-to-minimum-gap',
  'booster-overdue',
]);

/**
 * A warning code. See {@link WarningCodeSchema}.
 *
 * @example
 * ```ts
 * import type { WarningCode } from 'ketamine-relief';
 * const code: WarningCode = 'outside-validated-range';
 * ```
 */
export type WarningCode = z.output<typeof WarningCodeSchema>;

/**
 * Schema of a {@link ResultWarning}, for consumers that validate results.
 *
 * @example
 * ```ts
 * import { ResultWarningSchema } from 'ketamine-relief';
 * ResultWarningSchema.parse({ code: 'interaction', message: 'AUC × 2.6', sources: ['hagelberg-2010'] });
 * ```
 */
export const ResultWarningSchema = z.strictObject({
  code: WarningCodeSchema,
  message: z.string(),
  sources: z.optional(list(z.string())),
});

/**
 * A typed warning in a result: a stable code, a readable message and the sources behind it.
 * Warnings never stop a calculation; malformed input throws {@link InvalidInputError} instead.
 *
 * @example
 * ```ts
 * import type { ResultWarning } from 'ketamine-relief';
 * const w: ResultWarning = { code: 'interaction', message: 'Clarithromycin raises oral exposure', sources: ['hagelberg-2010'] };
 * ```
 */
export interface ResultWarning {
  code: WarningCode;
  message: string;
  sources?: SourceId[];
}

/**
 * What every result carries besides its numbers: its warnings, every assumption and source it
 * rests on, the not-a-dosing-device notice, and the validated input it answers.
 *
 * @example
 * ```ts
 * import type { ResultProvenance } from 'ketamine-relief';
 * const p: ResultProvenance<{ id: number }> = {
 *   warnings: [],
 *   assumptions: [],
 *   sources: [],
 *   notice: 'Estimate for information only …',
 *   input: { id: 1 },
 * };
 * ```
 */
export interface ResultProvenance<Input> {
  warnings: ResultWarning[];
  /** Every modelling choice, derived or calibrated value the result rests on. */
  assumptions: string[];
  sources: SourceId[];
  notice: string;
  /** The validated, normalised input. */
  input: Input;
}
