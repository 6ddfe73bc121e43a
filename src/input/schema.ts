import * as z from 'zod/mini';
import { addIssue } from '../internal/issue.js';
import { list } from '../internal/list.js';
import { MedicineIdSchema } from '../medicines/schema.js';
import { PainTypeIdSchema } from '../pain-types/schema.js';
import { PatientSchema } from '../patient/schema.js';
import { isPerKgUnit, RegimenSchema } from '../regimen/schema.js';

/**
 * Co-medications, each at most once. See {@link listMedicines}.
 *
 * @example
 * ```ts
 * import { MedicationsSchema } from 'ketamine-relief';
 * MedicationsSchema.parse(['clarithromycin', 'benzodiazepine']);
 * ```
 */
export const MedicationsSchema = list(MedicineIdSchema).check(
  z.superRefine((list, ctx) => {
    list.forEach((id, i) => {
      if (list.indexOf(id) !== i) {
        addIssue(ctx, [i], 'duplicate_medicine', `${JSON.stringify(id)} is listed more than once`);
      }
    });
  }),
);

const exposureShape = {
  regimen: RegimenSchema,
  patient: PatientSchema,
  medications: z._default(MedicationsSchema, []),
};

type WithDoseAndPatient = {
  regimen: z.output<typeof RegimenSchema>;
  patient: z.output<typeof PatientSchema>;
};

const needsWeight = z.superRefine((input: WithDoseAndPatient, ctx) => {
  if (isPerKgUnit(input.regimen.dose.unit) && input.patient.weightKg === undefined) {
    addIssue(
      ctx,
      ['patient', 'weightKg'],
      'missing_weight',
      `is required because the dose is in ${input.regimen.dose.unit}`,
    );
  }
});

/**
 * Input of exposure estimates: `{ regimen, patient, medications? }`. A per-kilogram dose
 * requires `patient.weightKg`.
 *
 * @example
 * ```ts
 * import { ExposureInputSchema } from 'ketamine-relief';
 * ExposureInputSchema.parse({
 *   regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
 *   patient: { weightKg: 70 },
 * }).medications; // []
 * ```
 */
export const ExposureInputSchema = z.strictObject(exposureShape).check(needsWeight);

/**
 * A validated exposure input. See {@link ExposureInputSchema}.
 *
 * @example
 * ```ts
 * import type { ExposureInput } from 'ketamine-relief';
 * const input: ExposureInput = {
 *   regimen: { route: 'oral', dose: { amount: 25, unit: 'mg' }, method: 'bolus', sessions: 1, drug: 'racemic' },
 *   patient: {},
 *   medications: [],
 * };
 * ```
 */
export type ExposureInput = z.output<typeof ExposureInputSchema>;

/**
 * What {@link predictExposure} accepts: the input before validation.
 *
 * @example
 * ```ts
 * import type { PredictExposureInput } from 'ketamine-relief';
 * const input: PredictExposureInput = {
 *   regimen: { route: 'oral', dose: { amount: 25, unit: 'mg' } },
 *   patient: { weightKg: 70 },
 * };
 * ```
 */
export type PredictExposureInput = z.input<typeof ExposureInputSchema>;

/**
 * Input of relief estimates: `{ painType, regimen, patient, medications? }`.
 *
 * @example
 * ```ts
 * import { ReliefInputSchema } from 'ketamine-relief';
 * ReliefInputSchema.parse({
 *   painType: 'crps',
 *   regimen: { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
 *              sessions: 10, every: { days: 1 } },
 *   patient: { weightKg: 70 },
 * });
 * ```
 */
export const ReliefInputSchema = z
  .strictObject({ painType: PainTypeIdSchema, ...exposureShape })
  .check(needsWeight);

/**
 * A validated relief input. See {@link ReliefInputSchema}.
 *
 * @example
 * ```ts
 * import { parseReliefInput, type ReliefInput } from 'ketamine-relief';
 * const input: ReliefInput = parseReliefInput({
 *   painType: 'acute-trauma',
 *   regimen: { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' } },
 *   patient: { weightKg: 80 },
 * });
 * ```
 */
export type ReliefInput = z.output<typeof ReliefInputSchema>;

/**
 * What {@link estimateRelief} accepts: the input *before* validation (optional fields may be
 * left out, durations given in any unit). A misspelled key, pain type, route or unit does not
 * compile; JavaScript callers and JSON are still validated at run time.
 *
 * @example
 * ```ts
 * import type { EstimateReliefInput } from 'ketamine-relief';
 * const input: EstimateReliefInput = {
 *   painType: 'crps',
 *   regimen: { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } } },
 *   patient: { weightKg: 70 },
 * };
 * ```
 */
export type EstimateReliefInput = z.input<typeof ReliefInputSchema>;
