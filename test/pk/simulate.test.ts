import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type DoseEvent, mgPerLToNgPerMl, type PkParams, simulatePk } from '../../src/entries/pk';
import { InvalidInputError } from '../../src/index';
import { compartmentAmounts, prepareModel, simulateSorted, toEvents } from '../../src/pk/engine';
import { concentrationBound, model, rate, scenario } from './arbitraries';

describe('simulatePk invariants', () => {
  const grid = Array.from({ length: 121 }, (_, i) => i * 10);

  test.prop([scenario, fc.double({ min: 0.1, max: 10, noNaN: true })])(
    'linearity in dose',
    ({ p, doses }, k) => {
      const base = simulatePk(p, doses, grid).central;
      const scaled = simulatePk(
        p,
        doses.map((d) => ({ ...d, amountMg: d.amountMg * k })),
        grid,
      ).central;
      const bound = k * concentrationBound(p, doses);
      scaled.forEach((c, i) => {
        expect(Math.abs(c - k * (base[i] ?? 0))).toBeLessThanOrEqual(1e-9 * bound);
      });
    },
  );

  test.prop([scenario])('superposition of dose lists', ({ p, doses }) => {
    const [first, ...rest] = doses;
    if (!first) return;
    const all = simulatePk(p, doses, grid).central;
    const a = simulatePk(p, [first], grid).central;
    const b = simulatePk(p, rest, grid).central;
    // Rounding is relative to the largest concentration the doses could cause (all in V1),
    // a true bound, not to the peak on the sampling grid.
    const bound = concentrationBound(p, doses);
    all.forEach((c, i) => {
      expect(Math.abs(c - (a[i] ?? 0) - (b[i] ?? 0))).toBeLessThanOrEqual(1e-9 * bound);
    });
  });

  test.prop([scenario, fc.integer({ min: -2000, max: 2000 }).map((k) => k / 4)])(
    'time invariance (shifts exactly representable, so event order is kept)',
    ({ p, doses, times }, shift) => {
      const base = simulatePk(p, doses, times).central;
      const moved = simulatePk(
        p,
        doses.map((d) => ({ ...d, atMinute: d.atMinute + shift })),
        times.map((t) => t + shift),
      ).central;
      const bound = concentrationBound(p, doses);
      moved.forEach((c, i) => {
        expect(Math.abs(c - (base[i] ?? 0))).toBeLessThanOrEqual(1e-8 * bound);
      });
    },
  );

  test.prop([model.filter((p) => p.ka === undefined), rate(1, 500)])(
    'mass balance: AUC·CL equals the dose, and amounts never exceed it',
    (p, amount) => {
      const m = prepareModel(p);
      const slowest = Math.min(...m.lambda);
      const end = 40 / slowest;
      const n = 20000;
      const times = Array.from({ length: n + 1 }, (_, i) => (end * i) / n);
      const central = new Float64Array(times.length);
      let maxHeld = 0;
      simulateSorted(
        m,
        toEvents(m, [
          { atMinute: 0, amountMg: amount, into: 'central', durationMinutes: end / 50 },
        ]),
        times,
        central,
        undefined,
        (_, st) => {
          maxHeld = Math.max(
            maxHeld,
            compartmentAmounts(m, st).reduce((a, b) => a + b, 0),
          );
        },
      );
      let auc = 0;
      for (let i = 1; i < times.length; i++)
        auc +=
          (((central[i] ?? 0) + (central[i - 1] ?? 0)) / 2) *
          ((times[i] ?? 0) - (times[i - 1] ?? 0));
      expect(auc * p.cl).toBeCloseTo(amount, 1);
      expect(Math.abs(auc * p.cl - amount) / amount).toBeLessThan(1e-3);
      expect(maxHeld).toBeLessThanOrEqual(amount * (1 + 1e-12));
    },
  );
});

describe('simulatePk specifics', () => {
  it('reports the value just before a bolus given at a sample time', () => {
    const { central } = simulatePk(
      { v1: 10, cl: 1 },
      [{ atMinute: 5, amountMg: 20, into: 'central' }],
      [5, 5.000001],
    );
    expect(central[0]).toBe(0);
    expect(central[1]).toBeCloseTo(2, 5);
  });

  it('matches the one-compartment formula and scales to ng/mL', () => {
    const { central } = simulatePk(
      { v1: 10, cl: 1 },
      [{ atMinute: 0, amountMg: 20, into: 'central' }],
      [30],
    );
    expect(central[0]).toBeCloseTo(2 * Math.exp(-0.1 * 30), 12);
    expect(mgPerLToNgPerMl(0.15)).toBeCloseTo(150, 12);
  });

  it('handles coincident rates (ka equal to the elimination rate and ke0)', () => {
    const k = 0.1;
    const { central, effect } = simulatePk(
      { v1: 10, cl: 1, ka: k, ke0: k },
      [{ atMinute: 0, amountMg: 10, into: 'depot' }],
      [20],
    );
    // Bateman limit: C = (D/V)·k·t·e^(−kt); effect: D/V·k²t²/2·e^(−kt).
    expect(central[0]).toBeCloseTo(1 * k * 20 * Math.exp(-k * 20), 12);
    expect(effect?.[0]).toBeCloseTo(((k * k * 400) / 2) * Math.exp(-k * 20), 12);
  });

  it('returns samples in the order requested', () => {
    const p = { v1: 10, cl: 1 };
    const d = [{ atMinute: 0, amountMg: 20, into: 'central' as const }];
    const a = simulatePk(p, d, [30, 10, 20]).central;
    const b = simulatePk(p, d, [10, 20, 30]).central;
    expect(a).toEqual([b[2], b[0], b[1]]);
  });

  it('rejects malformed parameters and doses with InvalidInputError', () => {
    const bad =
      (p: unknown, d: unknown = [], t: unknown = [0]) =>
      () =>
        simulatePk(p as PkParams, d as DoseEvent[], t as number[]);
    expect(bad({ v1: 0, cl: 1 })).toThrow(InvalidInputError);
    expect(bad({ v1: 10, cl: 1, q2: 1 })).toThrow(/q2 and v2 go together/);
    expect(bad({ v1: 10, cl: 1, q3: 1, v3: 10 })).toThrow(/needs a second/);
    expect(bad({ v1: 10, cl: 1, f: 1.5 })).toThrow(InvalidInputError);
    expect(bad({ v1: 10, cl: 1 }, [{ atMinute: 0, amountMg: 1, into: 'depot' }])).toThrow(
      /needs an absorption rate/,
    );
    expect(
      bad({ v1: 10, cl: 1, ka: 0.1 }, [
        { atMinute: 0, amountMg: 1, into: 'depot', durationMinutes: 5 },
      ]),
    ).toThrow(/central compartment only/);
    expect(bad({ v1: 10, cl: 1 }, [], [Number.NaN])).toThrow(InvalidInputError);
  });
});
