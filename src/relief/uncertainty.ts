/**
 * Evidence uncertainty: the fitted sustained-relief parameters are redrawn from their
 * estimated covariance (multivariate normal on the fitting scale), each draw re-simulates the
 * population with the same seed, and the spread of the median duration and of each survival
 * share over draws gives the interval. Patient-to-patient spread stays in the percentiles.
 * @internal
 */
import { RELIEF_FIT } from '../data/relief-fit.js';
import {
  NO_FITTED_PARAMETER,
  PAIN_TYPE_RELIEF,
  SUSTAINED,
  UNCERTAINTY_DRAWS,
} from '../data/relief-model.js';
import type { Trail } from '../internal/trail.js';
import type { PainTypeId } from '../pain-types/schema.js';
import type { PopulationSetup } from '../population/setup.js';
import { createRandom } from '../random/random.js';
import { quantile } from '../stats/percentiles.js';
import type { ReliefModel } from './pd.js';
import type { ReliefUncertainty } from './schema.js';
import { type ReliefCourseDoses, simulateRelief } from './simulate.js';
import { summarise } from './summary.js';

const MINUTES_PER_DAY = 1440;

/** Lower-triangular Cholesky factor of a symmetric positive-definite matrix. */
function cholesky(m: readonly (readonly number[])[]): number[][] {
  const n = m.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = (m[i] as number[])[j] as number;
      for (let k = 0; k < j; k++)
        sum -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      (l[i] as number[])[j] =
        i === j ? Math.sqrt(Math.max(sum, 0)) : sum / ((l[j] as number[])[j] as number);
    }
  }
  return l;
}

/** The model with fitted parameters replaced by one draw (`theta` on the fitting scale). */
function withDraw(pd: ReliefModel, painType: PainTypeId, theta: readonly number[]): ReliefModel {
  const value = (name: string) => {
    const i = RELIEF_FIT.names.indexOf(name as (typeof RELIEF_FIT.names)[number]);
    const x = theta[i] as number;
    return name.startsWith('logit ') ? 1 / (1 + Math.exp(-x)) : Math.exp(x);
  };
  if (!pd.sustained) return pd;
  const ratio =
    PAIN_TYPE_RELIEF[painType].sustained === 'crps' ? 1 : SUSTAINED.otherTypesRatio.value;
  return {
    ...pd,
    sustained: {
      ...pd.sustained,
      koff: Math.LN2 / (value('ln halfLifeDays') * ratio * MINUTES_PER_DAY),
      omega: value('ln omega'),
      durable: value('logit durable'),
    },
  };
}

/** @internal */
export function evidenceUncertainty(
  setup: PopulationSetup,
  pd: ReliefModel,
  painType: PainTypeId,
  course: ReliefCourseDoses,
  population: number,
  seed: number | string,
  checkpoints: readonly number[],
  trail: Trail,
): ReliefUncertainty {
  if (!pd.sustained) {
    // No fitted parameter enters an estimate without sustained relief: nothing to redraw.
    trail.use(NO_FITTED_PARAMETER);
    const point = simulateRelief(setup, pd, course, population, seed);
    const s = summarise(point, population, checkpoints, pd.placebo);
    const median = s.duration ? { low: s.duration.median, high: s.duration.median } : null;
    return {
      draws: 0,
      level: UNCERTAINTY_DRAWS.level,
      parameters: [],
      duration: { median },
      survival: s.survival.map((p) => ({
        afterMinutes: p.afterMinutes,
        low: p.probability,
        high: p.probability,
      })),
    };
  }
  trail.use(UNCERTAINTY_DRAWS);
  const n = Math.min(population, UNCERTAINTY_DRAWS.maxPopulation);
  const l = cholesky(RELIEF_FIT.covariance);
  const rng = createRandom(`${String(seed)}:uncertainty`);
  const medians: number[] = [];
  const shares: number[][] = checkpoints.map(() => []);
  for (let d = 0; d < UNCERTAINTY_DRAWS.draws; d++) {
    const z = RELIEF_FIT.estimate.map(() => rng.normal());
    const theta = RELIEF_FIT.estimate.map(
      (m, i) => m + (l[i] as number[]).reduce((sum, v, k) => sum + v * (z[k] as number), 0),
    );
    const run = simulateRelief(setup, withDraw(pd, painType, theta), course, n, seed);
    const s = summarise(run, n, checkpoints, pd.placebo);
    if (s.duration) medians.push(s.duration.median);
    s.survival.forEach((p, i) => {
      (shares[i] as number[]).push(p.probability);
    });
  }
  const tail = (1 - UNCERTAINTY_DRAWS.level) / 2;
  const interval = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { low: quantile(sorted, tail), high: quantile(sorted, 1 - tail) };
  };
  return {
    draws: UNCERTAINTY_DRAWS.draws,
    level: UNCERTAINTY_DRAWS.level,
    // The placebo share is drawn jointly but does not enter the drug's shares.
    parameters: RELIEF_FIT.names.filter((name) => name !== 'logit placebo'),
    duration: { median: medians.length > 0 ? interval(medians) : null },
    survival: checkpoints.map((afterMinutes, i) => ({
      afterMinutes,
      ...interval(shares[i] as number[]),
    })),
  };
}
