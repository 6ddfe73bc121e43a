import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  durationToMinutes,
  InvalidInputError,
  listRoutes,
  parseExposureInput,
  parseRegimen,
  RouteIdSchema,
} from '../../src/index';

const part = fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined });
const duration = fc
  .record({ minutes: part, hours: part, days: part, weeks: part }, { requiredKeys: [] })
  .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)));
const positiveDuration = duration.filter((d) => durationToMinutes(d) > 0);

const bolusRoutes = listRoutes().map((r) => r.id);
const infusionRoutes = listRoutes()
  .filter((r) => r.methods.some((m) => m.method === 'infusion'))
  .map((r) => r.id);

const bolus = fc.record({
  route: fc.constantFrom(...bolusRoutes),
  dose: fc.record({
    amount: fc.double({ min: 1e-6, max: 1e4, noNaN: true }),
    unit: fc.constantFrom('mg' as const, 'mg/kg' as const),
  }),
});
const infusion = fc.record({
  route: fc.constantFrom(...infusionRoutes),
  dose: fc.record({
    amount: fc.double({ min: 1e-6, max: 1e4, noNaN: true }),
    unit: fc.constantFrom('mg' as const, 'mg/kg' as const, 'mg/h' as const, 'mg/kg/h' as const),
    over: fc.integer({ min: 1, max: 6000 }).map((minutes) => ({ minutes })),
  }),
});
const regimen = fc
  .tuple(fc.oneof(bolus, infusion), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 9 }))
  .map(([r, sessions, extraDays]) =>
    sessions === 1 ? r : { ...r, sessions, every: { days: 5 + extraDays } },
  );

describe('durations', () => {
  test.prop([duration])('are non-negative and add their parts', (d) => {
    const total = durationToMinutes(d);
    expect(total).toBeGreaterThanOrEqual(0);
    const sum = Object.entries(d).reduce((acc, [k, v]) => acc + durationToMinutes({ [k]: v }), 0);
    expect(total).toBeCloseTo(sum, 6);
  });

  test.prop([
    duration,
    fc.constantFrom('minutes', 'hours', 'days', 'weeks'),
    fc.double({ min: 0.001, max: 100, noNaN: true }),
  ])('grow when any part grows', (d, key, extra) => {
    const bigger = { ...d, [key]: ((d as Record<string, number>)[key] ?? 0) + extra };
    expect(durationToMinutes(bigger)).toBeGreaterThan(durationToMinutes(d));
  });

  test.prop([positiveDuration])(
    'positive durations parse unchanged as infusion lengths',
    (over) => {
      const r = parseRegimen({ route: 'intravenous', dose: { amount: 10, unit: 'mg', over } });
      expect(r.dose.over).toEqual(over);
    },
  );
});

describe('regimens', () => {
  test.prop([regimen])('valid regimens parse, deterministically and idempotently', (r) => {
    const once = parseRegimen(r);
    expect(parseRegimen(r)).toEqual(once);
    expect(parseRegimen(once)).toEqual(once);
    expect(RouteIdSchema.options).toContain(once.route);
    expect(once.method).toBe(r.dose && 'over' in r.dose ? 'infusion' : 'bolus');
  });

  test.prop([fc.anything()])('anything else throws InvalidInputError, never another error', (x) => {
    try {
      parseRegimen(x);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.length).toBeGreaterThan(0);
      return;
    }
    throw new Error(`accepted ${JSON.stringify(x)}`);
  });

  test.prop([regimen, fc.double({ min: 1, max: 300, noNaN: true })])(
    'per-kg doses need a weight; with one they parse',
    (r, weightKg) => {
      const perKg = r.dose.unit.includes('/kg');
      expect(parseExposureInput({ regimen: r, patient: { weightKg } }).patient.weightKg).toBe(
        weightKg,
      );
      if (perKg) expect(() => parseExposureInput({ regimen: r, patient: {} })).toThrow(/weightKg/);
      else expect(parseExposureInput({ regimen: r, patient: {} }).patient).toEqual({});
    },
  );
});
