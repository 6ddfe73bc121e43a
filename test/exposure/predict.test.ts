import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, NOT_A_DOSING_DEVICE } from '../../src/index';
import { predictExposure } from '../helpers/loose';

const iv = (amount: number, extra: object = {}) => ({
  regimen: { route: 'intravenous', dose: { amount, unit: 'mg' }, ...extra },
  patient: { weightKg: 70, ageYears: 40 },
});
const small = { seed: 3, population: 200 };

describe('predictExposure', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = predictExposure(iv(20), small);
    expect(predictExposure(iv(20), small)).toEqual(a);
    expect(predictExposure(iv(20), { ...small, seed: 4 }).cmax).not.toEqual(a.cmax);
    expect(a.notice).toBe(NOT_A_DOSING_DEVICE);
    expect(a.population).toBe(200);
  });

  it('reports percentiles with units, ordered, and a curve', () => {
    const r = predictExposure(iv(20), small);
    for (const band of [r.cmax, r.tmax, r.auc]) {
      if (!band) throw new Error('missing band');
      expect(band.p5).toBeLessThanOrEqual(band.p25);
      expect(band.p25).toBeLessThanOrEqual(band.median);
      expect(band.median).toBeLessThanOrEqual(band.p75);
      expect(band.p75).toBeLessThanOrEqual(band.p95);
    }
    expect(r.cmax?.unit).toBe('ng/mL');
    expect(r.tmax?.unit).toBe('minute');
    expect(r.auc?.unit).toBe('ng·h/mL');
    expect(r.curve.length).toBeGreaterThan(100);
    expect(r.curve[0]?.minute).toBe(0);
    expect(r.model?.id).toBe('herd-2007-adult');
    expect(r.sources).toContain('herd-2007');
    expect(r.assumptions.length).toBeGreaterThan(0);
  });

  it('AUC equals dose / clearance: doubling the dose doubles AUC and Cmax', () => {
    const one = predictExposure(iv(20), small);
    const two = predictExposure(iv(40), small);
    expect(two.auc?.median).toBeCloseTo(2 * (one.auc?.median ?? 0), 6);
    expect(two.cmax?.p95).toBeCloseTo(2 * (one.cmax?.p95 ?? 0), 6);
  });

  it('total exposure grows linearly with the number of sessions', () => {
    const one = predictExposure(iv(20), small);
    const ten = predictExposure(iv(20, { sessions: 10, every: { days: 1 } }), small);
    expect(ten.auc?.median).toBeCloseTo(10 * (one.auc?.median ?? 0), 6);
  });

  it('chooses the paediatric model for children and the S-ketamine model for esketamine', () => {
    const child = predictExposure({ ...iv(10), patient: { weightKg: 25, ageYears: 8 } }, small);
    expect(child.model?.id).toBe('herd-2007');
    const esk = predictExposure(iv(20, { drug: 'esketamine' }), small);
    expect(esk.model?.id).toBe('fanta-2015');
    const arterial = predictExposure(iv(20, { drug: 'esketamine' }), {
      ...small,
      model: 'simons-2022',
    });
    expect(arterial.model?.id).toBe('simons-2022');
  });

  it('warns when the patient is outside the model’s validated range', () => {
    const r = predictExposure(iv(20, { drug: 'esketamine' }), small);
    expect(r.warnings).toEqual([]);
    const old = predictExposure(
      { ...iv(20, { drug: 'esketamine' }), patient: { weightKg: 70, ageYears: 80 } },
      small,
    );
    expect(old.warnings.map((w) => w.code)).toContain('outside-validated-range');
    const heavy = predictExposure({ ...iv(20), patient: { weightKg: 160, ageYears: 40 } }, small);
    expect(heavy.warnings.some((w) => /Weight 160 kg is outside/.test(w.message))).toBe(true);
    const elderly = predictExposure({ ...iv(20), patient: { weightKg: 70, ageYears: 80 } }, small);
    expect(elderly.warnings.map((w) => w.message)).toContain(
      'Age 80 y is outside the 18–65 y range of the Herd & Anderson 2007 racemic, scaled to adults (adult variability) model.',
    );
  });

  it('a typical adult gets the adult model and no range warning by IV, IM and IN, with or without an age; a child gets the paediatric model', () => {
    const routes = [
      { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
      { route: 'intramuscular', dose: { amount: 0.5, unit: 'mg/kg' } },
      { route: 'intranasal', dose: { amount: 50, unit: 'mg' } },
    ] as const;
    for (const regimen of routes) {
      for (const ageYears of [undefined, 18, 40, 65]) {
        const patient = ageYears === undefined ? { weightKg: 70 } : { weightKg: 70, ageYears };
        const r = predictExposure({ regimen, patient }, small);
        expect(r.model?.id, `${regimen.route}, age ${ageYears}`).toBe('herd-2007-adult');
        expect(
          r.warnings.map((w) => w.code),
          `${regimen.route}, age ${ageYears}`,
        ).not.toContain('outside-validated-range');
        const ageNotGiven = r.assumptions.some((a) => a.startsWith('Age not given'));
        expect(ageNotGiven).toBe(ageYears === undefined);
      }
      const child = predictExposure({ regimen, patient: { weightKg: 25, ageYears: 8 } }, small);
      expect(child.model?.id).toBe('herd-2007');
    }
  });

  it('warns, and uses the reference weight, when weight is unknown', () => {
    const r = predictExposure({ regimen: iv(20).regimen, patient: {} }, small);
    expect(r.warnings.map((w) => w.code)).toContain('weight-assumed');
  });

  it('returns no numbers for a route without systemic PK data, and says why', () => {
    const r = predictExposure(
      { regimen: { route: 'topical', dose: { amount: 25, unit: 'mg' } }, patient: {} },
      small,
    );
    expect(r.cmax).toBeNull();
    expect(r.model).toBeNull();
    expect(r.curve).toEqual([]);
    expect(r.warnings[0]?.code).toBe('route-without-pk');
  });

  it('applies interactions by route: clarithromycin raises oral exposure ×2.6, not IV', () => {
    const oral = {
      regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
      patient: { weightKg: 70, ageYears: 40 },
    };
    const base = predictExposure(oral, small);
    const with_ = predictExposure({ ...oral, medications: ['clarithromycin'] }, small);
    // The ratio scales the typical bioavailability; with logit-normal variability the median
    // AUC rises by just under the published ×2.6 (bioavailability cannot exceed 1).
    const ratio = (with_.auc?.median ?? 0) / (base.auc?.median ?? 1);
    expect(ratio).toBeGreaterThan(2.4);
    expect(ratio).toBeLessThanOrEqual(2.6 + 1e-12);
    expect(with_.warnings.map((w) => w.code)).toContain('interaction');
    const ivWith = predictExposure({ ...iv(20), medications: ['clarithromycin'] }, small);
    expect(ivWith.auc).toEqual(predictExposure(iv(20), small).auc);
    expect(ivWith.warnings.map((w) => w.code)).toContain('interaction-not-quantified');
  });

  it('rifampicin: −86 % orally but −14 % IV', () => {
    const ivBase = predictExposure(iv(20, { drug: 'esketamine' }), small).auc?.median ?? 0;
    const ivRif =
      predictExposure({ ...iv(20, { drug: 'esketamine' }), medications: ['rifampicin'] }, small).auc
        ?.median ?? 0;
    expect(ivRif / ivBase).toBeCloseTo(0.86, 2);
  });

  it('applies the cited sex effect and flags unquantified covariates', () => {
    const male = predictExposure(
      { ...iv(20, { drug: 'esketamine' }), patient: { weightKg: 70, ageYears: 40, sex: 'male' } },
      small,
    );
    const female = predictExposure(
      { ...iv(20, { drug: 'esketamine' }), patient: { weightKg: 70, ageYears: 40, sex: 'female' } },
      small,
    );
    expect((male.auc?.median ?? 0) / (female.auc?.median ?? 1)).toBeCloseTo(1.2, 6);
    const hepatic = predictExposure(
      { ...iv(20), patient: { weightKg: 70, ageYears: 40, hepaticImpairment: 'severe' } },
      small,
    );
    expect(hepatic.warnings.map((w) => w.code)).toContain('covariate-not-quantified');
  });

  it('throws InvalidInputError for malformed input and options', () => {
    expect(() => predictExposure({ regimen: { route: 'iv' }, patient: {} })).toThrow(
      InvalidInputError,
    );
    expect(() => predictExposure(iv(20), { population: 5 })).toThrow(/population/);
    expect(() => predictExposure(iv(20), { seed: 1.5 })).toThrow(InvalidInputError);
    expect(() => predictExposure(iv(20), { model: 'nope' })).toThrow(/unknown model/);
    expect(() => predictExposure(iv(20), { model: 'fanta-2015' })).toThrow(/is for esketamine/);
  });

  test.prop(
    [fc.double({ min: 1, max: 200, noNaN: true }), fc.double({ min: 1.01, max: 5, noNaN: true })],
    { numRuns: 10 },
  )('Cmax and AUC percentiles rise with dose (monotonicity)', (dose, factor) => {
    const lo = predictExposure(iv(dose), { seed: 9, population: 50 });
    const hi = predictExposure(iv(dose * factor), { seed: 9, population: 50 });
    expect(hi.cmax?.median).toBeGreaterThan(lo.cmax?.median ?? 0);
    expect(hi.auc?.p5).toBeGreaterThan(lo.auc?.p5 ?? 0);
  });
});
