/**
 * The absorption rate constant that puts a model's typical plasma peak at a published Tmax,
 * by bisection on the model's own curve (not a one-compartment approximation). Shared by
 * `calibrate-ka.ts` and `compare-pk-models.ts`.
 */
import { getPkModel, type PkParams, simulatePk } from '../../src/entries/pk';

/** The typical (unscaled) disposition parameters of a catalogue model, per minute. */
export function typicalParams(modelId: string): PkParams {
  const m = getPkModel(modelId);
  const perMin = (v: { value: number; unit: string } | undefined) =>
    v === undefined ? undefined : v.unit === 'L/h' ? v.value / 60 : v.value;
  return {
    v1: perMin(m.v1) as number,
    cl: perMin(m.cl) as number,
    ...(m.q2 && m.v2 ? { q2: perMin(m.q2), v2: perMin(m.v2) } : {}),
    ...(m.q3 && m.v3 ? { q3: perMin(m.q3), v3: perMin(m.v3) } : {}),
  } as PkParams;
}

/** Tmax (min) of a unit dose into the depot, on a fine grid; and the ka that hits `tmax`. */
export function kaForTmax(modelId: string, tmax: number, lagMinutes = 0) {
  const base = typicalParams(modelId);
  const times = Array.from({ length: 20000 }, (_, i) => i * 0.02 * Math.max(1, tmax / 20));
  const tmaxOf = (ka: number) => {
    const { central } = simulatePk(
      { ...base, ka, f: 1, lagMinutes },
      [{ atMinute: 0, amountMg: 1, into: 'depot' }],
      times,
    );
    let best = 0;
    for (let i = 1; i < central.length; i++) if ((central[i] ?? 0) > (central[best] ?? 0)) best = i;
    return times[best] ?? 0;
  };
  let lo = 1e-5;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    if (tmaxOf(mid) > tmax) lo = mid;
    else hi = mid;
  }
  const ka = Math.sqrt(lo * hi);
  return { ka, tmaxAtKa: tmaxOf(ka) };
}
