/**
 * PK engine benchmark (not a test): `npm run bench`.
 *
 * 1. 1,000 subjects × a 10-session regimen × 200 time points: subjects per second.
 * 2. Cost against the number of sessions (1, 10, 100): should grow linearly.
 * 3. Single-dose 3-compartment subject simulations per second (200 time points), target ≥ 100,000.
 * 4. `predictExposure` end to end (1000 patients, 2-min sampling after each session, percentiles),
 *    IV infusions and the intranasal (two absorption paths) and intramuscular routes.
 *
 * Each subject gets its own parameters (log-normal variability), is diagonalised, and is
 * simulated on a uniform grid, as in a population run.
 */
import { Bench } from 'tinybench';
import type { DoseEvent } from '../src/entries/pk';
import { createRandom } from '../src/entries/stats';
import { predictExposure, type RegimenInput } from '../src/index';
import { type EngineParams, prepareModel, simulateSorted, toEvents } from '../src/pk/engine';

const typical: EngineParams = { v1: 4.41, cl: 1.932, q2: 2.611, v2: 10.57, q3: 2.602, v3: 178.2 };
const POINTS = 200;

function doses(sessions: number): DoseEvent[] {
  return Array.from({ length: sessions }, (_, s) => ({
    atMinute: s * 1440,
    amountMg: 24.5,
    into: 'central' as const,
    durationMinutes: 240,
  }));
}

function run(subjects: number, sessions: number): number {
  const rng = createRandom(1);
  const d = doses(sessions);
  const end = (sessions - 1) * 1440 + 240 + 1440;
  const times = Float64Array.from({ length: POINTS }, (_, i) => (end * i) / (POINTS - 1));
  const central = new Float64Array(POINTS);
  let checksum = 0;
  const p: EngineParams = { ...typical };
  for (let s = 0; s < subjects; s++) {
    p.cl = typical.cl * Math.exp(0.37 * rng.normal());
    p.v1 = typical.v1 * Math.exp(0.58 * rng.normal());
    const m = prepareModel(p);
    simulateSorted(m, toEvents(m, d), times, central, undefined);
    checksum += central[POINTS - 1] as number;
  }
  return checksum;
}

const bench = new Bench({ time: 1500, warmupTime: 300 });
const SUBJECTS = 1000;
for (const sessions of [1, 10, 100]) {
  bench.add(`${SUBJECTS} subjects × ${sessions} session(s) × ${POINTS} points`, () => {
    run(SUBJECTS, sessions);
  });
}
const regimen = (sessions: number): RegimenInput => ({
  route: 'intravenous',
  dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
  ...(sessions > 1 ? { sessions, every: { days: 1 } } : {}),
});
for (const sessions of [1, 10]) {
  bench.add(`predictExposure end to end, 1000 patients, ${sessions} session(s)`, () => {
    predictExposure({ regimen: regimen(sessions), patient: { weightKg: 70, ageYears: 45 } });
  });
}
bench.add(
  'predictExposure end to end, 1000 patients, intranasal 50 mg (two absorption paths)',
  () => {
    predictExposure({
      regimen: { route: 'intranasal', dose: { amount: 50, unit: 'mg' } },
      patient: { weightKg: 70, ageYears: 45 },
    });
  },
);
bench.add('predictExposure end to end, 1000 patients, intramuscular 0.5 mg/kg', () => {
  predictExposure({
    regimen: { route: 'intramuscular', dose: { amount: 0.5, unit: 'mg/kg' } },
    patient: { weightKg: 70, ageYears: 45 },
  });
});
await bench.run();

const rows = bench.tasks.map((t) => {
  const ms = meanMs(t);
  return {
    task: t.name,
    'ms per run': ms.toFixed(2),
    'subjects/s': Math.round((SUBJECTS / ms) * 1000),
  };
});
console.table(rows);
const perSession = bench.tasks.slice(0, 3).map((t, i) => meanMs(t) / ([1, 10, 100][i] ?? 1));
console.log(
  'ms per 1000 subjects per session (1, 10, 100 sessions):',
  perSession.map((x) => x.toFixed(3)).join(', '),
);

function meanMs(task: (typeof bench.tasks)[number]): number {
  const r = task.result as { latency?: { mean?: number } } | undefined;
  return r?.latency?.mean ?? Number.NaN;
}
