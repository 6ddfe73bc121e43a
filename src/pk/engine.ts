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
export interface EngineParams {
  v1: number;
  cl: number;
  q2?: number | undefined;
  v2?: number | undefined;
  q3?: number | undefined;
  v3?: number | undefined;
  ka?: number | undefined;
  f?: number | undefined;
  lagMinutes?: number | undefined;
  /**
   * A second, parallel absorption path for depot doses (e.g. the swallowed part of a nasal
   * dose): its rate (1/min), the fraction of each depot dose it delivers, and its lag (min).
   */
  ka2?: number | undefined;
  f2?: number | undefined;
  lag2Minutes?: number | undefined;
  ke0?: number | undefined;
  /** Rate (1/min) of a second effect compartment fed by plasma (e.g. a slow onset/offset). */
  ke0Second?: number | undefined;
}

/** A dose (see `simulatePk`). */
export interface EngineDose {
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
  q: number[];
  ka: number;
  f: number;
  lag: number;
  /** 0 when there is no second absorption path. */
  ka2: number;
  f2: number;
  lag2: number;
  /** 0 when there is no effect compartment. */
  ke0: number;
  /** 0 when there is no second effect compartment. */
  ke0Second: number;
  /**
   * Per-step factors of the most recent step lengths (`STEP_SLOTS` of them, replaced in turn
   * on a miss; `latest` is looked up first). A regimen repeats a handful of step lengths
   * (grid steps, the pieces around events, the gaps between sessions), so they stay cached.
   */
  slots: StepFactors[];
  latest: number;
  next: number;
}

/** Step lengths whose factors are kept per model. */
const STEP_SLOTS = 16;

interface StepFactors {
  h: number;
  eDepot: number;
  eDepot2: number;
  eMode: Float64Array;
  depotToMode: Float64Array;
  depot2ToMode: Float64Array;
  rateToMode: Float64Array;
  eEffect: number;
  modeToEffect: Float64Array;
  depotToEffect: number;
  depot2ToEffect: number;
  rateToEffect: number;
  eSecond: number;
  modeToSecond: Float64Array;
  depotToSecond: number;
  depot2ToSecond: number;
  rateToSecond: number;
}

/**
 * Diagonalises the compartment matrix of `p`. Parameters must already be valid. With `reuse`
 * (a model of the same size, no longer needed), its buffers are overwritten and returned, so
 * that population loops do not allocate per subject.
 */
export function prepareModel(p: EngineParams, reuse?: PreparedModel): PreparedModel {
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
  const sqrtV = new Float64Array(n);
  for (let i = 0; i < n; i++) sqrtV[i] = Math.sqrt(volumes[i] as number);
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
  if (reuse && reuse.n === n) {
    for (let j = 0; j < n; j++) {
      reuse.lambda[j] = -(values[j] as number);
      reuse.w[j] = (vectors[j] as number) / (sqrtV[0] as number);
      reuse.sqrtV[j] = sqrtV[j] as number;
    }
    reuse.q = vectors;
    reuse.ka = p.ka ?? 0;
    reuse.f = p.f ?? 1;
    reuse.lag = p.lagMinutes ?? 0;
    reuse.ka2 = p.ka2 ?? 0;
    reuse.f2 = p.f2 ?? 0;
    reuse.lag2 = p.lag2Minutes ?? 0;
    reuse.ke0 = p.ke0 ?? 0;
    reuse.ke0Second = p.ke0Second ?? 0;
    for (const slot of reuse.slots) slot.h = Number.NaN;
    reuse.latest = 0;
    reuse.next = 0;
    return reuse;
  }
  const lambda = new Float64Array(n);
  for (let j = 0; j < n; j++) lambda[j] = -(values[j] as number);
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
    ka2: p.ka2 ?? 0,
    f2: p.f2 ?? 0,
    lag2: p.lag2Minutes ?? 0,
    ke0: p.ke0 ?? 0,
    ke0Second: p.ke0Second ?? 0,
    // Slots are added on demand (up to STEP_SLOTS): most simulations use two step lengths.
    slots: [emptyFactors(n)],
    latest: 0,
    next: 0,
  };
}

