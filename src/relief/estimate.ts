import { SIMULATION_WINDOW } from '../data/exposure-settings.js';
import { NOT_A_DOSING_DEVICE } from '../data/notice.js';
import { NORKETAMINE } from '../data/pk-covariates.js';
import { MEANINGFUL_RELIEF, RELIEF_CURVE, SURVIVAL_CHECKPOINTS } from '../data/relief-model.js';
import type { SourceId } from '../evidence/registry.js';
import { type EstimateReliefInput, type ReliefInput, ReliefInputSchema } from '../input/schema.js';
import { parseWith } from '../internal/parse.js';
import { Trail } from '../internal/trail.js';
import type { Adjustment } from '../population/adjustment.js';
import { setupPopulation } from '../population/setup.js';
import { regimenDoses } from '../population/simulate.js';
import { type PercentilePoint, percentilesOf } from '../stats/percentiles.js';
import { guidelineConcerns } from '../warnings/guidelines.js';
import { reliefModel, reliefWarnings } from './pd.js';
import { type ReliefOptions, ReliefOptionsSchema, type ReliefResult } from './schema.js';
import { type ReliefRun, simulateRelief } from './simulate.js';
import { summarise } from './summary.js';
import { evidenceUncertainty } from './uncertainty.js';

/**
 * Estimates when meaningful pain relief starts, peaks and ends, and for what share of patients,
 * for a pain type, regimen, patient and co-medications. A seeded population is simulated with
 * published PK models (variability, weight scaling, covariates, route-aware interactions); the
 * fast effect site drives acute relief and, in chronic pain types with lasting benefit, a slow
 * onset/offset compartment (Dahan 2011) drives sustained relief. Crossing times come from
 * root-finding on the exact solution. Throws {@link InvalidInputError} for malformed input;
 * clinical concerns come back as warnings. Not a dosing device.
 *
 * @example
 * ```ts
 * import { estimateRelief, humanize } from 'ketamine-relief';
 * const r = estimateRelief({
 *   painType: 'crps',
 *   regimen: { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } }, sessions: 10, every: { days: 1 } },
 *   patient: { weightKg: 70 },
 * });
 * console.log(r.phase, r.responseProbability, r.duration && humanize(r.duration));
 * ```
 */
export function estimateRelief(
  input: EstimateReliefInput,
  options: ReliefOptions = {},
): ReliefResult {
  return reliefCore(parseWith(ReliefInputSchema, input), parseWith(ReliefOptionsSchema, options))
    .result;
}

/**
 * `estimateRelief` on parsed input, also returning the per-patient run (null without PK data)
 * for callers that need the individual durations.
 * @internal
 */
export function reliefCore(
  parsed: ReliefInput,
  opts: ReliefOptions,
): { result: ReliefResult; run: ReliefRun | null } {
  const population = opts.population ?? SIMULATION_WINDOW.defaultPopulation;
  const seed = opts.seed ?? SIMULATION_WINDOW.defaultSeed;
  const threshold = opts.reliefThreshold ?? MEANINGFUL_RELIEF.value;
  const trail = new Trail();
  const adjustments: Adjustment[] = [];
  trail.use(NORKETAMINE);
  trail.use(SIMULATION_WINDOW);
  trail.use(SURVIVAL_CHECKPOINTS);
  if (opts.reliefThreshold === undefined) trail.use(MEANINGFUL_RELIEF);
  const { regimen, patient, medications, painType } = parsed;
  for (const w of guidelineConcerns(regimen, patient)) trail.warn(w.code, w.message, w.sources);
  const setup = setupPopulation(regimen, patient, medications, trail, opts.model);
  const pd = reliefModel(painType, regimen.drug, threshold, trail, adjustments);
  reliefWarnings(painType, patient, medications, trail, adjustments);
  const checkpoints = [
    ...new Set([...SURVIVAL_CHECKPOINTS.minutes, ...(opts.checkpoints ?? [])]),
  ].sort((a, b) => a - b);
  const base = {
    painType,
    reliefThreshold: threshold,
    warnings: trail.warnings,
    population,
    seed,
    input: parsed,
    notice: NOT_A_DOSING_DEVICE,
  };
  if (!setup) {
    const result: ReliefResult = {
      ...base,
      model: null,
      onset: null,
      peak: null,
      duration: null,
      responseProbability: null,
      survival: [],
      phase: null,
      expectedRelievedDays: null,
      censoredShare: null,
      placeboShare: pd.placebo,
      adjustments,
      assumptions: [...trail.assumptions],
      sources: [...trail.sources] as SourceId[],
    };
    return { result, run: null };
  }
  const { doses } = regimenDoses(regimen, setup.weightKg, trail);
  const last = doses[doses.length - 1];
  const lastStart = last?.atMinute ?? 0;
  const lastEnd = lastStart + (last?.durationMinutes ?? 0);
  const curveTimes = opts.curve ? reliefCurveTimes(lastEnd - lastStart, trail) : null;
  const course = { doses, intravenous: regimen.route === 'intravenous', lastStart, lastEnd };
  const run = simulateRelief(
    setup,
    pd,
    course,
    population,
    seed,
    curveTimes?.map((t) => t + lastStart) ?? null,
  );
  const uncertainty = opts.uncertainty
    ? evidenceUncertainty(setup, pd, painType, course, population, seed, checkpoints, trail)
    : undefined;
  const result: ReliefResult = {
    ...base,
    model: {
      id: setup.model.id,
      label: setup.model.label,
      absorption: setup.absorption ? `${setup.absorption.route} (${setup.absorption.drug})` : null,
    },
    ...summarise(run, population, checkpoints, pd.placebo),
    placeboShare: pd.placebo,
    ...(curveTimes ? { curve: curveOf(run, curveTimes) } : {}),
    ...(uncertainty ? { uncertainty } : {}),
    // A co-medication the relief layer describes replaces the exposure layer's "not adjusted".
    adjustments: [
      ...setup.adjustments.filter(
        (a) => a.target !== 'none' || !adjustments.some((b) => b.factor === a.factor),
      ),
      ...adjustments,
    ],
    assumptions: [...trail.assumptions],
    sources: [...trail.sources] as SourceId[],
  };
  return { result, run };
}

/** Log-spaced times (min from the last start) for the relief curve. */
function reliefCurveTimes(length: number, trail: Trail): Float64Array {
  trail.use(RELIEF_CURVE);
  const from = Math.log(RELIEF_CURVE.fromMinutes);
  const to = Math.log(length + RELIEF_CURVE.toMinutesAfterEnd);
  const n = RELIEF_CURVE.points;
  return Float64Array.from({ length: n }, (_, i) => Math.exp(from + ((to - from) * i) / (n - 1)));
}

function curveOf(run: ReliefRun, times: Float64Array): PercentilePoint[] {
  const k = times.length;
  const column: number[] = [];
  return Array.from(times, (minute, j) => {
    column.length = 0;
    for (let s = 0; s < run.responder.length; s++) {
      if (run.responder[s]) column.push((run.curve as Float64Array)[s * k + j] as number);
    }
    if (column.length === 0) return { minute, p5: 0, p25: 0, median: 0, p75: 0, p95: 0 };
    const p = percentilesOf(column, 'fraction');
    return { minute, p5: p.p5, p25: p.p25, median: p.median, p75: p.p75, p95: p.p95 };
  });
}
