import type { Dosage } from '@medplum/fhirtypes';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FhirDosage, InvalidInputError, listRoutes } from '../../src/index';
import { toFhirDosage } from '../helpers/loose';

describe('toFhirDosage (FHIR R4 Dosage)', () => {
  it('an IV infusion series: SNOMED route, method apart, UCUM rate, duration and repeat', () => {
    const d = toFhirDosage({
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    });
    expect(d.route.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '47625008', display: 'Intravenous route' },
    ]);
    expect(d.method).toEqual({ text: 'infusion' });
    expect(d.doseAndRate).toEqual([
      {
        rateQuantity: {
          value: 0.35,
          unit: 'mg/kg/h',
          system: 'http://unitsofmeasure.org',
          code: 'mg/kg/h',
        },
      },
    ]);
    expect(d.timing?.repeat).toEqual({
      duration: 4,
      durationUnit: 'h',
      count: 10,
      frequency: 1,
      period: 1,
      periodUnit: 'd',
    });
    expect(d.text).toBe(
      'Ketamine 0.35 mg/kg/h intravenous infusion over 4 h, 10 sessions every 1 d',
    );
  });

  it('a single intranasal S-ketamine dose: dose quantity, one session', () => {
    const d = toFhirDosage({
      route: 'intranasal',
      dose: { amount: 28, unit: 'mg' },
      drug: 'esketamine',
    });
    expect(d.doseAndRate[0]?.doseQuantity?.value).toBe(28);
    expect(d.method.text).toBe('bolus');
    expect(d.timing?.repeat).toEqual({ count: 1 });
    expect(d.text).toMatch(/^Esketamine 28 mg/);
  });

  it('a total over a time that is not a whole unit stays in minutes', () => {
    const d = toFhirDosage({
      route: 'intravenous',
      dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 40 } },
    });
    expect(d.timing?.repeat).toMatchObject({ duration: 40, durationUnit: 'min' });
    expect(d.doseAndRate[0]?.doseQuantity?.code).toBe('mg/kg');
  });

  it.each(listRoutes().map((r) => [r.id, r.snomed.code]))('%s is coded %s', (route, code) => {
    expect(toFhirDosage({ route, dose: { amount: 10, unit: 'mg' } }).route.coding[0]?.code).toBe(
      code,
    );
  });

  it('type-checks against the FHIR R4 Dosage of @medplum/fhirtypes', () => {
    expectTypeOf<FhirDosage>().toExtend<Dosage>();
    const d: Dosage = toFhirDosage({ route: 'oral', dose: { amount: 50, unit: 'mg' } });
    expect(d.route?.coding?.[0]?.system).toBe('http://snomed.info/sct');
  });

  it('rejects a malformed regimen', () => {
    expect(() => toFhirDosage({ route: 'oral' })).toThrow(InvalidInputError);
  });
});
