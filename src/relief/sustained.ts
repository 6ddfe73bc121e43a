/**
 * Sustained relief in chronic pain: a turnover state `X` (the fraction of baseline pain the
 * sustained mechanism removes, 0–1) that plasma ketamine builds and that fades on its own:
 *
 *   dX/dt = kon · E(C) · (1 − X) − koff · X,   E(C) = C / (C50 + C),
 *
 * so how fast relief builds (`kon`, during exposure) and how fast it fades (`koff`, per patient)
 * are separate. The state is carried on a step grid over the exposure windows (each dose's
 * start to `tail` minutes after its end; merged where they overlap): each step applies the
 * uptake of its mean `E` (trapezoid of the step's end values) exactly, then the decay over the
 * step. Between windows, and after the last one, only the decay acts, in closed form.
 * @internal
 */
import type { EngineDose } from '../pk/engine.js';

/** The step grid of a regimen. @internal */
export interface SustainedGrid {
  /** Sample times (min), ascending. */
  times: Float64Array;
  /** 1 where the step from `times[k]` to `times[k + 1]` lies inside an exposure window. */
  inside: Uint8Array;
}

/**
 * Grid settings: a first point `rampMinutes` after each dose's start (plasma rises within
 * minutes), points every `stepMinutes` to its end, points at `tailOffsets` minutes after its
 * end (the last is the end of its window), and the most points per patient.
 */
export interface GridSettings {
  rampMinutes: number;
  stepMinutes: number;
  tailOffsets: readonly number[];
  maxPoints: number;
}

/**
 * The step grid of `doses`: each dose's exposure window (its start to the last tail offset
 * after its end; windows merged where they overlap) sampled at its start, after the ramp,
 * every step to its end, and at the tail offsets, with `marks` (e.g. the last start and end)
 * added. A regimen that would need more than `maxPoints` points keeps every dose's start and
 * end but drops interior and tail points evenly.
 * @internal
 */
export function sustainedGrid(
  doses: readonly EngineDose[],
  settings: GridSettings,
  marks: readonly number[],
): SustainedGrid {
  const tail = settings.tailOffsets[settings.tailOffsets.length - 1] ?? 0;
  const windows = doses
    .map((d) => [d.atMinute, d.atMinute + (d.durationMinutes ?? 0) + tail])
    .sort((a, b) => (a[0] as number) - (b[0] as number));
  const merged: number[][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && (w[0] as number) <= (last[1] as number))
      last[1] = Math.max(last[1] as number, w[1] as number);
    else merged.push([...w]);
  }
  const edges: number[] = [];
  const extra: number[] = [];
  for (const d of doses) {
    const start = d.atMinute;
    const end = start + (d.durationMinutes ?? 0);
    edges.push(start, end);
    if (start + settings.rampMinutes < end) extra.push(start + settings.rampMinutes);
    for (let t = start + settings.stepMinutes; t < end; t += settings.stepMinutes) extra.push(t);
    for (const offset of settings.tailOffsets) extra.push(end + offset);
  }
  for (const w of merged) edges.push(w[0] as number, w[1] as number);
  const room = Math.max(0, settings.maxPoints - edges.length - marks.length);
  const keepEvery = extra.length > room ? extra.length / Math.max(1, room) : 1;
  const points = [...edges, ...marks];
  for (let i = 0; i < extra.length; i += keepEvery) points.push(extra[Math.floor(i)] as number);
  const times = Float64Array.from(new Set(points)).sort();
  const inside = new Uint8Array(times.length);
  let w = 0;
  for (let k = 0; k + 1 < times.length; k++) {
    const t = times[k] as number;
    while (w < merged.length && t >= ((merged[w] as number[])[1] as number)) w++;
    const win = merged[w];
    inside[k] =
      win && t >= (win[0] as number) && (times[k + 1] as number) <= (win[1] as number) ? 1 : 0;
  }
  return { times, inside };
}

/** Relative rise below which sustained relief counts as level (its peak is reached). */
const PLATEAU = 0.01;

/** Below this exponent a Taylor polynomial is used (error below 1e-10 relative). */
const SMALL_EXPONENT = 0.01;

/** e^(−a) for a ≥ 0: a 4th-order polynomial for the small exponents of most steps. */
function expMinus(a: number): number {
  if (a >= SMALL_EXPONENT) return Math.exp(-a);
  return 1 - a * (1 - (a / 2) * (1 - (a / 3) * (1 - a / 4)));
}

