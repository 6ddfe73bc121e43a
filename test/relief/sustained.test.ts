import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SUSTAINED_GRID } from '../../src/data/relief-model';
import { type EngineDose, prepareModel, simulateSorted, toEvents } from '../../src/pk/engine';
import {
  type SustainedParams,
  sustainedAt,
  sustainedCourse,
  sustainedGrid,
} from '../../src/relief/sustained';

const PK = { v1: 38.7, cl: 1.5, q2: 3.583, v2: 102, ka: 0.03, f: 0.9 };
const P: SustainedParams = {
  kon: Math.LN2 / (24 * 60),
  c50: 0.021,
  koff: Math.LN2 / (16 * 1440),
  threshold: 0.3,
};

function run(doses: EngineDose[], grid: ReturnType<typeof sustainedGrid>, p = P) {
  const m = prepareModel(PK);
  const central = new Float64Array(grid.times.length);
  simulateSorted(m, toEvents(m, doses), grid.times, central, undefined);
  const x = new Float64Array(grid.times.length);
  const last = doses[doses.length - 1] as EngineDose;
  const course = sustainedCourse(grid, central, p, last.atMinute, x);
  return { central, x, course };
}

/** The same windows on a uniform 1-min grid: the reference for the production grid. */
function fine(doses: EngineDose[]) {
  const coarse = sustainedGrid(doses, SUSTAINED_GRID, []);
  const end = coarse.times[coarse.times.length - 1] as number;
  const start = coarse.times[0] as number;
  return sustainedGrid(
    doses,
    { rampMinutes: 1, stepMinutes: 1, tailOffsets: SUSTAINED_GRID.tailOffsets, maxPoints: 1e6 },
    Array.from({ length: Math.ceil(end - start) }, (_, i) => start + i),
  );
}

const infusion = (atMinute: number, minutes: number, mg: number): EngineDose => ({
  atMinute,
  amountMg: mg,
  into: 'central',
  durationMinutes: minutes,
});

describe('sustained state', () => {
  it.each([
    ['one 40-min infusion', [infusion(0, 40, 35)]],
    ['one 4-h infusion', [infusion(0, 240, 98)]],
    ['a 100-h infusion', [infusion(0, 6000, 2200)]],
    ['10 daily 4-h infusions', Array.from({ length: 10 }, (_, d) => infusion(d * 1440, 240, 98))],
    [
      'oral 50 mg every 8 h for 3 days',
      Array.from({ length: 9 }, (_, d) => ({
        atMinute: d * 480,
        amountMg: 50,
        into: 'depot' as const,
      })),
    ],
  ])('%s: the production grid builds the same state as a 1-min grid, to 2 %', (_, doses) => {
    const coarse = run(doses, sustainedGrid(doses, SUSTAINED_GRID, []));
    const reference = run(doses, fine(doses));
    const a = coarse.x[coarse.x.length - 1] as number;
    const b = reference.x[reference.x.length - 1] as number;
    expect(b).toBeGreaterThan(0.01);
    expect(Math.abs(a - b) / b).toBeLessThan(0.02);
  });

  it('loses relief when a 1-min grid does, and sustainedAt agrees with the grid state', () => {
    const doses = [infusion(0, 6000, 2200)];
    const grid = sustainedGrid(doses, SUSTAINED_GRID, []);
    const coarse = run(doses, grid);
    const reference = run(doses, fine(doses));
    // Loss weeks after the course: the grids differ by < 2 % of X, i.e. < ln(1.02)/koff.
    const margin = Math.log(1.02) / P.koff;
    expect(Math.abs(coarse.course.lossAt - reference.course.lossAt)).toBeLessThan(margin);
    expect(coarse.course.lossAt).toBeGreaterThan(6000 + 7 * 1440);
    // Between grid points the state is the exact partial step: it stays between its neighbours.
    for (let k = 0; k + 1 < grid.times.length; k += 5) {
      const [t0, t1] = [grid.times[k] as number, grid.times[k + 1] as number];
      const mid = sustainedAt(grid, coarse.central, coarse.x, P, (t0 + t1) / 2);
      const [a, b] = [coarse.x[k] as number, coarse.x[k + 1] as number];
      expect(mid).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-12);
      expect(mid).toBeLessThanOrEqual(Math.max(a, b) + 1e-12);
    }
  });

  it('a durable state (koff 0) never fades: its loss is infinite', () => {
    const doses = [infusion(0, 6000, 2200)];
    const { course } = run(doses, sustainedGrid(doses, SUSTAINED_GRID, []), { ...P, koff: 0 });
    expect(course.lossAt).toBe(Number.POSITIVE_INFINITY);
  });

  test.prop([
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 10, max: 600 }),
    fc.double({ min: 0.2, max: 5, noNaN: true }),
  ])('stays within [0, 1], and more exposure never builds less', (sessions, minutes, scale) => {
    const doses = Array.from({ length: sessions }, (_, d) =>
      infusion(d * 1440, minutes, 30 * scale),
    );
    const more = doses.map((d) => ({ ...d, amountMg: d.amountMg * 2 }));
    const grid = sustainedGrid(doses, SUSTAINED_GRID, []);
    const a = run(doses, grid);
    const b = run(more, grid);
    for (let k = 0; k < grid.times.length; k++) {
      expect(a.x[k]).toBeGreaterThanOrEqual(0);
      expect(a.x[k]).toBeLessThanOrEqual(1);
      expect(b.x[k] as number).toBeGreaterThanOrEqual((a.x[k] as number) - 1e-12);
    }
  });

  it('keeps the grid bounded: a year of 4-hourly doses stays within the point budget', () => {
    const doses = Array.from({ length: 1500 }, (_, d) => ({
      atMinute: d * 240,
      amountMg: 25,
      into: 'depot' as const,
    }));
    const grid = sustainedGrid(doses, SUSTAINED_GRID, []);
    expect(grid.times.length).toBeLessThanOrEqual(SUSTAINED_GRID.maxPoints);
  });
});
