import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type DoseEvent, type PkParams, simulatePk } from '../../src/index';
import { findCrossings } from '../../src/pk/crossings';
import { prepareModel, toEvents } from '../../src/pk/engine';

const rate = (min: number, max: number) =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

const scenario = fc
  .record({
    v1: rate(1, 100),
    cl: rate(0.05, 5),
    q2: rate(0.01, 5),
    v2: rate(1, 500),
    ka: rate(0.01, 1),
    ke0: rate(0.01, 1),
    depot: fc.boolean(),
    doses: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 600 }),
        amount: rate(1, 100),
        infusion: fc.integer({ min: 0, max: 120 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    level: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
  })
  .map((r) => {
    const p: PkParams = { v1: r.v1, cl: r.cl, q2: r.q2, v2: r.v2, ka: r.ka, f: 1, ke0: r.ke0 };
    const doses: DoseEvent[] = r.doses.map((d) =>
      r.depot
        ? { atMinute: d.at, amountMg: d.amount, into: 'depot' }
        : d.infusion > 0
          ? { atMinute: d.at, amountMg: d.amount, into: 'central', durationMinutes: d.infusion }
          : { atMinute: d.at, amountMg: d.amount, into: 'central' },
    );
    return { p, doses, level: r.level };
  });

const END = 3000;
const GRID = Array.from({ length: 6001 }, (_, i) => (i * END) / 6000);

describe('findCrossings', () => {
  test.prop([scenario, fc.constantFrom('central' as const, 'effect' as const)], { numRuns: 60 })(
    'finds every sign change of a fine grid, at points where the exact curve meets the threshold',
    ({ p, doses, level }, which) => {
      const curve = simulatePk(p, doses, GRID)[which] ?? [];
      const threshold = level * Math.max(...curve);
      const m = prepareModel(p);
      const found = findCrossings(m, toEvents(m, doses), threshold, which, 0, END);
      const step = END / 6000;
      for (let i = 1; i < GRID.length; i++) {
        const a = (curve[i - 1] ?? 0) - threshold;
        const b = (curve[i] ?? 0) - threshold;
        if (a < 0 !== b < 0) {
          const t0 = GRID[i - 1] ?? 0;
          expect(
            found.some((c) => c.minute >= t0 - 1e-9 && c.minute <= t0 + step + 1e-9),
            `crossing near ${t0}`,
          ).toBe(true);
        }
      }
      for (const c of found) {
        const before = simulatePk(p, doses, [Math.max(0, c.minute - 1e-4)])[which]?.[0] ?? 0;
        const after = simulatePk(p, doses, [c.minute + 1e-4])[which]?.[0] ?? 0;
        expect(
          c.rising
            ? before <= threshold && after >= threshold
            : before >= threshold && after <= threshold,
        ).toBe(true);
      }
    },
  );

  it('reports the jump of an IV bolus as a rising crossing at the dose time', () => {
    const m = prepareModel({ v1: 10, cl: 1 });
    const found = findCrossings(
      m,
      toEvents(m, [{ atMinute: 5, amountMg: 20, into: 'central' }]),
      1,
      'central',
      0,
      100,
    );
    // C(t) = 2·e^(−0.1(t−5)): rises at 5, falls through 1 at 5 + 10·ln 2.
    expect(found[0]).toEqual({ minute: 5, rising: true });
    expect(found[1]?.rising).toBe(false);
    expect(found[1]?.minute).toBeCloseTo(5 + 10 * Math.LN2, 6);
  });
});
