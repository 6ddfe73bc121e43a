/**
 * Bayesian update of one patient's typical relief duration from their own history: a
 * log-normal prior from the population model, a log-normal likelihood with a fixed
 * within-patient spread, and Huber weights so that one outlier cannot swing the result.
 */

import * as z from 'zod/mini';
import { ARGUMENT_LIMITS, INPUT_LIMITS } from '../data/input-limits.js';
import { PERSONALIZATION } from '../data/personalization.js';
import { checkNumbers } from '../internal/args.js';
import { parseWith } from '../internal/parse.js';

const LIMITS = ARGUMENT_LIMITS.posterior;

/**
 * A log-normal distribution of relief duration (days): `ln(duration) ~ N(logMean, logSd²)`.
 *
 * @example
 * ```ts
 * import type { LogNormal } from 'ketamine-relief/stats';
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
 * import { updateDuration } from 'ketamine-relief/stats';
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

/**
 * Fits a log-normal to positive durations (mean and SD of their logs). `durations` holds 1 to
 * 1 000 000 finite numbers > 0; otherwise {@link ketamine-relief!InvalidInputError} names the argument.
 *
 * @example
 * ```ts
 * import { logNormalFit } from 'ketamine-relief/stats';
 * logNormalFit([10, 20, 40]).logMean === Math.log(20); // true
 * ```
 */
export function logNormalFit(durations: ArrayLike<number>): LogNormal {
  return fitLogNormal(checkNumbers(durations, 'durations', { min: 0, exclusive: true }));
}

/** {@link logNormalFit} of trusted durations, at least one of them positive. @internal */
export function fitLogNormal(durations: ArrayLike<number>): LogNormal {
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
 * Updates a prior for a patient's typical duration with their observed durations (same unit as
 * the prior): a conjugate normal update on the log scale. The within-patient spread is estimated
 * from the history, shrunk toward `withinLogSd` (worth `priorWeight` courses); with three or more
 * observations, those further than `huberK` spreads from the history's median get Huber weights
 * below 1, so one outlier cannot swing the result. Without observations the typical duration is
 * the prior and the predictive spread adds `withinLogSd`. Defaults from `PERSONALIZATION`.
 * Bounds: a prior log-mean within ±50 and log-SDs from 0.001 to 10; at most 100 observed
 * durations, each > 0 and ≤ 1e6; `huberK` 0.1–100 and `priorWeight` 0.01–1000. Otherwise
 * {@link ketamine-relief!InvalidInputError} names the argument.
 *
 * @example
 * ```ts
 * import { updateDuration } from 'ketamine-relief/stats';
 * const prior = { logMean: Math.log(30), logSd: 0.6 };
 * const p = updateDuration(prior, [45, 50, 48, 400]);
 * Math.round(Math.exp(p.typical.logMean)); // 49 (the 400-day outlier is down-weighted)
 * ```
 */
export function updateDuration(
  prior: LogNormal,
  observed: readonly number[],
  withinLogSd: number = PERSONALIZATION.withinPatientLogSd.value,
  huberK: number = PERSONALIZATION.huberK.value,
  priorWeight: number = PERSONALIZATION.spreadPriorWeight.value,
): DurationPosterior {
  const a = parseWith(UpdateArgs, { prior, observed, withinLogSd, huberK, priorWeight });
  return posterior(a.prior, a.observed, a.withinLogSd, a.huberK, a.priorWeight);
}

const SPREAD = z.number().check(z.gte(LIMITS.minLogSd), z.lte(LIMITS.maxLogSd));
const UpdateArgs = z.strictObject({
  prior: z.strictObject({
    logMean: z.number().check(z.gte(-LIMITS.maxAbsLogMean), z.lte(LIMITS.maxAbsLogMean)),
    logSd: SPREAD,
  }),
  observed: z
    .array(z.number().check(z.gt(0), z.lte(LIMITS.maxDuration)))
    .check(z.maxLength(INPUT_LIMITS.history.maxEntries)),
  withinLogSd: SPREAD,
  huberK: z.number().check(z.gte(LIMITS.minHuberK), z.lte(LIMITS.maxHuberK)),
  priorWeight: z.number().check(z.gte(LIMITS.minPriorWeight), z.lte(LIMITS.maxPriorWeight)),
});

/** {@link updateDuration} on trusted arguments. @internal */
export function posterior(
  prior: LogNormal,
  observed: readonly number[],
  withinLogSd: number,
  huberK: number,
  priorWeight: number,
): DurationPosterior {
  const logs = observed.map(Math.log);
  const n = logs.length;
  const centre = n > 0 ? median(logs) : 0;
  // Within-patient spread: the history's own (robust to one outlier), shrunk toward the default.
  let ss = 0;
  for (const y of logs) ss += Math.min((y - centre) ** 2, (huberK * withinLogSd) ** 2);
  const within = Math.sqrt((priorWeight * withinLogSd ** 2 + ss) / (priorWeight + n));
  const weights = logs.map((y) => {
    if (n < HUBER_MIN) return 1;
    const r = Math.abs(y - centre);
    return r <= huberK * within ? 1 : (huberK * within) / r;
  });
  const priorPrecision = 1 / prior.logSd ** 2;
  const obsPrecision = 1 / within ** 2;
  let num = prior.logMean * priorPrecision;
  let precision = priorPrecision;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    num += w * obsPrecision * (logs[i] as number);
    precision += w * obsPrecision;
  }
  const mean = num / precision;
  const sd = Math.sqrt(1 / precision);
  return {
    typical: { logMean: mean, logSd: sd },
    predictive: { logMean: mean, logSd: Math.sqrt(sd * sd + within * within) },
    weights,
  };
}

/** Fewest observations for which outliers are judged against the others. */
const HUBER_MIN = 3;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