function emptyFactors(n: number): StepFactors {
  return {
    h: Number.NaN,
    eDepot: 0,
    eDepot2: 0,
    eMode: new Float64Array(n),
    depotToMode: new Float64Array(n),
    depot2ToMode: new Float64Array(n),
    rateToMode: new Float64Array(n),
    eEffect: 0,
    modeToEffect: new Float64Array(n),
    depotToEffect: 0,
    depot2ToEffect: 0,
    rateToEffect: 0,
    eSecond: 0,
    modeToSecond: new Float64Array(n),
    depotToSecond: 0,
    depot2ToSecond: 0,
    rateToSecond: 0,
  };
}

/** Relative difference below which a step length counts as a repeat (float noise of a grid). */
const SAME_STEP = 1e-12;

/** The factors for step `h`: cached per step length, the oldest slot recomputed on a miss. */
function factorsFor(m: PreparedModel, h: number): StepFactors {
  const slots = m.slots;
  const tolerance = SAME_STEP * h;
  const latest = slots[m.latest] as StepFactors;
  if (Math.abs(h - latest.h) <= tolerance) return latest;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as StepFactors;
    if (Math.abs(h - slot.h) <= tolerance) {
      m.latest = i;
      return slot;
    }
  }
  let i = m.next;
  if (slots.length < STEP_SLOTS && !Number.isNaN((slots[i] as StepFactors).h)) {
    slots.push(emptyFactors(m.n));
    i = slots.length - 1;
  }
  m.next = (i + 1) % STEP_SLOTS;
  if (m.next >= slots.length) m.next = 0;
  m.latest = i;
  const slot = slots[i] as StepFactors;
  computeFactors(m, h, slot);
  return slot;
}

function computeFactors(m: PreparedModel, h: number, c: StepFactors): void {
  const { n, lambda, w, ka, ka2, ke0 } = m;
  c.h = h;
  c.eDepot = Math.exp(-ka * h);
  c.eDepot2 = Math.exp(-ka2 * h);
  c.eEffect = Math.exp(-ke0 * h);
  let depotToEffect = 0;
  let depot2ToEffect = 0;
  let rateToEffect = 0;
  for (let j = 0; j < n; j++) {
    const l = lambda[j] as number;
    const wj = w[j] as number;
    c.eMode[j] = Math.exp(-l * h);
    c.depotToMode[j] = ka > 0 ? wj * ka * expConv1(l, ka, h) : 0;
    c.depot2ToMode[j] = ka2 > 0 ? wj * ka2 * expConv1(l, ka2, h) : 0;
    c.rateToMode[j] = wj * expConv1(l, 0, h);
    if (ke0 > 0) {
      c.modeToEffect[j] = ke0 * wj * expConv1(ke0, l, h);
      if (ka > 0) depotToEffect += ke0 * wj * wj * ka * expConv2(ke0, l, ka, h);
      if (ka2 > 0) depot2ToEffect += ke0 * wj * wj * ka2 * expConv2(ke0, l, ka2, h);
      rateToEffect += ke0 * wj * wj * expConv2(ke0, l, 0, h);
    }
  }
  c.depotToEffect = depotToEffect;
  c.depot2ToEffect = depot2ToEffect;
  c.rateToEffect = rateToEffect;
  const k2 = m.ke0Second;
  c.eSecond = Math.exp(-k2 * h);
  let depotToSecond = 0;
  let depot2ToSecond = 0;
  let rateToSecond = 0;
  if (k2 > 0) {
    for (let j = 0; j < n; j++) {
      const l = lambda[j] as number;
      const wj = w[j] as number;
      c.modeToSecond[j] = k2 * wj * expConv1(k2, l, h);
      if (ka > 0) depotToSecond += k2 * wj * wj * ka * expConv2(k2, l, ka, h);
      if (ka2 > 0) depot2ToSecond += k2 * wj * wj * ka2 * expConv2(k2, l, ka2, h);
      rateToSecond += k2 * wj * wj * expConv2(k2, l, 0, h);
    }
  }
  c.depotToSecond = depotToSecond;
  c.depot2ToSecond = depot2ToSecond;
  c.rateToSecond = rateToSecond;
}

/**
 * Mutable state: depot amounts (mg; the second absorption path's in `depot2`), modal amounts,
 * effect-site concentration (and that of the second effect compartment), infusion rate.
 */
