/**
 * `ketamine-relief/dates`: the calendar and duration helpers under `suggestMaintenance` —
 * calendar days in an IANA time zone, written offsets, and durations in minutes.
 *
 * @module dates
 */

export {
  addCalendarDays,
  calendarDaysBetween,
  dateIn,
  elapsedDays,
  firstWholeDateAfter,
  localDate,
  writtenOffsetMinutes,
} from '../dates/public.js';
export { durationToMinutes } from '../regimen/duration.js';
