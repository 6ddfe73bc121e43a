/**
 * estimateRelief benchmark (not a test): `npm run bench:relief`.
 *
 * Median time of one `estimateRelief` call with the default population (1000 patients) for
 * the three scenarios (IV bolus for acute pain, oral 50 mg, a CRPS 10-session series),
 * then the cost against population size and against the number of sessions, which should both
 * grow linearly.
 */
import { Bench } from 'tinybench';
import { type EstimateReliefInput, estimateRelief } from '../src/index';

const patient = { weightKg: 70, ageYears: 45 };
const crps = (sessions: number): EstimateReliefInput => ({
  painType: 'crps',
  regimen: {
    route: 'intravenous',
    dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
    ...(sessions > 1 ? { sessions, every: { days: 1 } } : {}),
  },
  patient,
});
const scenarios: [string, EstimateReliefInput][] = [
  [
    'IV bolus 0.3 mg/kg, acute trauma',
    {
      painType: 'acute-trauma',
      regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
      patient,
    },
  ],
  [
    'oral 50 mg, postoperative',
    {
      painType: 'acute-postoperative',
      regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
      patient,
    },
  ],
  ['CRPS 10 × 4-h infusions', crps(10)],
];

const bench = new Bench({ time: 2000, warmupTime: 500 });
for (const [name, input] of scenarios) {
  bench.add(`${name}, 1000 patients`, () => {
    estimateRelief(input);
  });
}
for (const population of [1000, 4000, 16000]) {
  bench.add(`CRPS 10 sessions, ${population} patients`, () => {
    estimateRelief(crps(10), { population });
  });
}
for (const sessions of [1, 10, 100]) {
  bench.add(`CRPS ${sessions} session(s), 1000 patients`, () => {
    estimateRelief(crps(sessions));
  });
}
await bench.run();

console.table(
  bench.tasks.map((t) => {
    const r = t.result as { latency?: { p50?: number; mean?: number } } | undefined;
    return {
      task: t.name,
      'median ms': (r?.latency?.p50 ?? Number.NaN).toFixed(2),
      'mean ms': (r?.latency?.mean ?? Number.NaN).toFixed(2),
    };
  }),
);
