/**
 * Relief course of one simulated patient, from the exact PK solution. Between events, plasma,
 * the fast effect site (acute analgesia) and the slow onset/offset compartment (sustained
 * relief) are each a constant plus a sum of exponentials, so they are evaluated in closed form;
 * onset, peak and loss of meaningful relief are found by bracketing on a geometric time grid
 * and Newton's method on the analytic derivative, not by reading a dense grid.
 * @internal
 */
import { advance, apply, type PkState, type PreparedModel } from '../pk/engine.js';

/** One effect compartment's link to relief. */
export interface EffectLink {
  /** Effect-site concentration (mg/L) at which relief reaches the threshold; `Infinity` = never. */
  threshold: number;
  /** Concentration (mg/L) of half-maximal relief, for comparing the two mechanisms' relief. */
  c50: number;
  emax: number;
  hill: number;
}

/** What the kernel needs besides the PK model. */
export interface ReliefCourseInput {
  /** Sorted events of `toEvents`. */
  events: Float64Array;
  /** Start and end (min) of the last administration. */
  lastStart: number;
  lastEnd: number;
  fast: EffectLink;
  /** The slow compartment (used when the model has a second effect compartment). */
  slow: EffectLink;
}

/** The relief course of one patient. */
export interface ReliefCourse {
  /** Whether meaningful relief occurs at or after the start of the last administration. */
  relieved: boolean;
  /** Minutes from the start of the last administration to meaningful relief. */
  onset: number;
  /** Minutes from the start of the last administration to maximal relief. */
  peak: number;
  /** The maximal relief (fraction of baseline pain removed; NaN without relief). */
  peakRelief: number;
  /** Minutes from the end of the last administration until meaningful relief is finally lost. */
  duration: number;
  /** Whether the slow (sustained) compartment held relief last. */
  sustained: boolean;
}

/**
 * First grid step after a segment start: `FIRST_STEP_RATE` over the fastest rate of the
 * segment (curves cannot change shape faster), at most `FIRST_STEP` minutes; the grid then
 * grows by `GROWTH` per step.
 */
const FIRST_STEP = 0.05;
const FIRST_STEP_RATE = 0.02;
/** Must stay 2: grid exponentials are squared from one point to the next. */
const GROWTH = 2;
/**
 * Relative gap below which two rates (absorption, effect sites, disposition modes) are moved
 * apart, so that the partial fractions stay finite and exact to about this relative size.
 */
const RATE_GAP = 1e-6;
/** Precision (min) of onset, peak and loss times: results are reported in minutes. */
const TOLERANCE = 1e-3;
/** Relative size below which the other terms of the slow curve are neglected. */
const NEGLIGIBLE = 1e-12;
/** Most iterations of the root finder (bisection alone needs about 60 from a year-long bracket). */
const MAX_ITERATIONS = 100;
/** Functions the root finder solves: the relief criterion, and the slope of the leading curve. */
const CRITERION = 0;
const SLOPE = 1;
/** Relative gain (one part per million) below which relief counts as level: the peak of a plateau. */
const LEVEL = 1e-6;

/** `r` moved up (by factors of 1 + 2·RATE_GAP) until it is RATE_GAP apart from `others[0..count)`. */
function apart(r: number, others: Float64Array, count: number): number {
  if (r === 0) return r;
  let x = r;
  for (let moved = true; moved; ) {
    moved = false;
    for (let i = 0; i < count; i++) {
      if (Math.abs(x - (others[i] as number)) < RATE_GAP * x) {
        x *= 1 + 2 * RATE_GAP;
        moved = true;
      }
    }
  }
  return x;
}

function relief(c: number, e: EffectLink): number {
  if (c <= 0) return 0;
  const x = e.hill === 1 ? c / e.c50 : (c / e.c50) ** e.hill;
  return (e.emax * x) / (1 + x);
}

/**
 * Reusable evaluator of one event-free segment, where each curve is
 * `constant + Σ coef[i] · exp(−rate[i] · τ)` over rates (modes…, ka, fast ke0, slow ke0).
 * @internal
 */
