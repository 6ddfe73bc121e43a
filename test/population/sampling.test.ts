import { describe, expect, it } from 'vitest';
import { SIMULATION_WINDOW } from '../../src/data/exposure-settings';
import { type DoseEvent, simulatePk } from '../../src/entries/pk';
import { predictExposure } from '../../src/index';
import { sampleTimes } from '../../src/population/simulate';

const PARAMS = { v1: 20, cl: 1.3, q2: 2, v2: 60, ka: 0.02, f: 0.3 };
const series = (sessions: number, every: number, dose: Omit<DoseEvent, 'atMinute'>) =>
  Array.from({ length: sessions }, (_, s) => ({ ...dose, atMinute: s * every }) as DoseEvent);
const maxOf = (xs: readonly number[]) => Math.max(...xs);

describe('exposure sampling grid', () => {
  it('stays bounded whatever the schedule', () => {
    const doses = series(1000, 5, { amountMg: 10, into: 'depot' });
    const times = sampleTimes(doses, false);
    // Two dense sessions, at most 100 thinned ones, and their event instants.
    expect(times.length).toBeLessThan(2 * 1440 + 100 * 8 + 2 * SIMULATION_WINDOW.gapPoints);
    const infusion = series(1, 1, { amountMg: 100, into: 'central', durationMinutes: 43200 });
    expect(sampleTimes(infusion, false).length).toBeLessThan(3 * 720 + 60);
  });

  it('thinning leaves Cmax unchanged: the peak of equal sessions lies in the last one', () => {
    for (const [every, dose] of [
      [1440, { amountMg: 50, into: 'depot' }],
      [720, { amountMg: 30, into: 'central', durationMinutes: 240 }],
    ] as const) {
      const doses = series(60, every, dose);
      const thinned = sampleTimes(doses, false);
      const span = 59 * every + 1440;
      const dense = Array.from({ length: span / 2 + 1 }, (_, i) => i * 2);
      expect(thinned.length).toBeLessThan(dense.length / 3);
      const a = maxOf(simulatePk(PARAMS, doses, [...thinned]).central);
      // The dense reference in chunks of the largest sample list one call accepts.
      let b = 0;
      for (let i = 0; i < dense.length; i += 20000) {
        b = Math.max(b, maxOf(simulatePk(PARAMS, doses, dense.slice(i, i + 20000)).central));
      }
      expect(Math.abs(a - b) / b).toBeLessThan(1e-9);
    }
  });

  it('keeps the dense grid of every session when the budget allows', () => {
    const doses = series(3, 1440, { amountMg: 10, into: 'depot' });
    const times = sampleTimes(doses, false);
    for (const start of [0, 1440, 2880]) {
      expect(times).toContain(start + SIMULATION_WINDOW.stepMinutes);
    }
  });

  it('puts Tmax of a repeated regimen in its last session, on either side of the thinning', () => {
    // 30 sessions 8 h apart keep every dense grid; 45 are thinned. Tmax must not jump.
    for (const sessions of [30, 45]) {
      const r = predictExposure(
        {
          regimen: {
            route: 'oral',
            dose: { amount: 25, unit: 'mg' },
            sessions,
            every: { hours: 8 },
          },
          patient: { weightKg: 70, ageYears: 40 },
        },
        { population: 50 },
      );
      const lastStart = (sessions - 1) * 480;
      expect(r.tmax?.p5).toBeGreaterThanOrEqual(lastStart);
      expect(r.tmax?.p95).toBeLessThanOrEqual(lastStart + 480);
      // The curve is spread evenly in time: no more than a tenth of it in the last session.
      const inLast = r.curve.filter((c) => c.minute >= lastStart).length;
      expect(inLast).toBeLessThanOrEqual(r.curve.length / 10 + 2);
    }
  });
});
