/**
 * A regimen as a FHIR R4 `Dosage`: SNOMED CT route, the method kept apart from the route,
 * UCUM quantities, infusion rate and duration, and `timing.repeat` for sessions.
 */
import { parseWith } from '../internal/parse.js';
import { totalMinutes } from '../regimen/duration.js';
import { isRateUnit, type RegimenInput, RegimenSchema } from '../regimen/schema.js';
import { getRoute } from '../routes/index.js';

const UCUM = 'http://unitsofmeasure.org';

/**
 * A FHIR R4 `Quantity` in UCUM.
 *
 * @example
 * ```ts
 * import type { FhirQuantity } from 'ketamine-relief';
 * const q: FhirQuantity = { value: 25, unit: 'mg/h', system: 'http://unitsofmeasure.org', code: 'mg/h' };
 * ```
 */
export interface FhirQuantity {
  value: number;
  unit: string;
  system: 'http://unitsofmeasure.org';
  code: string;
}

/**
 * The subset of the FHIR R4 `Dosage` datatype this library writes (assignable to the full type
 * of a FHIR type package such as `@medplum/fhirtypes`).
 *
 * @example
 * ```ts
 * import { toFhirDosage, type FhirDosage } from 'ketamine-relief';
 * const d: FhirDosage = toFhirDosage({ route: 'oral', dose: { amount: 50, unit: 'mg' } });
 * ```
 */
export interface FhirDosage {
  text: string;
  timing?: {
    repeat: {
      count?: number;
      duration?: number;
      durationUnit?: 'min' | 'h' | 'd' | 'wk';
      frequency?: number;
      period?: number;
      periodUnit?: 'min' | 'h' | 'd' | 'wk';
    };
  };
  route: { coding: { system: string; code: string; display: string }[]; text: string };
  method: { text: string };
  doseAndRate: { doseQuantity?: FhirQuantity; rateQuantity?: FhirQuantity }[];
}

const UNITS: [number, 'wk' | 'd' | 'h' | 'min'][] = [
  [10080, 'wk'],
  [1440, 'd'],
  [60, 'h'],
  [1, 'min'],
];

/** Minutes as the largest whole FHIR time unit. */
function timeOf(minutes: number): { value: number; unit: 'wk' | 'd' | 'h' | 'min' } {
  for (const [size, unit] of UNITS) {
    if (minutes >= size && Number.isInteger(minutes / size)) return { value: minutes / size, unit };
  }
  return { value: minutes, unit: 'min' };
}

function quantity(value: number, unit: string): FhirQuantity {
  return { value, unit, system: UCUM, code: unit };
}

/**
 * Writes a regimen as a FHIR R4 `Dosage`. The route is coded in SNOMED CT (intravenous is
 * `47625008`); the method (bolus or infusion) is kept apart from the route, as text, because
 * the FHIR example value set for methods has no verified infusion code; amounts and rates are
 * UCUM quantities (`mg`, `mg/kg`, `mg/h`, `mg/kg/h`); an infusion's length is
 * `timing.repeat.duration`; sessions and their interval are `count` and `period`. Throws
 * {@link InvalidInputError} for a malformed regimen.
 *
 * @example
 * ```ts
 * import { toFhirDosage } from 'ketamine-relief';
 * const d = toFhirDosage({
 *   route: 'intravenous',
 *   dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
 *   sessions: 10,
 *   every: { days: 1 },
 * });
 * d.route.coding[0]?.code; // '47625008'
 * d.doseAndRate[0]?.rateQuantity?.code; // 'mg/kg/h'
 * d.timing?.repeat.count; // 10
 * ```
 */
export function toFhirDosage(regimen: RegimenInput): FhirDosage {
  const r = parseWith(RegimenSchema, regimen);
  const route = getRoute(r.route);
  const over = r.dose.over ? totalMinutes(r.dose.over) : 0;
  const rate = isRateUnit(r.dose.unit);
  const repeat: NonNullable<FhirDosage['timing']>['repeat'] = {};
  if (over > 0) {
    const d = timeOf(over);
    repeat.duration = d.value;
    repeat.durationUnit = d.unit as 'min' | 'h' | 'd' | 'wk';
  }
  if (r.sessions > 1 && r.every) {
    const p = timeOf(totalMinutes(r.every));
    repeat.count = r.sessions;
    repeat.frequency = 1;
    repeat.period = p.value;
    repeat.periodUnit = p.unit;
  } else if (r.sessions === 1) repeat.count = 1;
  const drug = r.drug === 'esketamine' ? 'Esketamine' : 'Ketamine';
  const overText = over > 0 ? ` over ${repeat.duration} ${repeat.durationUnit}` : '';
  const sessionText =
    r.sessions > 1 ? `, ${r.sessions} sessions every ${repeat.period} ${repeat.periodUnit}` : '';
  return {
    text: `${drug} ${r.dose.amount} ${r.dose.unit} ${route.label.toLowerCase()} ${r.method}${overText}${sessionText}`,
    timing: { repeat },
    route: {
      coding: [
        { system: route.snomed.system, code: route.snomed.code, display: route.snomed.display },
      ],
      text: route.label,
    },
    method: { text: r.method },
    doseAndRate: [
      rate
        ? { rateQuantity: quantity(r.dose.amount, r.dose.unit) }
        : { doseQuantity: quantity(r.dose.amount, r.dose.unit) },
    ],
  };
}
