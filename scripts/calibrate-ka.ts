/**
 * Back-calculates an absorption rate constant from a published Tmax under a disposition model
 * of the library, by bisection on the model's own typical curve (not a one-compartment
 * approximation). Used to derive the `ka` values flagged as calibrated in src/data/absorption.ts.
 *
 *   npx tsx scripts/calibrate-ka.ts [model-id (default: the adult racemic default)] [tmax-minutes] [lag-minutes]
 */

import { MODEL_CHOICES } from '../src/data/exposure-settings';
import { getPkModel, type PkParams, simulatePk } from '../src/entries/pk';

const adultDefault = MODEL_CHOICES.find((c) => c.drug === 'racemic' && c.ageUnknown)?.model;
const [modelId = adultDefault ?? '', tmaxArg = '45', lagArg = '0'] = process.argv.slice(2);
const m = getPkModel(modelId);
const perMin = (v: { value: number; unit: string } | undefined) =>
  v === undefined ? undefined : v.unit === 'L/h' ? v.value / 60 : v.value;
const base: PkParams = {
  v1: perMin(m.v1) as number,
  cl: perMin(m.cl) as number,
  ...(m.q2 && m.v2 ? { q2: perMin(m.q2), v2: perMin(m.v2) } : {}),
  ...(m.q3 && m.v3 ? { q3: perMin(m.q3), v3: perMin(m.v3) } : {}),
};
const target = Number(tmaxArg);
const lag = Number(lagArg);
const times = Array.from({ length: 20000 }, (_, i) => i * 0.02 * Math.max(1, target / 20));
const tmaxOf = (ka: number) => {
  const { central } = simulatePk(
    { ...base, ka, f: 1, lagMinutes: lag },
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
  if (tmaxOf(mid) > target) lo = mid;
  else hi = mid;
}
const ka = Math.sqrt(lo * hi);
console.log(
  JSON.stringify({
    model: modelId,
    targetTmax: target,
    lag,
    ka: Number(ka.toPrecision(4)),
    check: tmaxOf(ka),
  }),
);
