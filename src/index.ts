/**
 * ketamine-relief: typed, cited estimates of how long ketamine pain relief lasts.
 *
 * Results are estimates for information. This library is not a dosing device.
 *
 * @packageDocumentation
 */

export { type InputIssue, InvalidInputError } from './errors/invalid-input-error';
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
} from './evidence/cited';
export { EVIDENCE_LEVEL_BY_STUDY_TYPE, strongestLevel } from './evidence/levels';
export {
  formatCitation,
  getSource,
  isSourceId,
  listSources,
  type SourceId,
} from './evidence/registry';
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
} from './evidence/types';
export { parseExposureInput, parseMedications, parseReliefInput } from './input/parse';
export {
  type ExposureInput,
  ExposureInputSchema,
  MedicationsSchema,
  type ReliefInput,
  ReliefInputSchema,
} from './input/schema';
export { exposureEffect, getMedicine, listMedicines } from './medicines/index';
export {
  type ExposureEffect,
  ExposureEffectSchema,
  type InteractionMechanism,
  InteractionMechanismSchema,
  type MedicineId,
  MedicineIdSchema,
  type MedicineProfile,
  MedicineProfileSchema,
} from './medicines/schema';
export { getPainType, listPainTypes } from './pain-types/index';
export {
  type EvidenceStrength,
  EvidenceStrengthSchema,
  type PainTypeId,
  PainTypeIdSchema,
  type PainTypeProfile,
  PainTypeProfileSchema,
  ReliefEvidenceSchema,
} from './pain-types/schema';
export { parsePatient } from './patient/parse';
export { type Patient, PatientSchema } from './patient/schema';
export { type Duration, DurationSchema, durationToMinutes } from './regimen/duration';
export { parseDuration, parseRegimen } from './regimen/parse';
export {
  type Dose,
  DoseSchema,
  type DoseUnit,
  DoseUnitSchema,
  isPerKgUnit,
  isRateUnit,
  type Regimen,
  type RegimenInput,
  RegimenSchema,
} from './regimen/schema';
export { getRoute, listRoutes, routeSupports } from './routes/index';
export {
  type Method,
  MethodSchema,
  type RouteId,
  RouteIdSchema,
  type RouteProfile,
  RouteProfileSchema,
  SnomedRouteSchema,
} from './routes/schema';
