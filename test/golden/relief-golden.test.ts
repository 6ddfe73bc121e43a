import { describe, expect, it } from 'vitest';
import { estimateRelief, getSource, type ReliefResult, type SourceId } from '../../src/index';
import { RELIEF_OBSERVATIONS, type ReliefObservation } from './relief-observations';

/**
 * Golden tests: each published relief outcome is compared with a 1000-patient estimate. The
 * rule depends on the metric (see `judge`); `validation` and `calibration` entries must pass,
 * `discrepancy` entries must keep failing for their stated reason, so that a change that fixes
 * one is noticed and its role revisited. A miss is never hidden by widening a band.
 */
const SEED = 20261127;
const Z95 = 1.959963984540054;

/** Wilson score 95 % interval of `events` out of `of`. */
export function wilson({ events, of }: { events: number; of: number }): [number, number] {
  const p = events / of;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * of)) / (1 + z2 / of);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of))) / (1 + z2 / of);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function survivalAt(r: ReliefResult, minutes: number): number {
  const point = r.survival.find((s) => s.afterMinutes === minutes);
  if (!point) throw new Error(`no survival point at ${minutes}`);
  return point.probability;
}

/** Whether the estimate agrees with the observation, and what was compared. */
export function judge(o: ReliefObservation, r: ReliefResult): { pass: boolean; detail: string } {
  const band = o.interval ?? (o.count ? wilson(o.count) : undefined);
  switch (o.metric) {
    case 'onset':
    case 'peak':
    case 'duration': {
      const range = r[o.metric];
      if (!range) return { pass: false, detail: 'no responders' };
      if (o.window) {
        const [a, b] = o.window;
        return {
          pass: range.median >= a && range.median <= b,
          detail: `median ${range.median} in [${a}, ${b}]`,
        };
      }
      if (o.bound === 'upper') {
        return { pass: range.median <= o.value, detail: `median ${range.median} ≤ ${o.value}` };
      }
      return {
        pass: o.value >= range.p5 && o.value <= range.p95,
        detail: `${o.value} in [${range.p5}, ${range.p95}]`,
      };
    }
    case 'relieved-at': {
      if (o.window && band) {
        // Monotone survival passes through the band somewhere in the window.
        const start = survivalAt(r, o.window[0]);
        const end = survivalAt(r, o.window[1]);
        return {
          pass: start >= band[0] && end <= band[1],
          detail: `survival ${start} → ${end} over the window vs [${band[0]}, ${band[1]}]`,
        };
      }
      const share = survivalAt(r, o.afterMinutes as number);
      if (band) {
        return {
          pass: share >= band[0] && share <= band[1],
          detail: `${share} in [${band[0]}, ${band[1]}]`,
        };
      }
      return { pass: share > o.value, detail: `${share} > placebo ${o.value}` };
    }
    case 'not-relieved-at': {
      const share = survivalAt(r, o.afterMinutes as number);
      const ceiling = o.count ? wilson(o.count)[1] : o.value;
      return { pass: share <= ceiling, detail: `${share} ≤ ${ceiling}` };
    }
    case 'response': {
      const p = r.responseProbability ?? Number.NaN;
      if (!band) throw new Error(`${o.id}: a response needs a count or an interval`);
      return { pass: p >= band[0] && p <= band[1], detail: `${p} in [${band[0]}, ${band[1]}]` };
    }
    case 'no-better-than-placebo': {
      const p = r.responseProbability ?? Number.NaN;
      if (!o.count || !o.placeboCount) throw new Error(`${o.id}: needs both counts`);
      const treated = wilson(o.count);
      const placebo = wilson(o.placeboCount);
      return {
        pass: p >= treated[0] && p <= treated[1] && p <= placebo[1] && r.phase !== 'sustained',
        detail: `${p} in [${treated[0]}, ${treated[1]}], ≤ placebo upper ${placebo[1]}, no sustained phase`,
      };
    }
  }
}

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