export class ReliefKernel {
  private readonly rates: Float64Array;
  private readonly cp: Float64Array;
  private readonly cf: Float64Array;
  private readonly cs: Float64Array;
  private readonly ex: Float64Array;
  /** Exponentials at the current grid point, kept apart from root-finding evaluations. */
  private readonly gridEx: Float64Array;
  /** Indices of the terms with a non-zero coefficient. */
  private readonly active: Int32Array;
  private count = 0;
  /** First grid step of the current segment (min). */
  private firstStep = FIRST_STEP;
  /** Time (min into the segment) before which terms other than the slow one cannot be negligible. */
  private tailFrom = 0;
  private constant = 0;
  private withSlow = false;
  private segStart = 0;
  private fastLink!: EffectLink;
  private slowLink!: EffectLink;
  /** Curve values (and the plasma slope) at the last `evaluate`. */
  private plasma = 0;
  private plasmaSlope = 0;
  private fast = 0;
  private slow = 0;
  private slowLeads = false;
  private fastRate = 0;
  private slowRate = 0;
  /** Value and derivative of the function being solved, set by `solveAt`. */
  private fValue = 0;
  private fSlope = 0;
  private readonly state: PkState;
  /** Index of the slow compartment's own term among the rates (modes…, ka, fast, slow, ka2). */
  private readonly slowIndex: number;
  /** How many courses ended through the exact slow-decay shortcut (for tests). @internal */
  exactTails = 0;

  constructor(n: number) {
    const size = n + 4;
    this.slowIndex = n + 2;
    this.rates = new Float64Array(size);
    this.cp = new Float64Array(size);
    this.cf = new Float64Array(size);
    this.cs = new Float64Array(size);
    this.ex = new Float64Array(size);
    this.gridEx = new Float64Array(size);
    this.active = new Int32Array(size);
    this.state = { depot: 0, depot2: 0, z: new Float64Array(n), effect: 0, second: 0, rate: 0 };
  }

