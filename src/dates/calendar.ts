/**
 * Calendar arithmetic with the platform's `Intl` only. Days are added to calendar dates, not
 * as multiples of 24 h, so a daylight-saving change never moves a date; instants are read in
 * an IANA time zone to find their local calendar date.
 */
import * as z from 'zod/mini';
import { addIssue } from '../internal/issue.js';

const MS_PER_DAY = 86400000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO 8601 date-time with a UTC offset or `Z`, e.g. `'2026-03-08T09:30:00-05:00'`.
 *
 * @example
 * ```ts
 * import { IsoDateTimeSchema } from 'ketamine-relief';
 * IsoDateTimeSchema.parse('2026-03-08T09:30:00Z'); // '2026-03-08T09:30:00Z'
 * ```
 */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'ketamine-relief';
 * IsoDateSchema.parse('2026-11-01'); // '2026-11-01'
 * ```
 */
export const IsoDateSchema = z.iso.date();

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

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone.
 *
 * @example
 * ```ts
 * import { localDate } from 'ketamine-relief';
 * localDate('2026-03-08T03:30:00Z', 'America/New_York'); // '2026-03-07'
 * localDate('2026-03-08T03:30:00Z', 'Europe/Berlin'); // '2026-03-08'
 * ```
 */
export function localDate(instant: string | Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toUtcDays(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime() / MS_PER_DAY;
}

/**
 * Adds whole calendar days to a `YYYY-MM-DD` date (negative days go back).
 *
 * @example
 * ```ts
 * import { addCalendarDays } from 'ketamine-relief';
 * addCalendarDays('2026-03-07', 2); // '2026-03-09' (across the US change to summer time)
 * ```
 */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number: ${days}`);
  return new Date((toUtcDays(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Whole calendar days from date `a` to date `b` (`YYYY-MM-DD`), negative when `b` is earlier.
 *
 * @example
 * ```ts
 * import { calendarDaysBetween } from 'ketamine-relief';
 * calendarDaysBetween('2026-10-24', '2026-10-26'); // 2 (across the EU change to winter time)
 * ```
 */
export function calendarDaysBetween(a: string, b: string): number {
  return Math.round(toUtcDays(b) - toUtcDays(a));
}

/**
 * Elapsed days between two instants (exact, 86 400 000 ms a day).
 *
 * @example
 * ```ts
 * import { elapsedDays } from 'ketamine-relief';
 * elapsedDays('2026-01-01T00:00:00Z', '2026-01-02T12:00:00Z'); // 1.5
 * ```
 */
export function elapsedDays(from: string | Date, to: string | Date): number {
  const t = (x: string | Date) => (typeof x === 'string' ? Date.parse(x) : x.getTime());
  return (t(to) - t(from)) / MS_PER_DAY;
}

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/**
 * The UTC offset (minutes) an ISO date-time was written with: `'…+01:00'` → 60, `'…Z'` → 0.
 *
 * @example
 * ```ts
 * import { writtenOffsetMinutes } from 'ketamine-relief';
 * writtenOffsetMinutes('2026-11-20T16:00:00-05:00'); // -300
 * ```
 */
export function writtenOffsetMinutes(iso: string): number {
  const m = OFFSET.exec(iso);
  if (!m || m[1] === undefined) return 0;
  const minutes = Number(m[2]) * MINUTES_PER_HOUR + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

const MINUTES_PER_HOUR = 60;
const MS_PER_MINUTE = 60000;

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

/**
 * The calendar date of an instant (ms since the epoch) in a {@link DateZone}.
 *
 * @example
 * ```ts
 * import { dateIn } from 'ketamine-relief';
 * dateIn(Date.parse('2026-11-20T23:30:00-05:00'), { offsetMinutes: -300 }); // '2026-11-20'
 * dateIn(Date.parse('2026-11-20T23:30:00-05:00'), { timeZone: 'Europe/Berlin' }); // '2026-11-21'
 * ```
 */
export function dateIn(instantMs: number, zone: DateZone): string {
  if ('timeZone' in zone) return localDate(new Date(instantMs), zone.timeZone);
  return new Date(instantMs + zone.offsetMinutes * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/**
 * The first calendar date in `zone` that starts at or after the instant: a date on which the
 * whole day lies after it, so a gap counted from the instant is never cut short.
 *
 * @example
 * ```ts
 * import { firstWholeDateAfter } from 'ketamine-relief';
 * firstWholeDateAfter(Date.parse('2026-11-20T23:30:00Z'), { timeZone: 'UTC' }); // '2026-11-21'
 * firstWholeDateAfter(Date.parse('2026-11-21T00:00:00Z'), { timeZone: 'UTC' }); // '2026-11-21'
 * ```
 */
export function firstWholeDateAfter(instantMs: number, zone: DateZone): string {
  const date = dateIn(instantMs, zone);
  const atMidnight = dateIn(instantMs - 1, zone) !== date;
  return atMidnight ? date : addCalendarDays(date, 1);
}
