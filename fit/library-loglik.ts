/**
 * The log-likelihood of `estimateRelief` itself on the fitting records, with the placebo share
 * as the one free parameter (a grid search): how the v1 model was scored for the comparison
 * in `scripts/fit-relief.ts`. To reproduce the v1 number (−278.04), copy `fit/` into a checkout
 * of commit 9a7dc50 (relief model v1) and run it there; at the current commit it scores v2 by
 * simulation.
 *
 *   npx tsx fit/library-loglik.ts
 */
import { PAIN_TYPE_RELIEF } from '../src/data/relief-model';
import { estimateRelief } from '../src/index';
import { FIT_RECORDS } from './relief-durations';

const DAY = 1440;
const predictions = FIT_RECORDS.map((r) => {
  if (r.arm === 'placebo') return { r, drug: 0 };
  const o = r.outcome;
  const days = o.kind === 'share' ? [o.afterDays] : [o.fromDays, o.toDays];
  const minutes = days.map((d) => Math.max(1, Math.round(d * DAY)));
  const result = estimateRelief(
    { painType: r.painType, regimen: r.regimen, patient: { weightKg: 70, ageYears: 40 } },
    { reliefThreshold: r.threshold, checkpoints: minutes, population: 2000, seed: 1 },
  );
  const at = (m: number) => result.survival.find((p) => p.afterMinutes === m)?.probability ?? 0;
  if (o.kind === 'share') return { r, drug: at(minutes[0] as number) };
  const responders = PAIN_TYPE_RELIEF[r.painType].response.value;
  return { r, drug: (at(minutes[0] as number) - at(minutes[1] as number)) / responders };
});
const logLik = (placebo: number) =>
  predictions.reduce((sum, { r, drug }) => {
    const o = r.outcome;
    if (o.kind === 'window') return sum + o.patients * Math.log(Math.max(1e-12, drug));
    const share = r.arm === 'placebo' ? placebo : 1 - (1 - drug) * (1 - placebo);
    const q = Math.min(1 - 1e-9, Math.max(1e-9, share));
    return sum + o.relieved * Math.log(q) + (o.of - o.relieved) * Math.log(1 - q);
  }, 0);
let best = { placebo: 0, logLik: Number.NEGATIVE_INFINITY };
for (let p = 0.01; p < 0.6; p += 0.005) {
  const v = logLik(p);
  if (v > best.logLik) best = { placebo: p, logLik: v };
}
console.log(JSON.stringify(best));
