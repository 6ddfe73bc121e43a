/**
 * ketamine-relief: typed, cited estimates of how long ketamine pain relief lasts.
 *
 * The root entry holds the estimators (`estimateRelief`, `predictExposure`,
 * `suggestMaintenance`, `reliefFromDiary`), their input, option and result types and schemas,
 * the catalogue lookups, `humanize`, `renderReliefChart`, `toFhirDosage` and
 * `InvalidInputError`. Building blocks live on subpaths: `ketamine-relief/pk`,
 * `ketamine-relief/stats`, `ketamine-relief/dates` and `ketamine-relief/evidence`.
 *
 * Results are estimates for information. This library is not a dosing device.
 *
 * @module ketamine-relief
 */

export { type ChartLabels, type ChartOptions, renderReliefChart } from './chart/relief-chart.js';
export { NOT_A_DOSING_DEVICE } from './data/notice.js';
export { type DateZone, IsoDateSchema, IsoDateTimeSchema, TimeZoneSchema } from './dates/schema.js';
export { reliefFromDiary } from './diary/analyse.js';
export {
  type Diary,
  type DiaryInput,
  type DiaryOptions,
  DiaryOptionsSchema,
  type DiaryResult,
  DiarySchema,
  type SessionRelief,
} from './diary/schema.js';
export {
  INPUT_ISSUE_CODES,
  type InputIssue,
  type InputIssueCode,
  InvalidInputError,
} from './errors/invalid-input-error.js';
export {
  type CitedRange,
  CitedRangeSchema,
  type CitedStatement,
  CitedStatementSchema,
  type EvidenceGap,
  EvidenceGapSchema,
  type Measure,
  MeasureSchema,
  type MeasureUnit,
  MeasureUnitSchema,
} from './evidence/cited.js';
export {
  formatCitation,
  getSource,
  isSourceId,
  listSources,
  type SourceId,
} from './evidence/registry.js';
export {
  type DeepReadonly,
  type EvidenceLevel,
  EvidenceLevelSchema,
  type SourceCaveat,
  SourceCaveatSchema,
  type SourceRecord,
  SourceRecordSchema,
  type StudyType,
  StudyTypeSchema,
} from './evidence/types.js';
export { type ExposureResult, predictExposure } from './exposure/predict.js';
export { type FhirDosage, type FhirQuantity, toFhirDosage } from './fhir/dosage.js';
export { type HumanizeOptions, humanize } from './humanize/humanize.js';
export { parseExposureInput, parseMedications, parseReliefInput } from './input/parse.js';
export {
  type EstimateReliefInput,
  type ExposureInput,
  ExposureInputSchema,
  MedicationsSchema,
  type PredictExposureInput,
  type ReliefInput,
  ReliefInputSchema,
} from './input/schema.js';
export { MaintenanceResultSchema } from './maintenance/result-schema.js';
export {
  type CitedAdvice,
  type HistoryEntry,
  HistoryEntrySchema,
  type MaintenanceInput,
  MaintenanceInputSchema,
  type MaintenanceOptions,
  MaintenanceOptionsSchema,
  type MaintenanceResult,
  type SuggestMaintenanceInput,
} from './maintenance/schema.js';
export { suggestMaintenance } from './maintenance/suggest.js';
export { getMedicine, listMedicines } from './medicines/index.js';
export {
  type ExposureEffect,
  ExposureEffectSchema,
  type InteractionMechanism,
  InteractionMechanismSchema,
  type MedicineId,
  MedicineIdSchema,
  type MedicineProfile,
  MedicineProfileSchema,
} from './medicines/schema.js';
export { getPainType, listPainTypes } from './pain-types/index.js';
export {
  type EvidenceStrength,
  EvidenceStrengthSchema,
  type PainTypeId,
  PainTypeIdSchema,
  type PainTypeProfile,
  PainTypeProfileSchema,
  ReliefEvidenceSchema,
} from './pain-types/schema.js';
export { parsePatient } from './patient/parse.js';
export { type Patient, PatientSchema } from './patient/schema.js';
export { type Adjustment, AdjustmentSchema } from './population/adjustment.js';
export { type SimulationOptions, SimulationOptionsSchema } from './population/options.js';
export { SeedSchema } from './random/seed.js';
export { type Duration, DurationSchema } from './regimen/duration.js';
export { parseDuration, parseRegimen } from './regimen/parse.js';
export {
  type Dose,
  DoseSchema,
  type DoseUnit,
  DoseUnitSchema,
  type Regimen,
  type RegimenInput,
  RegimenSchema,
} from './regimen/schema.js';
export { estimateRelief } from './relief/estimate.js';
export { ReliefResultSchema } from './relief/result-schema.js';
export {
  type ReliefOptions,
  ReliefOptionsSchema,
  type ReliefResult,
  type ReliefUncertainty,
  type SurvivalPoint,
} from './relief/schema.js';
export { getRoute, listRoutes, routeSupports } from './routes/index.js';
export {
  type Method,
  MethodSchema,
  type RouteId,
  RouteIdSchema,
  type RouteProfile,
  RouteProfileSchema,
  SnomedRouteSchema,
} from './routes/schema.js';
export type { PercentilePoint, PercentileRange } from './stats/percentiles.js';
export { percentileRangeSchema } from './stats/schema.js';
export {
  type ResultProvenance,
  type ResultWarning,
  ResultWarningSchema,
  type WarningCode,
  WarningCodeSchema,
} from './warnings/types.js';
