import { SIMULATION_WINDOW } from '../data/exposure-settings.js';
import { NOT_A_DOSING_DEVICE } from '../data/notice.js';
import { NORKETAMINE } from '../data/pk-covariates.js';
import type { SourceId } from '../evidence/registry.js';
import {
  type ExposureInput,
  ExposureInputSchema,
  type PredictExposureInput,
} from '../input/schema.js';
import { parseWith } from '../internal/parse.js';
import { Trail } from '../internal/trail.js';
import { MG_PER_L_TO_NG_PER_ML } from '../pk/simulate.js';
import { type SimulationOptions, SimulationOptionsSchema } from '../population/options.js';
import { setupPopulation } from '../population/setup.js';
import { simulatePopulation } from '../population/simulate.js';
import { type PercentilePoint, type PercentileRange, percentilesOf } from '../stats/percentiles.js';
import { guidelineConcerns } from '../warnings/guidelines.js';
import type { ResultProvenance } from '../warnings/types.js';

/**
 * Result of {@link predictExposure}. Concentrations are of the parent drug (racemic ketamine
 * or esketamine) in plasma. When the route has no systemic PK data (topical), `model`,
 * `cmax`, `tmax` and `auc` are `null` and `warnings` says why.
 *
 * @example
 * ```ts
 * import { predictExposure, type ExposureResult } from 'ketamine-relief';
 * const r: ExposureResult = predictExposure({
 *   regimen: { route: 'intravenous', dose: { amount: 20, unit: 'mg' } },
 *   patient: { weightKg: 70 },
 * }, { population: 100 });
 * r.cmax?.unit; // 'ng/mL'
 * ```
 */
export interface ExposureResult extends ResultProvenance<ExposureInput> {
  /** The published models used. */
  model: { id: string; label: string; absorption: string | null } | null;
  /** Peak plasma concentration. */
  cmax: PercentileRange<'ng/mL'> | null;
  /** Time of the peak from the start of the first administration. */
  tmax: PercentileRange<'minute'> | null;
  /** Area under the plasma curve from the first dose to infinity. */
  auc: PercentileRange<'ng·h/mL'> | null;
  curve: PercentilePoint[];
  population: number;
  seed: number | string;
}

const MG_MIN_PER_L_TO_NG_H_PER_ML = 1000 / 60;

/**
 * Predicts plasma exposure (Cmax, Tmax, AUC and a percentile curve) for a regimen, patient and
 * co-medications, by simulating a seeded population with published models: between-subject
 * variability, allometric weight scaling, cited covariates and route-aware interaction ratios.
 * Throws {@link InvalidInputError} for malformed input; clinical concerns come back as
 * warnings.
 *
 * @example
 * ```ts
 * import { predictExposure } from 'ketamine-relief';
 * const r = predictExposure(
 *   { regimen: { route: 'intranasal', dose: { amount: 50, unit: 'mg' } }, patient: { weightKg: 80 } },
 *   { seed: 1, population: 200 },
 * );
 * console.log(r.cmax?.median, r.tmax?.median, r.model?.id);
 * ```
 */
export function predictExposure(
  input: PredictExposureInput,
  options: SimulationOptions = {},
): ExposureResult {
  const parsed = parseWith(ExposureInputSchema, input);
  const opts = parseWith(SimulationOptionsSchema, options);
  const population = opts.population ?? SIMULATION_WINDOW.defaultPopulation;
  const seed = opts.seed ?? SIMULATION_WINDOW.defaultSeed;
  const trail = new Trail();
  trail.use(NORKETAMINE);
  for (const w of guidelineConcerns(parsed.regimen, parsed.patient)) {
    trail.warn(w.code, w.message, w.sources);
  }
  const setup = setupPopulation(
    parsed.regimen,
    parsed.patient,
    parsed.medications,
    trail,
    opts.model,
  );
  const base = {
    warnings: trail.warnings,
    population,
    seed,
    input: parsed,
    notice: NOT_A_DOSING_DEVICE,
  };
  if (!setup) {
    return {
      ...base,
      model: null,
      cmax: null,
      tmax: null,
      auc: null,
      curve: [],
      assumptions: [...trail.assumptions],
      sources: [...trail.sources] as SourceId[],
    };
  }
  const run = simulatePopulation(setup, parsed.regimen, trail, population, seed);
  const toNg = (values: Float64Array) => values.map((v) => v * MG_PER_L_TO_NG_PER_ML);
  const k = run.curveIndex.length;
  const column = new Float64Array(population);
  const curve: PercentilePoint[] = [];
  for (let j = 0; j < k; j++) {
    for (let s = 0; s < population; s++) column[s] = run.curve[s * k + j] as number;
    const p = percentilesOf(toNg(column), 'ng/mL');
    curve.push({
      minute: run.times[run.curveIndex[j] as number] as number,
      p5: p.p5,
      p25: p.p25,
      median: p.median,
      p75: p.p75,
      p95: p.p95,
    });
  }
  return {
    ...base,
    model: {
      id: setup.model.id,
      label: setup.model.label,
      absorption: setup.absorption ? `${setup.absorption.route} (${setup.absorption.drug})` : null,
    },
    cmax: percentilesOf(toNg(run.cmax), 'ng/mL'),
    tmax: percentilesOf(run.tmax, 'minute'),
    auc: percentilesOf(
      run.auc.map((a) => a * MG_MIN_PER_L_TO_NG_H_PER_ML),
      'ng·h/mL',
    ),
    curve,
    assumptions: [...trail.assumptions],
    sources: [...trail.sources] as SourceId[],
  };
}
