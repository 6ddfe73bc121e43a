/**
 * The patient's own relief history: the checks that need `now` and the zone, and the observed
 * durations (days) they leave.
 * @internal
 */
import { INPUT_LIMITS } from '../data/input-limits.js';
import { HISTORY_WARNINGS } from '../data/maintenance.js';
import { calendarDaysBetween, dateIn } from '../dates/calendar.js';
import type { DateZone } from '../dates/schema.js';
import {
  type InputIssue,
  type InputIssueCode,
  InvalidInputError,
} from '../errors/invalid-input-error.js';
import type { Trail } from '../internal/trail.js';
import type { MaintenanceInput } from './schema.js';

const MS_PER_DAY = 86400000;

/**
 * The history as observed durations (days), and the indices of courses whose relief outlasted
 * the next course (censored: the duration is a lower bound). Throws {@link InvalidInputError}
 * for entries after `now` or that contradict themselves or `lastSessionEnd`.
 * @internal
 */
export function checkHistory(
  parsed: MaintenanceInput,
  now: string,
  zoneOf: (iso: string) => DateZone,
): { observed: number[]; censored: number[] } {
  const issues: InputIssue[] = [];
  const nowMs = Date.parse(now);
  const observed: number[] = [];
  const censored: number[] = [];
  const history = parsed.history ?? [];
  history.forEach((e, i) => {
    const endMs = Date.parse(e.sessionEnd);
    const zone = zoneOf(e.sessionEnd);
    const endDate = dateIn(endMs, zone);
    const today = dateIn(nowMs, zone);
    const at = (field: string, code: InputIssueCode, message: string) =>
      issues.push({ path: ['history', i, field], code, message });
    if (endMs > nowMs) at('sessionEnd', 'in_future', `is after now (${now})`);
    let days = e.reliefDays;
    if (e.reliefLostOn !== undefined) {
      const byDate = calendarDaysBetween(endDate, e.reliefLostOn);
      if (e.reliefLostOn > today) {
        at('reliefLostOn', 'in_future', `is after today (${today})`);
      } else if (byDate <= 0) {
        at(
          'reliefLostOn',
          'contradiction',
          `is not after the session's end date (${endDate}); give reliefDays for relief lost the same day`,
        );
      } else if (byDate > INPUT_LIMITS.history.maxReliefDays) {
        at(
          'reliefLostOn',
          'too_big',
          `is more than ${INPUT_LIMITS.history.maxReliefDays} days after the session`,
        );
      } else if (days !== undefined && Math.abs(days - byDate) > 1) {
        at(
          'reliefDays',
          'contradiction',
          `${days} days disagrees with reliefLostOn ${e.reliefLostOn} (${byDate} days after ${endDate})`,
        );
      }
      days ??= byDate;
    } else if (days !== undefined && endMs + days * MS_PER_DAY > nowMs) {
      at('reliefDays', 'in_future', `relief would end after now (${now})`);
    }
    if (days === undefined || days <= 0) return;
    observed.push(days);
    const next = history[i + 1];
    if (next && endMs + days * MS_PER_DAY > Date.parse(next.sessionEnd)) censored.push(i);
  });
  const last = parsed.lastSessionEnd;
  if (last !== undefined) {
    if (Date.parse(last) > nowMs) {
      issues.push({
        path: ['lastSessionEnd'],
        code: 'in_future',
        message: `is after now (${now})`,
      });
    }
    const newest = history[history.length - 1];
    if (newest && Date.parse(newest.sessionEnd) > Date.parse(last)) {
      issues.push({
        path: ['lastSessionEnd'],
        code: 'contradiction',
        message: 'is earlier than the last history entry’s sessionEnd',
      });
    }
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { observed, censored };
}

/** Warns, for each censored course, that its duration is a lower bound used as observed. @internal */
export function warnCensored(censored: readonly number[], trail: Trail): void {
  for (const i of censored) {
    trail.warn(
      'history-censored',
      HISTORY_WARNINGS.censored.text(i),
      HISTORY_WARNINGS.censored.sources,
    );
  }
}
