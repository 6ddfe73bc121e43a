import { describe, expectTypeOf, it } from 'vitest';
import {
  type Adjustment,
  type Diary,
  type DiaryInput,
  type DiaryResult,
  type Dose,
  type EstimateReliefInput,
  type ExposureInput,
  type ExposureResult,
  estimateRelief,
  getRoute,
  getSource,
  type InputIssue,
  type InputIssueCode,
  type InvalidInputError,
  type MaintenanceInput,
  type MaintenanceResult,
  type MedicineId,
  type PainTypeId,
  type Patient,
  type PercentilePoint,
  type PercentileRange,
  type PredictExposureInput,
  parseReliefInput,
  predictExposure,
  type Regimen,
  type RegimenInput,
  type ReliefInput,
  type ReliefOptions,
  type ReliefResult,
  type ResultProvenance,
  type RouteId,
  RouteIdSchema,
  type RouteProfile,
  reliefFromDiary,
  type SourceId,
  type SourceRecord,
  type SuggestMaintenanceInput,
  type SurvivalPoint,
  suggestMaintenance,
  toFhirDosage,
  type WarningCode,
} from '../src/index';

describe('typed inputs of the main functions (what a caller writes, before validation)', () => {
  it("the README's inputs compile", () => {
    const crps: EstimateReliefInput = {
      painType: 'crps',
      regimen: {
        route: 'intravenous',
        dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
        sessions: 10,
        every: { days: 1 },
      },
      patient: { weightKg: 70, ageYears: 45 },
    };
    const maintenance: SuggestMaintenanceInput = {
      ...crps,
      lastSessionEnd: '2026-11-20T16:00:00+01:00',
      history: [{ sessionEnd: '2026-09-01T16:00:00+02:00', reliefDays: 38 }],
    };
    const exposure: PredictExposureInput = {
      regimen: { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' } },
      patient: { weightKg: 80, ageYears: 35 },
      medications: ['clarithromycin'],
    };
    const diary: DiaryInput = {
      sessions: [{ start: '2026-11-01T09:00:00Z', end: '2026-11-01T13:00:00Z' }],
      entries: [{ at: '2026-11-01T08:00:00Z', score: 7 }],
    };
    const regimen: RegimenInput = { route: 'oral', dose: { amount: 50, unit: 'mg' } };
    expectTypeOf(estimateRelief(crps)).toEqualTypeOf<ReliefResult>();
    expectTypeOf(suggestMaintenance(maintenance).boosterInterval).not.toBeAny();
    expectTypeOf(predictExposure(exposure).cmax).not.toBeAny();
    expectTypeOf(reliefFromDiary(diary).sessions).not.toBeAny();
    expectTypeOf(toFhirDosage(regimen)).not.toBeAny();
  });

  it('every result shares one provenance base', () => {
    expectTypeOf<ReliefResult>().toMatchTypeOf<ResultProvenance<ReliefInput>>();
    expectTypeOf<ExposureResult>().toMatchTypeOf<ResultProvenance<ExposureInput>>();
    expectTypeOf<MaintenanceResult>().toMatchTypeOf<ResultProvenance<MaintenanceInput>>();
    expectTypeOf<DiaryResult>().toMatchTypeOf<ResultProvenance<Diary>>();
    expectTypeOf<ReliefResult['curve']>().toEqualTypeOf<PercentilePoint[] | undefined>();
    expectTypeOf<ExposureResult['curve']>().toEqualTypeOf<PercentilePoint[]>();
    expectTypeOf<InputIssue['code']>().toEqualTypeOf<InputIssueCode>();
  });

  it('misspelled keys, pain types, routes and units do not compile', () => {
    const regimen = { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } } as const;
    // @ts-expect-error a misspelled pain type
    estimateRelief({ painType: 'crsp', regimen, patient: { weightKg: 70 } });
    // @ts-expect-error a misspelled key of the patient
    estimateRelief({ painType: 'crps', regimen, patient: { wieght: 70 } });
    estimateRelief({
      painType: 'crps',
      // @ts-expect-error a route that does not exist
      regimen: { route: 'iv', dose: { amount: 0.3, unit: 'mg/kg' } },
      patient: { weightKg: 70 },
    });
    estimateRelief({
      painType: 'crps',
      // @ts-expect-error a unit that does not exist
      regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kgg' } },
      patient: { weightKg: 70 },
    });
    // @ts-expect-error a medicine id that does not exist
    predictExposure({ regimen, patient: {}, medications: ['clarithromycine'] });
    suggestMaintenance({
      painType: 'crps',
      regimen,
      patient: {},
      // @ts-expect-error a misspelled top-level key
      lastSesionEnd: '2026-01-01T00:00:00Z',
    });
    // @ts-expect-error a diary entry without a score
    reliefFromDiary({ sessions: [], entries: [{ at: '2026-01-01T00:00:00Z' }] });
    // @ts-expect-error a dose without an amount
    toFhirDosage({ route: 'oral', dose: { unit: 'mg' } });
  });
});

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

  it('estimateRelief takes its typed input and returns typed minute ranges', () => {
    expectTypeOf(estimateRelief).parameter(0).toEqualTypeOf<EstimateReliefInput>();
    expectTypeOf(estimateRelief).parameter(1).toEqualTypeOf<ReliefOptions | undefined>();
    const r = estimateRelief({
      painType: 'crps',
      regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
      patient: { weightKg: 70 },
    });
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
