import { describe, expect, it } from 'vitest';
import {
  getPainType,
  InvalidInputError,
  listPainTypes,
  PainTypeIdSchema,
  PainTypeProfileSchema,
} from '../../src/index';

describe('pain type profiles', () => {
  it('cover every pain type id exactly once, in schema order', () => {
    expect(listPainTypes().map((p) => p.id)).toEqual(PainTypeIdSchema.options);
  });

  it('include every id the foundation issue requires', () => {
    const ids = listPainTypes().map((p) => p.id);
    for (const id of [
      'acute-postoperative',
      'acute-trauma',
      'crps',
      'neuropathic',
      'spinal-cord-injury',
      'phantom-limb',
      'postherpetic-neuralgia',
      'fibromyalgia',
      'cancer',
      'migraine',
      'chronic-low-back',
      'sickle-cell-crisis',
      'ischemic-limb',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(listPainTypes().map((p) => [p.id, p]))('%s matches PainTypeProfileSchema', (_, p) => {
    expect(PainTypeProfileSchema.safeParse(p).success).toBe(true);
  });

  it('grade CRPS as the only type with guideline evidence of lasting relief (Cohen 2018)', () => {
    const lasting = listPainTypes().filter(
      (p) => p.category === 'chronic' && p.lastingRelief.strength === 'moderate',
    );
    expect(lasting.map((p) => p.id)).toEqual(['crps']);
    expect(getPainType('crps').lastingRelief.summary.sources).toContain('cohen-2018');
    expect(getPainType('crps').lastingRelief.gradedBy).toBe('guideline');
  });

  it('record the negative cancer-pain RCT (Hardy 2012)', () => {
    const cancer = getPainType('cancer');
    const strengths = [cancer.shortTermRelief.strength, cancer.lastingRelief.strength];
    expect(strengths).toContain('negative');
    const cited = [cancer.shortTermRelief, cancer.lastingRelief].flatMap((e) => e.summary.sources);
    expect(cited).toContain('hardy-2012');
  });

  it('give CRPS relief in weeks and acute relief in minutes or hours', () => {
    const crps = getPainType('crps').reliefDuration;
    expect(crps.kind === 'range' && ['week', 'day'].includes(crps.unit)).toBe(true);
    const trauma = getPainType('acute-trauma').reliefDuration;
    expect(trauma.kind === 'range' && ['minute', 'hour'].includes(trauma.unit)).toBe(true);
  });

  it('mark every project-graded horizon with an assumption', () => {
    for (const p of listPainTypes()) {
      for (const e of [p.shortTermRelief, p.lastingRelief]) {
        if (e.gradedBy === 'project') expect(e.summary.assumption, p.id).toBeTruthy();
      }
    }
  });

  it('keep responder probabilities within 0–1', () => {
    for (const p of listPainTypes()) {
      for (const r of p.responders) {
        expect(r.unit).toBe('probability');
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(1);
      }
    }
  });

  it('are deeply frozen and reject unknown ids', () => {
    expect(Object.isFrozen(getPainType('crps').responders)).toBe(true);
    expect(() => getPainType('gout' as never)).toThrow(InvalidInputError);
  });
});
