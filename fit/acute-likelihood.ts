/**
 * The likelihood of the acute responder share and the sensitivity spread on the ED responder
 * shares of `fit/acute-responses.ts`, built on the library's own relief simulation.
 */

import { ReliefInputSchema } from '../src/input/schema';
import { parseWith } from '../src/internal/parse';
import { Trail } from '../src/internal/trail';
import type { Adjustment } from '../src/population/adjustment';
import { setupPopulation } from '../src/population/setup';
import { regimenDoses } from '../src/population/simulate';
import { reliefModel } from '../src/relief/pd';
import { simulateRelief } from '../src/relief/simulate';
import { ACUTE_RECORDS } from './acute-responses';

export const POPULATION = 2000;
export const SEED = 20261202;
export const OMEGAS = Array.from({ length: 36 }, (_, i) => 0.05 + i * 0.05);

/** Fraction of (all-responder) patients whose relief reaches the study's threshold. */
export function reached(omega: number): number[] {
  return ACUTE_RECORDS.map((r) => {
    const parsed = parseWith(ReliefInputSchema, {
      painType: 'acute-trauma',
      regimen: r.regimen,
      patient: { weightKg: 70, ageYears: 40 },
    });
    const trail = new Trail();
    const adjustments: Adjustment[] = [];
    const setup = setupPopulation(parsed.regimen, parsed.patient, [], trail);
    if (!setup) throw new Error(r.id);
    const pd = {
      ...reliefModel('acute-trauma', parsed.regimen.drug, r.threshold, trail, adjustments),
      responseProbability: 1,
      sensitivitySd: omega,
    };
    const { doses } = regimenDoses(parsed.regimen, setup.weightKg, trail);
    const course = {
      doses,
      intravenous: parsed.regimen.route === 'intravenous',
      lastStart: 0,
      lastEnd: 0,
    };
    const run = simulateRelief(setup, pd, course, POPULATION, SEED, Float64Array.of(r.atMinutes));
    let count = 0;
    for (let s = 0; s < POPULATION; s++) {
      const ok =
        r.within === true
          ? run.relieved[s] === 1 && (run.onset[s] as number) <= r.atMinutes
          : ((run.curve as Float64Array)[s] as number) >= r.threshold;
      if (ok) count++;
    }
    return count / POPULATION;
  });
}

export function logLik(p: number, fractions: number[]): number {
  let total = 0;
  ACUTE_RECORDS.forEach((r, i) => {
    const share = Math.min(1 - 1e-12, Math.max(1e-12, p * (fractions[i] as number)));
    total += r.relieved * Math.log(share) + (r.of - r.relieved) * Math.log(1 - share);
  });
  return total;
}

/** The best P_resp for given fractions (golden-section search on [0, 1]). */
export function bestP(fractions: number[]): { p: number; ll: number } {
  let lo = 0.01;
  let hi = 1;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (logLik(a, fractions) > logLik(b, fractions)) hi = b;
    else lo = a;
  }
  const p = (lo + hi) / 2;
  return { p, ll: logLik(p, fractions) };
}
