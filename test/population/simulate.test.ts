import { describe, expect, it } from 'vitest';
import { parseExposureInput } from '../../src/index';
import { Trail } from '../../src/internal/trail';
import { setupPopulation } from '../../src/population/setup';
import { sampleTimes, simulatePopulation } from '../../src/population/simulate';

function run(input: unknown, population = 40) {
  const parsed = parseExposureInput(input);
  const trail = new Trail();
  const setup = setupPopulation(parsed.regimen, parsed.patient, parsed.medications, trail);
  if (!setup) throw new Error('no PK');
  return simulatePopulation(setup, parsed.regimen, trail, population, 5);
}

const patient = { weightKg: 70, ageYears: 45 };

describe('population simulation', () => {
  it('a subcutaneous infusion delivers the bioavailable amount: Cmax and AUC scale by the same f', () => {
    const dose = { amount: 100, unit: 'mg', over: { hours: 4 } };
    const sc = run({ regimen: { route: 'subcutaneous', dose }, patient });
    const iv = run({ regimen: { route: 'intravenous', dose }, patient });
    for (let i = 0; i < sc.cmax.length; i++) {
      const fFromAuc = (sc.auc[i] ?? 0) / (iv.auc[i] ?? 1);
      expect(fFromAuc).toBeLessThan(1);
      expect((sc.cmax[i] ?? 0) / (iv.cmax[i] ?? 1)).toBeCloseTo(fFromAuc, 9);
    }
  });

  it('a second session after a washout does not change Cmax or Tmax', () => {
    for (const regimen of [
      { route: 'intramuscular', dose: { amount: 20, unit: 'mg' } },
      {
        route: 'intravenous',
        dose: { amount: 20, unit: 'mg', over: { minutes: 20 } },
        drug: 'esketamine',
      },
      { route: 'oral', dose: { amount: 50, unit: 'mg' } },
    ]) {
      const one = run({ regimen, patient });
      const two = run({ regimen: { ...regimen, sessions: 2, every: { weeks: 12 } }, patient });
      for (let i = 0; i < one.cmax.length; i++) {
        const c = one.cmax[i] ?? 0;
        // The second peak may exceed the first by the first dose's residue, no more.
        expect(Math.abs((two.cmax[i] ?? 0) - c)).toBeLessThanOrEqual(1e-6 * c);
        const t = one.tmax[i] ?? 0;
        expect([t, t + 12 * 10080].some((x) => Math.abs((two.tmax[i] ?? 0) - x) < 1e-9)).toBe(true);
      }
    }
  });

  it('samples infusion ends exactly, so an IV infusion peaks at its end', () => {
    const r = run({
      regimen: { route: 'intravenous', dose: { amount: 20, unit: 'mg', over: { minutes: 20 } } },
      patient,
    });
    for (const t of r.tmax) expect(t).toBe(20);
  });

  it('gives every session its own grid and keeps samples sorted and unique', () => {
    const doses = [0, 1440, 2880].map((atMinute) => ({
      atMinute,
      amountMg: 10,
      into: 'central' as const,
      durationMinutes: 240,
    }));
    const times = sampleTimes(doses, false);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0);
    for (const start of [0, 1440, 2880]) {
      expect(times.filter((t) => t >= start && t < start + 1440).length).toBeGreaterThanOrEqual(
        241,
      );
      expect(times).toContain(start + 240);
    }
  });
});
