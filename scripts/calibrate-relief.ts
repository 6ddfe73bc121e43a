/**
 * Back-calculates the acute analgesic C50 of racemic ketamine from one clinical observation:
 * after 0.3 mg/kg IV (Miller 2015), "moderate reduction in pain for 2 hours". For the typical
 * 70-kg patient of the library's adult racemic default model, the effect-site concentration at 120 min is
 * taken as the concentration of ≥ 30% relief, and the sigmoid Emax model of
 * src/data/relief-model.ts (its Emax and Hill coefficient) is solved for C50. Used for the
 * calibrated `ACUTE_RELIEF.c50` (flagged as an assumption there).
 *
 *   npx tsx scripts/calibrate-relief.ts [minutes=120] [mg/kg=0.3] [weight=70] [threshold=0.3]
 */

import { MODEL_CHOICES } from '../src/data/exposure-settings';
import { EFFECT_SITE } from '../src/data/pk-covariates';
import { ACUTE_RELIEF } from '../src/data/relief-model';
import { getPkModel, mgPerLToNgPerMl, type PkParams, simulatePk } from '../src/entries/pk';

const [minutes = 120, mgPerKg = 0.3, weightKg = 70, threshold = 0.3] = process.argv
  .slice(2)
  .map(Number);
// The adult racemic default (the model an adult of unknown age gets).
const adult = MODEL_CHOICES.find((c) => c.drug === 'racemic' && c.ageUnknown);
const m = getPkModel(adult?.model ?? '');
const ratio = weightKg / m.scaling.referenceWeightKg;
const perMin = (v: { value: number; unit: string }) => (v.unit === 'L/h' ? v.value / 60 : v.value);
const cl = (v: { value: number; unit: string } | undefined) =>
  v && perMin(v) * ratio ** m.scaling.clearanceExponent;
const vol = (v: { value: number; unit: string } | undefined) =>
  v && perMin(v) * ratio ** m.scaling.volumeExponent;
const site = EFFECT_SITE.find((s) => s.drug === 'racemic');
const params: PkParams = {
  v1: vol(m.v1) as number,
  cl: cl(m.cl) as number,
  ...(m.q2 && m.v2 ? { q2: cl(m.q2), v2: vol(m.v2) } : {}),
  ...(m.q3 && m.v3 ? { q3: cl(m.q3), v3: vol(m.v3) } : {}),
  ke0: site?.ke0PerMinute.value,
};
const { effect } = simulatePk(
  params,
  [{ atMinute: 0, amountMg: mgPerKg * weightKg, into: 'central' }],
  [minutes],
);
const ce = mgPerLToNgPerMl(effect?.[0] ?? Number.NaN);
// relief = Emax·x/(1 + x), x = (C/C50)^hill  ⇒  C50 = C / (θ / (Emax − θ))^(1/hill)
const emax = ACUTE_RELIEF.emax.value;
const hill = ACUTE_RELIEF.hill.value;
const c50 = ce / (threshold / (emax - threshold)) ** (1 / hill);
console.log(
  JSON.stringify({
    model: m.id,
    t12ke0: site?.halfLifeMinutes.value,
    effectSiteAt: { minutes, ngPerMl: Number(ce.toPrecision(4)) },
    c50: Number(c50.toPrecision(3)),
  }),
);
