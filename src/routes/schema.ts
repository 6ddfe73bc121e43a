import * as z from 'zod/mini';
import { CitedStatementSchema, MeasureSchema } from '../evidence/cited.js';
import type { DeepReadonly } from '../evidence/types.js';
import { list } from '../internal/list.js';

/**
 * Administration routes the library models.
 *
 * @example
 * ```ts
 * import { RouteIdSchema } from 'ketamine-relief';
 * RouteIdSchema.parse('intranasal'); // 'intranasal'
 * ```
 */
export const RouteIdSchema = z.enum([
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'oral',
  'sublingual',
  'buccal',
  'intranasal',
  'rectal',
  'topical',
]);

/**
 * An administration route id. See {@link RouteIdSchema}.
 *
 * @example
 * ```ts
 * import type { RouteId } from 'ketamine-relief';
 * const route: RouteId = 'oral';
 * ```
 */
export type RouteId = z.output<typeof RouteIdSchema>;

/**
 * How a dose is given, kept apart from the route as FHIR's route value set advises:
 * a `bolus` is given at once (a push, injection, spray, tablet), an `infusion` continuously
 * over a stated time.
 *
 * @example
 * ```ts
 * import { MethodSchema } from 'ketamine-relief';
 * MethodSchema.parse('infusion');
 * ```
 */
export const MethodSchema = z.enum(['bolus', 'infusion']);

/**
 * An administration method. See {@link MethodSchema}.
 *
 * @example
 * ```ts
 * import type { Method } from 'ketamine-relief';
 * const method: Method = 'bolus';
 * ```
 */
export type Method = z.output<typeof MethodSchema>;

/**
 * A SNOMED CT route concept, with the value set it was taken from.
 *
 * @example
 * ```ts
 * import { getRoute } from 'ketamine-relief';
 * getRoute('intravenous').snomed.code; // '47625008'
 * ```
 */
export const SnomedRouteSchema = z.strictObject({
  system: z.literal('http://snomed.info/sct'),
  code: z.string().check(z.regex(/^\d+$/)),
  display: z.string(),
  sources: list(z.string()),
});

/**
 * Schema of a route profile: codes, bioavailability and the literature's time course.
 *
 * @example
 * ```ts
 * import { RouteProfileSchema, getRoute } from 'ketamine-relief';
 * RouteProfileSchema.parse(getRoute('oral')).id; // 'oral'
 * ```
 */
export const RouteProfileSchema = z.strictObject({
  id: RouteIdSchema,
  label: z.string(),
  snomed: SnomedRouteSchema,
  /** Methods the route supports, with the evidence that each is used for ketamine. */
  methods: list(z.strictObject({ method: MethodSchema, basis: CitedStatementSchema })),
  /** Systemic bioavailability as a fraction (0–1) of the dose, or a gap. */
  bioavailability: MeasureSchema,
  /** Time from administration to the first meaningful analgesia. */
  onset: MeasureSchema,
  /** Time from administration to the peak plasma concentration (Tmax). */
  timeToPeakPlasma: MeasureSchema,
  /** Time from administration to the maximal analgesic effect. */
  peakAnalgesia: MeasureSchema,
  /** How long analgesia lasts after a single administration. */
  duration: MeasureSchema,
  /** Further cited remarks (norketamine share, formulation effects, disagreements). */
  notes: list(CitedStatementSchema),
});

/**
 * A route profile (deeply read-only). See {@link RouteProfileSchema}.
 *
 * @example
 * ```ts
 * import { listRoutes, type RouteProfile } from 'ketamine-relief';
 * const routes: readonly RouteProfile[] = listRoutes();
 * ```
 */
export type RouteProfile = DeepReadonly<z.output<typeof RouteProfileSchema>>;

/** Arguments `route` and `drug` of the by-route lookups. @internal */
export const RouteAndDrug = z.strictObject({
  route: RouteIdSchema,
  drug: z.enum(['racemic', 'esketamine']),
});
