import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { durationToMinutes } from '../../src/entries/dates';
import {
  InvalidInputError,
  listRoutes,
  parseExposureInput,
  parseRegimen,
  RouteIdSchema,
} from '../../src/index';

// Parts within the documented bounds: the largest total (≈ 2.3 million minutes) stays under
// the ten-year limit of any duration.
const part = (max: number) =>
  fc.option(fc.double({ min: 0, max, noNaN: true }), { nil: undefined });
const duration = fc
  .record(
    { minutes: part(1e4), hours: part(1e4), days: part(500), weeks: part(100) },
    { requiredKeys: [] },
  )
  .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)));
const MINUTES_PER: Record<string, number> = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };
const minutesOf = (d: Record<string, number | undefined>) =>
  Object.entries(d).reduce((sum, [k, v]) => sum + (v ?? 0) * (MINUTES_PER[k] ?? 0), 0);
const positiveDuration = duration.filter((d) => minutesOf(d) > 0);
/** Infusion lengths: 1 minute to 30 days. */
const infusionLength = positiveDuration.filter((d) => minutesOf(d) >= 1 && minutesOf(d) <= 43200);
const MAX_AMOUNT = { mg: 1e4, 'mg/kg': 100, 'mg/h': 2000, 'mg/kg/h': 20 } as const;
const amount = (unit: keyof typeof MAX_AMOUNT) =>
  fc.double({ min: 0.001, max: MAX_AMOUNT[unit], noNaN: true });

const bolusRoutes = listRoutes().map((r) => r.id);
const infusionRoutes = listRoutes()
  .filter((r) => r.methods.some((m) => m.method === 'infusion'))
  .map((r) => r.id);

const bolus = fc.record({
  route: fc.constantFrom(...bolusRoutes),
  dose: fc
    .constantFrom('mg' as const, 'mg/kg' as const)
    .chain((unit) => fc.record({ amount: amount(unit), unit: fc.constant(unit) })),
});
// Rates are drawn so that one session never delivers more than the accepted total
// (1000 mg/kg or 100 000 mg): at most 20 mg/kg/h or 1000 mg/h over at most 3000 min.
const infusion = fc.record({
  route: fc.constantFrom(...infusionRoutes),
  dose: fc
    .constantFrom('mg' as const, 'mg/kg' as const, 'mg/h' as const, 'mg/kg/h' as const)
    .chain((unit) =>
      fc.record({
        amount: amount(unit),
        unit: fc.constant(unit),
        over: fc.integer({ min: 1, max: 3000 }).map((minutes) => ({ minutes })),
      }),
    ),
});
const regimen = fc
  .tuple(fc.oneof(bolus, infusion), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 9 }))
  .map(([r, sessions, extraDays]) =>
    sessions === 1 ? r : { ...r, sessions, every: { days: 5 + extraDays } },
  );

describe('durations', () => {
  test.prop([positiveDuration])('are positive and add their parts', (d) => {
    const total = durationToMinutes(d);
    expect(total).toBeGreaterThan(0);
    const sum = Object.entries(d)
      .filter(([, v]) => (v ?? 0) > 0)
      .reduce((acc, [k, v]) => acc + durationToMinutes({ [k]: v }), 0);
    expect(total).toBeCloseTo(sum, 6);
  });

  test.prop([
    positiveDuration,
    fc.constantFrom('minutes', 'hours', 'days', 'weeks'),
    fc.double({ min: 0.001, max: 100, noNaN: true }),
  ])('grow when any part grows', (d, key, extra) => {
    const bigger = { ...d, [key]: ((d as Record<string, number>)[key] ?? 0) + extra };
    expect(durationToMinutes(bigger)).toBeGreaterThan(durationToMinutes(d));
  });

  test.prop([duration.filter((d) => minutesOf(d) === 0)])('empty durations are rejected', (d) => {
    expect(() => durationToMinutes(d)).toThrow(InvalidInputError);
  });

  test.prop([infusionLength])(
    'infusion lengths from 1 minute to 30 days parse unchanged',
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
