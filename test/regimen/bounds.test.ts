import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/data/input-limits';
import { durationToMinutes } from '../../src/entries/dates';
import { parseRegimen } from '../../src/index';
import { issuesOf } from '../helpers/issues';

const iv = (dose: object, extra: object = {}) => ({ route: 'intravenous', dose, ...extra });
const codes = (r: object) => issuesOf(() => parseRegimen(r)).map((i) => [i.path.join('.'), i.code]);

describe('regimen bounds (INPUT_LIMITS), each reported once at its field', () => {
  it('bounds the dose amount by unit', () => {
    expect(codes(iv({ amount: 0.0009, unit: 'mg' }))).toEqual([['dose.amount', 'too_small']]);
    expect(codes(iv({ amount: 10001, unit: 'mg' }))).toEqual([['dose.amount', 'too_big']]);
    expect(codes(iv({ amount: 101, unit: 'mg/kg' }))).toEqual([['dose.amount', 'dose_too_large']]);
    expect(codes(iv({ amount: 21, unit: 'mg/kg/h', over: { hours: 1 } }))).toEqual([
      ['dose.amount', 'dose_too_large'],
    ]);
    expect(codes(iv({ amount: 2001, unit: 'mg/h', over: { hours: 1 } }))).toEqual([
      ['dose.amount', 'dose_too_large'],
    ]);
    expect(parseRegimen(iv({ amount: 100, unit: 'mg/kg' })).dose.amount).toBe(100);
  });

  it('bounds the infusion length and what one session delivers', () => {
    expect(codes(iv({ amount: 1, unit: 'mg', over: { minutes: 0.5 } }))).toEqual([
      ['dose.over', 'infusion_length_out_of_range'],
    ]);
    expect(codes(iv({ amount: 1, unit: 'mg', over: { days: 30.01 } }))).toEqual([
      ['dose.over', 'infusion_length_out_of_range'],
    ]);
    expect(parseRegimen(iv({ amount: 1, unit: 'mg', over: { days: 30 } })).method).toBe('infusion');
    // 20 mg/kg/h for 51 h = 1020 mg/kg > 1000; 1000 mg/h for 101 h = 101 000 mg > 100 000.
    expect(codes(iv({ amount: 20, unit: 'mg/kg/h', over: { hours: 51 } }))).toEqual([
      ['dose.amount', 'session_total_too_large'],
    ]);
    expect(codes(iv({ amount: 1000, unit: 'mg/h', over: { hours: 101 } }))).toEqual([
      ['dose.amount', 'session_total_too_large'],
    ]);
  });

  it('bounds the interval and the span of the whole regimen', () => {
    const bolus = { amount: 1, unit: 'mg' };
    expect(codes(iv(bolus, { sessions: 2, every: { minutes: 0.5 } }))).toEqual([
      ['every', 'interval_out_of_range'],
    ]);
    expect(codes(iv(bolus, { sessions: 2, every: { days: 366 } }))).toEqual([
      ['every', 'interval_out_of_range'],
    ]);
    // 1000 sessions a year apart would span 999 years.
    expect(codes(iv(bolus, { sessions: 1000, every: { days: 365 } }))).toEqual([
      ['every', 'regimen_too_long'],
    ]);
    expect(parseRegimen(iv(bolus, { sessions: 11, every: { days: 365 } })).sessions).toBe(11);
  });

  it('bounds every duration part and the total, reporting a too-long part only once', () => {
    expect(codes(iv({ amount: 1, unit: 'mg' }, { sessions: 2, every: { days: 1e15 } }))).toEqual([
      ['every.days', 'too_big'],
    ]);
    // Parts each within bounds, total over ten years.
    const long = { weeks: 500, days: 3000 };
    expect(issuesOf(() => durationToMinutes(long)).map((i) => i.code)).toEqual([
      'duration_too_long',
    ]);
    expect(durationToMinutes({ weeks: 521 })).toBe(521 * 10080);
    expect(INPUT_LIMITS.duration.maxMinutes).toBe(5256000);
  });
});
