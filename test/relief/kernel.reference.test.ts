import { describe, expect, it } from 'vitest';
import type { DoseEvent } from '../../src/entries/pk';
import { type EngineParams, prepareModel, toEvents } from '../../src/pk/engine';
import { type EffectLink, ReliefKernel } from '../../src/relief/kernel';
import { integrateReference } from '../pk/reference-ode';

/**
 * The relief kernel against an independent reference: the same model integrated as ODEs
 * (Dormand–Prince) on a fine grid, with crossings and the peak read from that grid.
 */
const TWO_COMP: EngineParams = { v1: 38.7, cl: 1.5, q2: 3.583, v2: 102 };
const KE0 = Math.LN2 / 8.3;
const SLOW = Math.LN2 / (10.9 * 1440);

const link = (threshold: number): EffectLink => ({ threshold, c50: threshold, emax: 1, hill: 1 });
const NONE = link(Number.POSITIVE_INFINITY);

function reference(p: EngineParams, doses: DoseEvent[], times: number[], threshold: number) {
  const { effect } = integrateReference(p, doses, times);
  let onset = Number.NaN;
  let loss = Number.NaN;
  let peak = 0;
  for (let i = 1; i < times.length; i++) {
    const [a, b] = [effect[i - 1] as number, effect[i] as number];
    const [ta, tb] = [times[i - 1] as number, times[i] as number];
    const at = ta + ((threshold - a) * (tb - ta)) / (b - a);
    if (a < threshold && b >= threshold && Number.isNaN(onset)) onset = at;
    if (a >= threshold && b < threshold) loss = at;
    if (b > (effect[peak] as number)) peak = i;
  }
  return { onset, loss, peak: times[peak] as number, max: effect[peak] as number };
}

function course(
  p: EngineParams,
  doses: DoseEvent[],
  fast: EffectLink,
  slow: EffectLink = NONE,
  last = doses[doses.length - 1] as DoseEvent,
) {
  const m = prepareModel(p);
  return new ReliefKernel(m.n).course(m, {
    events: toEvents(m, doses),
    lastStart: last.atMinute,
    lastEnd: last.atMinute + (last.durationMinutes ?? 0),
    fast,
    slow,
  });
}

const grid = (end: number, step: number) =>
  Array.from({ length: Math.round(end / step) + 1 }, (_, i) => i * step);

