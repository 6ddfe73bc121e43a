import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dateIn,
  elapsedDays,
  firstWholeDateAfter,
  localDate,
  writtenOffsetMinutes,
} from '../../src/entries/dates';
import { InvalidInputError, TimeZoneSchema } from '../../src/index';

const DAY = 86400000;
/** What naive millisecond arithmetic would give: the bug calendar arithmetic avoids. */
const naive = (instant: string, days: number, zone: string) =>
  localDate(new Date(Date.parse(instant) + days * DAY), zone);

describe('calendar dates across daylight-saving changes', () => {
  it.each([
    // zone, last session end (just before local midnight), days, expected local date
    ['America/New_York', '2026-03-07T23:30:00-05:00', 7, '2026-03-14'], // spring forward 8 Mar
    ['America/New_York', '2026-10-31T00:30:00-04:00', 7, '2026-11-07'], // fall back 1 Nov
    ['Europe/Berlin', '2026-03-28T23:30:00+01:00', 7, '2026-04-04'], // summer time 29 Mar
    ['Europe/Berlin', '2026-10-24T00:30:00+02:00', 2, '2026-10-26'], // winter time 25 Oct
    ['Australia/Sydney', '2026-04-04T23:30:00+11:00', 1, '2026-04-05'], // DST ends 5 Apr
  ])('%s: %s + %i days = %s', (zone, instant, days, expected) => {
    expect(addCalendarDays(localDate(instant, zone), days)).toBe(expected);
  });

  it('naive 24-h arithmetic would be a day off where the calendar one is right', () => {
    expect(naive('2026-03-07T23:30:00-05:00', 7, 'America/New_York')).toBe('2026-03-15');
    expect(naive('2026-03-28T23:30:00+01:00', 7, 'Europe/Berlin')).toBe('2026-04-05');
    expect(naive('2026-10-31T00:30:00-04:00', 7, 'America/New_York')).toBe('2026-11-06');
  });

  it('reads an instant in the zone, whatever offset it was written with', () => {
    expect(localDate('2026-03-08T03:30:00Z', 'America/New_York')).toBe('2026-03-07');
    expect(localDate('2026-03-08T03:30:00Z', 'Asia/Tokyo')).toBe('2026-03-08');
    expect(localDate(new Date('2026-12-31T23:59:59Z'), 'UTC')).toBe('2026-12-31');
  });

  it('counts calendar days and elapsed days separately', () => {
    expect(calendarDaysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(calendarDaysBetween('2026-03-09', '2026-03-07')).toBe(-2);
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2); // leap year
    // 8 Mar 2026 in New York has 23 hours: two local midnights are 47 h apart.
    expect(elapsedDays('2026-03-07T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBeCloseTo(
      47 / 24,
      12,
    );
  });

  it('rejects fractional days, malformed dates and unknown zones, naming the argument', () => {
    const pathOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        return (e as InvalidInputError).issues[0]?.path;
      }
      throw new Error('expected InvalidInputError');
    };
    expect(pathOf(() => addCalendarDays('2026-01-01', 1.5))).toEqual(['days']);
    expect(pathOf(() => addCalendarDays('1/1/2026', 1))).toEqual(['date']);
    expect(pathOf(() => addCalendarDays('x', 1))).toEqual(['date']);
    expect(pathOf(() => addCalendarDays('2026-13-45', 1))).toEqual(['date']);
    expect(pathOf(() => addCalendarDays('0999-01-01', 1))).toEqual(['date']);
    expect(pathOf(() => addCalendarDays('2026-01-01', 1e6))).toEqual(['days']);
    expect(pathOf(() => localDate('nope', 'UTC'))).toEqual(['instant']);
    expect(pathOf(() => localDate('2026-01-01T00:00:00Z', 'Mars/Olympus'))).toEqual(['timeZone']);
    expect(pathOf(() => calendarDaysBetween('2026-01-01', '2026-02-30'))).toEqual(['b']);
    expect(pathOf(() => elapsedDays(new Date(Number.NaN), '2026-01-01T00:00:00Z'))).toEqual([
      'from',
    ]);
    expect(pathOf(() => writtenOffsetMinutes('2026-01-01T00:00:00'))).toEqual(['iso']);
    expect(pathOf(() => dateIn(1e300, { timeZone: 'UTC' }))).toEqual(['instantMs']);
    // Offsets up to ±23:59, as a date-time may be written with.
    expect(writtenOffsetMinutes('2026-01-01T00:00:00+23:59')).toBe(1439);
    expect(dateIn(Date.parse('2026-01-01T00:00:00Z'), { offsetMinutes: 1439 })).toBe('2026-01-01');
    expect(pathOf(() => firstWholeDateAfter(0, { offsetMinutes: 5000 }))).toEqual([
      'zone',
      'offsetMinutes',
    ]);
    expect(TimeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(TimeZoneSchema.safeParse('Europe/Berlin').success).toBe(true);
  });
});
