/**
 * Calendar arithmetic with the platform's `Intl` only. Days are added to calendar dates, not
 * as multiples of 24 h, so a daylight-saving change never moves a date; instants are read in
 * an IANA time zone to find their local calendar date.
 *
 * These functions trust their arguments: the library calls them on validated input. The public,
 * validating versions are in `public.ts`.
 * @internal
 */

import type { DateZone } from './schema.js';

const MS_PER_DAY = 86400000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** See the validating `localDate` in `public.ts`. @internal */
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
  // Validated as an ISO date by the caller; the fallback only keeps the types honest.
  const m = ISO_DATE.exec(date) ?? ['', '1970', '01', '01'];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime() / MS_PER_DAY;
}

/** See the validating `addCalendarDays` in `public.ts`. @internal */
export function addCalendarDays(date: string, days: number): string {
  return new Date((toUtcDays(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** See the validating `calendarDaysBetween` in `public.ts`. @internal */
export function calendarDaysBetween(a: string, b: string): number {
  return Math.round(toUtcDays(b) - toUtcDays(a));
}

/** See the validating `elapsedDays` in `public.ts`. @internal */
export function elapsedDays(from: string | Date, to: string | Date): number {
  const t = (x: string | Date) => (typeof x === 'string' ? Date.parse(x) : x.getTime());
  return (t(to) - t(from)) / MS_PER_DAY;
}

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/** See the validating `writtenOffsetMinutes` in `public.ts`. @internal */
export function writtenOffsetMinutes(iso: string): number {
  const m = OFFSET.exec(iso);
  if (!m || m[1] === undefined) return 0;
  const minutes = Number(m[2]) * MINUTES_PER_HOUR + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

const MINUTES_PER_HOUR = 60;
const MS_PER_MINUTE = 60000;

/** 'UTC+01:00' for the offset a date-time was written with ('UTC' for none or Z). @internal */
export function offsetName(iso: string | undefined): string {
  const minutes = iso ? writtenOffsetMinutes(iso) : 0;
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const two = (x: number) => String(x).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / MINUTES_PER_HOUR))}:${two(abs % MINUTES_PER_HOUR)}`;
}

/** See the validating `dateIn` in `public.ts`. @internal */
export function dateIn(instantMs: number, zone: DateZone): string {
  if ('timeZone' in zone) return localDate(new Date(instantMs), zone.timeZone);
  return new Date(instantMs + zone.offsetMinutes * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/** See the validating `firstWholeDateAfter` in `public.ts`. @internal */
export function firstWholeDateAfter(instantMs: number, zone: DateZone): string {
  const date = dateIn(instantMs, zone);
  const atMidnight = dateIn(instantMs - 1, zone) !== date;
  return atMidnight ? date : addCalendarDays(date, 1);
}
