/**
 * Closed-form linear PK engine. The 1–3 compartment mammillary matrix is symmetrised and
 * diagonalised once per parameter set; the state (depot amount, modal amounts, effect-site
 * concentration) is carried from event to event with exact bolus, zero-order and first-order
 * input terms, as NONMEM's ADVAN routines do. Cost per interval is independent of the number
 * of earlier doses, and per-step factors are reused while the step length repeats.
 * @internal
 */
import { symmetricEigen } from './eigen.js';
import { expConv1, expConv2 } from './exp-integrals.js';

/** Parameters in litres and minutes (see `simulatePk`). */
export interface PkParams {
  v1: number;
  cl: number;
  q2?: number | undefined;
  v2?: number | undefined;
  q3?: number | undefined;
  v3?: number | undefined;
  ka?: number | undefined;
  f?: number | undefined;
  lagMinutes?: number | undefined;
  ke0?: number | undefined;
}

/** A dose (see `simulatePk`). */
export interface DoseEvent {
  atMinute: number;
  amountMg: number;
  into: 'central' | 'depot';
  durationMinutes?: number | undefined;
}

/** A parameter set prepared for propagation. */
export interface PreparedModel {
  /** Number of disposition modes (compartments). */
  n: number;
  /** Decay rates of the modes (1/min, positive). */
  lambda: Float64Array;
  /** Central-input weights of the modes; also their central-concentration readout (1/L). */
  w: Float64Array;
  /** sqrt(volume) of each compartment, for converting modes back to amounts. */
  sqrtV: Float64Array;
  /** Eigenvectors (row-major, component i of mode j at i * n + j). */
  q: Float64Array;
  ka: number;
  f: number;
  lag: number;
  /** 0 when there is no effect compartment. */
  ke0: number;
  /** Per-step factors for the last step length used. */
  cache: StepFactors;
}

interface StepFactors {
  h: number;
  eDepot: number;
  eMode: Float64Array;
  depotToMode: Float64Array;
  rateToMode: Float64Array;
  eEffect: number;
  modeToEffect: Float64Array;
  depotToEffect: number;
  rateToEffect: number;
}

/** Diagonalises the compartment matrix of `p`. Parameters must already be valid. */
export function prepareModel(p: PkParams): PreparedModel {
  const volumes = [p.v1];
  const flows: number[] = [];
  if (p.q2 !== undefined && p.v2 !== undefined) {
    volumes.push(p.v2);
    flows.push(p.q2);
  }
  if (p.q3 !== undefined && p.v3 !== undefined) {
    volumes.push(p.v3);
    flows.push(p.q3);
  }
  const n = volumes.length;
  const sqrtV = Float64Array.from(volumes, Math.sqrt);
  // Symmetrised matrix S = V^-1/2 · (flows between concentrations) · V^-1/2.
  const s = new Float64Array(n * n);
  let out = p.cl;
  for (let j = 1; j < n; j++) {
    const qj = flows[j - 1] as number;
    const vj = volumes[j] as number;
    out += qj;
    s[j * n + j] = -qj / vj;
    const c = qj / ((sqrtV[0] as number) * (sqrtV[j] as number));
    s[j] = c;
    s[j * n] = c;
  }
  s[0] = -out / p.v1;
  const { values, vectors } = symmetricEigen(s, n);
  const lambda = Float64Array.from(values, (x) => -x);
  const w = new Float64Array(n);
  for (let j = 0; j < n; j++) w[j] = (vectors[j] as number) / (sqrtV[0] as number);
  return {
    n,
    lambda,
    w,
    sqrtV,
    q: vectors,
    ka: p.ka ?? 0,
    f: p.f ?? 1,
    lag: p.lagMinutes ?? 0,
    ke0: p.ke0 ?? 0,
    cache: emptyFactors(n),
  };
}

function emptyFactors(n: number): StepFactors {
  return {
    h: Number.NaN,
    eDepot: 0,
    eMode: new Float64Array(n),
    depotToMode: new Float64Array(n),
    rateToMode: new Float64Array(n),
    eEffect: 0,
    modeToEffect: new Float64Array(n),
    depotToEffect: 0,
    rateToEffect: 0,
  };
}

/** Relative difference below which a step length counts as a repeat (float noise of a grid). */
const SAME_STEP = 1e-12;

