import * as z from 'zod/mini';
import { addIssue } from '../internal/issue.js';

const part = z.optional(z.number().check(z.nonnegative()));

const MINUTES_PER = { minutes: 1, hours: 60, days: 1440, weeks: 10080 } as const;

/**
 * A length of time, as in date-fns: `{ minutes?, hours?, days?, weeks? }`. Parts add up;
 * each is a finite number ≥ 0 and the total must be positive.
 *
 * @example
 * ```ts
 * import { DurationSchema } from 'ketamine-relief';
 * DurationSchema.parse({ hours: 4 }); // { hours: 4 }
 * ```
 */
export const DurationSchema = z
  .strictObject({ minutes: part, hours: part, days: part, weeks: part })
  .check(
    z.superRefine((d, ctx) => {
      if (durationToMinutes(d) <= 0) {
        addIssue(
          ctx,
          [],
          'empty_duration',
          'must be longer than zero (give minutes, hours, days or weeks)',
        );
      }
    }),
  );

/**
 * A length of time. See {@link DurationSchema}.
 *
 * @example
 * ```ts
 * import type { Duration } from 'ketamine-relief';
 * const every: Duration = { weeks: 4 };
 * ```
 */
export type Duration = z.output<typeof DurationSchema>;

/**
 * Total length of a {@link Duration} in minutes.
 *
 * @example
 * ```ts
 * import { durationToMinutes } from 'ketamine-relief';
 * durationToMinutes({ hours: 1, minutes: 30 }); // 90
 * ```
 */
export function durationToMinutes(d: Duration): number {
  return (
    (d.minutes ?? 0) * MINUTES_PER.minutes +
    (d.hours ?? 0) * MINUTES_PER.hours +
    (d.days ?? 0) * MINUTES_PER.days +
    (d.weeks ?? 0) * MINUTES_PER.weeks
  );
}
