import { describe, expect, it } from 'vitest';
import { estimateRelief, getSource, type ReliefResult, type SourceId } from '../../src/index';
import { judge, survivalAt, wilson } from './relief-judge';
import { RELIEF_OBSERVATIONS, type ReliefObservation } from './relief-observations';

/**
 * Golden tests: each published relief outcome is compared with a 1000-patient estimate. The
 * rule depends on the metric (see `judge`); `validation` and `calibration` entries must pass,
 * `discrepancy` entries must keep failing for their stated reason, so that a change that fixes
 * one is noticed and its role revisited. A miss is never hidden by widening a band.
 */
const SEED = 20261127;
function estimate(o: ReliefObservation): ReliefResult {
  const checkpoints = [o.afterMinutes, ...(o.window ?? [])].filter(
    (x): x is number => x !== undefined,
  );
  return estimateRelief(
    { painType: o.painType, regimen: o.regimen, patient: o.patient },
    {
      seed: SEED,
      population: 1000,
      checkpoints,
      ...(o.reliefThreshold ? { reliefThreshold: o.reliefThreshold } : {}),
    },
  );
}

describe('published relief outcomes (relief brief §5 and §1)', () => {
  it.each(RELIEF_OBSERVATIONS.map((o) => [`${o.id} [${o.role}] (${o.sources.join(', ')})`, o]))(
    '%s',
    (_, o) => {
      for (const id of o.sources) expect(getSource(id as SourceId).id).toBe(id);
      const { pass, detail } = judge(o, estimate(o));
      if (o.role === 'discrepancy') {
        expect(o.reason, 'a discrepancy states its reason').toBeTruthy();
        expect(pass, `now agrees (${detail}): revisit the discrepancy`).toBe(false);
      } else {
        if (o.role === 'calibration') expect(o.calibration).toBeTruthy();
        expect(pass, detail).toBe(true);
      }
    },
  );

  it('the judge can fail: a band that excludes the estimate is caught', () => {
    const o = RELIEF_OBSERVATIONS.find((x) => x.id === 'V7-crps-pooled-relieved-immediately');
    if (!o) throw new Error('fixture entry missing');
    const r = estimate(o);
    expect(judge({ ...o, interval: [0.95, 1] }, r).pass).toBe(false);
    expect(judge({ ...o, metric: 'response', interval: [0, 0.01] }, r).pass).toBe(false);
  });

  it('Wilson interval of 8/12 matches the published formula', () => {
    const [lo, hi] = wilson({ events: 8, of: 12 });
    expect(lo).toBeCloseTo(0.3906, 3);
    expect(hi).toBeCloseTo(0.8619, 3);
  });
});

describe('issue-named golden scenarios', () => {
  const base = { patient: { weightKg: 70 } };
  it('cancer pain: responders no more frequent than the placebo arm of Hardy 2012 allows', () => {
    const r = estimateRelief({
      painType: 'cancer',
      regimen: { route: 'subcutaneous', dose: { amount: 12.5, unit: 'mg/h', over: { days: 5 } } },
      ...base,
    });
    expect(r.responseProbability).toBeLessThanOrEqual(wilson({ events: 25, of: 92 })[1]);
    expect(r.phase).toBe('acute');
    expect(r.warnings.map((w) => w.code)).toContain('low-evidence-pain-type');
  });

  it('fibromyalgia, one 30-min infusion: nothing lasting at week 1 (Noppers 2011)', () => {
    const r = estimateRelief({
      painType: 'fibromyalgia',
      regimen: {
        route: 'intravenous',
        drug: 'esketamine',
        dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 30 } },
      },
      ...base,
    });
    expect(survivalAt(r, 10080)).toBe(0);
    expect(r.duration?.p95).toBeLessThan(1440);
  });
});
