import { argumentError, checkNumbers, checkUnit } from '../internal/args.js';
import { describeValue } from '../internal/describe.js';

/**
 * Percentiles of a simulated population: 5th, 25th, 50th, 75th and 95th, with the unit.
 *
 * @example
 * ```ts
 * import type { PercentileRange } from 'ketamine-relief';
 * const cmax: PercentileRange<'ng/mL'> = { p5: 40, p25: 60, median: 75, p75: 90, p95: 130, unit: 'ng/mL' };
 * ```
 */
export interface PercentileRange<U extends string = string> {
  p5: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  unit: U;
}

const QUANTILES = { p5: 0.05, p25: 0.25, median: 0.5, p75: 0.75, p95: 0.95 } as const;

/**
 * The quantile `q` (0–1) of ascending `sorted` values, interpolated linearly between order
 * statistics (R type 7, the default of R and NumPy). `sorted` holds 1 to 1 000 000 finite
 * numbers in ascending order; otherwise {@link ketamine-relief!InvalidInputError} names the argument.
 *
 * @example
 * ```ts
 * import { quantileSorted } from 'ketamine-relief/stats';
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 * ```
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  checkNumbers(sorted, 'sorted', { sorted: true });
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) {
    throw argumentError(
      'q',
      'invalid_number',
      `must be a number from 0 to 1; received ${describeValue(q)}`,
    );
  }
  return quantile(sorted, q);
}

/** {@link quantileSorted} on trusted, non-empty, ascending values. @internal */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (pos - lo);
}

/**
 * The {@link PercentileRange} of `values` (not modified): 1 to 1 000 000 finite numbers;
 * otherwise {@link ketamine-relief!InvalidInputError} names the argument.
 *
 * @example
 * ```ts
 * import { percentiles } from 'ketamine-relief/stats';
 * percentiles([3, 1, 2], 'minute').median; // 2
 * ```
 */
export function percentiles<U extends string>(
  values: ArrayLike<number>,
  unit: U,
): PercentileRange<U> {
  checkNumbers(values, 'values');
  checkUnit(unit);
  return percentilesOf(values, unit);
}

/** {@link percentiles} of trusted, non-empty, finite values. @internal */
export function percentilesOf<U extends string>(
  values: ArrayLike<number>,
  unit: U,
): PercentileRange<U> {
  const sorted = Float64Array.from(values).sort();
  return {
    p5: quantile(sorted, QUANTILES.p5),
    p25: quantile(sorted, QUANTILES.p25),
    median: quantile(sorted, QUANTILES.median),
    p75: quantile(sorted, QUANTILES.p75),
    p95: quantile(sorted, QUANTILES.p95),
    unit,
  };
}

/**
 * One point of a percentile curve over time: the 5th, 25th, 50th, 75th and 95th percentiles
 * at `minute` (plasma concentration in `predictExposure`, fraction of pain removed in
 * `estimateRelief`; each result says which minute it counts from).
 *
 * @example
 * ```ts
 * import type { PercentilePoint } from 'ketamine-relief';
 * const p: PercentilePoint = { minute: 60, p5: 10, p25: 20, median: 30, p75: 40, p95: 60 };
 * ```
 */
export interface PercentilePoint {
  minute: number;
  p5: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
}
