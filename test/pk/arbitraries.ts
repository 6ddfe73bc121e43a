import { fc } from '@fast-check/vitest';
import type { DoseEvent, PkParams } from '../../src/entries/pk';

/** Shared fast-check arbitraries for PK models, dose lists and sample times. */
export const rate = (min: number, max: number) =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

export const model = fc
  .record({
    v1: rate(1, 100),
    cl: rate(0.01, 5),
    n: fc.integer({ min: 1, max: 3 }),
    q2: rate(0.01, 5),
    v2: rate(1, 500),
    q3: rate(0.005, 5),
    v3: rate(1, 1000),
    depot: fc.boolean(),
    ka: rate(0.005, 1),
    f: fc.double({ min: 0.05, max: 1, noNaN: true }),
    lag: fc.double({ min: 0, max: 30, noNaN: true }),
    effect: fc.boolean(),
    ke0: rate(0.01, 1),
  })
  .map(
    (r): PkParams => ({
      v1: r.v1,
      cl: r.cl,
      ...(r.n >= 2 ? { q2: r.q2, v2: r.v2 } : {}),
      ...(r.n >= 3 ? { q3: r.q3, v3: r.v3 } : {}),
      ...(r.depot ? { ka: r.ka, f: r.f, lagMinutes: r.lag } : {}),
      ...(r.effect ? { ke0: r.ke0 } : {}),
    }),
  );

export const dose = (depot: boolean) =>
  fc
    .record({
      atMinute: fc.double({ min: 0, max: 600, noNaN: true }),
      amountMg: fc.double({ min: 1, max: 200, noNaN: true }),
      kind: fc.constantFrom(
        ...(depot ? (['bolus', 'infusion', 'depot'] as const) : (['bolus', 'infusion'] as const)),
      ),
      durationMinutes: fc.double({ min: 1, max: 300, noNaN: true }),
    })
    .map(
      (d): DoseEvent =>
        d.kind === 'depot'
          ? { atMinute: d.atMinute, amountMg: d.amountMg, into: 'depot' }
          : d.kind === 'infusion'
            ? {
                atMinute: d.atMinute,
                amountMg: d.amountMg,
                into: 'central',
                durationMinutes: d.durationMinutes,
              }
            : { atMinute: d.atMinute, amountMg: d.amountMg, into: 'central' },
    );

export const scenario = model.chain((p) =>
  fc.record({
    p: fc.constant(p),
    doses: fc.array(dose(p.ka !== undefined), { minLength: 1, maxLength: 4 }),
    times: fc.array(
      fc.integer({ min: 0, max: 6000 }).map((k) => k / 4),
      { minLength: 5, maxLength: 40 },
    ),
  }),
);

export const maxAbs = (xs: readonly number[]) => Math.max(...xs.map(Math.abs));

/** An upper bound of any central concentration the doses can cause: all of it in V1. */
export const concentrationBound = (p: PkParams, doses: readonly DoseEvent[]): number =>
  doses.reduce((s, d) => s + d.amountMg, 0) / p.v1;
