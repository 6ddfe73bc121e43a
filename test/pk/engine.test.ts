import { describe, expect, it } from 'vitest';
import {
  advance,
  apply,
  type EngineParams,
  prepareModel,
  simulateSorted,
  toEvents,
  zeroState,
} from '../../src/pk/engine';
import { integrateReference } from './reference-ode';

const P: EngineParams = { v1: 10, cl: 1, q2: 2, v2: 30, ka: 0.05, f: 0.8 };

describe('PK engine internals', () => {
  it('the second effect compartment equals a first one of the same rate', () => {
    const k = 0.01;
    const two = prepareModel({ ...P, ke0: 0.2, ke0Second: k });
    const one = prepareModel({ ...P, ke0: k });
    const a = zeroState(two);
    const b = zeroState(one);
    for (const m of [two, one]) apply(m, m === two ? a : b, 1, 100);
    // Alternating step lengths reuse both cached factor sets.
    for (const h of [30, 600, 30, 600, 30, 600]) {
      advance(two, a, h);
      advance(one, b, h);
      expect(a.second).toBeCloseTo(b.effect, 12);
    }
    apply(two, a, 2, 5);
    apply(one, b, 2, 5);
    advance(two, a, 45);
    advance(one, b, 45);
    expect(a.second).toBeCloseTo(b.effect, 12);
  });

  it('a reused model gives the same answers as a fresh one', () => {
    const fresh = prepareModel({ ...P, cl: 2 });
    const reused = prepareModel({ ...P, cl: 2 }, prepareModel({ ...P, v1: 99, ke0: 1 }));
    expect(Array.from(reused.lambda)).toEqual(Array.from(fresh.lambda));
    expect(Array.from(reused.w)).toEqual(Array.from(fresh.w));
    expect(reused.ke0).toBe(0);
    for (const slot of reused.slots) expect(slot.h).toBeNaN();
  });

  it('a second absorption path adds by superposition and matches the ODE reference', () => {
    const two = { ...P, ke0: 0.1, ka2: 0.02, f2: 0.15, lag2Minutes: 16 };
    const times = Float64Array.from({ length: 60 }, (_, i) => i * 9);
    const doses = [
      { atMinute: 0, amountMg: 50, into: 'depot' as const },
      { atMinute: 240, amountMg: 30, into: 'depot' as const },
    ];
    const run = (p: EngineParams) => {
      const m = prepareModel(p);
      const c = new Float64Array(times.length);
      const e = new Float64Array(times.length);
      simulateSorted(m, toEvents(m, doses), times, c, e);
      return { c, e };
    };
    const both = run(two);
    const first = run({ ...P, ke0: 0.1 });
    const second = run({ ...P, ke0: 0.1, ka: 0.02, f: 0.15, lagMinutes: 16 });
    const ref = integrateReference(two, doses, Array.from(times));
    for (let i = 0; i < times.length; i++) {
      const sum = (first.c[i] as number) + (second.c[i] as number);
      expect(Math.abs((both.c[i] as number) - sum)).toBeLessThan(1e-12 * 10);
      expect(
        Math.abs((both.e[i] as number) - (first.e[i] as number) - (second.e[i] as number)),
      ).toBeLessThan(1e-11);
      expect(Math.abs((both.c[i] as number) - (ref.central[i] as number))).toBeLessThan(1e-8);
    }
    expect(Math.max(...second.c)).toBeGreaterThan(0.01);
  });

  it('a model with a second compartment samples through the general path alike', () => {
    const m = prepareModel({ ...P, ke0: 0.1, ke0Second: 0.001 });
    const plain = prepareModel({ ...P, ke0: 0.1 });
    const times = Float64Array.from({ length: 50 }, (_, i) => i * 7);
    const doses = [{ atMinute: 0, amountMg: 50, into: 'depot' as const }];
    const [c1, e1, c2, e2] = [1, 2, 3, 4].map(() => new Float64Array(times.length));
    simulateSorted(m, toEvents(m, doses), times, c1 as Float64Array, e1);
    simulateSorted(plain, toEvents(plain, doses), times, c2 as Float64Array, e2);
    for (let i = 0; i < times.length; i++) {
      expect(c1?.[i]).toBeCloseTo(c2?.[i] ?? Number.NaN, 12);
      expect(e1?.[i]).toBeCloseTo(e2?.[i] ?? Number.NaN, 12);
    }
  });
});
