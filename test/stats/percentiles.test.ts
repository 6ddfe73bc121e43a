import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { percentiles, quantileSorted } from '../../src/entries/stats';
import { InvalidInputError } from '../../src/index';

describe('percentiles', () => {
  it('interpolate between order statistics (R type 7)', () => {
    expect(quantileSorted([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantileSorted([1, 2], 0.5)).toBe(1.5);
    for (const [values, q] of [
      [[], 0.5],
      [[2, 1], 0.5],
      [[1, Number.NaN], 0.5],
      [[1, 2], 1.5],
      [null, 0.5],
    ] as const) {
      expect(() => quantileSorted(values as unknown as number[], q)).toThrow(InvalidInputError);
    }
    expect(() => percentiles([], 'x')).toThrow(InvalidInputError);
    expect(percentiles([5, 1, 4, 2, 3], 'ng/mL')).toEqual({
      p5: 1.2,
      p25: 2,
      median: 3,
      p75: 4,
      p95: 4.8,
      unit: 'ng/mL',
    });
  });

  test.prop([
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
      minLength: 1,
    }),
  ])('are ordered and bounded by the data', (xs) => {
    const p = percentiles(xs, 'x');
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    expect(lo).toBeLessThanOrEqual(p.p5);
    expect(p.p5).toBeLessThanOrEqual(p.p25);
    expect(p.p25).toBeLessThanOrEqual(p.median);
    expect(p.median).toBeLessThanOrEqual(p.p75);
    expect(p.p75).toBeLessThanOrEqual(p.p95);
    expect(p.p95).toBeLessThanOrEqual(hi);
  });
});
