import * as z from 'zod/mini';
import { ARGUMENT_LIMITS, INPUT_LIMITS } from '../data/input-limits.js';
import { addIssue } from '../internal/issue.js';

const { minYear, maxYear } = INPUT_LIMITS.dates;
const MS_PER_DAY = 86400000;
/** Longer than any IANA zone name; bounds the work `Intl` is asked to do. */
const MAX_ZONE_LENGTH = ARGUMENT_LIMITS.maxZoneLength;
const MAX_OFFSET = ARGUMENT_LIMITS.maxOffsetMinutes;
const YEAR_DIGITS = 4;

/** Rejects a date or date-time whose year lies outside the accepted years. */
const yearInRange = z.superRefine((value: string, ctx) => {
  const year = Number(value.slice(0, YEAR_DIGITS));
  if (year < minYear || year > maxYear) {
    addIssue(
      ctx,
      [],
      'date_out_of_range',
      `must lie in the years ${minYear}–${maxYear}; received ${value}`,
    );
  }
});

/**
 * An ISO 8601 date-time with a UTC offset or `Z`, e.g. `'2026-03-08T09:30:00-05:00'`, in the
 * years 1900–2199 (`INPUT_LIMITS.dates`).
 *
 * @example
 * ```ts
 * import { IsoDateTimeSchema } from 'ketamine-relief';
 * IsoDateTimeSchema.parse('2026-03-08T09:30:00Z'); // '2026-03-08T09:30:00Z'
 * ```
 */
export const IsoDateTimeSchema = z.iso
  .datetime({
    offset: true,
    error:
      'must be an ISO 8601 date-time with a UTC offset or Z, e.g. 2026-11-20T16:00:00+01:00 or 2026-11-20T15:00:00Z (a time without an offset is ambiguous)',
  })
  .check(yearInRange);

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30), in the years 1900–2199.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'ketamine-relief';
 * IsoDateSchema.parse('2026-11-01'); // '2026-11-01'
 * ```
 */
export const IsoDateSchema = z.iso.date().check(yearInRange);

/**
 * An IANA time zone the platform knows, e.g. `'Europe/Berlin'` or `'UTC'`.
 *
 * @example
 * ```ts
 * import { TimeZoneSchema } from 'ketamine-relief';
 * TimeZoneSchema.parse('America/New_York'); // 'America/New_York'
 * ```
 */
export const TimeZoneSchema = z.string().check(
  z.maxLength(MAX_ZONE_LENGTH, { abort: true }),
  z.superRefine((zone, ctx) => {
    if (!isTimeZone(zone)) addIssue(ctx, [], 'invalid_time_zone', `unknown time zone "${zone}"`);
  }),
);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** First and last instant (ms since the epoch) of the accepted years. @internal */
export const INSTANT_RANGE_MS = {
  min: Date.UTC(minYear, 0, 1) - MS_PER_DAY,
  max: Date.UTC(maxYear + 1, 0, 1) + MS_PER_DAY,
} as const;

/** An instant: ms since the epoch within the accepted years (a day of slack each side). @internal */
export const InstantMsSchema = z
  .number()
  .check(z.gte(INSTANT_RANGE_MS.min), z.lte(INSTANT_RANGE_MS.max));

/** An instant given as an ISO date-time with offset or as a valid `Date`. @internal */
export const InstantSchema = z.union([
  IsoDateTimeSchema,
  z.date().check(
    z.refine((d) => {
      const t = d.getTime();
      return t >= INSTANT_RANGE_MS.min && t <= INSTANT_RANGE_MS.max;
    }, `must lie in the years ${minYear}–${maxYear}`),
  ),
]);

/**
 * Where calendar dates are read: an IANA time zone, or a fixed UTC offset in minutes (the
 * offset a date-time was written with, when no zone is given), from −23:59 to +23:59.
 * @internal
 */
export const DateZoneSchema = z.union([
  z.strictObject({ timeZone: TimeZoneSchema }),
  z.strictObject({ offsetMinutes: z.int().check(z.gte(-MAX_OFFSET), z.lte(MAX_OFFSET)) }),
]);

/**
 * Where calendar dates are read: an IANA time zone, or a fixed UTC offset in minutes (the
 * offset a date-time was written with, when no zone is given).
 *
 * @example
 * ```ts
 * import type { DateZone } from 'ketamine-relief';
 * const berlin: DateZone = { timeZone: 'Europe/Berlin' };
 * const written: DateZone = { offsetMinutes: 60 };
 * ```
 */
export type DateZone = { timeZone: string } | { offsetMinutes: number };
