import { describe, expect, it } from 'vitest';
import { type FitParams, logLik, predictedShare, prepare } from '../../fit/likelihood';
import { FIT_RECORDS } from '../../fit/relief-durations';
import { RELIEF_FIT } from '../../src/data/relief-fit';
import { estimateRelief, getSource } from '../../src/index';

/**
 * The fitted sustained-relief parameters in src/data/relief-fit.ts are the optimum of the
 * checked-in likelihood on the checked-in data: the stored log-likelihood is reproduced, and
 * moving any parameter by half its standard error lowers it.
 */
const natural = (x: readonly number[]): FitParams => {
  const get = (name: string) => x[RELIEF_FIT.names.indexOf(name as never)] as number;
  return {
    halfLifeDays: Math.exp(get('ln halfLifeDays')),
    omega: Math.exp(get('ln omega')),
    otherRatio: 1,
    placebo: 1 / (1 + Math.exp(-get('logit placebo'))),
    durable: 1 / (1 + Math.exp(-get('logit durable'))),
  };
};

describe('the fitted relief parameters', () => {
  const prepared = prepare(FIT_RECORDS);
  const at = (x: readonly number[]) => logLik(prepared, natural(x));

  it('reproduce the stored log-likelihood on the checked-in data', () => {
    expect(at(RELIEF_FIT.estimate)).toBeCloseTo(RELIEF_FIT.logLik, 2);
  });

  it('are a maximum: half a standard error either way lowers the likelihood', () => {
    const best = at(RELIEF_FIT.estimate);
    RELIEF_FIT.estimate.forEach((_, i) => {
      for (const sign of [-1, 1]) {
        const x = RELIEF_FIT.estimate.map((v, j) =>
          j === i ? v + (sign * (RELIEF_FIT.se[i] as number)) / 2 : v,
        );
        expect(at(x), `${RELIEF_FIT.names[i]} ${sign > 0 ? '+' : '−'}`).toBeLessThan(best);
      }
    });
  });

  it('cite sources that resolve, and every record names its sources', () => {
    for (const id of RELIEF_FIT.sources) expect(getSource(id as never).id).toBe(id);
    for (const r of FIT_RECORDS) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const id of r.sources) expect(getSource(id as never).id).toBe(id);
    }
  });
});

describe('the fit and the library compute the same model', () => {
  const prepared = prepare(FIT_RECORDS);
  const q = natural(RELIEF_FIT.estimate);
  const POPULATION = 4000;
  it.each(
    prepared
      .filter((p) => p.record.arm === 'drug' && p.sustained && p.record.outcome.kind === 'share')
      .map((p) => [p.record.id, p] as const),
  )('%s: the fit’s predicted share equals estimateRelief’s share with placebo', (_, p) => {
    const o = p.record.outcome;
    if (o.kind !== 'share') return;
    const minutes = Math.round(o.afterDays * 1440);
    const r = estimateRelief(
      {
        painType: p.record.painType,
        regimen: p.record.regimen,
        patient: { weightKg: 70, ageYears: 40 },
      },
      {
        population: POPULATION,
        seed: 9,
        reliefThreshold: p.record.threshold,
        checkpoints: [minutes],
      },
    );
    const library = r.survival.find((s) => s.afterMinutes === minutes)?.withPlacebo ?? Number.NaN;
    const fit = predictedShare(p, q);
    // Monte Carlo bound: 4 binomial standard errors of the library's share, plus the fit's own
    // 200-patient PK sample (its state differs by at most a few parts in a thousand).
    const bound = 4 * Math.sqrt((fit * (1 - fit)) / POPULATION) + 0.01;
    expect(Math.abs(library - fit)).toBeLessThan(bound);
  });
});
