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
  const lastEnd = Math.max(...doses.map((d) => d.atMinute + (d.durationMinutes ?? 0)));
  const end = lastEnd + SIMULATION_WINDOW.followUpMinutes;
  const n = SIMULATION_WINDOW.gridPoints;
  const grid = Array.from({ length: n }, (_, i) => (end * i) / (n - 1));
  const extra = intravenousBolus ? doses.map((d) => d.atMinute + JUST_AFTER) : [];
  const times = Float64Array.from([...grid, ...extra]).sort();
  const curveIndex = Int32Array.from({ length: SIMULATION_WINDOW.curvePoints }, (_, k) =>
    times.indexOf(grid[Math.round((k * (n - 1)) / (SIMULATION_WINDOW.curvePoints - 1))] as number),
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
  const params: PkParams = { ...setup.typical };
  for (let s = 0; s < population; s++) {
    drawSubject(setup, rng.normal, params);
    const model = prepareModel(params);
    simulateSorted(model, toEvents(model, doses), times, central, undefined);
    let best = 0;
    for (let i = 1; i < central.length; i++)
      if ((central[i] as number) > (central[best] as number)) best = i;
    run.cmax[s] = central[best] as number;
    run.tmax[s] = times[best] as number;
    let bioavailable = 0;
    for (const d of doses)
      bioavailable +=
        d.amountMg * (d.into === 'depot' || regimen.route !== 'intravenous' ? (params.f ?? 1) : 1);
    run.auc[s] = bioavailable / params.cl;
    for (let k = 0; k < curveIndex.length; k++) {
      run.curve[s * curveIndex.length + k] = central[curveIndex[k] as number] as number;
    }
  }
  return run;
}

/** Draws one subject's parameters into `out` (log-normal; `f` logit-normal). @internal */
export function drawSubject(setup: PopulationSetup, normal: () => number, out: PkParams): void {
  const typ = setup.typical;
  for (const key of DRAW_ORDER) {
    const z = normal();
    const sd = setup.eta[key] ?? 0;
    const base = typ[key];
    if (base === undefined) continue;
    if (key === 'f') {
      const logit = Math.log(base / (1 - base));
      out.f = base >= 1 ? 1 : 1 / (1 + Math.exp(-(logit + sd * z)));
    } else out[key] = base * Math.exp(sd * z);
  }
}
