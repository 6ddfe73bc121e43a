import * as z from 'zod/mini';
import { PK_LIMITS } from '../data/input-limits.js';
import { addIssue } from '../internal/issue.js';

const L = PK_LIMITS;
const volume = z.number().check(z.gte(L.volumeL.min), z.lte(L.volumeL.max));
const flow = z.number().check(z.gte(L.clearanceLPerMin.min), z.lte(L.clearanceLPerMin.max));
const rate = z.number().check(z.gte(L.ratePerMin.min), z.lte(L.ratePerMin.max));
const minute = z.number().check(z.gte(-L.timeMinutes.max), z.lte(L.timeMinutes.max));

/**
 * Parameters of a linear mammillary PK model, in litres and minutes: central volume `v1` (L),
 * clearance `cl` (L/min), optional peripheral flows `q2`, `q3` (L/min) with volumes `v2`, `v3`
 * (L), an optional first-order absorption depot (`ka` 1/min, bioavailable fraction `f` 0–1,
 * `lagMinutes`), and an optional effect compartment (`ke0` 1/min). Bounds (`PK_LIMITS`):
 * volumes 0.1–10 000 L, clearances 0.001–50 L/min, rate constants 1e-5–100 /min, lag ≤ 24 h.
 *
 * @example
 * ```ts
 * import { PkParamsSchema } from 'ketamine-relief/pk';
 * PkParamsSchema.parse({ v1: 10, cl: 1.3, q2: 2, v2: 40, ke0: 0.06 }).ke0; // 0.06
 * ```
 */
export const PkParamsSchema = z
  .strictObject({
    v1: volume,
    cl: flow,
    q2: z.optional(flow),
    v2: z.optional(volume),
    q3: z.optional(flow),
    v3: z.optional(volume),
    ka: z.optional(rate),
    f: z.optional(z.number().check(z.positive(), z.lte(1))),
    lagMinutes: z.optional(z.number().check(z.nonnegative(), z.lte(L.lagMinutes.max))),
    ke0: z.optional(rate),
  })
  .check(
    z.superRefine((p, ctx) => {
      const pair = (q: 'q2' | 'q3', v: 'v2' | 'v3') => {
        if ((p[q] === undefined) !== (p[v] === undefined)) {
          addIssue(
            ctx,
            [p[q] === undefined ? q : v],
            'incomplete_compartment',
            `${q} and ${v} go together`,
          );
        }
      };
      pair('q2', 'v2');
      pair('q3', 'v3');
      if (p.q3 !== undefined && p.q2 === undefined) {
        addIssue(
          ctx,
          ['q3'],
          'incomplete_compartment',
          'a third compartment needs a second (q2, v2)',
        );
      }
    }),
  );

/**
 * PK parameters. See {@link PkParamsSchema}.
 *
 * @example
 * ```ts
 * import type { PkParams } from 'ketamine-relief/pk';
 * const oneCompartment: PkParams = { v1: 100, cl: 1.3 };
 * ```
 */
export type PkParams = z.output<typeof PkParamsSchema>;

/**
 * One dose: `amountMg` at `atMinute`, into the `central` compartment (a bolus, or a zero-order
 * infusion when `durationMinutes` is positive) or into the absorption `depot` (scaled by `f`
 * and delayed by `lagMinutes`).
 *
 * @example
 * ```ts
 * import { DoseEventSchema } from 'ketamine-relief/pk';
 * DoseEventSchema.parse({ atMinute: 0, amountMg: 20, into: 'central', durationMinutes: 15 });
 * ```
 */
export const DoseEventSchema = z
  .strictObject({
    atMinute: minute,
    amountMg: z.number().check(z.nonnegative(), z.lte(L.amountMg.max)),
    into: z.enum(['central', 'depot']),
    durationMinutes: z.optional(
      z.number().check(z.gte(L.infusionMinutes.min), z.lte(L.timeMinutes.max)),
    ),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.into === 'depot' && d.durationMinutes !== undefined) {
        addIssue(
          ctx,
          ['durationMinutes'],
          'infusion_into_depot',
          'zero-order input goes into the central compartment only',
        );
      }
    }),
  );

/**
 * A dose event. See {@link DoseEventSchema}.
 *
 * @example
 * ```ts
 * import type { DoseEvent } from 'ketamine-relief/pk';
 * const oral: DoseEvent = { atMinute: 0, amountMg: 50, into: 'depot' };
 * ```
 */
export type DoseEvent = z.output<typeof DoseEventSchema>;

/**
 * The input of {@link simulatePk}: parameters, doses and sample times (minutes).
 *
 * @example
 * ```ts
 * import { SimulationInputSchema } from 'ketamine-relief/pk';
 * SimulationInputSchema.parse({ params: { v1: 10, cl: 1 }, doses: [], times: [0, 1] });
 * ```
 */
export const SimulationInputSchema = z
  .strictObject({
    params: PkParamsSchema,
    doses: z.array(DoseEventSchema).check(z.maxLength(L.maxDoses)),
    times: z.array(minute).check(z.maxLength(L.maxTimes)),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.params.ka === undefined) {
        s.doses.forEach((d, i) => {
          if (d.into === 'depot') {
            addIssue(
              ctx,
              ['doses', i, 'into'],
              'depot_without_ka',
              'a depot dose needs an absorption rate `ka` in params',
            );
          }
        });
      }
    }),
  );
