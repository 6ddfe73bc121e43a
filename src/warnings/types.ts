import type { SourceId } from '../evidence/registry.js';

/**
 * Codes of the clinical and modelling concerns a result can carry.
 *
 * @example
 * ```ts
 * import type { WarningCode } from 'ketamine-relief';
 * const code: WarningCode = 'outside-validated-range';
 * ```
 */
export type WarningCode =
  | 'outside-validated-range'
  | 'route-without-pk'
  | 'weight-assumed'
  | 'covariate-not-quantified'
  | 'interaction'
  | 'interaction-not-quantified'
  | 'derived-absorption'
  | 'dose-above-guideline'
  | 'contraindication'
  | 'low-evidence-pain-type'
  | 'effect-interaction'
  | 'factor-not-quantified'
  | 'history-outlier'
  | 'no-maintenance-schedule'
  | 'interval-raised-to-minimum-gap';

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
