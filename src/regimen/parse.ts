import { parseWith } from '../internal/parse.js';
import { type Duration, DurationSchema } from './duration.js';
import { type Regimen, RegimenSchema } from './schema.js';

/**
 * Validates and normalises a regimen. Throws {@link InvalidInputError} naming every bad field.
 *
 * @example
 * ```ts
 * import { parseRegimen } from 'ketamine-relief';
 * const r = parseRegimen({ route: 'intravenous', dose: { amount: 20, unit: 'mg', over: { minutes: 15 } } });
 * r.method; // 'infusion'
 * ```
 */
export function parseRegimen(input: unknown): Regimen {
  return parseWith(RegimenSchema, input);
}

/**
 * Validates a duration. Throws {@link InvalidInputError} when malformed.
 *
 * @example
 * ```ts
 * import { parseDuration } from 'ketamine-relief';
 * parseDuration({ days: 1, hours: 12 }); // { days: 1, hours: 12 }
 * ```
 */
export function parseDuration(input: unknown): Duration {
  return parseWith(DurationSchema, input);
}
