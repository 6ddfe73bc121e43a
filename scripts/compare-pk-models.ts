/**
 * Compares candidate adult racemic disposition models on every adult racemic plasma
 * observation of the golden set: for each model, the absorption rates that are calibrated to a
 * Tmax (intramuscular, subcutaneous, sublingual) are re-derived on that model first, so each
 * candidate is judged with its own calibration. Prints, per observation, the predicted 5–95 %
 * band and whether the published value lies in it, then the hits per model, and a
 * leave-one-study-out check of the one calibration that uses a golden study (the intramuscular
 * Tmax): the trauma study's four observations judged with a ka calibrated without them (the
 * tertiary 5–15 min midpoint, 10 min).
 *
 *   npx tsx scripts/compare-pk-models.ts [model-id …]
 */

import { ExposureInputSchema } from '../src/input/schema';
import { parseWith } from '../src/internal/parse';
import { Trail } from '../src/internal/trail';
import { getPkModel } from '../src/pk-models/catalogue';
import { setupPopulation } from '../src/population/setup';
import { simulatePopulation } from '../src/population/simulate';
import { PK_OBSERVATIONS, type PkObservation } from '../test/golden/pk-observations';
import { kaForTmax } from './lib/ka-from-tmax';

const candidates = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['herd-2007', 'herd-2007-adult', 'fanta-2015-racemic', 'simons-2022-racemic', 'domino-1984'];

/** Tmax targets of the calibrated rates (min): adult IM (trauma study) and SL (wafer). */
const TARGETS = { intramuscular: 21.2, subcutaneous: 21.2, sublingual: 45 } as const;
const SEED = 20261127;
const POPULATION = 1000;

const kaFor = (modelId: string, tmax: number) => kaForTmax(modelId, tmax).ka;

const adultRacemic = (o: PkObservation) =>
  (o.regimen.drug ?? 'racemic') === 'racemic' &&
  o.model === undefined &&
  (o.patient.ageYears === undefined || o.patient.ageYears >= 18);

function band(o: PkObservation, modelId: string, ka: Record<string, number>) {
  const parsed = parseWith(ExposureInputSchema, { regimen: o.regimen, patient: o.patient });
  const trail = new Trail();
  const setup = setupPopulation(parsed.regimen, parsed.patient, [], trail, modelId);
  if (!setup) return null;
  const own = ka[parsed.regimen.route];
  if (own !== undefined) setup.typical.ka = own;
  const run = simulatePopulation(setup, parsed.regimen, trail, POPULATION, SEED);
  const values = Array.from(
    o.metric === 'cmax'
      ? run.cmax.map((c) => c * 1000)
      : o.metric === 'tmax'
        ? run.tmax
        : run.auc.map((a) => (a * 1000) / 60),
  ).sort((a, b) => a - b);
  const q = (p: number) => values[Math.round(p * (values.length - 1))] as number;
  return { p5: q(0.05), median: q(0.5), p95: q(0.95) };
}

const observations = PK_OBSERVATIONS.filter(adultRacemic);
const hits: Record<string, number> = {};
const cells = new Map<string, Record<string, string>>();
for (const id of candidates) {
  const ka: Record<string, number> = {};
  for (const [route, tmax] of Object.entries(TARGETS)) ka[route] = kaFor(id, tmax);
  hits[id] = 0;
  console.log(
    `\n## ${id} (IM/SC ka ${ka.intramuscular?.toPrecision(4)}/min, SL ka ${ka.sublingual?.toPrecision(4)}/min)`,
  );
  for (const o of observations) {
    const b = band(o, id, ka);
    if (!b) continue;
    const inside = o.value >= b.p5 && o.value <= b.p95;
    if (inside) hits[id] = (hits[id] ?? 0) + 1;
    const row = cells.get(o.id) ?? {};
    row[id] = `${b.p5.toFixed(0)}–${b.p95.toFixed(0)}${inside ? '' : ' **miss**'}`;
    cells.set(o.id, row);
    console.log(
      `${inside ? 'in ' : 'OUT'} ${o.id.padEnd(40)} obs ${String(o.value).padStart(6)}  band ${b.p5.toFixed(1)}–${b.p95.toFixed(1)} (median ${b.median.toFixed(1)})`,
    );
  }
  // Leave one study out: the trauma study judged with a ka that did not use it.
  const held = { ...ka, intramuscular: kaFor(id, 10) };
  let heldIn = 0;
  const trauma = observations.filter((o) => o.sources.includes('im-ketamine-trauma-1984'));
  for (const o of trauma) {
    const b = band(o, id, held);
    if (b && o.value >= b.p5 && o.value <= b.p95) heldIn++;
  }
  console.log(
    `leave-one-study-out (IM ka from the tertiary 10 min instead): ${heldIn}/${trauma.length} trauma-study observations inside`,
  );
}
console.log('\n## hits');
for (const id of candidates) console.log(`${id.padEnd(22)} ${hits[id]}/${observations.length}`);

// The same as a Markdown table (5th–95th percentile band; misses marked), for docs/pk-models.md.
console.log(`\n| observation | observed | ${candidates.map((c) => `\`${c}\``).join(' | ')} |`);
console.log(`| --- | --- | ${candidates.map(() => '---').join(' | ')} |`);
for (const o of observations) {
  const row = cells.get(o.id) ?? {};
  console.log(`| ${o.id} | ${o.value} | ${candidates.map((c) => row[c] ?? '').join(' | ')} |`);
}
console.log(
  `| **inside** | | ${candidates.map((c) => `${hits[c]}/${observations.length}`).join(' | ')} |`,
);
