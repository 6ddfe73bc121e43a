import { SETUP_NOTES, SIMULATION_WINDOW } from '../data/exposure-settings.js';
import type { Trail } from '../internal/trail.js';
import type { EngineDose, EngineParams } from '../pk/engine.js';
import { prepareModel, scaleBioavailable, simulateSorted, toEvents } from '../pk/engine.js';
import { createRandom } from '../random/random.js';
import { totalMinutes } from '../regimen/duration.js';
import { isPerKgUnit, isRateUnit, type Regimen } from '../regimen/schema.js';
import type { PopulationSetup } from './setup.js';

/** Per-subject results of a population run (concentrations in mg/L). @internal */
export interface PopulationRun {
  times: Float64Array;
  /** Indices into `times` of the points reported in the curve. */
  curveIndex: Int32Array;
  /** Curve values, subject-major: `curve[s * curveIndex.length + k]`. */
  curve: Float64Array;
  cmax: Float64Array;
  tmax: Float64Array;
  /** AUC from 0 to infinity (mg·min/L). */
  auc: Float64Array;
}

/** Order in which random effects are drawn, fixed so that streams stay aligned. */
const DRAW_ORDER = ['cl', 'v1', 'q2', 'v2', 'q3', 'v3', 'ka', 'f'] as const;

/**
 * Dose events of a regimen for a patient of `weightKg`, and the bioavailable mg of each
 * (for the exact AUC). Non-IV doses go into the absorption depot; a subcutaneous infusion is
 * given as zero-order input scaled by the bioavailability (an assumption recorded in `trail`).
 * @internal
 */
export function regimenDoses(
  regimen: Regimen,
  weightKg: number,
  trail: Trail,
): { doses: EngineDose[]; intravenousBolus: boolean } {
  const over = regimen.dose.over ? totalMinutes(regimen.dose.over) : 0;
  const perKg = isPerKgUnit(regimen.dose.unit) ? weightKg : 1;
  const amount =
    regimen.dose.amount * perKg * (isRateUnit(regimen.dose.unit) ? over / MINUTES_PER_HOUR : 1);
  const every = regimen.every ? totalMinutes(regimen.every) : 0;
  const doses: EngineDose[] = [];
  const iv = regimen.route === 'intravenous';
  if (!iv && over > 0) trail.use(SETUP_NOTES.extravascularInfusion);
  for (let s = 0; s < regimen.sessions; s++) {
    const atMinute = s * every;
    if (over > 0)
      doses.push({ atMinute, amountMg: amount, into: 'central', durationMinutes: over });
    else doses.push({ atMinute, amountMg: amount, into: iv ? 'central' : 'depot' });
  }
  return { doses, intravenousBolus: iv && over === 0 };
}

const MINUTES_PER_HOUR = 60;
/** Offset of the sample taken just after an IV bolus, to capture its peak (min). */
const JUST_AFTER = 1e-6;
/** Relative difference below which two concentrations are a plateau (rounding, not a peak). */
const PLATEAU = 1e-9;

/**
 * Indices of `count` curve points spread evenly in time over the samples (each the nearest
 * sample to its target time, without repeats), so that no stretch of a long regimen is
 * over-represented because it was sampled densely.
 * @internal
 */
export function curveIndices(times: Float64Array, count: number): Int32Array {
  const first = times[0] as number;
  const last = times[times.length - 1] as number;
  const out: number[] = [];
  let i = 0;
  for (let k = 0; k < count; k++) {
    const target = count > 1 ? first + ((last - first) * k) / (count - 1) : first;
    while (i + 1 < times.length && (times[i + 1] as number) <= target) i++;
    const next = Math.min(i + 1, times.length - 1);
    const nearest = target - (times[i] as number) <= (times[next] as number) - target ? i : next;
    if (out.length === 0 || nearest > (out[out.length - 1] as number)) out.push(nearest);
  }
  return Int32Array.from(out);
}

/**
 * Simulates `population` subjects drawn around `setup` with the seeded generator.
 * @internal
 */
