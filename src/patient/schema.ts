import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { addIssue } from '../internal/issue.js';
import { list } from '../internal/list.js';

/** Conditions the guidelines name as contraindications or cautions. @internal */
export const PATIENT_CONDITIONS = [
  'pregnancy',
  'active-psychosis',
  'uncontrolled-cardiovascular-disease',
  'raised-intracranial-pressure',
  'raised-intraocular-pressure',
  'active-substance-use',
] as const;

/**
 * The patient. Every field is optional except `weightKg` when a dose is per kilogram
 * (checked where regimen and patient meet, see {@link parseExposureInput}). A missing field
 * means "unknown"; the library never assumes a value for it.
 *
 * @example
 * ```ts
 * import { PatientSchema } from 'ketamine-relief';
 * PatientSchema.parse({ weightKg: 70, ageYears: 45, sex: 'female', cyp2b6: 'intermediate' });
 * ```
 */
export const PatientSchema = z
  .strictObject({
    weightKg: z.optional(
      z.number().check(z.gte(INPUT_LIMITS.weightKg.min), z.lte(INPUT_LIMITS.weightKg.max)),
    ),
    ageYears: z.optional(z.number().check(z.nonnegative(), z.lte(INPUT_LIMITS.ageYears.max))),
    sex: z.optional(z.enum(['female', 'male'])),
    hepaticImpairment: z.optional(z.enum(['none', 'mild', 'moderate', 'severe'])),
    /** Kidney failure (including dialysis). */
    renalFailure: z.optional(z.boolean()),
    /** CYP2B6 metaboliser status (for example \*6/\*6 carriers are `poor`). */
    cyp2b6: z.optional(z.enum(['normal', 'intermediate', 'poor'])),
    /** Years since the pain began. */
    painHistoryYears: z.optional(
      z.number().check(z.nonnegative(), z.lte(INPUT_LIMITS.ageYears.max)),
    ),
    /** Current depressive symptoms. */
    depression: z.optional(z.boolean()),
    /** Conditions the guidelines name as contraindications or cautions (each at most once). */
    conditions: z.optional(list(z.enum(PATIENT_CONDITIONS))),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (
        p.painHistoryYears !== undefined &&
        p.ageYears !== undefined &&
        p.painHistoryYears > p.ageYears
      ) {
        addIssue(
          ctx,
          ['painHistoryYears'],
          'history_longer_than_life',
          `cannot exceed ageYears (${p.ageYears})`,
        );
      }
      p.conditions?.forEach((c, i) => {
        if (p.conditions?.indexOf(c) !== i) {
          addIssue(
            ctx,
            ['conditions', i],
            'duplicate_condition',
            `${JSON.stringify(c)} is listed more than once`,
          );
        }
      });
    }),
  );

/**
 * A validated patient. See {@link PatientSchema}.
 *
 * @example
 * ```ts
 * import type { Patient } from 'ketamine-relief';
 * const p: Patient = { weightKg: 82, hepaticImpairment: 'mild' };
 * ```
 */
export type Patient = z.output<typeof PatientSchema>;