describe('relief kernel', () => {
  it('IV bolus: onset, peak and loss match the ODE reference', () => {
    const p = { ...TWO_COMP, ke0: KE0 };
    const doses: DoseEvent[] = [{ atMinute: 0, amountMg: 21, into: 'central' }];
    const ref = reference(p, doses, grid(400, 0.01), 0.038);
    const c = course(p, doses, link(0.038));
    expect(c.relieved).toBe(true);
    expect(c.onset).toBeCloseTo(ref.onset, 2);
    expect(c.peak).toBeCloseTo(ref.peak, 1);
    expect(c.duration).toBeCloseTo(ref.loss, 2);
    expect(c.sustained).toBe(false);
  });

  it('depot dose with a lag: onset and loss match the reference', () => {
    const p = { ...TWO_COMP, ke0: KE0, ka: 0.02, f: 0.5, lagMinutes: 5 };
    const doses: DoseEvent[] = [{ atMinute: 0, amountMg: 100, into: 'depot' }];
    const ref = reference(p, doses, grid(600, 0.01), 0.03);
    const c = course(p, doses, link(0.03));
    expect(c.onset).toBeGreaterThan(5);
    expect(c.onset).toBeCloseTo(ref.onset, 2);
    expect(c.duration).toBeCloseTo(ref.loss, 2);
    expect(c.peak).toBeCloseTo(ref.peak, 1);
  });

  it('two parallel absorption paths (nasal and swallowed): onset, peak and loss match the reference', () => {
    const p = {
      ...TWO_COMP,
      ke0: KE0,
      ka: 0.05,
      f: 0.4,
      ka2: 0.02,
      f2: 0.1,
      lagMinutes: 0,
      lag2Minutes: 16,
    };
    const doses: DoseEvent[] = [{ atMinute: 0, amountMg: 100, into: 'depot' }];
    const ref = reference(p, doses, grid(600, 0.01), 0.03);
    const c = course(p, doses, link(0.03));
    expect(c.relieved).toBe(true);
    expect(c.onset).toBeCloseTo(ref.onset, 2);
    expect(c.duration).toBeCloseTo(ref.loss, 2);
    expect(c.peak).toBeCloseTo(ref.peak, 1);
    // The second path matters: without it relief ends earlier.
    const one = course({ ...p, ka2: 0 }, doses, link(0.03));
    expect(one.duration).toBeLessThan(c.duration - 1);
  });

  it('relief that crosses the threshold briefly between grid points is found', () => {
    const p = { ...TWO_COMP, ke0: KE0 };
    const doses: DoseEvent[] = [{ atMinute: 0, amountMg: 21, into: 'central' }];
    const { max } = reference(p, doses, grid(60, 0.001), 0);
    const c = course(p, doses, link(max * 0.9999));
    expect(c.relieved).toBe(true);
    expect(c.onset).toBeLessThan(c.peak);
    expect(c.duration).toBeGreaterThan(c.peak);
    expect(c.duration - c.onset).toBeLessThan(1);
    expect(course(p, doses, link(max * 1.0001)).relieved).toBe(false);
  });

  it('a series with a slow compartment: sustained loss matches the reference', () => {
    const doses: DoseEvent[] = [0, 1, 2].map((d) => ({
      atMinute: d * 1440,
      amountMg: 98,
      into: 'central',
      durationMinutes: 240,
    }));
    const threshold = 0.002;
    const ref = reference({ ...TWO_COMP, ke0: SLOW }, doses, grid(80000, 1), threshold);
    const c = course({ ...TWO_COMP, ke0: KE0, ke0Second: SLOW }, doses, NONE, link(threshold));
    expect(c.sustained).toBe(true);
    expect(c.onset).toBe(0);
    // Relief is lost after the end of the last infusion (2 × 1440 + 240 min).
    expect(c.duration + 2 * 1440 + 240).toBeCloseTo(ref.loss, 0);
  });

  it('a sustained course ends through the exact slow-decay shortcut, with or without a swallowed path', () => {
    const doses: DoseEvent[] = [{ atMinute: 0, amountMg: 400, into: 'depot' }];
    const threshold = 0.002;
    for (const extra of [{}, { ka2: 0.02, f2: 0.1, lag2Minutes: 16 }]) {
      const p = { ...TWO_COMP, ke0: KE0, ke0Second: SLOW, ka: 0.05, f: 0.5, ...extra };
      const m = prepareModel(p);
      const kernel = new ReliefKernel(m.n);
      const c = kernel.course(m, {
        events: toEvents(m, doses),
        lastStart: 0,
        lastEnd: 0,
        fast: NONE,
        slow: link(threshold),
      });
      expect(c.sustained).toBe(true);
      expect(kernel.exactTails, JSON.stringify(extra)).toBe(1);
      const ref = reference({ ...p, ke0: SLOW }, doses, grid(40000, 1), threshold);
      expect(c.duration).toBeCloseTo(ref.loss, 0);
    }
  });

  it.each([
    ['absorption equal to elimination', { v1: 10, cl: 1, ka: 0.1, ke0: 0.2 }],
    ['absorption equal to the effect site', { v1: 10, cl: 1, ka: 0.05, ke0: 0.05 }],
    ['effect site equal to a disposition mode', { v1: 10, cl: 1, ka: 0.03, ke0: 0.1 }],
  ])('coinciding rates (%s) still match the reference', (_, p) => {
    const doses: DoseEvent[] = [{ atMinute: 0, amountMg: 100, into: 'depot' }];
    const { max } = reference(p, doses, grid(600, 0.01), 0);
    const ref = reference(p, doses, grid(600, 0.01), max / 2);
    const c = course(p, doses, link(max / 2));
    expect(c.relieved).toBe(true);
    expect(c.onset).toBeCloseTo(ref.onset, 2);
    expect(c.duration).toBeCloseTo(ref.loss, 2);
    expect(c.peak).toBeCloseTo(ref.peak, 1);
  });

  it('a patient who never reaches the threshold has no relief', () => {
    const p = { ...TWO_COMP, ke0: KE0 };
    const c = course(p, [{ atMinute: 0, amountMg: 1, into: 'central' }], link(0.5));
    expect(c).toMatchObject({ relieved: false, sustained: false });
    expect(c.onset).toBeNaN();
  });
});
