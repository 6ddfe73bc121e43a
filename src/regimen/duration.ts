import * as z from 'zod/mini';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { addIssue } from '../internal/issue.js';
import { parseWith } from '../internal/parse.js';

const MINUTES_PER = { minutes: 1, hours: 60, days: 1440, weeks: 10080 } as const;
const MAX_MINUTES = INPUT_LIMITS.duration.maxMinutes;

/** A part in its own unit, bounded so that the part alone stays within the total bound. */
const part = (unit: keyof typeof MINUTES_PER) =>
  z.optional(z.number().check(z.nonnegative(), z.lte(MAX_MINUTES / MINUTES_PER[unit])));

/**
 * A length of time, as in date-fns: `{ minutes?, hours?, days?, weeks? }`. Parts add up;
 * each is a finite number ≥ 0, and the total must be positive and at most ten years
 * (`INPUT_LIMITS.duration`, 5 256 000 minutes). Infusion lengths and intervals have tighter
 * bounds of their own (see {@link RegimenSchema}).
 *
 * @example
 * ```ts
 * import { DurationSchema } from 'ketamine-relief';
 * DurationSchema.parse({ hours: 4 }); // { hours: 4 }
 * ```
 */
export const DurationSchema = z
  .strictObject({
    minutes: part('minutes'),
    hours: part('hours'),
    days: part('days'),
    weeks: part('weeks'),
  })
  .check(
    z.superRefine((d, ctx) => {
      const total = totalMinutes(d);
      if (total <= 0) {
        addIssue(
          ctx,
          [],
          'empty_duration',
          'must be longer than zero (give minutes, hours, days or weeks)',
        );
      } else if (total > MAX_MINUTES && !partTooLong(d)) {
        addIssue(
          ctx,
          [],
          'duration_too_long',
          `must be at most ${MAX_MINUTES} minutes (ten years) in total`,
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
 * Total length of a {@link Duration} in minutes. The argument is validated like any input:
 * a malformed duration throws {@link ketamine-relief!InvalidInputError} naming the part.
 *
 * @example
 * ```ts
 * import { durationToMinutes } from 'ketamine-relief/dates';
 * durationToMinutes({ hours: 1, minutes: 30 }); // 90
 * ```
 */
export function durationToMinutes(d: Duration): number {
  return totalMinutes(parseWith(DurationSchema, d));
}

/** Whether a part alone is over its bound (already reported by that part's check). */
function partTooLong(d: Duration): boolean {
  return (Object.keys(MINUTES_PER) as (keyof typeof MINUTES_PER)[]).some(
    (k) => (d[k] ?? 0) > MAX_MINUTES / MINUTES_PER[k],
  );
}

/** Total minutes of an already validated duration. @internal */
export function totalMinutes(d: Duration): number {
  return (
    (d.minutes ?? 0) * MINUTES_PER.minutes +
    (d.hours ?? 0) * MINUTES_PER.hours +
    (d.days ?? 0) * MINUTES_PER.days +
    (d.weeks ?? 0) * MINUTES_PER.weeks
  );
}
