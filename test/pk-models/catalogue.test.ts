import { describe, expect, it } from 'vitest';
import { MODEL_CHOICES } from '../../src/data/exposure-settings';
import {
  AbsorptionSchema,
  DispositionModelSchema,
  getAbsorption,
  getPkModel,
  listAbsorption,
  listPkModels,
} from '../../src/entries/pk';
import { InvalidInputError, RouteIdSchema } from '../../src/index';

describe('published PK models', () => {
  it.each(listPkModels().map((m) => [m.id, m]))('%s matches DispositionModelSchema', (_, m) => {
    expect(DispositionModelSchema.safeParse(m).success).toBe(true);
  });

  it.each(listAbsorption().map((a) => [`${a.route}/${a.drug}`, a]))(
    '%s matches AbsorptionSchema',
    (_, a) => {
      expect(AbsorptionSchema.safeParse(a).success).toBe(true);
      expect(a.f.value).toBeGreaterThan(0);
      expect(a.f.value).toBeLessThanOrEqual(1);
      expect(a.ka.value).toBeGreaterThan(0);
    },
  );

  it('covers every non-IV, non-topical route for racemic ketamine, and no route twice', () => {
    const keys = listAbsorption().map((a) => `${a.route}/${a.drug}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of RouteIdSchema.options) {
      const has = getAbsorption(route, 'racemic') !== undefined;
      expect(has, route).toBe(route !== 'intravenous' && route !== 'topical');
    }
  });

  it('model choices point at models of the right drug form', () => {
    for (const c of MODEL_CHOICES) expect(getPkModel(c.model).drug).toBe(c.drug);
  });

  it('the adult racemic set reproduces its micro-constants (k10 = CL/V1 = 0.4381/min)', () => {
    const d = getPkModel('domino-1984');
    expect(d.cl.value / d.v1.value).toBeCloseTo(0.4381, 3);
    expect((d.q2?.value ?? 0) / d.v1.value).toBeCloseTo(0.5921, 3);
    expect((d.q3?.value ?? 0) / (d.v3?.value ?? 1)).toBeCloseTo(0.0146, 3);
  });

  it('rejects unknown model ids', () => {
    expect(() => getPkModel('nope')).toThrow(InvalidInputError);
  });
});