/** A patient's sustained parameters (concentrations in mg/L, rates per minute). @internal */
export interface SustainedParams {
  kon: number;
  c50: number;
  koff: number;
  threshold: number;
}

/** What one patient's sustained state does from the last start on. @internal */
export interface SustainedCourse {
  /** Absolute time at or after the last start when X first reaches the threshold (NaN if never). */
  onset: number;
  /** Absolute time when X finally falls below the threshold (NaN if it never reaches it). */
  lossAt: number;
  /** Largest X at or after the last start, and when. */
  peakValue: number;
  peakAt: number;
}

/**
 * Carries X over the grid for plasma `central` (mg/L at the grid times), writing X at each grid
 * time into `x`, and returns the course from `lastStart` on.
 * @internal
 */
export function sustainedCourse(
  grid: SustainedGrid,
  central: Float64Array,
  p: SustainedParams,
  lastStart: number,
  x: Float64Array,
): SustainedCourse {
  const { times, inside } = grid;
  const n = times.length;
  let value = 0;
  let onset = Number.NaN;
  let lossAt = Number.NaN;
  let peakValue = 0;
  let peakAt = lastStart;
  let cachedH = Number.NaN;
  let decay = 1;
  x[0] = 0;
  const c0 = central[0] as number;
  let e0 = c0 / (p.c50 + c0);
  const halfKon = 0.5 * p.kon;
  for (let k = 0; k + 1 < n; k++) {
    const t0 = times[k] as number;
    const t1 = times[k + 1] as number;
    const h = t1 - t0;
    if (h !== cachedH) {
      cachedH = h;
      decay = Math.exp(-p.koff * h);
    }
    const c1 = central[k + 1] as number;
    const e1 = c1 / (p.c50 + c1);
    let next = value;
    if (inside[k]) {
      // Uptake of the step's mean E (trapezoid), exactly.
      const keep = expMinus(halfKon * (e0 + e1) * h);
      next = next * keep + 1 - keep;
    }
    e0 = e1;
    next *= decay;
    x[k + 1] = next;
    if (t0 >= lastStart) {
      if (Number.isNaN(onset)) {
        if (value >= p.threshold) onset = t0;
        else if (next >= p.threshold) onset = t0 + ((p.threshold - value) / (next - value)) * h;
      }
      if (value >= p.threshold && next < p.threshold) {
        // Loss within the step: X falls close to exponentially there.
        lossAt = t0 + (h * Math.log(value / p.threshold)) / Math.log(value / next);
      }
      // A new peak only when relief rises by more than PLATEAU: a state that creeps up while
      // plasma fades (or never fades) peaks where it first comes within that of its maximum.
      if (value > peakValue * (1 + PLATEAU)) {
        peakValue = value;
        peakAt = t0;
      }
      if (next > peakValue * (1 + PLATEAU)) {
        peakValue = next;
        peakAt = t1;
      }
    }
    value = next;
  }
  if (value >= p.threshold) {
    // A state that does not fade (koff 0) is never lost.
    lossAt =
      p.koff > 0
        ? (times[n - 1] as number) + Math.log(value / p.threshold) / p.koff
        : Number.POSITIVE_INFINITY;
  }
  if (Number.isNaN(onset)) lossAt = Number.NaN;
  return { onset, lossAt, peakValue, peakAt };
}

/** X at absolute time `t` from the grid values `x` (decay only past the grid). @internal */
export function sustainedAt(
  grid: SustainedGrid,
  central: Float64Array,
  x: Float64Array,
  p: SustainedParams,
  t: number,
): number {
  const { times, inside } = grid;
  const n = times.length;
  if (n === 0 || t <= (times[0] as number)) return 0;
  if (t >= (times[n - 1] as number)) {
    return (x[n - 1] as number) * Math.exp(-p.koff * (t - (times[n - 1] as number)));
  }
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= t) lo = mid;
    else hi = mid;
  }
  const h = t - (times[lo] as number);
  let v = x[lo] as number;
  if (inside[lo]) {
    const c0 = central[lo] as number;
    const c1 = central[lo + 1] as number;
    const e = 0.5 * (c0 / (p.c50 + c0) + c1 / (p.c50 + c1));
    const keep = Math.exp(-p.kon * e * h);
    v = v * keep + 1 - keep;
  }
  return v * Math.exp(-p.koff * h);
}
