import { describe, expect, it } from 'vitest';
import { ReliefInputSchema } from '../../src/input/schema';
import { parseWith } from '../../src/internal/parse';
import { Trail } from '../../src/internal/trail';
import type { Adjustment } from '../../src/population/adjustment';
import { setupPopulation } from '../../src/population/setup';
import { regimenDoses } from '../../src/population/simulate';
import { reliefModel } from '../../src/relief/pd';
import { simulateRelief } from '../../src/relief/simulate';

/** The 10-session CRPS course, simulated with chosen sustained parameters. */
function crps(override: { durable?: number; omega?: number }) {
  const parsed = parseWith(ReliefInputSchema, {
    painType: 'crps',
    regimen: {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    },
    patient: { weightKg: 70 },
  });
  const trail = new Trail();
  const adjustments: Adjustment[] = [];
  const setup = setupPopulation(parsed.regimen, parsed.patient, [], trail);
  if (!setup) throw new Error('no PK');
  const base = reliefModel('crps', 'racemic', 0.3, trail, adjustments);
  if (!base.sustained) throw new Error('CRPS has sustained relief');
  const pd = { ...base, sustained: { ...base.sustained, ...override } };
  const { doses } = regimenDoses(parsed.regimen, setup.weightKg, trail);
  const last = doses[doses.length - 1];
  const lastStart = last?.atMinute ?? 0;
  const lastEnd = lastStart + (last?.durationMinutes ?? 0);
  const run = simulateRelief(setup, pd, { doses, intravenous: true, lastStart, lastEnd }, 300, 5);
  return { run, pd };
}

describe('relief simulation: acute and sustained combined', () => {
  it('a durable state lasts to the horizon: every relieved patient is censored there', () => {
    const { run, pd } = crps({ durable: 1 });
    const horizon = pd.sustained?.horizonMinutes ?? Number.NaN;
    let relieved = 0;
    for (let s = 0; s < run.relieved.length; s++) {
      if (!run.relieved[s]) continue;
      relieved++;
      expect(run.censored[s]).toBe(1);
      expect(run.sustained[s]).toBe(1);
      expect(run.duration[s]).toBe(horizon);
    }
    expect(relieved).toBeGreaterThan(100);
  });

  it('a fading state ends before the horizon for nearly everyone, and relief outlasts the infusions', () => {
    const { run, pd } = crps({ durable: 0, omega: 0.01 });
    const horizon = pd.sustained?.horizonMinutes ?? Number.NaN;
    for (let s = 0; s < run.relieved.length; s++) {
      if (!run.relieved[s]) continue;
      expect(run.censored[s]).toBe(0);
      expect(run.duration[s]).toBeLessThan(horizon);
      // Sustained relief (held by the state, not plasma) lasts days after the course.
      expect(run.sustained[s]).toBe(1);
      expect(run.duration[s]).toBeGreaterThan(2 * 1440);
      // Relief is already present at the last start (from earlier sessions): onset 0.
      expect(run.onset[s]).toBe(0);
      expect(run.peak[s]).toBeGreaterThanOrEqual(0);
    }
  });
});
