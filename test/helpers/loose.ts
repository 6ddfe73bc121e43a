/**
 * The main functions as JavaScript callers and JSON see them: any input, validated at run time.
 * Tests of runtime validation (malformed, fuzzed or loosely built inputs) call these; the typed
 * signatures are covered by the type tests (`test/types.test-d.ts`).
 */
import * as api from '../../src/index';

export const estimateRelief = (input: unknown, options?: api.ReliefOptions) =>
  api.estimateRelief(input as never, options);
export const predictExposure = (input: unknown, options?: api.SimulationOptions) =>
  api.predictExposure(input as never, options);
export const suggestMaintenance = (input: unknown, options?: api.MaintenanceOptions) =>
  api.suggestMaintenance(input as never, options);
export const reliefFromDiary = (diary: unknown, options?: api.DiaryOptions) =>
  api.reliefFromDiary(diary as never, options);
export const toFhirDosage = (regimen: unknown) => api.toFhirDosage(regimen as never);
