import { describe, expect, it } from 'vitest';
import { guidelineWarnings } from '../../src/entries/evidence';
import { InvalidInputError, parseExposureInput, predictExposure } from '../../src/index';

const check = (regimen: object, patient: object = { weightKg: 70 }) => {
  const input = parseExposureInput({ regimen, patient });
  return guidelineWarnings(input.regimen, input.patient);
};
const codes = (regimen: object, patient?: object) => check(regimen, patient).map((w) => w.code);

describe('guideline warnings (Schwenk 2018, Cohen 2018)', () => {
  it('flags an IV bolus above 0.35 mg/kg, not at it', () => {
    expect(codes({ route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg' } })).toEqual([]);
    expect(codes({ route: 'intravenous', dose: { amount: 0.36, unit: 'mg/kg' } })).toEqual([
      'dose-above-guideline',
    ]);
    expect(codes({ route: 'intravenous', dose: { amount: 30, unit: 'mg' } })).toEqual([
      'dose-above-guideline',
    ]);
    expect(check({ route: 'intravenous', dose: { amount: 30, unit: 'mg' } })[0]?.message).toMatch(
      /0.429 mg\/kg is above the guideline ceiling of 0.35 mg\/kg/,
    );
  });

  it('flags an IV infusion above 1 mg/kg/h, whatever unit it is given in', () => {
    expect(
      codes({ route: 'intravenous', dose: { amount: 1, unit: 'mg/kg/h', over: { hours: 2 } } }),
    ).toEqual([]);
    expect(
      codes({ route: 'intravenous', dose: { amount: 1.2, unit: 'mg/kg/h', over: { hours: 2 } } }),
    ).toEqual(['dose-above-guideline']);
    expect(
      codes({ route: 'intravenous', dose: { amount: 80, unit: 'mg', over: { hours: 1 } } }),
    ).toEqual(['dose-above-guideline']);
    expect(
      codes({ route: 'intravenous', dose: { amount: 80, unit: 'mg', over: { hours: 2 } } }),
    ).toEqual([]);
    expect(
      codes({ route: 'intravenous', dose: { amount: 100, unit: 'mg/h', over: { hours: 1 } } }),
    ).toEqual(['dose-above-guideline']);
  });

  it('does not compare without a weight, or for routes the guidelines do not cover', () => {
    expect(codes({ route: 'intravenous', dose: { amount: 300, unit: 'mg' } }, {})).toEqual([]);
    expect(codes({ route: 'intranasal', dose: { amount: 1.5, unit: 'mg/kg' } })).toEqual([]);
  });

  it('names contraindications and cautions from conditions and hepatic status', () => {
    const regimen = { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } };
    expect(codes(regimen, { weightKg: 70, conditions: ['pregnancy', 'active-psychosis'] })).toEqual(
      ['contraindication', 'contraindication'],
    );
    expect(check(regimen, { weightKg: 70, hepaticImpairment: 'moderate' })[0]?.message).toMatch(
      /^Caution/,
    );
    expect(check(regimen, { weightKg: 70, hepaticImpairment: 'severe' })[0]?.message).toMatch(
      /^Contraindicated/,
    );
    expect(codes(regimen, { weightKg: 70, hepaticImpairment: 'mild' })).toEqual([]);
  });

  it('rejects unknown or repeated conditions', () => {
    const regimen = { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } };
    expect(() => check(regimen, { weightKg: 70, conditions: ['flu'] })).toThrow(InvalidInputError);
    expect(() => check(regimen, { weightKg: 70, conditions: ['pregnancy', 'pregnancy'] })).toThrow(
      /more than once/,
    );
  });

  it('appear in predictExposure results', () => {
    const r = predictExposure(
      {
        regimen: { route: 'intravenous', dose: { amount: 0.5, unit: 'mg/kg' } },
        patient: { weightKg: 70, ageYears: 40 },
      },
      { population: 50 },
    );
    expect(r.warnings.map((w) => w.code)).toContain('dose-above-guideline');
    expect(r.sources).toContain('schwenk-2018');
  });
});
