import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';

/**
 * A seed for the deterministic generator: a safe integer, or a string of at most 256
 * characters. The same seed always gives the same simulated patients.
 *
 * @example
 * ```ts
 * import { SeedSchema } from 'ketamine-relief';
 * SeedSchema.parse('patient-42'); // 'patient-42'
 * ```
 */
export const SeedSchema = z.union([
  z.int(),
  z.string().check(z.maxLength(INPUT_LIMITS.seed.maxLength)),
]);
