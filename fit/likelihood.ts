/**
 * The likelihood of the sustained-relief model on the published durations of
 * `fit/relief-durations.ts`, built from the library's own PK population and sustained-state
 * code (`src/relief/sustained.ts`), so the fit and `estimateRelief` compute the same model.
 *
 * Each study regimen is simulated once for `patients` PK-varied patients (seeded); for each
 * patient the sustained state at the end of its grid is a sum over steps,
 * X_c(koff) = Σ a_k · exp(−koff · τ_k), so the between-patient spread of `koff` (log-normal)
 * is integrated in closed form: for a share at time t the patient is relieved while
 * koff ≤ k*(t), found by Newton's method, with probability Φ((ln k* − ln koff_typ)/ω).
 *
 * Observation models (binomial for shares, multinomial windows for interval-censored
 * durations): a drug arm's share is 1 − (1 − p_resp · P(X ≥ θ)) · (1 − p0), a placebo arm's p0.
 */
import { MODEL_CHOICES } from '../src/data/exposure-settings';
import {
  ESKETAMINE_POTENCY,
  PAIN_TYPE_RELIEF,
  SUSTAINED_BUILD_HALF_TIME,
  SUSTAINED_GRID,
  SUSTAINED_RELIEF,
} from '../src/data/relief-model';
import { ReliefInputSchema } from '../src/input/schema';
import { parseWith } from '../src/internal/parse';
import { Trail } from '../src/internal/trail';
import { prepareModel, simulateSorted, toEvents } from '../src/pk/engine';
import { setupPopulation } from '../src/population/setup';
import { createDrawer, regimenDoses, scaleEvents } from '../src/population/simulate';
import { createRandom } from '../src/random/random';
import { sustainedGrid } from '../src/relief/sustained';
import type { FitRecord } from './relief-durations';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_HOUR = 60;

/** Parameters on their natural scales. */
export interface FitParams {
  /** Offset half-life of sustained relief in CRPS (days). */
  halfLifeDays: number;
  /** Between-patient SD of ln koff. */
  omega: number;
  /** Half-life of the other chronic types with sustained relief, relative to CRPS. */
  otherRatio: number;
  /** Placebo response share. */
  placebo: number;
  /** Share of sustained responders whose relief does not fade (structure 'durable' only). */
  durable: number;
}

/** One record prepared for the likelihood. */
interface Prepared {
  record: FitRecord;
  /** Sustained mechanism modelled for the pain type (false: the drug arm share is placebo only). */
  sustained: boolean;
  responder: number;
  /** Minutes from the end of the last administration to the end of the grid. */
  gridEndAfterEnd: number;
  /** τ_k: minutes from each step's start to the grid end. */
  tau: Float64Array;
  /** a_k per patient, patient-major. */
  weights: Float64Array;
  patients: number;
}

/** Sustained C50 (mg/L) for a drug form, at S:racemic potency `potency`. */
function sustainedC50(drug: 'racemic' | 'esketamine', potency: number): number {
  const c50 = SUSTAINED_RELIEF.c50.value / 1000;
  return drug === SUSTAINED_RELIEF.drug
    ? c50
    : drug === 'esketamine'
      ? c50 / potency
      : c50 * potency;
}

/**
 * Simulates every record's regimen for `patients` PK-varied 70-kg, 40-year-old patients and
 * stores the step weights of the sustained state.
 */
export function prepare(
  records: readonly FitRecord[],
  patients = 200,
  seed = 20261202,
  buildHalfTimeHours = SUSTAINED_BUILD_HALF_TIME.value,
  potency = ESKETAMINE_POTENCY.value,
): Prepared[] {
  const kon = Math.LN2 / (buildHalfTimeHours * MINUTES_PER_HOUR);
  return records.map((record) => {
    const parsed = parseWith(ReliefInputSchema, {
      painType: record.painType,
      regimen: record.regimen,
      patient: { weightKg: 70, ageYears: 40 },
    });
    const relief = PAIN_TYPE_RELIEF[parsed.painType];
    const sustained = relief.sustained !== null;
    const base = {
      record,
      sustained,
      responder: relief.response.value,
      gridEndAfterEnd: 0,
      tau: new Float64Array(0),
      weights: new Float64Array(0),
      patients,
    };
    if (!sustained || record.arm === 'placebo') return base;
    const trail = new Trail();
    const setup = setupPopulation(parsed.regimen, parsed.patient, [], trail);
    if (!setup) throw new Error(`no PK for ${record.id}`);
    const { doses } = regimenDoses(parsed.regimen, setup.weightKg, trail);
    const last = doses[doses.length - 1];
    const lastEnd = (last?.atMinute ?? 0) + (last?.durationMinutes ?? 0);
    const grid = sustainedGrid(doses, SUSTAINED_GRID, [last?.atMinute ?? 0, lastEnd]);
    const n = grid.times.length;
    const end = grid.times[n - 1] as number;
    const tau = Float64Array.from(grid.times, (t) => end - t);
    const weights = new Float64Array(patients * n);
    const c50 = sustainedC50(parsed.regimen.drug, potency);
    const params = { ...setup.typical };
    const draw = createDrawer(setup);
    const rng = createRandom(seed);
    let model = prepareModel(params);
    const baseEvents = toEvents(model, doses);
    const events = new Float64Array(baseEvents.length);
    const central = new Float64Array(n);
    const keep = new Float64Array(n);
    const intravenous = parsed.regimen.route === 'intravenous';
    for (let s = 0; s < patients; s++) {
      draw(rng.normal, params);
      model = prepareModel(params, model);
      if (intravenous) events.set(baseEvents);
      else scaleEvents(baseEvents, events, params, setup.typical.f ?? 1, setup.typical.f2 ?? 0);
      simulateSorted(model, events, grid.times, central, undefined);
      for (let k = 0; k + 1 < n; k++) {
        if (!grid.inside[k]) {
          keep[k] = 1;
          continue;
        }
        const c0 = central[k] as number;
        const c1 = central[k + 1] as number;
        const e = 0.5 * (c0 / (c50 + c0) + c1 / (c50 + c1));
        keep[k] = Math.exp(-kon * e * ((grid.times[k + 1] as number) - (grid.times[k] as number)));
      }
      // a_k = (1 − keep_k) · Π_{r>k} keep_r
      let after = 1;
      for (let k = n - 2; k >= 0; k--) {
        weights[s * n + k] = (1 - (keep[k] as number)) * after;
        after *= keep[k] as number;
      }
    }
    return { ...base, gridEndAfterEnd: end - lastEnd, tau, weights };
  });
}

