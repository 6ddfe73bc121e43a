/**
 * The predicted booster interval as a log-normal in days: from the relief model's population
 * (those whose lasting relief fades within the horizon), updated with the patient's own
 * history when there is one (see the personalization guide).
 * @internal
 */
import { HISTORY_WARNINGS } from '../data/maintenance.js';
import { PERSONALIZATION } from '../data/personalization.js';
import type { Trail } from '../internal/trail.js';
import { fitLogNormal, type LogNormal, posterior } from '../personalize/posterior.js';
import type { ReliefRun } from '../relief/simulate.js';
import type { MaintenanceResult } from './schema.js';

const MINUTES_PER_DAY = 1440;

/**
 * The population prior: a log-normal fitted to the simulated durations (days) of lasting
 * relief that fades, its spread floored; `null` without a run or with too few such patients.
 * @internal
 */
export function populationPrior(run: ReliefRun | null, trail: Trail): LogNormal | null {
  const durations: number[] = [];
  if (run) {
    for (let s = 0; s < run.relieved.length; s++) {
      // Boosters sustain lasting relief: patients relieved only while drug is present do not count.
      // Relief that lasts past the horizon needs no booster within it: only fading relief counts.
      if (
        run.relieved[s] &&
        run.sustained[s] &&
        !run.censored[s] &&
        (run.duration[s] as number) > 0
      ) {
        durations.push((run.duration[s] as number) / MINUTES_PER_DAY);
      }
    }
  }
  trail.use(PERSONALIZATION.minPriorPatients);
  const fitted =
    durations.length >= PERSONALIZATION.minPriorPatients.value ? fitLogNormal(durations) : null;
  return fitted
    ? {
        logMean: fitted.logMean,
        logSd: Math.max(fitted.logSd, PERSONALIZATION.minPriorLogSd.value),
      }
    : null;
}

/**
 * The predictive interval (days) of the next course: with `observed` history, the Bayesian
 * update of the population prior (or, without one, of a weak prior centred on the history);
 * without history, the population prior widened by the within-patient spread when `fromPopulation`;
 * otherwise none.
 * @internal
 */
export function predictInterval(
  observed: readonly number[],
  prior: LogNormal | null,
  fromPopulation: boolean,
  trail: Trail,
): { interval: LogNormal | null; personalization: MaintenanceResult['personalization'] } {
  trail.use(PERSONALIZATION.withinPatientLogSd);
  if (observed.length > 0) {
    trail.use(PERSONALIZATION.huberK);
    trail.use(PERSONALIZATION.spreadPriorWeight);
    let start = prior;
    if (!start) {
      // No population prior: a weak one centred on the history lets the history speak.
      trail.use(PERSONALIZATION.weakPriorLogSd);
      const logs = observed.map(Math.log).sort((a, b) => a - b);
      start = {
        logMean: logs[logs.length >> 1] as number,
        logSd: PERSONALIZATION.weakPriorLogSd.value,
      };
    } else trail.use(PERSONALIZATION.minPriorLogSd);
    const post = posterior(
      start,
      observed,
      PERSONALIZATION.withinPatientLogSd.value,
      PERSONALIZATION.huberK.value,
      PERSONALIZATION.spreadPriorWeight.value,
    );
    if (post.weights.some((w) => w < 1)) {
      trail.warn(
        'history-outlier',
        HISTORY_WARNINGS.outlier.text,
        HISTORY_WARNINGS.outlier.sources,
      );
    }
    return {
      interval: post.predictive,
      personalization: {
        observations: observed.length,
        priorMedianDays: Math.exp(start.logMean),
        posteriorMedianDays: Math.exp(post.typical.logMean),
        weights: post.weights,
      },
    };
  }
  if (fromPopulation && prior) {
    trail.use(PERSONALIZATION.minPriorLogSd);
    return {
      interval: {
        logMean: prior.logMean,
        logSd: Math.hypot(prior.logSd, PERSONALIZATION.withinPatientLogSd.value),
      },
      personalization: null,
    };
  }
  return { interval: null, personalization: null };
}
