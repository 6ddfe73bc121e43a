/**
 * Bayesian update of one patient's typical relief duration from their own history: a
 * log-normal prior from the population model, a log-normal likelihood with a fixed
 * within-patient spread, and Huber weights so that one outlier cannot swing the result.
 */
import { PERSONALISATION } from '../data/personalisation.js';

/**
 * A log-normal distribution of relief duration (days): `ln(duration) ~ N(logMean, logSd²)`.
 *
 * @example
 * ```ts
 * import type { LogNormal } from 'ketamine-relief';
 * const prior: LogNormal = { logMean: Math.log(30), logSd: 0.5 };
 * ```
 */
export interface LogNormal {
  logMean: number;
  logSd: number;
}

/**
 * The posterior of a patient's typical duration and the predictive distribution of their next
 * one, with the weight each observation received (1 = full, less = down-weighted outlier).
 *
 * @example
 * ```ts
 * import { updateDuration } from 'ketamine-relief';
 * const p = updateDuration({ logMean: Math.log(30), logSd: 0.5 }, [40, 42, 38]);
 * p.weights; // [1, 1, 1]
 * ```
 */
export interface DurationPosterior {
  /** The patient's typical duration. */
  typical: LogNormal;
  /** Their next duration: typical-duration uncertainty plus within-patient spread. */
  predictive: LogNormal;
  weights: number[];
}

const ITERATIONS = 50;
const CONVERGED = 1e-12;

/**
 * Fits a log-normal to positive durations (mean and SD of their logs).
 *
 * @example
 * ```ts
 * import { logNormalFit } from 'ketamine-relief';
 * logNormalFit([10, 20, 40]).logMean === Math.log(20); // true
 * ```
 */
export function logNormalFit(durations: ArrayLike<number>): LogNormal {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < durations.length; i++) {
    const d = durations[i] as number;
    if (d > 0) {
      sum += Math.log(d);
      n++;
    }
  }
  if (n === 0) return { logMean: Number.NaN, logSd: Number.NaN };
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < durations.length; i++) {
    const d = durations[i] as number;
    if (d > 0) ss += (Math.log(d) - mean) ** 2;
  }
  return { logMean: mean, logSd: Math.sqrt(ss / Math.max(1, n - 1)) };
}

/**
 * Updates a prior for a patient's typical duration with their observed durations (same
 * unit as the prior), by iteratively re-weighted conjugate normal updates on the log scale
 * with Huber weights (`huberK` within-patient SDs; defaults from `PERSONALISATION`). Without
 * observations the typical duration is the prior, and the predictive spread adds `withinLogSd`
 * to it, so every observation narrows the prediction.
 *
 * @example
 * ```ts
 * import { updateDuration } from 'ketamine-relief';
 * const prior = { logMean: Math.log(30), logSd: 0.6 };
 * const p = updateDuration(prior, [45, 50, 48, 400]);
 * Math.round(Math.exp(p.typical.logMean)); // 51 (the 400-day outlier is down-weighted)
 * ```
 */
export function updateDuration(
  prior: LogNormal,
  observed: readonly number[],
  withinLogSd: number = PERSONALISATION.withinPatientLogSd.value,
  huberK: number = PERSONALISATION.huberK.value,
): DurationPosterior {
  const logs = observed.map(Math.log);
  const priorPrecision = 1 / prior.logSd ** 2;
  const obsPrecision = 1 / withinLogSd ** 2;
  let mean = prior.logMean;
  let precision = priorPrecision;
  let weights = logs.map(() => 1);
  for (let it = 0; it < ITERATIONS; it++) {
    let num = prior.logMean * priorPrecision;
    precision = priorPrecision;
    for (let i = 0; i < logs.length; i++) {
      const w = weights[i] as number;
      num += w * obsPrecision * (logs[i] as number);
      precision += w * obsPrecision;
    }
    const next = num / precision;
    weights = logs.map((y) => {
      const r = Math.abs(y - next);
      return r <= huberK * withinLogSd ? 1 : (huberK * withinLogSd) / r;
    });
    const done = Math.abs(next - mean) < CONVERGED;
    mean = next;
    if (done) break;
  }
  const sd = Math.sqrt(1 / precision);
  return {
    typical: { logMean: mean, logSd: sd },
    predictive: { logMean: mean, logSd: Math.sqrt(sd * sd + withinLogSd * withinLogSd) },
    weights,
  };
}
