import { parseWith } from '../internal/parse.js';
import { type Patient, PatientSchema } from './schema.js';

/**
 * Validates a patient. Throws {@link InvalidInputError} naming every bad field.
 *
 * @example
 * ```ts
 * import { parsePatient } from 'ketamine-relief';
 * parsePatient({ weightKg: 70, sex: 'male' }).weightKg; // 70
 * ```
 */
export function parsePatient(input: unknown): Patient {
  return parseWith(PatientSchema, input);
}
