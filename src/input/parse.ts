import { parseWith } from '../internal/parse.js';
import type { MedicineId } from '../medicines/schema.js';
import {
  type ExposureInput,
  ExposureInputSchema,
  MedicationsSchema,
  type ReliefInput,
  ReliefInputSchema,
} from './schema.js';

/**
 * Validates a list of co-medications. Throws {@link InvalidInputError} for unknown or
 * repeated ids.
 *
 * @example
 * ```ts
 * import { parseMedications } from 'ketamine-relief';
 * parseMedications(['rifampicin']); // ['rifampicin']
 * ```
 */
export function parseMedications(input: unknown): MedicineId[] {
  return parseWith(MedicationsSchema, input);
}

/**
 * Validates and normalises `{ regimen, patient, medications? }`, including that a
 * per-kilogram dose comes with a weight. Throws {@link InvalidInputError}.
 *
 * @example
 * ```ts
 * import { parseExposureInput } from 'ketamine-relief';
 * const input = parseExposureInput({
 *   regimen: { route: 'intranasal', dose: { amount: 50, unit: 'mg' } },
 *   patient: {},
 * });
 * input.regimen.method; // 'bolus'
 * ```
 */
export function parseExposureInput(input: unknown): ExposureInput {
  return parseWith(ExposureInputSchema, input);
}

/**
 * Validates and normalises `{ painType, regimen, patient, medications? }`.
 * Throws {@link InvalidInputError}.
 *
 * @example
 * ```ts
 * import { parseReliefInput } from 'ketamine-relief';
 * parseReliefInput({
 *   painType: 'fibromyalgia',
 *   regimen: { route: 'intravenous', dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 30 } } },
 *   patient: { weightKg: 64 },
 * }).regimen.method; // 'infusion'
 * ```
 */
export function parseReliefInput(input: unknown): ReliefInput {
  return parseWith(ReliefInputSchema, input);
}
