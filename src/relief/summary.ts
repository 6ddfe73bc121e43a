/**
 * Summaries of a relief run.
 * @internal
 */
import { percentilesOf } from '../stats/percentiles.js';
import type { ReliefResult } from './schema.js';
import type { ReliefRun } from './simulate.js';

/**
 * Summaries of a run: onset, peak and duration over relieved patients; survival and expected
 * relieved days over all treated; the share censored at the horizon.
 * @internal
 */
export function summarise(
  run: ReliefRun,
  population: number,
  checkpoints: readonly number[],
  placebo: number | null,
) {
  const onset: number[] = [];
  const peak: number[] = [];
  const duration: number[] = [];
  let sustained = 0;
  let censored = 0;
  let totalMinutes = 0;
  for (let s = 0; s < population; s++) {
    if (!run.relieved[s]) continue;
    onset.push(run.onset[s] as number);
    peak.push(run.peak[s] as number);
    duration.push(run.duration[s] as number);
    totalMinutes += run.duration[s] as number;
    sustained += run.sustained[s] as number;
    censored += run.censored[s] as number;
  }
  const relieved = duration.length;
  const sorted = Float64Array.from(duration).sort();
  const survival = checkpoints.map((afterMinutes) => {
    const probability = survivingShare(sorted, afterMinutes, population);
    const withPlacebo = placebo === null ? probability : 1 - (1 - probability) * (1 - placebo);
    return { afterMinutes, probability, withPlacebo };
  });
  let phase: ReliefResult['phase'] = null;
  if (relieved > 0) phase = sustained * 2 > relieved ? 'sustained' : 'acute';
  return {
    onset: relieved > 0 ? percentilesOf(onset, 'minute') : null,
    peak: relieved > 0 ? percentilesOf(peak, 'minute') : null,
    duration: relieved > 0 ? percentilesOf(sorted, 'minute') : null,
    responseProbability: relieved / population,
    survival,
    phase,
    expectedRelievedDays: totalMinutes / MINUTES_PER_DAY / population,
    censoredShare: relieved > 0 ? censored / relieved : null,
  };
}

const MINUTES_PER_DAY = 1440;

/** Share of all `population` patients whose relief lasts beyond `afterMinutes` (`sorted` ascending). */
function survivingShare(sorted: Float64Array, afterMinutes: number, population: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) > afterMinutes) hi = mid;
    else lo = mid + 1;
  }
  return (sorted.length - lo) / population;
}
