import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  parseExposureInput,
  parseMedications,
  parsePatient,
  parseRegimen,
  parseReliefInput,
} from '../../src/index';
import { issuesOf } from '../helpers/issues';

/** Runs `fn`, expects an InvalidInputError, and returns its issues. */
const bolus = { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } };
const valid = { painType: 'acute-trauma', regimen: bolus, patient: { weightKg: 70 } };

describe('bad input throws one InvalidInputError naming the field', () => {
  it('unknown route', () => {
    const [issue] = issuesOf(() => parseRegimen({ ...bolus, route: 'intravenus' }));
    expect(issue).toMatchObject({ path: ['route'], code: 'invalid_value' });
    expect(issue?.message).toMatch(/must be one of "intravenous"/);
    expect(issue?.message).toMatch(/received "intravenus"/);
  });

  it('unknown pain type', () => {
    const [issue] = issuesOf(() => parseReliefInput({ ...valid, painType: 'headache' }));
    expect(issue).toMatchObject({ path: ['painType'], code: 'invalid_value' });
  });

  it.each([0, -5])('non-positive dose %d', (amount) => {
    const [issue] = issuesOf(() => parseRegimen({ ...bolus, dose: { amount, unit: 'mg' } }));
    expect(issue).toMatchObject({ path: ['dose', 'amount'], code: 'too_small' });
    expect(issue?.message).toBe(`must be ≥ 0.001; received ${amount}`);
  });

  it('mg/kg without a weight', () => {
    const [issue] = issuesOf(() => parseReliefInput({ ...valid, patient: {} }));
    expect(issue).toMatchObject({ path: ['patient', 'weightKg'], code: 'missing_weight' });
    expect(issue?.message).toMatch(/required because the dose is in mg\/kg/);
  });

  it('mg/kg/h without a weight, through the exposure input', () => {
    const regimen = {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
    };
    const [issue] = issuesOf(() => parseExposureInput({ regimen, patient: {} }));
    expect(issue?.code).toBe('missing_weight');
  });

  it('an infusion rate without `over`', () => {
    const [issue] = issuesOf(() =>
      parseRegimen({ route: 'intravenous', dose: { amount: 22, unit: 'mg/h' } }),
    );
    expect(issue).toMatchObject({ path: ['dose', 'over'], code: 'rate_without_over' });
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('%s as a number', (label, amount) => {
    const [issue] = issuesOf(() => parseRegimen({ ...bolus, dose: { amount, unit: 'mg' } }));
    expect(issue).toMatchObject({ path: ['dose', 'amount'], code: 'invalid_type' });
    expect(issue?.message).toContain(label === '-Infinity' ? 'Infinity' : label);
  });

  it('unknown keys are rejected, not dropped', () => {
    const [issue] = issuesOf(() => parseRegimen({ ...bolus, dosage: 3 }));
    expect(issue).toMatchObject({ path: [], code: 'unrecognized_keys' });
    expect(issue?.message).toBe('unknown key(s) "dosage"');
    const [nested] = issuesOf(() => parsePatient({ weightKg: 70, weight: 70 }));
    expect(nested?.message).toMatch(/"weight"/);
  });

  it('wrong types', () => {
    const issues = issuesOf(() =>
      parseRegimen({ route: 'oral', dose: { amount: '25', unit: 'mg' }, sessions: 1.5 }),
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['dose.amount', 'sessions']);
    expect(issues[0]?.message).toBe('expected number, received "25"');
    expect(issuesOf(() => parseRegimen('oral'))[0]?.message).toBe(
      'expected object, received "oral"',
    );
    expect(issuesOf(() => parseRegimen(null))[0]?.message).toBe('expected object, received null');
  });

  it('objects carrying __proto__, constructor or prototype keys', () => {
    const polluted = JSON.parse(
      '{"route":"oral","dose":{"amount":25,"unit":"mg","__proto__":{"admin":true}}}',
    );
    const [issue] = issuesOf(() => parseRegimen(polluted));
    expect(issue).toMatchObject({ path: ['dose', '__proto__'], code: 'forbidden_key' });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const ctor = JSON.parse('{"weightKg":70,"constructor":{"prototype":{}}}');
    expect(issuesOf(() => parsePatient(ctor))[0]?.code).toBe('forbidden_key');
  });

  it('a missing required field', () => {
    const [issue] = issuesOf(() => parseRegimen({ route: 'oral' }));
    expect(issue).toMatchObject({ path: ['dose'], message: 'is required (expected object)' });
  });

  it('regimen inconsistencies', () => {
    const codes = (r: unknown) => issuesOf(() => parseRegimen(r)).map((i) => i.code);
    expect(codes({ ...bolus, method: 'infusion' })).toEqual(['infusion_without_over']);
    expect(
      codes({
        route: 'intravenous',
        method: 'bolus',
        dose: { amount: 20, unit: 'mg', over: { minutes: 10 } },
      }),
    ).toEqual(['bolus_with_over']);
    expect(codes({ route: 'oral', dose: { amount: 25, unit: 'mg', over: { hours: 1 } } })).toEqual([
      'unsupported_method',
    ]);
    expect(codes({ ...bolus, sessions: 3 })).toEqual(['missing_interval']);
    expect(codes({ ...bolus, every: { days: 1 } })).toEqual(['unused_interval']);
    expect(
      codes({
        route: 'intravenous',
        dose: { amount: 22, unit: 'mg/h', over: { days: 2 } },
        sessions: 2,
        every: { days: 1 },
      }),
    ).toEqual(['overlapping_sessions']);
    expect(codes({ ...bolus, sessions: 1501, every: { days: 1 } })).toEqual(['too_big']);
  });

  it('empty and negative durations', () => {
    const dose = (over: unknown) => ({
      route: 'intravenous',
      dose: { amount: 20, unit: 'mg', over },
    });
    expect(issuesOf(() => parseRegimen(dose({})))[0]?.code).toBe('empty_duration');
    expect(issuesOf(() => parseRegimen(dose({ hours: -1 })))[0]).toMatchObject({
      path: ['dose', 'over', 'hours'],
      code: 'too_small',
    });
  });

  it('implausible patients', () => {
    expect(issuesOf(() => parsePatient({ weightKg: 5000 }))[0]?.code).toBe('too_big');
    expect(issuesOf(() => parsePatient({ ageYears: -1 }))[0]?.code).toBe('too_small');
    expect(issuesOf(() => parsePatient({ ageYears: 30, painHistoryYears: 40 }))[0]?.code).toBe(
      'history_longer_than_life',
    );
    expect(issuesOf(() => parsePatient({ sex: 'x' }))[0]?.path).toEqual(['sex']);
  });

  it('unknown or repeated medicines', () => {
    expect(issuesOf(() => parseMedications(['aspirin']))[0]?.path).toEqual([0]);
    expect(issuesOf(() => parseMedications(['opioid', 'opioid']))[0]).toMatchObject({
      path: [1],
      code: 'duplicate_medicine',
    });
  });

  it('reports every issue at once, and the error message lists them with paths', () => {
    let error: unknown;
    try {
      parseReliefInput({
        painType: 'x',
        regimen: { route: 'y', dose: { amount: -1, unit: 'mg' } },
        patient: {},
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    const e = error as InvalidInputError;
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'painType',
      'regimen.route',
      'regimen.dose.amount',
    ]);
    expect(e.message).toMatch(/^Invalid input: painType: must be one of/);
    expect(e.message).toContain('regimen.dose.amount: must be ≥ 0.001');
    expect(e.name).toBe('InvalidInputError');
    expect(Object.isFrozen(e.issues)).toBe(true);
  });
});

describe('good input is normalised', () => {
  it('fills method, sessions, drug and medications', () => {
    const input = parseReliefInput(valid);
    expect(input.regimen).toEqual({ ...bolus, method: 'bolus', sessions: 1, drug: 'racemic' });
    expect(input.medications).toEqual([]);
  });

  it('infers an infusion from `over` and keeps an explicit method', () => {
    const r = parseRegimen({
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
      drug: 'esketamine',
    });
    expect(r).toMatchObject({ method: 'infusion', sessions: 10, drug: 'esketamine' });
  });

  it('does not share structure with, or mutate, the caller’s object', () => {
    const input = { ...bolus, dose: { ...bolus.dose } };
    const r = parseRegimen(input);
    expect(r.dose).not.toBe(input.dose);
    expect(input).not.toHaveProperty('method');
  });
});
