/**
 * Back-calculates an absorption rate constant from a published Tmax under a disposition model
 * of the library, by bisection on the model's own typical curve (not a one-compartment
 * approximation). Used to derive the `ka` values flagged as calibrated in src/data/absorption.ts.
 *
 *   npx tsx scripts/calibrate-ka.ts [model-id (default: the adult racemic default)] [tmax-minutes] [lag-minutes]
 */

import { MODEL_CHOICES } from '../src/data/exposure-settings';
import { kaForTmax } from './lib/ka-from-tmax';

const adultDefault = MODEL_CHOICES.find((c) => c.drug === 'racemic' && c.ageUnknown)?.model;
const [modelId = adultDefault ?? '', tmaxArg = '45', lagArg = '0'] = process.argv.slice(2);
const target = Number(tmaxArg);
const lag = Number(lagArg);
const { ka, tmaxAtKa } = kaForTmax(modelId, target, lag);
console.log(
  JSON.stringify({
    model: modelId,
    targetTmax: target,
    lag,
    ka: Number(ka.toPrecision(4)),
    check: tmaxAtKa,
  }),
);
