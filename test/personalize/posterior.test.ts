import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { logNormalFit, updateDuration } from '../../src/entries/stats';
import { InvalidInputError } from '../../src/index';

const prior = { logMean: Math.log(14), logSd: 0.6 };
const days = fc.double({ min: 3, max: 120, noNaN: true });

describe('Bayesian update of relief duration', () => {
  it('without history the typical duration is the prior', () => {
    const p = updateDuration(prior, []);
    expect(p.typical).toEqual(prior);
    expect(p.predictive.logSd).toBeGreaterThan(prior.logSd);
    expect(p.weights).toEqual([]);
  });

  test.prop([days, fc.integer({ min: 0, max: 8 })])(
    'more consistent history gives a narrower prediction',
    (d, n) => {
      const fewer = updateDuration(prior, Array(n).fill(d));
      const more = updateDuration(prior, Array(n + 1).fill(d));
      expect(more.predictive.logSd).toBeLessThan(fewer.predictive.logSd);
      expect(more.typical.logSd).toBeLessThan(fewer.typical.logSd);
    },
  );

  test.prop([days, fc.integer({ min: 1, max: 8 })])(
    'a consistent history pulls the estimate toward it, more with more entries',
    (d, n) => {
      const target = Math.log(d);
      const one = updateDuration(prior, [d]).typical.logMean;
      const many = updateDuration(prior, Array(n + 1).fill(d)).typical.logMean;
      const gap = (x: number) => Math.abs(x - target);
      expect(gap(one)).toBeLessThanOrEqual(gap(prior.logMean) + 1e-12);
      expect(gap(many)).toBeLessThanOrEqual(gap(one) + 1e-12);
    },
  );

  test.prop([fc.double({ min: 200, max: 3000, noNaN: true })])(
    'one outlier among four does not swing the estimate',
    (outlier) => {
      const consistent = [40, 42, 38, 41];
      const clean = updateDuration(prior, consistent);
      const dirty = updateDuration(prior, [...consistent.slice(0, 3), outlier]);
      // Plain conjugate update for comparison: fixed spread, no Huber weights.
      const plain = updateDuration(prior, [...consistent.slice(0, 3), outlier], 0.35, 100, 1000);
      const shift = (p: typeof clean) => Math.abs(p.typical.logMean - clean.typical.logMean);
      expect(shift(dirty)).toBeLessThan(shift(plain));
      expect(Math.exp(dirty.typical.logMean)).toBeLessThan(1.3 * Math.exp(clean.typical.logMean));
      expect(dirty.weights[3]).toBeLessThan(1);
    },
  );

  it('a consistent history narrows the prediction more than an erratic one', () => {
    const steady = updateDuration(prior, [30, 30, 30]);
    const erratic = updateDuration(prior, [20, 30, 45]);
    expect(steady.predictive.logSd).toBeLessThan(erratic.predictive.logSd);
    // Identical entries are not outliers, however far from the prior.
    expect(
      updateDuration({ logMean: Math.log(5), logSd: 0.2 }, [60, 60, 60, 60, 60]).weights,
    ).toEqual([1, 1, 1, 1, 1]);
  });

  it('is deterministic and fits log-normals from positive durations only', () => {
    expect(updateDuration(prior, [30, 60])).toEqual(updateDuration(prior, [30, 60]));
    const fit = logNormalFit([10, 40]);
    expect(fit.logMean).toBeCloseTo(Math.log(20), 12);
    expect(logNormalFit([5]).logSd).toBe(0);
    for (const bad of [[], [0, 10], [-1], [Number.NaN], 'x']) {
      expect(() => logNormalFit(bad as number[])).toThrow(InvalidInputError);
    }
    expect(() => updateDuration({ logMean: 0, logSd: 0 }, [1])).toThrow(InvalidInputError);
    expect(() => updateDuration(prior, [Number.POSITIVE_INFINITY])).toThrow(InvalidInputError);
  });
});
