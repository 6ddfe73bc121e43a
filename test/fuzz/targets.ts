// Every public function, with an arbitrary of valid argument lists and how many runs each kind
// of case gets. Simulations run with `population: 10` here; the default population is
// exercised by HEAVY_DEFAULT for the 1-s check.
import { fc } from '@fast-check/vitest';
import * as api from '../../src/index';
import { everything } from '../helpers/entries';
import {
  dateZone,
  diary,
  diaryOptions,
  drug,
  duration,
  exposureInput,
  HostileError,
  humanizeOptions,
  instant,
  isoAt,
  isoDateTime,
  levels,
  locale,
  logNormal,
  maintenanceInput,
  medications,
  medicineId,
  method,
  NOW,
  offsetMinutes,
  PAIN_TYPES,
  PK_MODELS,
  painType,
  patient,
  percentileRange,
  pkCase,
  positives,
  regimen,
  reliefInput,
  routeId,
  SOURCES,
  seed,
  timeZone,
  unit,
} from './arbitraries';

type Fn = (...args: never[]) => unknown;
export interface Runs {
  valid: number;
  mutated: number;
  hostile: number;
  huge: number;
}
export interface Target {
  name: string;
  fn: Fn;
  args: fc.Arbitrary<unknown[]>;
  runs: Runs;
}

const CHEAP: Runs = { valid: 250, mutated: 950, hostile: 500, huge: 3 };
const LOOKUP: Runs = { valid: 80, mutated: 300, hostile: 350, huge: 1 };
const LIST: Runs = { valid: 5, mutated: 20, hostile: 40, huge: 1 };
const HEAVY: Runs = { valid: 80, mutated: 250, hostile: 80, huge: 3 };
const EXPOSURE: Runs = { valid: 60, mutated: 150, hostile: 50, huge: 3 };
const POP = 10;

// ---- Valid inputs at the documented bounds ---------------------------------------------------

const EDGE_REGIMENS = [
  { route: 'intravenous', dose: { amount: 0.1, unit: 'mg/kg/h', over: { days: 30 } } },
  { route: 'subcutaneous', dose: { amount: 5, unit: 'mg/h', over: { days: 30 } } },
  { route: 'intravenous', dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 1 } } },
  {
    route: 'intravenous',
    dose: { amount: 0.3, unit: 'mg/kg' },
    sessions: 1500,
    every: { days: 1 },
  },
  { route: 'oral', dose: { amount: 50, unit: 'mg' }, sessions: 1500, every: { hours: 6 } },
  {
    route: 'intravenous',
    dose: { amount: 0.3, unit: 'mg/kg/h', over: { hours: 1 } },
    sessions: 1000,
    every: { days: 3.65 },
  },
  {
    route: 'intravenous',
    dose: { amount: 0.1, unit: 'mg/kg/h', over: { days: 30 } },
    sessions: 10,
    every: { days: 365 },
  },
  { route: 'intranasal', dose: { amount: 0.001, unit: 'mg' }, sessions: 2, every: { days: 365 } },
  { route: 'intramuscular', dose: { amount: 10, unit: 'mg/kg' } },
  { route: 'intravenous', dose: { amount: 1000, unit: 'mg/h', over: { hours: 100 } } },
];
const EDGE_PATIENTS = [
  { weightKg: 0.3 },
  { weightKg: 1000, ageYears: 150 },
  { weightKg: 70, ageYears: 0 },
  { weightKg: 3, ageYears: 0.1 },
  { weightKg: 70, ageYears: 150, painHistoryYears: 150 },
];
const edgeExposure = fc.record({
  regimen: fc.constantFrom(...EDGE_REGIMENS),
  patient: fc.constantFrom(...EDGE_PATIENTS),
  medications,
});
const edgeRelief = fc.record({
  painType,
  regimen: fc.constantFrom(...EDGE_REGIMENS),
  patient: fc.constantFrom(...EDGE_PATIENTS),
});
const mostly = (usual: fc.Arbitrary<object>, edge: fc.Arbitrary<object>): fc.Arbitrary<object> =>
  fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: edge, weight: 1 });

// ---- Options ---------------------------------------------------------------------------------

const reliefOptions = fc.record(
  {
    population: fc.constant(POP),
    seed,
    curve: fc.boolean(),
    reliefThreshold: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    checkpoints: fc.array(fc.integer({ min: 0, max: 525_600 }), { maxLength: 5 }),
    // Redraws the fitted parameters 40 times: kept rare so that the suite stays fast.
    uncertainty: fc.oneof(
      { arbitrary: fc.constant(false), weight: 19 },
      { arbitrary: fc.constant(true), weight: 1 },
    ),
  },
  { requiredKeys: ['population'] },
);
const exposureArgs = fc
  .tuple(mostly(exposureInput, edgeExposure), fc.option(fc.nat()), fc.option(seed))
  .map(([input, pick, s]) => {
    const d = (input as { regimen: { drug?: string } }).regimen.drug ?? 'racemic';
    const models = everything.listPkModels().filter((m) => m.drug === d);
    const model = pick === null ? undefined : models[pick % models.length]?.id;
    return [
      input,
      { population: POP, ...(model ? { model } : {}), ...(s === null ? {} : { seed: s }) },
    ];
  });
