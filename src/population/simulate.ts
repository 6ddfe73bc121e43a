import { SIMULATION_WINDOW } from '../data/exposure-settings.js';
import type { DoseEvent, PkParams } from '../pk/engine.js';
import { prepareModel, simulateSorted, toEvents } from '../pk/engine.js';
import { createRandom } from '../random/random.js';
import { durationToMinutes } from '../regimen/duration.js';
import { isPerKgUnit, isRateUnit, type Regimen } from '../regimen/schema.js';
import type { PopulationSetup, Trail } from './setup.js';

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
): { doses: DoseEvent[]; intravenousBolus: boolean } {
  const over = regimen.dose.over ? durationToMinutes(regimen.dose.over) : 0;
  const perKg = isPerKgUnit(regimen.dose.unit) ? weightKg : 1;
  const amount =
    regimen.dose.amount * perKg * (isRateUnit(regimen.dose.unit) ? over / MINUTES_PER_HOUR : 1);
  const every = regimen.every ? durationToMinutes(regimen.every) : 0;
  const doses: DoseEvent[] = [];
  const iv = regimen.route === 'intravenous';
  if (!iv && over > 0) {
    trail.assumptions.add(
      'A subcutaneous infusion is modelled as zero-order input of the bioavailable amount into plasma (absorption assumed fast relative to the infusion).',
    );
  }
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
  const points = Math.min(SIMULATION_WINDOW.curvePoints, times.length);
  const curveIndex = Int32Array.from({ length: points }, (_, k) =>
    Math.round((k * (times.length - 1)) / (points - 1)),
  );
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
  const params: PkParams = { ...setup.typical };
  const draw = createDrawer(setup);
  for (let s = 0; s < population; s++) {
    draw(rng.normal, params);
    const f = intravenous ? 1 : (params.f ?? 1);
    // Zero-order input by a non-IV route (a subcutaneous infusion) delivers the bioavailable
    // amount; depot doses are scaled by f inside the engine.
    const subjectDoses = intravenous
      ? doses
      : doses.map((d) => (d.into === 'central' ? { ...d, amountMg: d.amountMg * f } : d));
    const model = prepareModel(params);
    simulateSorted(model, toEvents(model, subjectDoses), times, central, undefined);
    let best = 0;
    for (let i = 1; i < central.length; i++)
      if ((central[i] as number) > (central[best] as number)) best = i;
    run.cmax[s] = central[best] as number;
    run.tmax[s] = times[best] as number;
    let bioavailable = 0;
    for (const d of doses) bioavailable += d.amountMg * f;
    run.auc[s] = bioavailable / params.cl;
    for (let k = 0; k < curveIndex.length; k++) {
      run.curve[s * curveIndex.length + k] = central[curveIndex[k] as number] as number;
    }
  }
  return run;
}

/**
 * Sample times: a dense uniform grid over each session (from its start to the end of follow-up
 * or the next session, whichever comes first), a sparse grid over any longer gap before the
 * next session, every infusion end and, for IV boluses, the instant after each bolus, so that
 * peaks are sampled at the same resolution whatever the schedule.
 * @internal
 */
export function sampleTimes(doses: readonly DoseEvent[], intravenousBolus: boolean): Float64Array {
  const starts = [...new Set(doses.map((d) => d.atMinute))].sort((a, b) => a - b);
  const out: number[] = [];
  const grid = (from: number, to: number, count: number) => {
    for (let i = 0; i < count; i++) out.push(from + ((to - from) * i) / (count - 1));
  };
  const step = SIMULATION_WINDOW.stepMinutes;
  starts.forEach((start, k) => {
    const end = Math.max(
      ...doses.filter((d) => d.atMinute === start).map((d) => start + (d.durationMinutes ?? 0)),
    );
    const next = starts[k + 1] ?? Number.POSITIVE_INFINITY;
    const denseEnd = Math.min(next, end + SIMULATION_WINDOW.followUpMinutes);
    // The same step after every session start, so that peaks are resolved alike in any schedule.
    const count = Math.floor((denseEnd - start) / step);
    for (let i = 0; i <= count; i++) out.push(start + i * step);
    out.push(denseEnd);
    if (denseEnd < next && Number.isFinite(next)) grid(denseEnd, next, SIMULATION_WINDOW.gapPoints);
  });
  for (const d of doses) {
    if (d.durationMinutes) out.push(d.atMinute + d.durationMinutes);
    if (intravenousBolus) out.push(d.atMinute + JUST_AFTER);
  }
  return Float64Array.from(new Set(out)).sort();
}

/**
 * A drawer of subjects around `setup`: each call draws one subject's parameters into `out`
 * (log-normal; `f` logit-normal), consuming one normal deviate per parameter of `DRAW_ORDER`
 * whether or not the model has it, so that streams stay aligned. @internal
 */
export function createDrawer(
  setup: PopulationSetup,
): (normal: () => number, out: PkParams) => void {
  const typ = setup.typical;
  const keys = DRAW_ORDER.filter((k) => k !== 'f');
  const bases = keys.map((k) => typ[k]);
  const sds = keys.map((k) => setup.eta[k] ?? 0);
  const baseF = typ.f;
  const sdF = setup.eta.f ?? 0;
  const logitF = baseF !== undefined && baseF < 1 ? Math.log(baseF / (1 - baseF)) : 0;
  const fIndex = DRAW_ORDER.indexOf('f');
  return (normal, out) => {
    for (let i = 0; i < DRAW_ORDER.length; i++) {
      const z = normal();
      if (i === fIndex) {
        if (baseF === undefined) continue;
        const f = baseF >= 1 ? 1 : 1 / (1 + Math.exp(-(logitF + sdF * z)));
        out.f = Math.min(1, f * setup.fMultiplier);
        continue;
      }
      const k = i < fIndex ? i : i - 1;
      const base = bases[k];
      if (base === undefined) continue;
      out[keys[k] as (typeof keys)[number]] = base * Math.exp((sds[k] as number) * z);
    }
  };
}
