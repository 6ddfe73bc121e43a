import * as z from 'zod/mini';
import { addIssue } from '../internal/issue.js';

const positive = z.number().check(z.positive());

/**
 * Parameters of a linear mammillary PK model, in litres and minutes: central volume `v1` (L),
 * clearance `cl` (L/min), optional peripheral flows `q2`, `q3` (L/min) with volumes `v2`, `v3`
 * (L), an optional first-order absorption depot (`ka` 1/min, bioavailable fraction `f` 0–1,
 * `lagMinutes`), and an optional effect compartment (`ke0` 1/min).
 *
 * @example
 * ```ts
 * import { PkParamsSchema } from 'ketamine-relief';
 * PkParamsSchema.parse({ v1: 10, cl: 1.3, q2: 2, v2: 40, ke0: 0.06 }).ke0; // 0.06
 * ```
 */
export const PkParamsSchema = z
  .strictObject({
    v1: positive,
    cl: positive,
    q2: z.optional(positive),
    v2: z.optional(positive),
    q3: z.optional(positive),
    v3: z.optional(positive),
    ka: z.optional(positive),
    f: z.optional(z.number().check(z.positive(), z.lte(1))),
    lagMinutes: z.optional(z.number().check(z.nonnegative())),
    ke0: z.optional(positive),
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
 * import type { PkParams } from 'ketamine-relief';
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
 * import { DoseEventSchema } from 'ketamine-relief';
 * DoseEventSchema.parse({ atMinute: 0, amountMg: 20, into: 'central', durationMinutes: 15 });
 * ```
 */
export const DoseEventSchema = z
  .strictObject({
    atMinute: z.number(),
    amountMg: z.number().check(z.nonnegative()),
    into: z.enum(['central', 'depot']),
    durationMinutes: z.optional(positive),
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
 * import type { DoseEvent } from 'ketamine-relief';
 * const oral: DoseEvent = { atMinute: 0, amountMg: 50, into: 'depot' };
 * ```
 */
export type DoseEvent = z.output<typeof DoseEventSchema>;

/**
 * The input of {@link simulatePk}: parameters, doses and sample times (minutes).
 *
 * @example
 * ```ts
 * import { SimulationInputSchema } from 'ketamine-relief';
 * SimulationInputSchema.parse({ params: { v1: 10, cl: 1 }, doses: [], times: [0, 1] });
 * ```
 */
export const SimulationInputSchema = z
  .strictObject({
    params: PkParamsSchema,
    doses: z.array(DoseEventSchema),
    times: z.array(z.number()),
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