const maintenanceOptions = fc.record(
  { population: fc.constant(POP), now: fc.constant(NOW), timeZone, seed },
  { requiredKeys: ['population', 'now'] },
);
const chartOptions = fc.record(
  {
    width: fc.integer({ min: 480, max: 2000 }),
    height: fc.integer({ min: 360, max: 2000 }),
    title: fc.constantFrom('', 'CRPS <series> & "boosters"', 'Ω ü 💊'),
    locale: fc.option(locale, { nil: undefined }),
    labels: fc.record(
      {
        onset: fc.option(fc.constantFrom('Beginn', '<début> & "x"'), { nil: undefined }),
        footer: fc.option(fc.constantFrom('simulierte Patienten', 'Ω 💊'), { nil: undefined }),
        threshold: fc.option(fc.constant('spürbare Linderung'), { nil: undefined }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

// ---- Precomputed results (chart input, schema samples) -----------------------------------------

const series: api.RegimenInput = {
  route: 'intravenous',
  dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
  sessions: 10,
  every: { days: 1 },
};
const RELIEF_INPUTS: [api.EstimateReliefInput, ...api.EstimateReliefInput[]] = [
  { painType: 'crps', regimen: series, patient: { weightKg: 70 } },
  {
    painType: 'acute-trauma',
    regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
    patient: { weightKg: 70 },
  },
  {
    painType: 'cancer',
    regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
    patient: { ageYears: 70 },
  },
  {
    painType: 'neuropathic',
    regimen: { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' }, drug: 'esketamine' },
    patient: { weightKg: 55 },
    medications: ['clarithromycin'],
  },
];
let estimates: api.ReliefResult[] | undefined;
/** Relief estimates with curves, made once. */
export function sampleEstimates(): api.ReliefResult[] {
  estimates ??= RELIEF_INPUTS.map((input, i) =>
    api.estimateRelief(input as never, {
      curve: true,
      population: 50,
      seed: i,
      checkpoints: [30, 100_000],
      uncertainty: i === 0,
    }),
  );
  return estimates;
}
let plans: api.MaintenanceResult[] | undefined;
/** Maintenance suggestions, made once. */
export function samplePlans(): api.MaintenanceResult[] {
  plans ??= [
    api.suggestMaintenance(
      { ...RELIEF_INPUTS[0], lastSessionEnd: '2026-11-20T16:00:00+01:00' },
      { population: 100, now: NOW, timeZone: 'Europe/Berlin' },
    ),
    api.suggestMaintenance(
      {
        ...(RELIEF_INPUTS[2] as api.EstimateReliefInput),
        history: [{ sessionEnd: '2026-01-02T10:00:00Z', reliefDays: 30 }],
      },
      { population: 50, now: NOW },
    ),
  ];
  return plans;
}

// ---- The targets -----------------------------------------------------------------------------

const sortedPositives = positives
  .filter((xs) => xs.length > 0)
  .map((xs) => [...xs].sort((a, b) => a - b));
const instantOrDate = fc.oneof(
  isoDateTime,
  instant.map((ms) => new Date(ms)),
);
const innerDate = fc.integer({ min: Date.UTC(1911, 0, 1), max: Date.UTC(2188, 0, 1) });
const innerIsoDate = innerDate.map((ms) => new Date(ms).toISOString().slice(0, 10));
const parsedExposure = exposureInput.map((i) => api.parseExposureInput(i));
const source = fc.constantFrom(...SOURCES);
const t = (name: string, fn: Fn, args: fc.Arbitrary<unknown[]>, runs: Runs = CHEAP): Target => ({
  name,
  fn,
  args,
  runs,
});

export const TARGETS: Target[] = [
  t(
    'estimateRelief',
    api.estimateRelief,
    fc.tuple(mostly(reliefInput, edgeRelief), reliefOptions),
    HEAVY,
  ),
  t('predictExposure', api.predictExposure, exposureArgs, EXPOSURE),
  t(
    'suggestMaintenance',
    api.suggestMaintenance,
    fc.tuple(maintenanceInput, maintenanceOptions),
    HEAVY,
  ),
  t('reliefFromDiary', api.reliefFromDiary, fc.tuple(diary, diaryOptions)),
  t('toFhirDosage', api.toFhirDosage, fc.tuple(regimen)),
  t(
    'renderReliefChart',
    api.renderReliefChart,
    fc.tuple(
      fc.nat({ max: RELIEF_INPUTS.length - 1 }).map((i) => sampleEstimates()[i]),
      chartOptions,
    ),
    {
      ...CHEAP,
      valid: 60,
      mutated: 500,
      hostile: 150,
    },
  ),
  t('humanize', api.humanize, fc.tuple(percentileRange, humanizeOptions)),
  t('simulatePk', everything.simulatePk, pkCase),
  t(
    'mgPerLToNgPerMl',
    everything.mgPerLToNgPerMl,
    fc.tuple(fc.double({ min: 0, max: 1e3, noNaN: true })),
  ),
  t('parseExposureInput', api.parseExposureInput, fc.tuple(exposureInput)),
  t('parseReliefInput', api.parseReliefInput, fc.tuple(reliefInput)),
  t('parseMedications', api.parseMedications, fc.tuple(medications)),
  t('parsePatient', api.parsePatient, fc.tuple(patient)),
  t('parseRegimen', api.parseRegimen, fc.tuple(regimen)),
  t('parseDuration', api.parseDuration, fc.tuple(duration)),
  t('durationToMinutes', everything.durationToMinutes, fc.tuple(duration)),
  t(
    'addCalendarDays',
    everything.addCalendarDays,
    fc.tuple(innerIsoDate, fc.integer({ min: -3650, max: 3650 })),
  ),
  t('calendarDaysBetween', everything.calendarDaysBetween, fc.tuple(innerIsoDate, innerIsoDate)),
  t('dateIn', everything.dateIn, fc.tuple(innerDate, dateZone)),
  t('elapsedDays', everything.elapsedDays, fc.tuple(instantOrDate, instantOrDate)),
  t('firstWholeDateAfter', everything.firstWholeDateAfter, fc.tuple(innerDate, dateZone)),
  t(
    'localDate',
    everything.localDate,
    fc.tuple(
      fc.oneof(
        innerDate.map((ms) => new Date(ms)),
        fc.tuple(innerDate, offsetMinutes).map(([ms, o]) => isoAt(ms, o)),
      ),
      timeZone,
    ),
  ),
  t('writtenOffsetMinutes', everything.writtenOffsetMinutes, fc.tuple(isoDateTime)),
  t('getRoute', api.getRoute, fc.tuple(routeId), LOOKUP),
  t('getPainType', api.getPainType, fc.tuple(painType), LOOKUP),
  t('getMedicine', api.getMedicine, fc.tuple(medicineId), LOOKUP),
  t('getSource', api.getSource, fc.tuple(source), LOOKUP),
  t('getPkModel', everything.getPkModel, fc.tuple(fc.constantFrom(...PK_MODELS)), LOOKUP),
  t('getAbsorption', everything.getAbsorption, fc.tuple(routeId, drug), LOOKUP),
  t('isSourceId', api.isSourceId, fc.tuple(fc.oneof(source, fc.string())), LOOKUP),
  t('formatCitation', api.formatCitation, fc.tuple(source), LOOKUP),
  t('exposureEffect', everything.exposureEffect, fc.tuple(medicineId, routeId, drug), LOOKUP),
  t('routeSupports', api.routeSupports, fc.tuple(routeId, method), LOOKUP),
  t('listRoutes', api.listRoutes, fc.constant([]), LIST),
  t('listPainTypes', api.listPainTypes, fc.constant([]), LIST),
  t('listMedicines', api.listMedicines, fc.constant([]), LIST),
  t('listSources', api.listSources, fc.constant([]), LIST),
  t('listPkModels', everything.listPkModels, fc.constant([]), LIST),
  t('listAbsorption', everything.listAbsorption, fc.constant([]), LIST),
  t(
    'createRandom',
    (s: string | number) => {
      const r = everything.createRandom(s);
      return { uniform: r.uniform(), normal: r.normal(), uint32: r.uint32() };
    },
    fc.tuple(seed),
  ),
  t(
    'percentiles',
    everything.percentiles,
    fc.tuple(
      positives.filter((xs) => xs.length > 0),
      fc.constantFrom('minute', 'day', 'ng/mL'),
    ),
  ),
  t(
    'quantileSorted',
    everything.quantileSorted,
    fc.tuple(sortedPositives, fc.double({ min: 0, max: 1, noNaN: true })),
  ),
  t('logNormalFit', everything.logNormalFit, fc.tuple(positives.filter((xs) => xs.length > 0))),
  t(
    'updateDuration',
    everything.updateDuration,
    fc.oneof(
      fc.tuple(logNormal, positives),
      fc.tuple(
        logNormal,
        positives,
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        fc.double({ min: 0.5, max: 10, noNaN: true }),
      ),
    ),
  ),
  t(
    'guidelineWarnings',
    everything.guidelineWarnings,
    parsedExposure.map((p) => [p.regimen, p.patient]),
  ),
  t('strongestLevel', everything.strongestLevel, fc.tuple(levels), LOOKUP),
  t(
    'sourceLevel',
    everything.sourceLevel,
    fc.tuple(
      fc
        .constantFrom(...api.listSources())
        .map((s) => ({ studyType: s.studyType, caveats: s.caveats })),
    ),
    LOOKUP,
  ),
  t('isRateUnit', everything.isRateUnit, fc.tuple(unit), LOOKUP),
  t('isPerKgUnit', everything.isPerKgUnit, fc.tuple(unit), LOOKUP),
  t(
    'percentileRangeSchema',
    (u: string, value: unknown) => {
      const schema = api.percentileRangeSchema(u);
      try {
        return safeParse(schema, value);
      } catch (e) {
        // As for every schema, safeParse may rethrow what the caller's own proxy throws.
        if (e instanceof HostileError) return { rethrown: true };
        throw e;
      }
    },
    percentileRange.map((r) => [r.unit, r]),
    LOOKUP,
  ),
];

/** The default population (no `population` option): the 1-s check on valid heavy calls. */
export const HEAVY_DEFAULT: {
  name: string;
  fn: Fn;
  args: fc.Arbitrary<unknown[]>;
  runs: number;
}[] = [
  { name: 'estimateRelief', fn: api.estimateRelief, args: fc.tuple(reliefInput), runs: 60 },
  {
    name: 'estimateRelief at the bounds',
    fn: api.estimateRelief,
    args: fc.tuple(edgeRelief),
    runs: 8,
  },
  {
    name: 'suggestMaintenance',
    fn: api.suggestMaintenance,
    args: fc.tuple(maintenanceInput, fc.constant({ now: NOW })),
    runs: 60,
  },
  { name: 'predictExposure', fn: api.predictExposure, args: fc.tuple(exposureInput), runs: 15 },
  {
    name: 'predictExposure at the bounds',
    fn: api.predictExposure,
    args: fc.tuple(edgeExposure),
    runs: 4,
  },
];

interface SafeParser {
  safeParse(
    v: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
}
/**
 * safeParse, with the parsed value under `input` (an echo of the caller's value: only its
 * numbers are checked) and the error reduced to its issue count (issues echo hostile input).
 */
export function safeParse(schema: SafeParser, value: unknown): unknown {
  const r = schema.safeParse(value);
  return r.success
    ? { success: true, input: r.data }
    : { success: false, issues: r.error.issues.length };
}

/** Every exported zod schema, by name. */
export const SCHEMAS: [string, SafeParser][] = Object.entries(everything)
  .filter(
    ([name, v]) =>
      name.endsWith('Schema') && typeof v === 'object' && v !== null && 'safeParse' in v,
  )
  .map(([name, v]) => [name, v as unknown as SafeParser]);

let pool: unknown[] | undefined;
/** Values for schema cases: the registries, results, and samples of every valid arbitrary. */
function schemaPool(): unknown[] {
  if (pool) return pool;
  const seen = new Set<unknown>();
  const out: unknown[] = [];
  const walk = (v: unknown) => {
    if (seen.has(v)) return;
    seen.add(v);
    out.push(v);
    if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  const sample = <T>(arb: fc.Arbitrary<T>) => fc.sample(arb, { numRuns: 25, seed: 7 });
  walk([api.listRoutes(), api.listPainTypes(), api.listMedicines(), api.listSources()]);
  walk([everything.listPkModels(), everything.listAbsorption(), sampleEstimates(), samplePlans()]);
  const arbs: fc.Arbitrary<unknown>[] = [
    maintenanceInput,
    exposureInput,
    diary,
    diaryOptions,
    maintenanceOptions,
    reliefOptions,
  ];
  for (const arb of arbs) walk(sample(arb));
  walk(sample(pkCase.map(([params, doses, times]) => ({ params, doses, times }))));
  walk(
    sample(
      fc.tuple(
        isoDateTime,
        instant.map((ms) => new Date(ms).toISOString().slice(0, 10)),
      ),
    ),
  );
  walk([
    PAIN_TYPES,
    fc.sample(seed, { numRuns: 10, seed: 7 }),
    fc.sample(exposureArgs, { numRuns: 10, seed: 7 }),
  ]);
  pool = out;
  return pool;
}

/** Valid values of a schema: its enum options, or the pool's values it accepts. */
export function schemaSamples(schema: SafeParser): unknown[] {
  const options = (schema as { options?: unknown }).options;
  if (Array.isArray(options)) return options;
  // For an object schema, only objects whose keys it knows are worth trying.
  const shape = (schema as { shape?: object }).shape;
  const fits = (v: unknown) =>
    shape === undefined ||
    (v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Object.keys(v).every((k) => k in shape));
  return schemaPool().filter((v) => fits(v) && schema.safeParse(v).success);
}
