/**
 * Seeded population run of the relief model: each simulated patient gets PK parameters
 * (`createDrawer`), a responder draw and a sensitivity draw, and the kernel finds their onset,
 * peak and duration of meaningful relief.
 * @internal
 */
import type { DoseEvent, PkParams } from '../pk/engine.js';
import { prepareModel, toEvents } from '../pk/engine.js';
import type { PopulationSetup } from '../population/setup.js';
import { createDrawer, scaleEvents } from '../population/simulate.js';
import { createRandom } from '../random/random.js';
import { type ReliefCourseInput, ReliefKernel } from './kernel.js';
import type { ReliefModel } from './pd.js';

/** Per-patient results (NaN where a patient has no relief; duration 0 for a responder without meaningful relief). @internal */
export interface ReliefRun {
  /** Patients whose pain responds to ketamine (the pain type's responder probability). */
  responder: Uint8Array;
  /** Responders who reach meaningful relief at this regimen. */
  relieved: Uint8Array;
  sustained: Uint8Array;
  onset: Float64Array;
  peak: Float64Array;
  duration: Float64Array;
  /** Relief at `curveTimes`, patient-major (responders only; NaN for non-responders). */
  curve: Float64Array | null;
}

/**
 * Simulates `population` patients. `doses` are the regimen's doses (bioavailable fraction not
 * yet applied to zero-order non-IV input); `lastStart`/`lastEnd` bound the last administration.
 * @internal
 */
export function simulateRelief(
  setup: PopulationSetup,
  pd: ReliefModel,
  doses: readonly DoseEvent[],
  intravenous: boolean,
  lastStart: number,
  lastEnd: number,
  population: number,
  seed: number | string,
  curveTimes: Float64Array | null = null,
): ReliefRun {
  const rng = createRandom(seed);
  const run: ReliefRun = {
    responder: new Uint8Array(population),
    relieved: new Uint8Array(population),
    sustained: new Uint8Array(population),
    onset: new Float64Array(population).fill(Number.NaN),
    peak: new Float64Array(population).fill(Number.NaN),
    duration: new Float64Array(population).fill(Number.NaN),
    curve: curveTimes ? new Float64Array(population * curveTimes.length).fill(Number.NaN) : null,
  };
  const row = curveTimes ? new Float64Array(curveTimes.length) : null;
  const params: PkParams = { ...setup.typical, ke0: pd.ke0, ke0Second: pd.slow.rate };
  let model = prepareModel(params);
  const base = toEvents(model, doses);
  // IV events are the same for everyone; other routes scale by each patient's bioavailability.
  const events = intravenous ? base : new Float64Array(base.length);
  const kernel = new ReliefKernel(model.n);
  const input: ReliefCourseInput = {
    events,
    lastStart,
    lastEnd,
    fast: { ...pd.fast },
    slow: { ...pd.slow },
  };
  const typicalF = params.f ?? 1;
  const typicalF2 = params.f2 ?? 0;
  const draw = createDrawer(setup);
  for (let s = 0; s < population; s++) {
    draw(rng.normal, params);
    const responder = rng.uniform() < pd.responseProbability;
    const sensitivity = Math.exp(pd.sensitivitySd * rng.normal());
    if (!responder) continue;
    run.responder[s] = 1;
    if (!intravenous) scaleEvents(base, events, params, typicalF, typicalF2);
    input.fast.c50 = pd.fast.c50 * sensitivity;
    input.fast.threshold = pd.fast.threshold * sensitivity;
    input.slow.c50 = pd.slow.c50 * sensitivity;
    input.slow.threshold = pd.slow.threshold * sensitivity;
    model = prepareModel(params, model);
    const course = kernel.course(model, input);
    if (curveTimes && row && run.curve) {
      kernel.sample(model, input, curveTimes, row);
      run.curve.set(row, s * curveTimes.length);
    }
    if (!course.relieved) {
      // A responder whose relief never becomes meaningful has none to lose.
      run.duration[s] = 0;
      continue;
    }
    run.relieved[s] = 1;
    run.sustained[s] = course.sustained ? 1 : 0;
    run.onset[s] = course.onset;
    run.peak[s] = course.peak;
    run.duration[s] = course.duration;
  }
  return run;
}
