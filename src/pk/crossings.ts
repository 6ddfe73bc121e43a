/**
 * Times at which a concentration crosses a threshold, found by root-finding on the exact
 * solution (bracketing on a coarse partition of each event-free interval, then Brent's method
 * on exact state propagation), not by reading a dense grid.
 * @internal
 */
import {
  advance,
  apply,
  centralConcentration,
  cloneState,
  type PkState,
  type PreparedModel,
  zeroState,
} from './engine.js';

/** A threshold crossing: when, and whether the concentration was rising through it. */
export interface Crossing {
  minute: number;
  rising: boolean;
}

/** Which concentration to follow. */
export type Readout = 'central' | 'effect';

const BRACKETS_PER_INTERVAL = 32;
const GEOMETRIC_STEPS = 24;
const TOLERANCE_MINUTES = 1e-6;
const MAX_ITERATIONS = 100;

function read(m: PreparedModel, st: PkState, which: Readout): number {
  return which === 'central' ? centralConcentration(m, st) : st.effect;
}

function valueAfter(m: PreparedModel, st: PkState, h: number, which: Readout): number {
  const trial = cloneState(st);
  advance(m, trial, h);
  return read(m, trial, which);
}

/**
 * Every crossing of `threshold` by the `which` concentration between `from` and `until`
 * (minutes), for the sorted event list of `toEvents`. Two crossings inside one bracket of the
 * partition (see `PARTITION`) may be missed; a touch without crossing is not reported.
 */
export function findCrossings(
  m: PreparedModel,
  events: Float64Array,
  threshold: number,
  which: Readout,
  from: number,
  until: number,
): Crossing[] {
  const out: Crossing[] = [];
  const st = zeroState(m);
  const nEvents = events.length / 3;
  let now = Math.min(from, nEvents > 0 ? (events[0] as number) : from);
  let e = 0;
  while (now < until) {
    while (e < nEvents && (events[3 * e] as number) <= now) {
      const before = read(m, st, which) - threshold;
      apply(m, st, events[3 * e + 1] as number, events[3 * e + 2] as number);
      const after = read(m, st, which) - threshold;
      // A bolus makes the central concentration jump: a crossing at the event itself.
      if (now >= from && now < until && before < 0 !== after < 0) {
        out.push({ minute: now, rising: before < 0 });
      }
      e++;
    }
    const next = e < nEvents ? Math.min(events[3 * e] as number, until) : until;
    if (next > from) {
      const start = Math.max(now, from);
      const base = cloneState(st);
      advance(m, base, start - now);
      scanInterval(m, base, start, next, threshold, which, out);
    }
    advance(m, st, next - now);
    now = next;
  }
  return out;
}

function scanInterval(
  m: PreparedModel,
  base: PkState,
  start: number,
  end: number,
  threshold: number,
  which: Readout,
  out: Crossing[],
): void {
  const width = end - start;
  if (width <= 0) return;
  let left = cloneState(base);
  let tLeft = start;
  let gLeft = read(m, left, which) - threshold;
  for (const fraction of PARTITION) {
    const tRight = start + width * fraction;
    const right = cloneState(left);
    advance(m, right, tRight - tLeft);
    const gRight = read(m, right, which) - threshold;
    if ((gLeft < 0 && gRight >= 0) || (gLeft >= 0 && gRight < 0)) {
      const l = left;
      const t0 = tLeft;
      const root = brent(
        (t) => valueAfter(m, l, t - t0, which) - threshold,
        tLeft,
        tRight,
        gLeft,
        gRight,
      );
      out.push({ minute: root, rising: gLeft < 0 });
    }
    left = right;
    tLeft = tRight;
    gLeft = gRight;
  }
}

/**
 * Bracketing points as fractions of an event-free interval: dense just after the event (halving
 * down to 2^−24 of the interval, where sums of exponentials change fastest) and uniform in
 * 32 steps over the rest.
 */
const PARTITION: readonly number[] = /* @__PURE__ */ (() => {
  const points = new Set<number>();
  for (let j = 1; j <= GEOMETRIC_STEPS; j++) points.add(2 ** -j);
  for (let k = 1; k <= BRACKETS_PER_INTERVAL; k++) points.add(k / BRACKETS_PER_INTERVAL);
  return [...points].sort((a, b) => a - b);
})();

/** Brent's method on a bracket [a, b] with f(a), f(b) of opposite signs. */
function brent(f: (t: number) => number, a0: number, b0: number, fa0: number, fb0: number): number {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  if (Math.abs(fa) < Math.abs(fb)) {
    [a, b] = [b, a];
    [fa, fb] = [fb, fa];
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let bisected = true;
  for (let i = 0; i < MAX_ITERATIONS && fb !== 0 && Math.abs(b - a) > TOLERANCE_MINUTES; i++) {
    let s: number;
    if (fa !== fc && fb !== fc) {
      s =
        (a * fb * fc) / ((fa - fb) * (fa - fc)) +
        (b * fa * fc) / ((fb - fa) * (fb - fc)) +
        (c * fa * fb) / ((fc - fa) * (fc - fb));
    } else s = b - (fb * (b - a)) / (fb - fa);
    const mid = (a + b) / 2;
    const outside = (s - mid) * (s - b) > 0;
    const slow = bisected
      ? Math.abs(s - b) >= Math.abs(b - c) / 2
      : Math.abs(s - b) >= Math.abs(c - d) / 2;
    if (outside || slow) {
      s = mid;
      bisected = true;
    } else bisected = false;
    const fs = f(s);
    d = c;
    c = b;
    fc = fb;
    if (fa * fs < 0) {
      b = s;
      fb = fs;
    } else {
      a = s;
      fa = fs;
    }
    if (Math.abs(fa) < Math.abs(fb)) {
      [a, b] = [b, a];
      [fa, fb] = [fb, fa];
    }
  }
  return b;
}
