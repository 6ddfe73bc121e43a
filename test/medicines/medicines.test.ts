import { describe, expect, it } from 'vitest';
import { exposureEffect } from '../../src/entries/pk';
import {
  getMedicine,
  InvalidInputError,
  listMedicines,
  MedicineIdSchema,
  MedicineProfileSchema,
} from '../../src/index';

describe('interacting medicines registry', () => {
  it('covers every medicine id exactly once, in schema order', () => {
    expect(listMedicines().map((m) => m.id)).toEqual(MedicineIdSchema.options);
  });

  it.each(listMedicines().map((m) => [m.id, m]))('%s matches MedicineProfileSchema', (_, m) => {
    expect(MedicineProfileSchema.safeParse(m).success).toBe(true);
  });

  it('has the published oral S-ketamine AUC ratios (Peltoniemi, Hagelberg)', () => {
    const auc = (id: Parameters<typeof exposureEffect>[0]) =>
      exposureEffect(id, 'oral', 'esketamine')?.aucRatio;
    expect(auc('clarithromycin')).toBe(2.6);
    expect(auc('grapefruit-juice')).toBe(3);
    expect(auc('ticlopidine')).toBe(2.4);
    expect(auc('rifampicin')).toBe(0.14);
    expect(auc('st-johns-wort')).toBe(0.42);
  });

  it('keeps rifampicin route-specific: −86 % oral, −14 % IV', () => {
    expect(exposureEffect('rifampicin', 'oral', 'esketamine')?.aucRatio).toBe(0.14);
    expect(exposureEffect('rifampicin', 'intravenous', 'esketamine')?.aucRatio).toBe(0.86);
  });

  it('never carries an oral ratio to another route', () => {
    for (const m of listMedicines()) {
      for (const e of m.exposure) {
        if (e.route !== 'oral') expect([m.id, e.route]).toEqual(['rifampicin', 'intravenous']);
      }
    }
    expect(exposureEffect('clarithromycin', 'intravenous', 'esketamine')).toBeUndefined();
    expect(exposureEffect('clarithromycin', 'oral', 'racemic')).toBeUndefined();
  });

  it('classifies mechanisms', () => {
    expect(getMedicine('clarithromycin').mechanisms).toEqual(['cyp3a4-inhibitor']);
    expect(getMedicine('ticlopidine').mechanisms).toEqual(['cyp2b6-inhibitor']);
    expect(getMedicine('rifampicin').mechanisms).toContain('cyp3a4-inducer');
    for (const id of ['benzodiazepine', 'lamotrigine', 'opioid', 'dextromethorphan'] as const) {
      expect(getMedicine(id).mechanisms).toEqual(['pharmacodynamic']);
      expect(getMedicine(id).exposure).toEqual([]);
    }
  });

  it('inhibitors raise and inducers lower exposure', () => {
    for (const m of listMedicines()) {
      for (const e of m.exposure) {
        if (m.mechanisms.some((x) => x.endsWith('inducer'))) expect(e.aucRatio).toBeLessThan(1);
        else expect(e.aucRatio).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('rejects unknown ids', () => {
    expect(() => getMedicine('aspirin' as never)).toThrow(InvalidInputError);
  });
});