export function simulatePopulation(
  setup: PopulationSetup,
  regimen: Regimen,
  trail: Trail,
  population: number,
  seed: number | string,
): PopulationRun {
  const { doses, intravenousBolus } = regimenDoses(regimen, setup.weightKg, trail);
  const times = sampleTimes(doses, intravenousBolus);
  const curveIndex = curveIndices(times, SIMULATION_WINDOW.curvePoints);
  trail.use(SIMULATION_WINDOW);

  const rng = createRandom(seed);
  const central = new Float64Array(times.length);
  const run: PopulationRun = {
    times,
    curveIndex,
    curve: new Float64Array(population * curveIndex.length),
    cmax: new Float64Array(population),
    tmax: new Float64Array(population),
    auc: new Float64Array(population),
  };
  const intravenous = regimen.route === 'intravenous';
  const params: EngineParams = { ...setup.typical };
  const draw = createDrawer(setup);
  let model = prepareModel(params);
  // Events are built once: IV events are the same for everyone; other routes scale by each
  // patient's bioavailability (depot doses already carry the typical f; lag is not varied).
  const base = toEvents(model, doses);
  const events = intravenous ? base : new Float64Array(base.length);
  const typicalF = params.f ?? 1;
  const typicalF2 = params.f2 ?? 0;
  let totalMg = 0;
  for (const d of doses) totalMg += d.amountMg;
  for (let s = 0; s < population; s++) {
    draw(rng.normal, params);
    const f = intravenous ? 1 : (params.f ?? 1) + (params.f2 ?? 0);
    if (!intravenous) scaleEvents(base, events, params, typicalF, typicalF2);
    model = prepareModel(params, model);
    simulateSorted(model, events, times, central, undefined);
    // Tmax: the time of the highest concentration; at a plateau (samples within a relative
    // PLATEAU of it) the latest such time, i.e. the peak of the last session of a repeated
    // regimen or the end of a long infusion, whatever the grid.
    let peak = 0;
    for (let i = 1; i < central.length; i++) peak = Math.max(peak, central[i] as number);
    let best = 0;
    for (let i = central.length - 1; i >= 0; i--) {
      if ((central[i] as number) >= peak * (1 - PLATEAU)) {
        best = i;
        break;
      }
    }
    run.cmax[s] = central[best] as number;
    run.tmax[s] = times[best] as number;
    run.auc[s] = (totalMg * f) / params.cl;
    for (let k = 0; k < curveIndex.length; k++) {
      run.curve[s * curveIndex.length + k] = central[curveIndex[k] as number] as number;
    }
  }
  return run;
}

/**
 * Sample times. Each session gets a dense uniform grid (the same step from every session start,
 * so peaks are resolved alike in any schedule) over its first `followUpMinutes` and over the
 * `followUpMinutes` after it ends (one window when they overlap), a sparse grid over the middle
 * of a long infusion and over any longer gap before the next session, and the exact instants
 * of every infusion end and, for IV boluses, just after each bolus.
 *
 * The number of points is bounded whatever the regimen: when the dense grids of all sessions
 * would exceed `maxDensePoints`, only the first and the last session keep them, and of the
 * sessions between at most `maxThinnedSessions`, evenly spread, get their event instants and a
 * sparse grid of `thinnedPoints` per piece (the percentile curve shows 145 points, evenly in
 * time). Cmax is unchanged by this:
 * every session has the same dose and the same interval, so by superposition the concentration
 * at any offset into a session is never lower than at the same offset into an earlier one, and
 * the peak lies in the last session.
 * @internal
 */