export interface PkState {
  depot: number;
  depot2: number;
  z: Float64Array;
  effect: number;
  second: number;
  rate: number;
}

/** A zero state for `m`. */
export function zeroState(m: PreparedModel): PkState {
  return { depot: 0, depot2: 0, z: new Float64Array(m.n), effect: 0, second: 0, rate: 0 };
}

/** Carries `st` forward by `h` minutes, exactly. */
export function advance(m: PreparedModel, st: PkState, h: number): void {
  if (h <= 0) return;
  const c = factorsFor(m, h);
  const { z } = st;
  const d2 = st.depot2;
  let effect =
    c.eEffect * st.effect +
    c.depotToEffect * st.depot +
    c.depot2ToEffect * d2 +
    c.rateToEffect * st.rate;
  if (m.ke0Second > 0) {
    let second =
      c.eSecond * st.second +
      c.depotToSecond * st.depot +
      c.depot2ToSecond * d2 +
      c.rateToSecond * st.rate;
    for (let j = 0; j < m.n; j++) second += (c.modeToSecond[j] as number) * (z[j] as number);
    st.second = second;
  }
  for (let j = 0; j < m.n; j++) {
    const zj = z[j] as number;
    effect += (c.modeToEffect[j] as number) * zj;
    z[j] =
      (c.eMode[j] as number) * zj +
      (c.depotToMode[j] as number) * st.depot +
      (c.depot2ToMode[j] as number) * d2 +
      (c.rateToMode[j] as number) * st.rate;
  }
  st.effect = effect;
  st.depot *= c.eDepot;
  st.depot2 = d2 * c.eDepot2;
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
const DEPOT2 = 3;

/** Events of a dose list, sorted by time: `[time, kind, value]` triples. */
export function toEvents(m: PreparedModel, doses: readonly EngineDose[]): Float64Array {
  const raw: number[] = [];
  for (const d of doses) {
    if (d.into === 'depot') {
      raw.push(d.atMinute + m.lag, DEPOT, d.amountMg * m.f);
      if (m.ka2 > 0) raw.push(d.atMinute + m.lag2, DEPOT2, d.amountMg * m.f2);
    } else if (d.durationMinutes && d.durationMinutes > 0) {
      const rate = d.amountMg / d.durationMinutes;
      raw.push(d.atMinute, RATE, rate, d.atMinute + d.durationMinutes, RATE, -rate);
    } else raw.push(d.atMinute, BOLUS, d.amountMg);
  }
  const count = raw.length / 3;
  const order: number[] = [];
  for (let k = 0; k < count; k++) order.push(k);
  order.sort(
    (a, b) =>
      (raw[3 * a] as number) - (raw[3 * b] as number) ||
      (raw[3 * a + 1] as number) - (raw[3 * b + 1] as number),
  );
  const out = new Float64Array(raw.length);
  for (let k = 0; k < count; k++) {
    const o = order[k] as number;
    out[3 * k] = raw[3 * o] as number;
    out[3 * k + 1] = raw[3 * o + 1] as number;
    out[3 * k + 2] = raw[3 * o + 2] as number;
  }
  return out;
}

/**
 * Copies event triples from `base` into `out`, scaling depot doses by `depotScale` (they already
 * carry the typical f), doses of the second absorption path by `depot2Scale`, and zero-order
 * (non-IV infusion) rates by the patient's `f`.
 * @internal
 */
export function scaleBioavailable(
  base: Float64Array,
  out: Float64Array,
  depotScale: number,
  f: number,
  depot2Scale = 1,
): void {
  for (let k = 0; k < base.length; k += 3) {
    const kind = base[k + 1] as number;
    out[k] = base[k] as number;
    out[k + 1] = kind;
    const scale =
      kind === DEPOT ? depotScale : kind === RATE ? f : kind === DEPOT2 ? depot2Scale : 1;
    out[k + 2] = (base[k + 2] as number) * scale;
  }
}

export function apply(m: PreparedModel, st: PkState, kind: number, value: number): void {
  if (kind === BOLUS) {
    for (let j = 0; j < m.n; j++) st.z[j] = (st.z[j] as number) + (m.w[j] as number) * value;
  } else if (kind === DEPOT) st.depot += value;
  else if (kind === DEPOT2) st.depot2 += value;
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
  let i = 0;
  while (i < times.length) {
    const t = times[i] as number;
    if (e < nEvents && (events[3 * e] as number) < t) {
      const te = events[3 * e] as number;
      advance(m, st, te - now);
      now = te;
      apply(m, st, events[3 * e + 1] as number, events[3 * e + 2] as number);
      e++;
      continue;
    }
    // Samples up to the next event: a tight run over the grid.
    const stop = e < nEvents ? (events[3 * e] as number) : Number.POSITIVE_INFINITY;
    let j = i;
    while (j < times.length && (times[j] as number) <= stop) j++;
    if (onSample || m.ke0Second > 0 || m.ka2 > 0) {
      for (let k = i; k < j; k++) {
        const tk = times[k] as number;
        advance(m, st, tk - now);
        now = tk;
        central[k] = centralConcentration(m, st);
        if (effect) effect[k] = st.effect;
        onSample?.(k, st);
      }
    } else now = sampleRun(m, st, times, i, j, now, central, effect);
    i = j;
  }
}

/**
 * Advances through samples `from`..`to − 1` with no event between them, keeping the state in
 * local variables (the hot loop of population runs). Returns the time of the last sample.
 */
function sampleRun(
  m: PreparedModel,
  st: PkState,
  times: ArrayLike<number>,
  from: number,
  to: number,
  start: number,
  central: Float64Array,
  effect: Float64Array | undefined,
): number {
  const n = m.n;
  const w0 = m.w[0] as number;
  const w1 = n > 1 ? (m.w[1] as number) : 0;
  const w2 = n > 2 ? (m.w[2] as number) : 0;
  let z0 = st.z[0] as number;
  let z1 = n > 1 ? (st.z[1] as number) : 0;
  let z2 = n > 2 ? (st.z[2] as number) : 0;
  let depot = st.depot;
  let ce = st.effect;
  const rate = st.rate;
  let now = start;
  let e0 = 0;
  let e1 = 0;
  let e2 = 0;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let r0 = 0;
  let r1 = 0;
  let r2 = 0;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let eE = 0;
  let dE = 0;
  let rE = 0;
  let eD = 0;
  let loadedH = Number.NaN;
  for (let k = from; k < to; k++) {
    const t = times[k] as number;
    const h = t - now;
    if (h > 0) {
      if (!(Math.abs(h - loadedH) <= SAME_STEP * h)) {
        const c = factorsFor(m, h);
        loadedH = h;
        eE = c.eEffect;
        dE = c.depotToEffect;
        rE = c.rateToEffect;
        eD = c.eDepot;
        e0 = c.eMode[0] as number;
        a0 = c.depotToMode[0] as number;
        r0 = c.rateToMode[0] as number;
        m0 = c.modeToEffect[0] as number;
        if (n > 1) {
          e1 = c.eMode[1] as number;
          a1 = c.depotToMode[1] as number;
          r1 = c.rateToMode[1] as number;
          m1 = c.modeToEffect[1] as number;
        }
        if (n > 2) {
          e2 = c.eMode[2] as number;
          a2 = c.depotToMode[2] as number;
          r2 = c.rateToMode[2] as number;
          m2 = c.modeToEffect[2] as number;
        }
      }
      ce = eE * ce + dE * depot + rE * rate + m0 * z0 + m1 * z1 + m2 * z2;
      z0 = e0 * z0 + a0 * depot + r0 * rate;
      z1 = e1 * z1 + a1 * depot + r1 * rate;
      z2 = e2 * z2 + a2 * depot + r2 * rate;
      depot *= eD;
      now = t;
    }
    central[k] = w0 * z0 + w1 * z1 + w2 * z2;
    if (effect) effect[k] = ce;
  }
  st.z[0] = z0;
  if (n > 1) st.z[1] = z1;
  if (n > 2) st.z[2] = z2;
  st.depot = depot;
  st.effect = ce;
  return now;
}

/** A copy of a state, so that trial evaluations leave the original untouched. */
export function cloneState(st: PkState): PkState {
  return {
    depot: st.depot,
    depot2: st.depot2,
    z: Float64Array.from(st.z),
    effect: st.effect,
    second: st.second,
    rate: st.rate,
  };
}
