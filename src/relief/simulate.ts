/**
 * Seeded population run of the relief model: each simulated patient gets PK parameters
 * (`createDrawer`), a responder draw, an acute sensitivity draw and, where the pain type has
 * sustained relief, an offset-rate draw and a durable draw. The kernel finds the acute course
 * exactly; the sustained state is carried on its step grid (`sustained.ts`); relief is the
 * larger of the two.
 * @internal
 */
import { SUSTAINED_GRID } from '../data/relief-model.js';
import type { EngineDose, EngineParams } from '../pk/engine.js';
import { prepareModel, simulateSorted, toEvents } from '../pk/engine.js';
import type { PopulationSetup } from '../population/setup.js';
import { createDrawer, scaleEvents } from '../population/simulate.js';
import { createRandom } from '../random/random.js';
import { type ReliefCourseInput, ReliefKernel } from './kernel.js';
import type { ReliefModel } from './pd.js';
import { type SustainedParams, sustainedAt, sustainedCourse, sustainedGrid } from './sustained.js';

/** Per-patient results (NaN where a patient has no relief). @internal */
export interface ReliefRun {
  /** Patients whose pain responds to ketamine (the pain type's responder probability). */
  responder: Uint8Array;
  /** Responders who reach meaningful relief at this regimen. */
  relieved: Uint8Array;
  /** Relieved patients whose relief was held last by the sustained mechanism. */
  sustained: Uint8Array;
  /** Relieved patients whose relief does not fade within the horizon (duration censored). */
  censored: Uint8Array;
  onset: Float64Array;
  peak: Float64Array;
  /** Minutes from the end of the last administration; 0 for a responder never relieved. */
  duration: Float64Array;
  /** Relief at `curveTimes`, patient-major (responders only; NaN for non-responders). */
  curve: Float64Array | null;
}

/** The regimen's doses and the bounds of its last administration. @internal */
export interface ReliefCourseDoses {
  doses: readonly EngineDose[];
  intravenous: boolean;
  lastStart: number;
  lastEnd: number;
}

/**
 * Simulates `population` patients. `pd` may be a copy with redrawn fitted parameters
 * (evidence uncertainty); the random streams do not depend on it.
 * @internal
 */
export function simulateRelief(
  setup: PopulationSetup,
  pd: ReliefModel,
  course: ReliefCourseDoses,
  population: number,
  seed: number | string,
  curveTimes: Float64Array | null = null,
): ReliefRun {
  const { doses, intravenous, lastStart, lastEnd } = course;
  const rng = createRandom(seed);
  const run: ReliefRun = {
    responder: new Uint8Array(population),
    relieved: new Uint8Array(population),
    sustained: new Uint8Array(population),
    censored: new Uint8Array(population),
    onset: new Float64Array(population).fill(Number.NaN),
    peak: new Float64Array(population).fill(Number.NaN),
    duration: new Float64Array(population).fill(Number.NaN),
    curve: curveTimes ? new Float64Array(population * curveTimes.length).fill(Number.NaN) : null,
  };
  const row = curveTimes ? new Float64Array(curveTimes.length) : null;
  const params: EngineParams = { ...setup.typical, ke0: pd.ke0 };
  let model = prepareModel(params);
  const base = toEvents(model, doses);
  // IV events are the same for everyone; other routes scale by each patient's bioavailability.
  const events = intravenous ? base : new Float64Array(base.length);
  const kernel = new ReliefKernel(model.n);
  const never = { threshold: Number.POSITIVE_INFINITY, c50: 1, emax: 1, hill: 1 };
  const input: ReliefCourseInput = {
    events,
    lastStart,
    lastEnd,
    fast: { ...pd.fast },
    slow: never,
  };
  const typicalF = params.f ?? 1;
  const typicalF2 = params.f2 ?? 0;
  const draw = createDrawer(setup);
  const sus = pd.sustained;
  const grid = sus ? sustainedGrid(doses, SUSTAINED_GRID, [lastStart, lastEnd]) : null;
  const central = grid ? new Float64Array(grid.times.length) : null;
  const x = grid ? new Float64Array(grid.times.length) : null;
  // Plasma for the sustained state, from a model without the effect site (cheaper steps).
  const plasma: EngineParams = { ...params, ke0: undefined };
  let plasmaModel = sus ? prepareModel(plasma) : null;
  const sp: SustainedParams = {
    kon: sus?.kon ?? 0,
    c50: sus?.c50 ?? 1,
    koff: sus?.koff ?? 0,
    threshold: sus?.threshold ?? 1,
  };
  for (let s = 0; s < population; s++) {
    draw(rng.normal, params);
    const responder = rng.uniform() < pd.responseProbability;
    const sensitivity = Math.exp(pd.sensitivitySd * rng.normal());
    // Drawn for everyone when the type has sustained relief, so that streams stay aligned.
    const offset = sus ? Math.exp(sus.omega * rng.normal()) : 1;
    const durable = sus ? rng.uniform() < sus.durable : false;
    if (!responder) continue;
    run.responder[s] = 1;
    if (!intravenous) scaleEvents(base, events, params, typicalF, typicalF2);
    input.fast.c50 = pd.fast.c50 * sensitivity;
    input.fast.threshold = pd.fast.threshold * sensitivity;
    model = prepareModel(params, model);
    const acute = kernel.course(model, input);
    let relieved = acute.relieved;
    let onset = acute.onset;
    let peak = acute.peak;
    let lossAt = acute.relieved ? lastEnd + acute.duration : Number.NaN;
    let byStates = false;
    let censored = false;
    if (sus && grid && central && x) {
      sp.koff = durable ? 0 : sus.koff * offset;
      Object.assign(plasma, params, { ke0: undefined });
      plasmaModel = prepareModel(plasma, plasmaModel ?? undefined);
      simulateSorted(plasmaModel, events, grid.times, central, undefined);
      const c = sustainedCourse(grid, central, sp, lastStart, x);
      if (!Number.isNaN(c.onset)) {
        const sOnset = c.onset - lastStart;
        // A durable state never fades: its loss is censored at the horizon.
        const sLoss = Number.isFinite(c.lossAt) ? c.lossAt : lastEnd + sus.horizonMinutes;
        const capped = Math.min(sLoss, lastEnd + sus.horizonMinutes);
        if (!relieved || sOnset < onset) onset = sOnset;
        if (!relieved || capped > lossAt) {
          byStates = true;
          censored = capped < sLoss || !Number.isFinite(c.lossAt);
          lossAt = capped;
        }
        if (!relieved || c.peakValue > acute.peakRelief) peak = c.peakAt - lastStart;
        relieved = true;
      }
    }
    if (curveTimes && row && run.curve) {
      kernel.sample(model, input, curveTimes, row);
      if (sus && grid && central && x) {
        for (let k = 0; k < curveTimes.length; k++) {
          const xs = sustainedAt(grid, central, x, sp, curveTimes[k] as number);
          if (xs > (row[k] as number)) row[k] = xs;
        }
      }
      run.curve.set(row, s * curveTimes.length);
    }
    if (!relieved) {
      // A responder whose relief never becomes meaningful has none to lose.
      run.duration[s] = 0;
      continue;
    }
    run.relieved[s] = 1;
    run.sustained[s] = byStates ? 1 : 0;
    run.censored[s] = censored ? 1 : 0;
    run.onset[s] = onset;
    run.peak[s] = peak;
    run.duration[s] = Math.max(0, lossAt - lastEnd);
  }
  return run;
}
