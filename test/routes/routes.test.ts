import { describe, expect, it } from 'vitest';
import {
  getRoute,
  InvalidInputError,
  listRoutes,
  RouteIdSchema,
  RouteProfileSchema,
  routeSupports,
} from '../../src/index';

describe('route profiles', () => {
  it('cover every route id exactly once, in schema order', () => {
    expect(listRoutes().map((r) => r.id)).toEqual(RouteIdSchema.options);
  });

  it.each(listRoutes().map((r) => [r.id, r]))('%s matches RouteProfileSchema', (_, route) => {
    expect(RouteProfileSchema.safeParse(route).success).toBe(true);
  });

  it('carry the SNOMED CT route codes of the FHIR value set', () => {
    const codes = Object.fromEntries(listRoutes().map((r) => [r.id, r.snomed.code]));
    expect(codes).toEqual({
      intravenous: '47625008',
      intramuscular: '78421000',
      subcutaneous: '34206005',
      oral: '26643006',
      sublingual: '37839007',
      buccal: '54471007',
      intranasal: '46713006',
      rectal: '37161004',
      topical: '6064005',
    });
  });

  it('record subcutaneous and topical bioavailability as gaps, not numbers', () => {
    expect(getRoute('subcutaneous').bioavailability.kind).toBe('gap');
    expect(getRoute('topical').bioavailability.kind).toBe('gap');
  });

  it('keep bioavailability within 0–1 and ranges ordered', () => {
    for (const r of listRoutes()) {
      const f = r.bioavailability;
      if (f.kind === 'range') {
        expect(f.low).toBeGreaterThan(0);
        expect(f.high).toBeLessThanOrEqual(1);
      }
    }
  });

  it('mark IV bioavailability 1 as a reference assumption, not a citation', () => {
    const f = getRoute('intravenous').bioavailability;
    expect(f).toMatchObject({ kind: 'range', low: 1, high: 1, sources: [] });
    expect(f.kind === 'range' && f.assumption).toBeTruthy();
  });

  it('rank IV onset before oral onset (literature ranges)', () => {
    const iv = getRoute('intravenous').onset;
    const oral = getRoute('oral').onset;
    if (iv.kind !== 'range' || oral.kind !== 'range') throw new Error('expected ranges');
    expect(iv.high).toBeLessThan(oral.low);
  });

  it('are deeply frozen', () => {
    const iv = getRoute('intravenous');
    expect(Object.isFrozen(iv)).toBe(true);
    expect(Object.isFrozen(iv.snomed)).toBe(true);
    expect(Object.isFrozen(iv.methods[0]?.basis.sources)).toBe(true);
    expect(() => {
      (iv as { label: string }).label = 'x';
    }).toThrow(TypeError);
  });

  it('know which routes take infusions', () => {
    expect(routeSupports('intravenous', 'infusion')).toBe(true);
    expect(routeSupports('subcutaneous', 'infusion')).toBe(true);
    expect(routeSupports('oral', 'infusion')).toBe(false);
    expect(routeSupports('intranasal', 'bolus')).toBe(true);
  });

  it('throw InvalidInputError for an unknown route', () => {
    expect(() => getRoute('iv' as never)).toThrow(InvalidInputError);
    expect(() => getRoute('iv' as never)).toThrow(/unknown route "iv"/);
  });
});
