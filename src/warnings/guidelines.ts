import * as z from 'zod/mini';
import { CONTRAINDICATIONS, DOSE_CEILINGS, GUIDELINE_WARNING_TEXT } from '../data/guidelines.js';
import type { SourceId } from '../evidence/registry.js';
import { parseWith } from '../internal/parse.js';
import { type Patient, PatientSchema } from '../patient/schema.js';
import { totalMinutes } from '../regimen/duration.js';
import { isPerKgUnit, isRateUnit, type Regimen, RegimenSchema } from '../regimen/schema.js';
import type { ResultWarning } from './types.js';

const MINUTES_PER_HOUR = 60;

/**
 * Guideline concerns about a regimen for a patient: a per-session dose above the guideline
 * ceilings, and contraindications or cautions from the patient's conditions and hepatic status.
 * Ceilings apply to intravenous doses, the route the guidelines cover; doses given in mg need a
 * weight to be compared. The regimen and patient are validated like any input.
 *
 * @example
 * ```ts
 * import { parseExposureInput } from 'ketamine-relief';
 * import { guidelineWarnings } from 'ketamine-relief/evidence';
 * const { regimen, patient } = parseExposureInput({
 *   regimen: { route: 'intravenous', dose: { amount: 0.5, unit: 'mg/kg' } },
 *   patient: { weightKg: 70, conditions: ['pregnancy'] },
 * });
 * guidelineWarnings(regimen, patient).map((w) => w.code); // ['dose-above-guideline', 'contraindication']
 * ```
 */
export function guidelineWarnings(regimen: Regimen, patient: Patient): ResultWarning[] {
  const a = parseWith(Args, { regimen, patient });
  return guidelineConcerns(a.regimen, a.patient);
}

const Args = z.strictObject({ regimen: RegimenSchema, patient: PatientSchema });

/** {@link guidelineWarnings} of a validated regimen and patient. @internal */
export function guidelineConcerns(regimen: Regimen, patient: Patient): ResultWarning[] {
  const warnings: ResultWarning[] = [];
  const perKg = perKgDose(regimen, patient.weightKg);
  if (regimen.route === 'intravenous' && perKg !== undefined) {
    for (const c of DOSE_CEILINGS) {
      if (c.method === regimen.method && perKg > c.maxPerKg) {
        warnings.push({
          code: 'dose-above-guideline',
          message: GUIDELINE_WARNING_TEXT.aboveCeiling(round(perKg), c.unit, c.maxPerKg, c.text),
          sources: [...c.sources] as SourceId[],
        });
      }
    }
  }
  const present = new Set<string>(patient.conditions ?? []);
  if (patient.hepaticImpairment === 'severe') present.add('severe-hepatic-impairment');
  if (patient.hepaticImpairment === 'moderate') present.add('moderate-hepatic-impairment');
  for (const c of CONTRAINDICATIONS) {
    if (!present.has(c.condition)) continue;
    warnings.push({
      code: 'contraindication',
      message: GUIDELINE_WARNING_TEXT.condition(c.level, c.condition, c.text),
      sources: [...c.sources] as SourceId[],
    });
  }
  return warnings;
}

/** The per-session dose in mg/kg (bolus) or the rate in mg/kg/h (infusion), if computable. */
function perKgDose(regimen: Regimen, weightKg: number | undefined): number | undefined {
  const { amount, unit, over } = regimen.dose;
  const weight = isPerKgUnit(unit) ? 1 : weightKg;
  if (weight === undefined) return undefined;
  if (regimen.method === 'bolus') return amount / weight;
  if (isRateUnit(unit)) return amount / weight;
  const hours = over ? totalMinutes(over) / MINUTES_PER_HOUR : 0;
  return hours > 0 ? amount / weight / hours : undefined;
}

function round(x: number): number {
  return Math.round(x * ROUNDING) / ROUNDING;
}

const ROUNDING = 1000;
