import * as z from 'zod/mini';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { parseWith } from '../internal/parse.js';
import * as raw from './calendar.js';
import {
  type DateZone,
  DateZoneSchema,
  InstantMsSchema,
  InstantSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  TimeZoneSchema,
} from './schema.js';

/** Most calendar days one call may add: a century either way. */
const MAX_DAYS = ARGUMENT_LIMITS.maxDayShift;
const DaysSchema = z.int().check(z.gte(-MAX_DAYS), z.lte(MAX_DAYS));

const LocalDateArgs = z.strictObject({ instant: InstantSchema, timeZone: TimeZoneSchema });
const AddDaysArgs = z.strictObject({ date: IsoDateSchema, days: DaysSchema });
const BetweenArgs = z.strictObject({ a: IsoDateSchema, b: IsoDateSchema });
const ElapsedArgs = z.strictObject({ from: InstantSchema, to: InstantSchema });
const OffsetArgs = z.strictObject({ iso: IsoDateTimeSchema });
const ZoneArgs = z.strictObject({ instantMs: InstantMsSchema, zone: DateZoneSchema });

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone.
 *
 * Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { localDate } from 'ketamine-relief/dates';
 * localDate('2026-03-08T03:30:00Z', 'America/New_York'); // '2026-03-07'
 * localDate('2026-03-08T03:30:00Z', 'Europe/Berlin'); // '2026-03-08'
 * ```
 */
export function localDate(instant: string | Date, timeZone: string): string {
  const a = parseWith(LocalDateArgs, { instant, timeZone });
  return raw.localDate(a.instant, a.timeZone);
}

/**
 * Adds whole calendar days to a `YYYY-MM-DD` date (negative days go back).
 *
 * `date` is a `YYYY-MM-DD` date in the years 1900–2199 and `days` a whole number of at most
 * 36 525 (a century) either way. Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { addCalendarDays } from 'ketamine-relief/dates';
 * addCalendarDays('2026-03-07', 2); // '2026-03-09' (across the US change to summer time)
 * ```
 */
export function addCalendarDays(date: string, days: number): string {
  const a = parseWith(AddDaysArgs, { date, days });
  return raw.addCalendarDays(a.date, a.days);
}

/**
 * Whole calendar days from date `a` to date `b` (`YYYY-MM-DD`), negative when `b` is earlier.
 *
 * Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { calendarDaysBetween } from 'ketamine-relief/dates';
 * calendarDaysBetween('2026-10-24', '2026-10-26'); // 2 (across the EU change to winter time)
 * ```
 */
export function calendarDaysBetween(a: string, b: string): number {
  const x = parseWith(BetweenArgs, { a, b });
  return raw.calendarDaysBetween(x.a, x.b);
}

/**
 * Elapsed days between two instants (exact, 86 400 000 ms a day).
 *
 * Instants are ISO date-times with an offset, or `Date`s, in the years 1900–2199. Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { elapsedDays } from 'ketamine-relief/dates';
 * elapsedDays('2026-01-01T00:00:00Z', '2026-01-02T12:00:00Z'); // 1.5
 * ```
 */
export function elapsedDays(from: string | Date, to: string | Date): number {
  const a = parseWith(ElapsedArgs, { from, to });
  return raw.elapsedDays(a.from, a.to);
}

/**
 * The UTC offset (minutes) an ISO date-time was written with: `'…+01:00'` → 60, `'…Z'` → 0.
 *
 * Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { writtenOffsetMinutes } from 'ketamine-relief/dates';
 * writtenOffsetMinutes('2026-11-20T16:00:00-05:00'); // -300
 * ```
 */
export function writtenOffsetMinutes(iso: string): number {
  return raw.writtenOffsetMinutes(parseWith(OffsetArgs, { iso }).iso);
}

/**
 * The calendar date of an instant (ms since the epoch) in a {@link DateZone}.
 *
 * `instantMs` lies in the years 1900–2199; an offset lies within ±18 h. Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { dateIn } from 'ketamine-relief/dates';
 * dateIn(Date.parse('2026-11-20T23:30:00-05:00'), { offsetMinutes: -300 }); // '2026-11-20'
 * dateIn(Date.parse('2026-11-20T23:30:00-05:00'), { timeZone: 'Europe/Berlin' }); // '2026-11-21'
 * ```
 */
export function dateIn(instantMs: number, zone: DateZone): string {
  const a = parseWith(ZoneArgs, { instantMs, zone });
  return raw.dateIn(a.instantMs, a.zone);
}

/**
 * The first calendar date in `zone` that starts at or after the instant: a date on which the
 * whole day lies after it, so a gap counted from the instant is never cut short.
 *
 * Malformed arguments throw {@link ketamine-relief!InvalidInputError} naming the argument.
 *
 * @example
 * ```ts
 * import { firstWholeDateAfter } from 'ketamine-relief/dates';
 * firstWholeDateAfter(Date.parse('2026-11-20T23:30:00Z'), { timeZone: 'UTC' }); // '2026-11-21'
 * firstWholeDateAfter(Date.parse('2026-11-21T00:00:00Z'), { timeZone: 'UTC' }); // '2026-11-21'
 * ```
 */
export function firstWholeDateAfter(instantMs: number, zone: DateZone): string {
  const a = parseWith(ZoneArgs, { instantMs, zone });
  return raw.firstWholeDateAfter(a.instantMs, a.zone);
}
