import type { DoseEvent, PkParams } from '../../src/entries/pk';

/**
 * An independent reference: the PK model written as ODEs in amounts and integrated with an
 * adaptive Dormand–Prince 5(4) method, stopping at every event and sample.
 */
export function integrateReference(
  p: PkParams & {
    ka2?: number | undefined;
    f2?: number | undefined;
    lag2Minutes?: number | undefined;
  },
  doses: readonly DoseEvent[],
  times: readonly number[],
): { central: number[]; effect: number[] } {
  const q2 = p.q2 ?? 0;
  const v2 = p.v2 ?? 1;
  const q3 = p.q3 ?? 0;
  const v3 = p.v3 ?? 1;
  const ka = p.ka ?? 0;
  const ke0 = p.ke0 ?? 0;
  const ka2 = p.ka2 ?? 0;
  let rate = 0;
  const deriv = (y: number[]): number[] => {
    const [ad = 0, a1 = 0, a2 = 0, a3 = 0, ce = 0, ad2 = 0] = y;
    const c1 = a1 / p.v1;
    return [
      -ka * ad,
      ka * ad + ka2 * ad2 + rate - (p.cl + q2 + q3) * c1 + (q2 / v2) * a2 + (q3 / v3) * a3,
      q2 * c1 - (q2 / v2) * a2,
      q3 * c1 - (q3 / v3) * a3,
      ke0 * (c1 - ce),
      -ka2 * ad2,
    ];
  };
  type Ev = { t: number; kind: 'bolus' | 'depot' | 'depot2' | 'rate'; v: number };
  const events: Ev[] = [];
  for (const d of doses) {
    if (d.into === 'depot') {
      events.push({
        t: d.atMinute + (p.lagMinutes ?? 0),
        kind: 'depot',
        v: d.amountMg * (p.f ?? 1),
      });
      if (ka2 > 0)
        events.push({
          t: d.atMinute + (p.lag2Minutes ?? 0),
          kind: 'depot2',
          v: d.amountMg * (p.f2 ?? 0),
        });
    } else if (d.durationMinutes) {
      const r = d.amountMg / d.durationMinutes;
      events.push(
        { t: d.atMinute, kind: 'rate', v: r },
        { t: d.atMinute + d.durationMinutes, kind: 'rate', v: -r },
      );
    } else events.push({ t: d.atMinute, kind: 'bolus', v: d.amountMg });
  }
  events.sort((a, b) => a.t - b.t);
  const order = times.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  let y = [0, 0, 0, 0, 0, 0];
  let now = Math.min(times.length ? Math.min(...times) : 0, events[0]?.t ?? 0);
  let e = 0;
  const central = new Array<number>(times.length).fill(0);
  const effect = new Array<number>(times.length).fill(0);
  for (const i of order) {
    const t = times[i] ?? 0;
    while (e < events.length && (events[e]?.t ?? 0) < t) {
      const ev = events[e] as Ev;
      y = dopri(deriv, y, now, ev.t);
      now = ev.t;
      if (ev.kind === 'bolus') y[1] = (y[1] ?? 0) + ev.v;
      else if (ev.kind === 'depot') y[0] = (y[0] ?? 0) + ev.v;
      else if (ev.kind === 'depot2') y[5] = (y[5] ?? 0) + ev.v;
      else rate += ev.v;
      e++;
    }
    y = dopri(deriv, y, now, t);
    now = t;
    central[i] = (y[1] ?? 0) / p.v1;
    effect[i] = y[4] ?? 0;
  }
  return { central, effect };
}

// Dormand–Prince 5(4) tableau (the system is autonomous between events, so the nodes are not needed).
const A = [
  [],
  [1 / 5],
  [3 / 40, 9 / 40],
  [44 / 45, -56 / 15, 32 / 9],
  [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
  [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
  [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
];
const B5 = [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84, 0];
const B4 = [5179 / 57600, 0, 7571 / 16695, 393 / 640, -92097 / 339200, 187 / 2100, 1 / 40];

function dopri(f: (y: number[]) => number[], y0: number[], t0: number, t1: number): number[] {
  if (t1 <= t0) return y0;
  const rtol = 1e-11;
  const scale = Math.max(1e-12, ...y0.map(Math.abs));
  const atol = 1e-13 * scale;
  let y = y0.slice();
  let t = t0;
  let h = Math.min(t1 - t0, 0.01);
  while (t < t1) {
    if (t + h > t1) h = t1 - t;
    const k: number[][] = [];
    for (let s = 0; s < 7; s++) {
      const ys = y.map(
        (yi, d) => yi + h * (A[s] ?? []).reduce((acc, a, j) => acc + a * (k[j]?.[d] ?? 0), 0),
      );
      k.push(f(ys));
    }
    const y5 = y.map((yi, d) => yi + h * B5.reduce((acc, b, s) => acc + b * (k[s]?.[d] ?? 0), 0));
    const y4 = y.map((yi, d) => yi + h * B4.reduce((acc, b, s) => acc + b * (k[s]?.[d] ?? 0), 0));
    let err = 0;
    for (let d = 0; d < y.length; d++) {
      const sc = atol + rtol * Math.max(Math.abs(y[d] ?? 0), Math.abs(y5[d] ?? 0));
      err = Math.max(err, Math.abs((y5[d] ?? 0) - (y4[d] ?? 0)) / sc);
    }
    if (err <= 1) {
      t += h;
      y = y5;
    }
    h *= Math.min(5, Math.max(0.2, 0.9 * err ** -0.2));
  }
  return y;
}
