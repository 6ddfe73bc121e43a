import { describe, expectTypeOf, it } from 'vitest';
import {
  type Adjustment,
  type Dose,
  estimateRelief,
  getRoute,
  getSource,
  type InputIssue,
  type InvalidInputError,
  type MedicineId,
  type PainTypeId,
  type Patient,
  type PercentileRange,
  parseReliefInput,
  type Regimen,
  type RegimenInput,
  type ReliefOptions,
  type ReliefResult,
  type RouteId,
  RouteIdSchema,
  type RouteProfile,
  type SourceId,
  type SourceRecord,
  type SurvivalPoint,
  type WarningCode,
} from '../src/index';

describe('public types', () => {
  it('route ids are a closed union, also from the schema', () => {
    expectTypeOf<RouteId>().toEqualTypeOf<
      | 'intravenous'
      | 'intramuscular'
      | 'subcutaneous'
      | 'oral'
      | 'sublingual'
      | 'buccal'
      | 'intranasal'
      | 'rectal'
      | 'topical'
    >();
    expectTypeOf(RouteIdSchema.parse('oral')).toEqualTypeOf<RouteId>();
    // @ts-expect-error 'iv' is not a route id
    getRoute('iv');
  });

  it('normalised regimens always have method, sessions and drug', () => {
    expectTypeOf<Regimen['method']>().toEqualTypeOf<'bolus' | 'infusion'>();
    expectTypeOf<Regimen['sessions']>().toEqualTypeOf<number>();
    expectTypeOf<Regimen['drug']>().toEqualTypeOf<'racemic' | 'esketamine'>();
    expectTypeOf<RegimenInput['sessions']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Dose['unit']>().toEqualTypeOf<'mg' | 'mg/kg' | 'mg/h' | 'mg/kg/h'>();
  });

  it('parse helpers return the normalised types', () => {
    const input = parseReliefInput({});
    expectTypeOf(input.painType).toEqualTypeOf<PainTypeId>();
    expectTypeOf(input.medications).toEqualTypeOf<MedicineId[]>();
    expectTypeOf(input.patient).toEqualTypeOf<Patient>();
  });

  it('data are deeply read-only', () => {
    const route = getRoute('oral');
    expectTypeOf(route).toEqualTypeOf<RouteProfile>();
    // @ts-expect-error read-only
    route.label = 'x';
    // @ts-expect-error read-only array
    route.notes.push(route.notes[0]);
  });

  it('source ids are checked at compile time', () => {
    expectTypeOf(getSource('dahan-2011')).toEqualTypeOf<SourceRecord>();
    expectTypeOf<'cohen-2018'>().toExtend<SourceId>();
    // @ts-expect-error unknown source id
    getSource('nobody-1900');
  });

  it('the error carries typed issues', () => {
    expectTypeOf<InvalidInputError['issues']>().toEqualTypeOf<readonly InputIssue[]>();
    expectTypeOf<InvalidInputError>().toExtend<Error>();
  });

  it('estimateRelief takes unknown input and returns typed minute ranges', () => {
    expectTypeOf(estimateRelief).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(estimateRelief).parameter(1).toEqualTypeOf<ReliefOptions | undefined>();
    const r = estimateRelief({});
    expectTypeOf(r).toEqualTypeOf<ReliefResult>();
    expectTypeOf(r.duration).toEqualTypeOf<PercentileRange<'minute'> | null>();
    expectTypeOf(r.phase).toEqualTypeOf<'acute' | 'sustained' | null>();
    expectTypeOf(r.survival).toEqualTypeOf<SurvivalPoint[]>();
    expectTypeOf(r.adjustments[0]?.effect).toEqualTypeOf<
      'lengthens' | 'shortens' | 'none' | 'unknown' | undefined
    >();
    expectTypeOf(r.warnings[0]?.code).toEqualTypeOf<WarningCode | undefined>();
    expectTypeOf<Adjustment['sources']>().toEqualTypeOf<SourceId[]>();
    // @ts-expect-error thresholds are numbers
    estimateRelief({}, { reliefThreshold: '30%' });
  });
});
