import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type DoseEvent,
  InvalidInputError,
  mgPerLToNgPerMl,
  type PkParams,
  simulatePk,
} from '../../src/index';
import { compartmentAmounts, prepareModel, simulateSorted, toEvents } from '../../src/pk/engine';
import { integrateReference } from './reference-ode';

const rate = (min: number, max: number) =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

const model = fc
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

const dose = (depot: boolean) =>
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

const scenario = model.chain((p) =>
  fc.record({
    p: fc.constant(p),
    doses: fc.array(dose(p.ka !== undefined), { minLength: 1, maxLength: 4 }),
    times: fc.array(
      fc.integer({ min: 0, max: 6000 }).map((k) => k / 4),
      { minLength: 5, maxLength: 40 },
    ),
  }),
);

const maxAbs = (xs: readonly number[]) => Math.max(...xs.map(Math.abs));

describe('simulatePk agrees with an independent adaptive Dormand–Prince integration', () => {
  test.prop([scenario], { numRuns: 150 })('max error ≤ 1e-6 of the peak', ({ p, doses, times }) => {
    // Samples: the random times, each dose time (value just before it), just after each dose,
    // and a grid, so that the peak used for scaling is the curve's real peak.
    const grid = Array.from({ length: 151 }, (_, i) => i * 10);
    const sampleTimes = [
      ...times,
      ...doses.flatMap((d) => [d.atMinute, d.atMinute + 1e-6]),
      ...grid,
    ];
    const exact = simulatePk(p, doses, sampleTimes);
    const ref = integrateReference(p, doses, sampleTimes);
    const peak = maxAbs(ref.central);
    const err = maxAbs(exact.central.map((c, i) => c - (ref.central[i] ?? 0)));
    expect(err).toBeLessThanOrEqual(1e-6 * peak);
    if (p.ke0 !== undefined) {
      const peakE = maxAbs(ref.effect);
      const errE = maxAbs((exact.effect ?? []).map((c, i) => c - (ref.effect[i] ?? 0)));
      expect(errE).toBeLessThanOrEqual(1e-6 * peakE);
    } else expect(exact.effect).toBeUndefined();
  });
});

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
      const peak = maxAbs(scaled);
      scaled.forEach((c, i) => {
        expect(Math.abs(c - k * (base[i] ?? 0))).toBeLessThanOrEqual(1e-9 * peak);
      });
    },
  );

  test.prop([scenario])('superposition of dose lists', ({ p, doses }) => {
    const [first, ...rest] = doses;
    if (!first) return;
    const all = simulatePk(p, doses, grid).central;
    const a = simulatePk(p, [first], grid).central;
    const b = simulatePk(p, rest, grid).central;
    const peak = maxAbs(all);
    all.forEach((c, i) => {
      expect(Math.abs(c - (a[i] ?? 0) - (b[i] ?? 0))).toBeLessThanOrEqual(1e-9 * peak);
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
      const peak = maxAbs([...base, ...simulatePk(p, doses, grid).central]);
      moved.forEach((c, i) => {
        expect(Math.abs(c - (base[i] ?? 0))).toBeLessThanOrEqual(1e-8 * peak + 1e-300);
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
