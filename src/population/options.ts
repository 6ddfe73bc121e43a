/**
 * The options every population estimate shares (seed, population size, disposition model);
 * each estimator extends them with its own.
 * @internal
 */
import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { SeedSchema } from '../random/seed.js';

/**
 * Options of a population estimate: the seed of the random generator (same seed, same
 * result), the number of simulated patients, and optionally a published disposition model
 * to use instead of the default choice (for example the arterial `simons-2022`).
 *
 * @example
 * ```ts
 * import { SimulationOptionsSchema } from 'ketamine-relief';
 * SimulationOptionsSchema.parse({ seed: 7, population: 2000 });
 * ```
 */
export const SimulationOptionsSchema = z.strictObject({
  /**
   * Seed of the random generator: an integer or a string (default 1, so that a call
   * without a seed is reproducible too). The same seed and input give the same result.
   */
  seed: z.optional(SeedSchema),
  /**
   * A published disposition model to use instead of the default choice: the id of one of
   * `listPkModels()` (from `ketamine-relief/pk`), for example `'simons-2022'`.
   */
  model: z.optional(z.string()),
  /** Number of simulated patients, 10 to 100 000 (default 1000): more is steadier and slower. */
  population: z.optional(
    z.int().check(z.gte(INPUT_LIMITS.population.min), z.lte(INPUT_LIMITS.population.max)),
  ),
});

/**
 * Options of a population estimate. See {@link SimulationOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { SimulationOptions } from 'ketamine-relief';
 * const options: SimulationOptions = { seed: 'clinic-42', population: 1000 };
 * ```
 */
export type SimulationOptions = z.output<typeof SimulationOptionsSchema>;