/** Standard normal CDF (erfc by a Chebyshev fit, fractional error below 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * ln k* at which patient `s`'s X falls to `threshold` `delta` minutes after the grid end
 * (−Infinity when X never reaches the threshold).
 */
function lnKStar(
  p: Prepared,
  s: number,
  delta: number,
  threshold: number,
  lnStart: number,
): number {
  const n = p.tau.length;
  const off = s * n;
  let total = 0;
  for (let k = 0; k < n; k++) total += p.weights[off + k] as number;
  if (total < threshold) return Number.NEGATIVE_INFINITY;
  // g(u) = ln Σ a_k e^{−k τ_k} − k·delta − ln θ, k = e^u, decreasing in u.
  const g = (u: number): [number, number] => {
    const k = Math.exp(u);
    let sum = 0;
    let moment = 0;
    for (let i = 0; i < n; i++) {
      const a = p.weights[off + i] as number;
      if (a === 0) continue;
      const w = a * Math.exp(-k * (p.tau[i] as number));
      sum += w;
      moment += w * (p.tau[i] as number);
    }
    return [Math.log(sum) - k * delta - Math.log(threshold), -k * (moment / sum + delta)];
  };
  let lo = -40;
  let hi = 5;
  let u = lnStart;
  for (let i = 0; i < 100; i++) {
    const [v, d] = g(u);
    if (Math.abs(v) < 1e-10) return u;
    if (v > 0) lo = u;
    else hi = u;
    let next = u - v / d;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - u) < 1e-10) return next;
    u = next;
  }
  return u;
}

/** Log-likelihood contribution of one prepared record. */
export function recordLogLik(p: Prepared, q: FitParams): number {
  const r = p.record;
  const o = r.outcome;
  const clamp = (x: number) => Math.min(1 - 1e-12, Math.max(1e-12, x));
  if (o.kind === 'share' && (r.arm === 'placebo' || !p.sustained)) {
    const share = clamp(q.placebo);
    return o.relieved * Math.log(share) + (o.of - o.relieved) * Math.log(1 - share);
  }
  const halfLife =
    (r.painType === 'crps' ? q.halfLifeDays : q.halfLifeDays * q.otherRatio) * MINUTES_PER_DAY;
  const lnTyp = Math.log(Math.LN2 / halfLife);
  const cdf = (lnK: number) => normalCdf((lnK - lnTyp) / q.omega);
  const atDays = (days: number, s: number) =>
    lnKStar(p, s, days * MINUTES_PER_DAY - p.gridEndAfterEnd, r.threshold, lnTyp);
  let mean = 0;
  for (let s = 0; s < p.patients; s++) {
    if (o.kind === 'share') {
      const lnK = atDays(o.afterDays, s);
      const reached = lnK > Number.NEGATIVE_INFINITY ? 1 : 0;
      mean += q.durable * reached + (1 - q.durable) * cdf(lnK);
    } else {
      const early = atDays(o.fromDays, s);
      const late = atDays(o.toDays, s);
      mean += (1 - q.durable) * (cdf(early) - cdf(late));
    }
  }
  mean /= p.patients;
  if (o.kind === 'window') return o.patients * Math.log(Math.max(1e-300, mean));
  const drug = p.responder * mean;
  const share = clamp(1 - (1 - drug) * (1 - q.placebo));
  return o.relieved * Math.log(share) + (o.of - o.relieved) * Math.log(1 - share);
}

/** The share a record's arm is predicted to report (shares only). */
export function predictedShare(p: Prepared, q: FitParams): number {
  const o = p.record.outcome;
  if (o.kind !== 'share') return Number.NaN;
  const one = { ...p, record: { ...p.record, outcome: { ...o, relieved: 1, of: 1 } } };
  return Math.exp(recordLogLik(one, q));
}

/** Total log-likelihood. */
export function logLik(prepared: readonly Prepared[], q: FitParams): number {
  let total = 0;
  for (const p of prepared) total += recordLogLik(p, q);
  return total;
}

/** The adult default model the fit's PK used (for the record). */
export const FIT_PK_MODEL = MODEL_CHOICES.find((c) => c.drug === 'racemic' && c.ageUnknown)?.model;
