/**
 * The booster interval: the minimum gap after the last session, the percentile days of a
 * predicted log-normal interval (never shorter than the gap), and the due dates they give.
 * @internal
 */
import {
  BOOSTER_OVERDUE,
  BOOSTER_RULE,
  INTERVAL_RAISED,
  MINIMUM_GAP,
  MINIMUM_GAP_REASON,
} from '../data/maintenance.js';
import { dateIn, firstWholeDateAfter } from '../dates/calendar.js';
import type { DateZone } from '../dates/schema.js';
import type { SourceId } from '../evidence/registry.js';
import type { Trail } from '../internal/trail.js';
import type { LogNormal } from '../personalize/posterior.js';
import { totalMinutes } from '../regimen/duration.js';
import type { Regimen } from '../regimen/schema.js';
import type { PercentileRange } from '../stats/percentiles.js';
import type { MaintenanceResult } from './schema.js';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_HOUR = 60;
const MS_PER_DAY = 86400000;
const PERCENT = 100;
/** Standard normal quantiles of the 5th, 25th, 50th, 75th and 95th percentiles. */
const Z = {
  p5: -1.6448536269514729,
  p25: -0.6744897501960817,
  median: 0,
  p75: 0.6744897501960817,
  p95: 1.6448536269514729,
} as const;

/** The suggested booster dates, as local calendar dates. @internal */
export type DueDates = NonNullable<MaintenanceResult['nextDue']>;

/**
 * The minimum gap before a booster: after a long continuous course, more than the gap found
 * unsafe; otherwise at least the spacing of the initial series, and at least a day.
 * @internal
 */
export function minimumGap(regimen: Regimen, trail: Trail): MaintenanceResult['minimumGap'] {
  const overMinutes = regimen.dose.over ? totalMinutes(regimen.dose.over) : 0;
  const longCourse = overMinutes >= MINIMUM_GAP.longCourseHours.value * MINUTES_PER_HOUR;
  trail.use(MINIMUM_GAP.longCourseHours);
  if (longCourse) {
    trail.use(MINIMUM_GAP.unsafeGapDays);
    trail.use(MINIMUM_GAP.afterLongCourseDays);
    return {
      days: MINIMUM_GAP.afterLongCourseDays.value,
      reason: MINIMUM_GAP_REASON.longCourse.text(
        Math.round(overMinutes / MINUTES_PER_HOUR),
        MINIMUM_GAP.unsafeGapDays.note,
        MINIMUM_GAP.unsafeGapDays.value,
      ),
      sources: [...MINIMUM_GAP_REASON.longCourse.sources] as SourceId[],
    };
  }
  trail.use(MINIMUM_GAP.otherwiseDays);
  const everyDays = regimen.every ? totalMinutes(regimen.every) / MINUTES_PER_DAY : 0;
  return {
    days: Math.max(MINIMUM_GAP.otherwiseDays.value, Math.ceil(everyDays)),
    reason: MINIMUM_GAP_REASON.shortInfusions.text,
    sources: [...MINIMUM_GAP_REASON.shortInfusions.sources] as SourceId[],
  };
}

/**
 * The 5th–95th percentile days of a log-normal interval, each raised to `minDays` (with a
 * warning when the 5th percentile had to be).
 * @internal
 */
export function percentileDays(
  d: LogNormal,
  minDays: number,
  trail: Trail,
): PercentileRange<'day'> {
  const at = (z: number) => Math.exp(d.logMean + z * d.logSd);
  const raw = {
    p5: at(Z.p5),
    p25: at(Z.p25),
    median: at(Z.median),
    p75: at(Z.p75),
    p95: at(Z.p95),
  };
  if (raw.p5 < minDays) {
    trail.warn(
      'interval-raised-to-minimum-gap',
      INTERVAL_RAISED.text(raw.p5.toFixed(1), minDays),
      INTERVAL_RAISED.sources,
    );
  }
  const up = (x: number) => Math.max(minDays, x);
  return {
    p5: up(raw.p5),
    p25: up(raw.p25),
    median: up(raw.median),
    p75: up(raw.p75),
    p95: up(raw.p95),
    unit: 'day',
  };
}

/**
 * Booster dates: for each rule percentile, the first whole local date after the last session
 * end plus that many days, so that no date falls inside the gap it stands for.
 * @internal
 */
export function dueDates(
  lastEnd: string,
  zone: DateZone,
  interval: PercentileRange<'day'>,
): DueDates {
  const endMs = Date.parse(lastEnd);
  const pick = (q: number) =>
    q <= BOOSTER_RULE.earliestPercentile.value
      ? interval.p5
      : q <= BOOSTER_RULE.targetPercentile.value
        ? interval.p25
        : interval.median;
  const day = (q: number) => firstWholeDateAfter(endMs + pick(q) * MS_PER_DAY, zone);
  return {
    earliest: day(BOOSTER_RULE.earliestPercentile.value),
    target: day(BOOSTER_RULE.targetPercentile.value),
    latest: day(BOOSTER_RULE.latestPercentile.value),
  };
}

/** Warns when suggested dates lie before today (in `zone`), and how to read them. @internal */
export function warnOverdue(due: DueDates, now: string, zone: DateZone, trail: Trail): void {
  const pct = (q: number) => `${Math.round(q * PERCENT)}%`;
  const today = dateIn(Date.parse(now), zone);
  const dates = ['earliest', 'target', 'latest'] as const;
  const passed = dates.filter((k) => due[k] < today);
  if (passed.length === 0) return;
  trail.warn(
    'booster-overdue',
    BOOSTER_OVERDUE.text(today, passed, dates.length, {
      earliest: pct(BOOSTER_RULE.earliestPercentile.value),
      target: pct(BOOSTER_RULE.targetPercentile.value),
      latest: pct(BOOSTER_RULE.latestPercentile.value),
    }),
    BOOSTER_OVERDUE.sources,
  );
}