export function sampleTimes(doses: readonly EngineDose[], intravenousBolus: boolean): Float64Array {
  const W = SIMULATION_WINDOW;
  const starts = [...new Set(doses.map((d) => d.atMinute))].sort((a, b) => a - b);
  const ends = starts.map((start) =>
    Math.max(
      ...doses.filter((d) => d.atMinute === start).map((d) => start + (d.durationMinutes ?? 0)),
    ),
  );
  const out: number[] = [];
  const sparse = (from: number, to: number, count: number) => {
    for (let i = 0; i < count; i++) out.push(from + ((to - from) * i) / (count - 1));
  };
  const dense = (from: number, to: number) => {
    const count = Math.floor((to - from) / W.stepMinutes);
    for (let i = 0; i <= count; i++) out.push(from + i * W.stepMinutes);
    out.push(to);
  };
  /** The dense and sparse pieces of session `k`, up to the next start (or the follow-up end). */
  const pieces = (k: number) => {
    const start = starts[k] as number;
    const end = ends[k] as number;
    const stop = starts[k + 1] ?? end + W.followUpMinutes;
    const list: { from: number; to: number; dense: boolean }[] = [];
    if (end - start > W.followUpMinutes) {
      list.push({ from: start, to: start + W.followUpMinutes, dense: true });
      list.push({ from: start + W.followUpMinutes, to: end, dense: false });
      list.push({ from: end, to: Math.min(stop, end + W.followUpMinutes), dense: true });
    } else list.push({ from: start, to: Math.min(stop, end + W.followUpMinutes), dense: true });
    const last = list[list.length - 1] as { to: number };
    if (last.to < stop) list.push({ from: last.to, to: stop, dense: false });
    return list;
  };
  let densePoints = 0;
  for (let k = 0; k < starts.length; k++) {
    for (const p of pieces(k)) if (p.dense) densePoints += (p.to - p.from) / W.stepMinutes;
  }
  const thin = densePoints > W.maxDensePoints;
  const last = starts.length - 1;
  // Thinned sessions: only every `stride`-th is sampled at all, at most `maxThinnedSessions`.
  const stride = thin ? Math.max(1, Math.ceil((last - 1) / W.maxThinnedSessions)) : 1;
  const sampled = (k: number) => !thin || k === 0 || k === last || k % stride === 0;
  for (let k = 0; k <= last; k++) {
    if (!sampled(k)) continue;
    const keep = !thin || k === 0 || k === last;
    for (const p of pieces(k)) {
      if (keep && p.dense) dense(p.from, p.to);
      else sparse(p.from, p.to, keep ? W.gapPoints : W.thinnedPoints);
    }
  }
  const index = new Map(starts.map((t, k) => [t, k]));
  for (const d of doses) {
    if (!sampled(index.get(d.atMinute) ?? 0)) continue;
    if (d.durationMinutes) out.push(d.atMinute + d.durationMinutes);
    if (intravenousBolus) out.push(d.atMinute + JUST_AFTER);
  }
  return Float64Array.from(new Set(out)).sort();
}

/**
 * Copies the typical events `base` into `out`, scaled to one patient's fractions: the site's
 * `f` (depot doses and zero-order non-IV input) and the swallowed path's `f2`.
 * @internal
 */
export function scaleEvents(
  base: Float64Array,
  out: Float64Array,
  patient: EngineParams,
  typicalF: number,
  typicalF2: number,
): void {
  const f = patient.f ?? typicalF;
  const f2 = patient.f2 ?? 0;
  scaleBioavailable(base, out, f / typicalF, f, typicalF2 > 0 ? f2 / typicalF2 : 0);
}

/**
 * A drawer of subjects around `setup`: each call draws one subject's parameters into `out`
 * (log-normal; `f` logit-normal), consuming one normal deviate per parameter of `DRAW_ORDER`
 * whether or not the model has it, so that streams stay aligned; a route with a swallowed
 * path draws one more, for its absorption rate. The site's fraction is drawn for one
 * application and scaled by the dose's application factor; the swallowed path gets the rest
 * times its systemic fraction. @internal
 */
export function createDrawer(
  setup: PopulationSetup,
): (normal: () => number, out: EngineParams) => void {
  const typ = setup.typical;
  const keys = DRAW_ORDER.filter((k) => k !== 'f');
  const bases = keys.map((k) => typ[k]);
  const sds = keys.map((k) => setup.eta[k] ?? 0);
  const scale = setup.applicationFactor;
  const baseF = typ.f === undefined ? undefined : typ.f / scale;
  const sdF = setup.eta.f ?? 0;
  const logitF = baseF !== undefined && baseF < 1 ? Math.log(baseF / (1 - baseF)) : 0;
  const fIndex = DRAW_ORDER.indexOf('f');
  const swallowedF = setup.swallowedF;
  const baseKa2 = typ.ka2;
  const sdKa2 = setup.eta.ka2 ?? 0;
  return (normal, out) => {
    for (let i = 0; i < DRAW_ORDER.length; i++) {
      const z = normal();
      if (i === fIndex) {
        if (baseF === undefined) continue;
        const site = (baseF >= 1 ? 1 : 1 / (1 + Math.exp(-(logitF + sdF * z)))) * scale;
        out.f = Math.min(1, site * setup.fMultiplier);
        if (swallowedF !== undefined) {
          out.f2 = Math.min(1 - out.f, (1 - site) * swallowedF * setup.fMultiplier);
        }
        continue;
      }
      const k = i < fIndex ? i : i - 1;
      const base = bases[k];
      if (base === undefined) continue;
      out[keys[k] as (typeof keys)[number]] = base * Math.exp((sds[k] as number) * z);
    }
    if (baseKa2 !== undefined) out.ka2 = baseKa2 * Math.exp(sdKa2 * normal());
  };
}