function factorsFor(m: PreparedModel, h: number): StepFactors {
  const c = m.cache;
  if (Math.abs(h - c.h) <= SAME_STEP * h) return c;
  const { n, lambda, w, ka, ke0 } = m;
  c.h = h;
  c.eDepot = Math.exp(-ka * h);
  c.eEffect = Math.exp(-ke0 * h);
  let depotToEffect = 0;
  let rateToEffect = 0;
  for (let j = 0; j < n; j++) {
    const l = lambda[j] as number;
    const wj = w[j] as number;
    c.eMode[j] = Math.exp(-l * h);
    c.depotToMode[j] = ka > 0 ? wj * ka * expConv1(l, ka, h) : 0;
    c.rateToMode[j] = wj * expConv1(l, 0, h);
    if (ke0 > 0) {
      c.modeToEffect[j] = ke0 * wj * expConv1(ke0, l, h);
      if (ka > 0) depotToEffect += ke0 * wj * wj * ka * expConv2(ke0, l, ka, h);
      rateToEffect += ke0 * wj * wj * expConv2(ke0, l, 0, h);
    }
  }
  c.depotToEffect = depotToEffect;
  c.rateToEffect = rateToEffect;
  return c;
}

/** Mutable state: depot amount (mg), modal amounts, effect-site concentration, infusion rate. */
export interface PkState {
  depot: number;
  z: Float64Array;
  effect: number;
  rate: number;
}

/** A zero state for `m`. */
export function zeroState(m: PreparedModel): PkState {
  return { depot: 0, z: new Float64Array(m.n), effect: 0, rate: 0 };
}

/** Carries `st` forward by `h` minutes, exactly. */
export function advance(m: PreparedModel, st: PkState, h: number): void {
  if (h <= 0) return;
  const c = factorsFor(m, h);
  const { z } = st;
  let effect = c.eEffect * st.effect + c.depotToEffect * st.depot + c.rateToEffect * st.rate;
  for (let j = 0; j < m.n; j++) {
    const zj = z[j] as number;
    effect += (c.modeToEffect[j] as number) * zj;
    z[j] =
      (c.eMode[j] as number) * zj +
      (c.depotToMode[j] as number) * st.depot +
      (c.rateToMode[j] as number) * st.rate;
  }
  st.effect = effect;
  st.depot *= c.eDepot;
}

/** Central concentration (mg/L) of a state. */
export function centralConcentration(m: PreparedModel, st: PkState): number {
  let c = 0;
  for (let j = 0; j < m.n; j++) c += (m.w[j] as number) * (st.z[j] as number);
  return c;
}

/** Amounts (mg) in each compartment of a state, central first. */
export function compartmentAmounts(m: PreparedModel, st: PkState): number[] {
  const amounts: number[] = [];
  for (let i = 0; i < m.n; i++) {
    let y = 0;
    for (let j = 0; j < m.n; j++) y += (m.q[i * m.n + j] as number) * (st.z[j] as number);
    amounts.push(y * (m.sqrtV[i] as number));
  }
  return amounts;
}

/** Kinds of timed events, in the order they apply at the same instant. */
const BOLUS = 0;
const DEPOT = 1;
const RATE = 2;

/** Events of a dose list, sorted by time: `[time, kind, value]` triples. */
export function toEvents(m: PreparedModel, doses: readonly DoseEvent[]): Float64Array {
  const list: [number, number, number][] = [];
  for (const d of doses) {
    if (d.into === 'depot') list.push([d.atMinute + m.lag, DEPOT, d.amountMg * m.f]);
    else if (d.durationMinutes && d.durationMinutes > 0) {
      const rate = d.amountMg / d.durationMinutes;
      list.push([d.atMinute, RATE, rate], [d.atMinute + d.durationMinutes, RATE, -rate]);
    } else list.push([d.atMinute, BOLUS, d.amountMg]);
  }
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return Float64Array.from(list.flat());
}

function apply(m: PreparedModel, st: PkState, kind: number, value: number): void {
  if (kind === BOLUS) {
    for (let j = 0; j < m.n; j++) st.z[j] = (st.z[j] as number) + (m.w[j] as number) * value;
  } else if (kind === DEPOT) st.depot += value;
  else st.rate += value;
}

/**
 * Simulates at ascending `times`, writing central (and, with an effect compartment, effect)
 * concentrations in mg/L. A sample at the instant of an event reports the value just before it.
 * `onSample`, when given, sees the state at each sample (used for mass-balance checks).
 */
export function simulateSorted(
  m: PreparedModel,
  events: Float64Array,
  times: ArrayLike<number>,
  central: Float64Array,
  effect: Float64Array | undefined,
  onSample?: (i: number, st: PkState) => void,
): void {
  const st = zeroState(m);
  const nEvents = events.length / 3;
  let e = 0;
  let now = Math.min(
    times.length > 0 ? (times[0] as number) : 0,
    nEvents > 0 ? (events[0] as number) : 0,
  );
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    while (e < nEvents && (events[3 * e] as number) < t) {
      const te = events[3 * e] as number;
      advance(m, st, te - now);
      now = te;
      apply(m, st, events[3 * e + 1] as number, events[3 * e + 2] as number);
      e++;
    }
    advance(m, st, t - now);
    now = t;
    central[i] = centralConcentration(m, st);
    if (effect) effect[i] = st.effect;
    onSample?.(i, st);
  }
}