  /** Builds the segment that starts in state `st` (the slow compartment is the engine's second). */
  private build(m: PreparedModel, st: PkState): void {
    const slowRate = m.ke0Second;
    const n = m.n;
    const { rates, cp, cf, cs } = this;
    for (let j = 0; j < n; j++) rates[j] = m.lambda[j] as number;
    // Coinciding rates would need t·e^(−rt) terms: move them apart instead (RATE_GAP).
    const ka = apart(m.ka, rates, n);
    rates[n] = ka;
    rates[n + 1] = apart(m.ke0, rates, n + 1);
    rates[n + 2] = apart(slowRate, rates, n + 2);
    // The second absorption path (e.g. the swallowed part of a nasal dose).
    const ka2 = apart(m.ka2, rates, n + 3);
    rates[n + 3] = ka2;
    let constant = 0;
    let depotTerm = 0;
    let depot2Term = 0;
    for (let j = 0; j < n; j++) {
      const l = rates[j] as number;
      const w = m.w[j] as number;
      const steady = (st.rate * w) / l;
      constant += w * steady;
      const fromDepot = st.depot > 0 ? (w * ka * st.depot) / (l - ka) : 0;
      const fromDepot2 = st.depot2 > 0 ? (w * ka2 * st.depot2) / (l - ka2) : 0;
      cp[j] = w * ((st.z[j] as number) - steady - fromDepot - fromDepot2);
      depotTerm += w * fromDepot;
      depot2Term += w * fromDepot2;
    }
    cp[n] = depotTerm;
    cp[n + 1] = 0;
    cp[n + 2] = 0;
    cp[n + 3] = depot2Term;
    this.constant = constant;
    link(cf, rates, cp, n + 1, st.effect, constant);
    if (slowRate > 0) link(cs, rates, cp, n + 2, st.second, constant);
    else cs.fill(0);
    let count = 0;
    let fastest = 0;
    let slowestOther = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rates.length; i++) {
      if (cp[i] !== 0 || cf[i] !== 0 || cs[i] !== 0) {
        this.active[count++] = i;
        const r = rates[i] as number;
        if (r > fastest) fastest = r;
        if (i !== n + 2 && r > 0 && r < slowestOther) slowestOther = r;
      }
    }
    this.count = count;
    this.firstStep = Math.min(FIRST_STEP, fastest > 0 ? FIRST_STEP_RATE / fastest : FIRST_STEP);
    // exp(−r·τ) < NEGLIGIBLE needs r·τ > −ln NEGLIGIBLE.
    this.tailFrom = -Math.log(NEGLIGIBLE) / slowestOther;
  }

  /**
   * Evaluates at grid time `tau`. On the doubling grid e^(−r·2τ) = (e^(−r·τ))², so when `tau` is
   * twice the previous grid time the exponentials are squared instead of recomputed.
   */
  private evaluateGrid(tau: number, previous: number): void {
    const { rates, gridEx, active, count } = this;
    const square = previous > 0 && tau === previous * GROWTH;
    for (let k = 0; k < count; k++) {
      const i = active[k] as number;
      const g = gridEx[i] as number;
      const x = square ? g * g : Math.exp(-(rates[i] as number) * tau);
      gridEx[i] = x;
    }
    this.sumAt(gridEx);
  }

  private evaluate(tau: number): void {
    const { rates, ex, active, count } = this;
    for (let k = 0; k < count; k++) {
      const i = active[k] as number;
      ex[i] = Math.exp(-(rates[i] as number) * tau);
    }
    this.sumAt(ex);
  }

  /** Curve values from the exponentials `e` (also kept in `ex` for `bound`). */
  private sumAt(e: Float64Array): void {
    const { rates, cp, cf, cs, ex, active, count } = this;
    let p = this.constant;
    let dp = 0;
    let f = p;
    let s = p;
    if (this.withSlow) {
      for (let k = 0; k < count; k++) {
        const i = active[k] as number;
        const x = e[i] as number;
        ex[i] = x;
        const px = (cp[i] as number) * x;
        p += px;
        dp -= (rates[i] as number) * px;
        f += (cf[i] as number) * x;
        s += (cs[i] as number) * x;
      }
    } else {
      for (let k = 0; k < count; k++) {
        const i = active[k] as number;
        const x = e[i] as number;
        ex[i] = x;
        const px = (cp[i] as number) * x;
        p += px;
        dp -= (rates[i] as number) * px;
        f += (cf[i] as number) * x;
      }
      s = 0;
    }
    this.plasma = p;
    this.plasmaSlope = dp;
    this.fast = f;
    this.slow = s;
  }

  /** Upper bound of |curve| from the last evaluated time on (every term decays). */
  private bound(coef: Float64Array): number {
    let b = Math.abs(this.constant);
    for (let k = 0; k < this.count; k++) {
      const i = this.active[k] as number;
      b += Math.abs(coef[i] as number) * (this.ex[i] as number);
    }
    return b;
  }

  /**
   * Whether, from the last evaluated time on, relief is the slow compartment's own exponential
   * decay: no input left, the fast site below its threshold for good, and every other term of
   * the slow curve below `NEGLIGIBLE` of it.
   */
  private slowDecayOnly(): boolean {
    if (!this.withSlow || this.constant !== 0) return false;
    if (this.bound(this.cf) >= this.fastLink.threshold) return false;
    const own = this.slowIndex;
    let rest = 0;
    for (let k = 0; k < this.count; k++) {
      const i = this.active[k] as number;
      if (i !== own) rest += Math.abs(this.cs[i] as number) * (this.ex[i] as number);
    }
    return rest <= NEGLIGIBLE * Math.abs((this.cs[own] as number) * (this.ex[own] as number));
  }

  private criterion(): number {
    const gf = this.fast / this.fastLink.threshold - 1;
    return this.withSlow ? Math.max(gf, this.slow / this.slowLink.threshold - 1) : gf;
  }

  private reliefNow(): number {
    const f = relief(this.fast, this.fastLink);
    return this.withSlow ? Math.max(f, relief(this.slow, this.slowLink)) : f;
  }

  /**
   * The relief course of one patient with prepared PK model `m`: its `ke0` is the fast effect
   * site, its `ke0Second` the slow compartment (0 when there is none).
   */
  course(m: PreparedModel, input: ReliefCourseInput): ReliefCourse {
    const e = this.toLastStart(m, input);
    return this.scan(m, this.state, e, input);
  }

  /**
   * Relief (fraction of baseline pain removed, the larger of the two mechanisms) at ascending
   * absolute `times` (each ≥ the last start), written to `out`.
   */
  sample(m: PreparedModel, input: ReliefCourseInput, times: Float64Array, out: Float64Array): void {
    const { events } = input;
    const nEvents = events.length / 3;
    let e = this.toLastStart(m, input);
    const st = this.state;
    this.segStart = input.lastStart;
    let k = 0;
    for (;;) {
      const end = e < nEvents ? (events[3 * e] as number) : Number.POSITIVE_INFINITY;
      this.build(m, st);
      while (k < times.length && (times[k] as number) <= end) {
        this.evaluate((times[k] as number) - this.segStart);
        out[k] = this.reliefNow();
        k++;
      }
      if (k >= times.length || !Number.isFinite(end)) break;
      advance(m, st, end - this.segStart);
      while (e < nEvents && (events[3 * e] as number) <= end) {
        apply(m, st, events[3 * e + 1] as number, events[3 * e + 2] as number);
        e++;
      }
      this.segStart = end;
    }
  }

  /** Resets the state and carries it through every event up to the last start; returns the next event. */
  private toLastStart(m: PreparedModel, input: ReliefCourseInput): number {
    const { events } = input;
    this.withSlow = m.ke0Second > 0;
    this.fastRate = m.ke0;
    this.slowRate = m.ke0Second;
    this.fastLink = input.fast;
    this.slowLink = input.slow;
    const st = this.state;
    st.depot = 0;
    st.depot2 = 0;
    st.z.fill(0);
    st.effect = 0;
    st.second = 0;
    st.rate = 0;
    const nEvents = events.length / 3;
    let e = 0;
    let now = nEvents > 0 ? Math.min(events[0] as number, input.lastStart) : input.lastStart;
    for (;;) {
      const next = e < nEvents ? (events[3 * e] as number) : Number.POSITIVE_INFINITY;
      const stop = Math.min(next, input.lastStart);
      if (stop > now) {
        advance(m, st, stop - now);
        now = stop;
      }
      if (next > input.lastStart) break;
      apply(m, st, events[3 * e + 1] as number, events[3 * e + 2] as number);
      e++;
    }
    return e;
  }

  private scan(
    m: PreparedModel,
    st: PkState,
    firstEvent: number,
    input: ReliefCourseInput,
  ): ReliefCourse {
    const { events } = input;
    const nEvents = events.length / 3;
    let e = firstEvent;
    let onset = Number.NaN;
    let lossAt = Number.NaN;
    let peakAt = input.lastStart;
    let peakValue = -1;
    // Criterion (≥ 0: meaningful relief) and relief at the previous two grid points.
    let g1 = Number.NaN;
    let g2 = Number.NaN;
    let t1 = input.lastStart;
    let t2 = Number.NaN;
    let v1 = -1;
    this.segStart = input.lastStart;
    let tau = 0;
    for (;;) {
      const end = e < nEvents ? (events[3 * e] as number) : Number.POSITIVE_INFINITY;
      this.build(m, st);
      const length = end - this.segStart;
      // After the first segment, its start was the end of the previous one: step past it.
      if (Number.isNaN(tau)) tau = Math.min(this.firstStep, length);
      let previous = 0;
      for (;;) {
        this.evaluateGrid(tau, previous);
        previous = tau;
        const t = this.segStart + tau;
        const g = this.criterion();
        const v = this.reliefNow();
        const settled =
          !Number.isFinite(length) &&
          g < 0 &&
          this.bound(this.cf) < this.fastLink.threshold &&
          (!this.withSlow || this.bound(this.cs) < this.slowLink.threshold);
        const tail =
          !Number.isFinite(length) && g >= 0 && tau >= this.tailFrom && this.slowDecayOnly();
        const tailSlow = this.slow;
        // The segment is re-evaluated below; only the numbers above are used after this.
        if (Number.isNaN(g1)) {
          if (g >= 0) onset = 0;
        } else if (g1 < 0 && g >= 0) {
          if (Number.isNaN(onset)) onset = this.solve(CRITERION, t1, t, g1, g) - input.lastStart;
        } else if (g1 >= 0 && g < 0) {
          lossAt = this.solve(CRITERION, t1, t, g1, g);
        }
        if (v > peakValue * (1 + LEVEL)) {
          peakValue = v;
          peakAt = t;
        } else if (peakAt === t1 && v < v1 && t1 > this.segStart) {
          // The grid maximum is at t1: refine it between its neighbours.
          const left = t2 >= this.segStart ? t2 : t1;
          const top = this.refinePeak(left, t);
          if (!Number.isNaN(top)) {
            this.evaluate(top - this.segStart);
            const topValue = this.reliefNow();
            const topG = this.criterion();
            if (topValue >= peakValue) {
              peakValue = topValue;
              peakAt = top;
            }
            // Brief relief between grid points: the hump crosses the threshold twice.
            if (topG >= 0 && g1 < 0 && g < 0 && (top >= t1 || g2 < 0)) {
              const rise =
                top < t1
                  ? this.solve(CRITERION, left, top, g2, topG)
                  : this.solve(CRITERION, t1, top, g1, topG);
              if (Number.isNaN(onset)) onset = rise - input.lastStart;
              lossAt =
                top < t1
                  ? this.solve(CRITERION, top, t1, topG, g1)
                  : this.solve(CRITERION, top, t, topG, g);
            }
          }
        }
        if (tail) {
          // Only the slow compartment's own exponential is left: the loss time is exact.
          lossAt = t + Math.log(tailSlow / this.slowLink.threshold) / this.slowRate;
          this.lossWasSustained = true;
          this.exactTails++;
          break;
        }
        g2 = g1;
        g1 = g;
        t2 = t1;
        t1 = t;
        v1 = v;
        if (tau >= length || settled) break;
        tau = Math.min(tau === 0 ? this.firstStep : tau * GROWTH, length);
      }
      if (!Number.isFinite(end)) break;
      // Carry the state to the next event, apply it, and go on from just after it.
      advance(m, st, length);
      while (e < nEvents && (events[3 * e] as number) <= end) {
        apply(m, st, events[3 * e + 1] as number, events[3 * e + 2] as number);
        e++;
      }
      this.segStart = end;
      tau = Number.NaN; // set after the next segment is built
    }
    const relieved = !Number.isNaN(onset);
    if (relieved && Number.isNaN(lossAt)) {
      // Every curve decays to 0 after the last input, so relief always ends: a bug if not.
      throw new Error('relief kernel: relief found but never lost');
    }
    const duration = relieved ? Math.max(0, lossAt - input.lastEnd) : Number.NaN;
    const sustained = relieved && this.lossWasSustained;
    return {
      relieved,
      onset: relieved ? onset : Number.NaN,
      peak: relieved ? peakAt - input.lastStart : Number.NaN,
      peakRelief: relieved ? peakValue : Number.NaN,
      duration,
      sustained,
    };
  }

  /** Whether the slow compartment held relief at the latest loss solved. */
  private lossWasSustained = false;

  /**
   * The time of maximal relief between grid points `a` and `b` of the current segment: the root
   * of the leading compartment's slope, or NaN when the slope does not change sign there.
   */
  private refinePeak(a: number, b: number): number {
    this.evaluate((a + b) / 2 - this.segStart);
    this.slowLeads =
      this.withSlow && relief(this.slow, this.slowLink) > relief(this.fast, this.fastLink);
    this.solveAt(SLOPE, a);
    const da = this.fValue;
    this.solveAt(SLOPE, b);
    const db = this.fValue;
    if (!(da > 0 && db < 0)) return Number.NaN;
    return this.solve(SLOPE, a, b, da, db);
  }

  /** Sets `fValue` and `fSlope` of function `kind` at absolute time `t`. */
  private solveAt(kind: number, t: number): void {
    this.evaluate(t - this.segStart);
    const { plasma: p, fast: f, slow: s } = this;
    if (kind === SLOPE) {
      const lead = this.slowLeads ? s : f;
      const rate = this.slowLeads ? this.slowRate : this.fastRate;
      this.fValue = p - lead;
      this.fSlope = this.plasmaSlope - rate * (p - lead);
      return;
    }
    const gf = f / this.fastLink.threshold - 1;
    const gs = this.withSlow ? s / this.slowLink.threshold - 1 : Number.NEGATIVE_INFINITY;
    if (gs > gf) {
      this.fValue = gs;
      this.fSlope = (this.slowRate * (p - s)) / this.slowLink.threshold;
    } else {
      this.fValue = gf;
      this.fSlope = (this.fastRate * (p - f)) / this.fastLink.threshold;
    }
  }

  /**
   * Root of function `kind` in [a, b] (values `fa`, `fb` of opposite signs): Newton's method on
   * the analytic derivative, kept inside a shrinking bracket (bisection when a step leaves it).
   */
  private solve(kind: number, a: number, b: number, fa: number, fb: number): number {
    let lo = fa < 0 ? a : b;
    let hi = fa < 0 ? b : a;
    let x = a - (fa * (b - a)) / (fb - fa);
    for (let i = 0; i < MAX_ITERATIONS; i++) {
      this.solveAt(kind, x);
      const v = this.fValue;
      if (v === 0) break;
      if (v < 0) lo = x;
      else hi = x;
      let next = x - v / this.fSlope;
      const min = Math.min(lo, hi);
      const max = Math.max(lo, hi);
      if (!(next > min && next < max)) next = (lo + hi) / 2;
      const done = Math.abs(next - x) <= TOLERANCE || max - min <= TOLERANCE;
      x = next;
      if (done) break;
    }
    if (kind === CRITERION) {
      this.evaluate(x - this.segStart);
      this.lossWasSustained =
        this.withSlow && this.slow / this.slowLink.threshold >= this.fast / this.fastLink.threshold;
    }
    return x;
  }
}

/** Coefficients of an effect compartment of rate `rates[self]` driven by plasma `cp`. */
function link(
  out: Float64Array,
  rates: Float64Array,
  cp: Float64Array,
  self: number,
  start: number,
  constant: number,
): void {
  const k = rates[self] as number;
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    if (i === self || cp[i] === 0) {
      out[i] = 0;
      continue;
    }
    const c = (k * (cp[i] as number)) / (k - (rates[i] as number));
    out[i] = c;
    sum += c;
  }
  out[self] = start - constant - sum;
}
