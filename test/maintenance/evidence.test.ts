import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_STATEMENT,
  NO_SCHEDULE_REASON,
  PRACTICE_CADENCE,
} from '../../src/data/maintenance';
import { Trail } from '../../src/internal/trail';
import { evidenceFor, noScheduleReason } from '../../src/maintenance/evidence';

const basis = (over: Partial<Parameters<typeof evidenceFor>[1]> = {}) => ({
  personalized: false,
  scheduled: true,
  withPopulation: true,
  unprovenFor: '',
  ...over,
});

describe('noScheduleReason', () => {
  it('gives the most basic reason first', () => {
    expect(noScheduleReason('Fibromyalgia', false, null, true)).toBe(
      NO_SCHEDULE_REASON.noRelief.text,
    );
    expect(noScheduleReason('Fibromyalgia', false, 'acute', false)).toBe(
      "Fibromyalgia: lasting relief after ketamine is not shown in trials, so no maintenance schedule is suggested without the patient's own relief history.",
    );
    expect(noScheduleReason('CRPS', true, 'acute', false)).toBe(
      NO_SCHEDULE_REASON.notSustained.text,
    );
    expect(noScheduleReason('CRPS', true, 'sustained', false)).toBe(
      NO_SCHEDULE_REASON.noLastingRelief.text,
    );
  });
});

describe('evidenceFor', () => {
  it('without a schedule, says so and cites the guideline', () => {
    const trail = new Trail();
    expect(evidenceFor('crps', basis({ scheduled: false }), trail)).toEqual({
      statement: EVIDENCE_STATEMENT.none.text,
      basis: 'none',
      sources: [...EVIDENCE_STATEMENT.none.sources],
    });
    expect(trail.sources.size).toBe(0);
  });

  it('from the model in CRPS, adds the practice cadence and cites it', () => {
    const trail = new Trail();
    const e = evidenceFor('crps', basis(), trail);
    const { weeksLow, weeksHigh, sources } = PRACTICE_CADENCE.crps;
    expect(e.basis).toBe('practice-and-model');
    expect(e.statement).toBe(
      `${EVIDENCE_STATEMENT.model.text} In CRPS, boosters every ${weeksLow}–${weeksHigh} weeks are reported from clinical practice (retrospective series), not from trials.`,
    );
    expect(e.sources).toEqual([...sources, ...EVIDENCE_STATEMENT.model.sources]);
    expect([...trail.sources]).toEqual([...sources]);
  });

  it('with a history and the model, outside CRPS: no cadence', () => {
    const e = evidenceFor('neuropathic', basis({ personalized: true }), new Trail());
    expect(e).toEqual({
      statement: EVIDENCE_STATEMENT.modelAndHistory.text,
      basis: 'personal-history',
      sources: [...EVIDENCE_STATEMENT.modelAndHistory.sources],
    });
  });

  it('with the history alone, names a pain type whose lasting benefit is not shown', () => {
    const only = basis({ personalized: true, withPopulation: false });
    expect(evidenceFor('crps', only, new Trail()).statement).toBe(
      "The interval rests on this patient's own relief durations only: the model gives no lasting relief to build on for this regimen. No trial has tested booster timing.",
    );
    const fibro = evidenceFor(
      'fibromyalgia',
      { ...only, unprovenFor: 'Fibromyalgia' },
      new Trail(),
    );
    expect(fibro.statement).toContain(', and for fibromyalgia trials do not show lasting benefit.');
    expect(fibro.sources).toEqual([...EVIDENCE_STATEMENT.historyOnly.sources]);
  });
});
