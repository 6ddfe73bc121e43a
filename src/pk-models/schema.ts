import * as z from 'zod/mini';
import { type DeepReadonly, EvidenceLevelSchema } from '../evidence/types.js';
import { list } from '../internal/list.js';
import { RouteIdSchema } from '../routes/schema.js';

const provenance = {
  sources: list(z.string()),
  grade: z.optional(EvidenceLevelSchema),
  assumption: z.optional(z.string()),
  note: z.optional(z.string()),
};

/**
 * A cited parameter value with its unit.
 *
 * @example
 * ```ts
 * import { CitedValueSchema } from 'ketamine-relief/pk';
 * CitedValueSchema.parse({ value: 95.2, unit: 'L/h', sources: ['fanta-2015'], grade: 'B' }).value; // 95.2
 * ```
 */
export const CitedValueSchema = z.strictObject({
  value: z.number(),
  unit: z.enum([
    'L',
    'L/h',
    'L/min',
    'L/kg',
    'L/min/kg',
    '1/min',
    '1/h',
    'min',
    'h',
    'fraction',
    'mg',
  ]),
  ...provenance,
});

/**
 * Between-subject variability of one parameter, as the source reports it: a coefficient of
 * variation (`cv`, as a fraction, e.g. 0.13 for 13 %) or a variance of the log-normal random
 * effect (`omega2`). Logic converts both to the standard deviation of the log-scale effect.
 *
 * @example
 * ```ts
 * import { VariabilitySchema } from 'ketamine-relief/pk';
 * VariabilitySchema.parse({ kind: 'cv', value: 0.381, sources: ['herd-2007'], grade: 'C' });
 * ```
 */
export const VariabilitySchema = z.strictObject({
  kind: z.enum(['cv', 'omega2', 'logit-sd']),
  value: z.number().check(z.nonnegative()),
  ...provenance,
});

/**
 * Parameters that carry between-subject variability.
 *
 * @example
 * ```ts
 * import { VariedParameterSchema } from 'ketamine-relief/pk';
 * VariedParameterSchema.parse('cl');
 * ```
 */
export const VariedParameterSchema = z.enum(['cl', 'v1', 'q2', 'v2', 'q3', 'v3', 'ka', 'f', 'ke0']);

/**
 * Schema of a published disposition (IV) model: a 1-, 2- or 3-compartment mammillary model
 * (peripheral compartments present when their `q` and `v` are) with typical values for a
 * reference weight, its variability and where it applies.
 *
 * @example
 * ```ts
 * import { DispositionModelSchema, listPkModels } from 'ketamine-relief/pk';
 * DispositionModelSchema.parse(listPkModels()[0]).drug; // 'racemic'
 * ```
 */
export const DispositionModelSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  drug: z.enum(['racemic', 'esketamine']),
  /** Who the model was built on, e.g. 'healthy adult men, venous sampling'. */
  population: z.string(),
  /**
   * Weight the typical values refer to (kg) and the allometric exponents for clearances
   * (CL, Q) and volumes; exponents of 1 scale everything linearly with weight.
   */
  scaling: z.strictObject({
    referenceWeightKg: z.number().check(z.positive()),
    clearanceExponent: z.number(),
    volumeExponent: z.number(),
    ...provenance,
  }),
  cl: CitedValueSchema,
  v1: CitedValueSchema,
  q2: z.optional(CitedValueSchema),
  v2: z.optional(CitedValueSchema),
  q3: z.optional(CitedValueSchema),
  v3: z.optional(CitedValueSchema),
  variability: z.partialRecord(VariedParameterSchema, VariabilitySchema),
  /** Ranges the model was built on; outside them results carry a warning. */
  validated: z.strictObject({
    ageYears: z.tuple([z.number(), z.number()]),
    weightKg: z.tuple([z.number(), z.number()]),
    ...provenance,
  }),
  sampling: z.enum(['arterial', 'venous', 'mixed', 'unknown']),
  notes: list(z.strictObject({ text: z.string(), ...provenance })),
});

/**
 * A published disposition model (deeply read-only). See {@link DispositionModelSchema}.
 *
 * @example
 * ```ts
 * import { getPkModel, type DispositionModel } from 'ketamine-relief/pk';
 * const m: DispositionModel = getPkModel('fanta-2015');
 * ```
 */
export type DispositionModel = DeepReadonly<z.output<typeof DispositionModelSchema>>;

/**
 * Schema of first-order absorption for one route and drug form: rate constant `ka`, systemic
 * bioavailability `f` and lag time, each cited or flagged as an assumption.
 *
 * @example
 * ```ts
 * import { AbsorptionSchema, listAbsorption } from 'ketamine-relief/pk';
 * AbsorptionSchema.parse(listAbsorption()[0]).route;
 * ```
 */
export const AbsorptionSchema = z.strictObject({
  route: RouteIdSchema,
  drug: z.enum(['racemic', 'esketamine']),
  /** First-order absorption rate constant (1/min). */
  ka: CitedValueSchema,
  /** Systemic bioavailability (fraction 0–1). */
  f: CitedValueSchema,
  /** Lag before absorption starts (min). */
  lag: CitedValueSchema,
  variability: z.partialRecord(VariedParameterSchema, VariabilitySchema),
  /** Age range the absorption values come from. */
  validated: z.strictObject({
    ageYears: z.tuple([z.number(), z.number()]),
    ...provenance,
  }),
  /**
   * A dose given in several applications (nasal sprays): each application holds at most
   * `amountMg`, and every application after the first absorbs `laterFactor` times the first
   * one's fraction `f`, so the site's fraction falls as the dose grows.
   */
  perApplication: z.optional(
    z.strictObject({ amountMg: CitedValueSchema, laterFactor: CitedValueSchema }),
  ),
  /**
   * The part of each dose not absorbed at the site is swallowed: `f` is the fraction of that
   * part that reaches the circulation, absorbed with its own rate, lag and variability.
   */
  swallowed: z.optional(
    z.strictObject({
      f: CitedValueSchema,
      ka: CitedValueSchema,
      lag: CitedValueSchema,
      variability: z.partialRecord(z.enum(['ka']), VariabilitySchema),
    }),
  ),
  /**
   * Typical values on which sources disagree: the range they span. This is uncertainty about
   * the parameter, not spread between patients; results list it as an assumption.
   */
  uncertainty: z.optional(
    list(
      z.strictObject({
        parameter: z.enum(['ka', 'f']),
        range: z.tuple([z.number(), z.number()]),
        ...provenance,
      }),
    ),
  ),
  notes: list(z.strictObject({ text: z.string(), ...provenance })),
});

/**
 * Absorption parameters (deeply read-only). See {@link AbsorptionSchema}.
 *
 * @example
 * ```ts
 * import { listAbsorption, type Absorption } from 'ketamine-relief/pk';
 * const all: readonly Absorption[] = listAbsorption();
 * ```
 */
export type Absorption = DeepReadonly<z.output<typeof AbsorptionSchema>>;
