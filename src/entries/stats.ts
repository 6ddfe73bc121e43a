/**
 * `ketamine-relief/stats`: the statistics under the estimators — percentiles, the seeded
 * random generator and the log-normal duration model used to personalize estimates from a
 * patient's own history.
 *
 * @module stats
 */

export {
  type DurationPosterior,
  type LogNormal,
  logNormalFit,
  updateDuration,
} from '../personalize/posterior.js';
export { createRandom, type Random } from '../random/random.js';
export { percentiles, quantileSorted } from '../stats/percentiles.js';
