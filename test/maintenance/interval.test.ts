import { describe, expect, it } from 'vitest';
import { BOOSTER_RULE, MINIMUM_GAP } from '../../src/data/maintenance';
import { firstWholeDateAfter } from '../../src/dates/calendar';
import { Trail } from '../../src/internal/trail';
import { dueDates, minimumGap, percentileDays, warnOverdue } from '../../src/maintenance/interval';
import type { Regimen } from '../../src/regimen/schema';

const DAY_MS = 86400000;
const BERLIN = { timeZone: 'Europe/Berlin' };
const regimen = (over: Regimen['dose']['over'], every?: Regimen['every']): Regimen =>
  ({
    route: 'intravenous',
    drug: 'racemic',
    method: 'infusion',
    dose: { amount: 0.35, unit: 'mg/kg/h', over },
    sessions: every ? 5 : 1,
    ...(every ? { every } : {}),
  }) as Regimen;
const ordered = (r: { p5: number; p25: number; median: number; p75: number; p95: number }) =>
  r.p5 <= r.p25 && r.p25 <= r.median && r.median <= r.p75 && r.p75 <= r.p95;

describe('minimumGap', () => {
  it('after a long continuous course, one day more than the gap found unsafe, cited', () => {
    const trail = new Trail();
    const gap = minimumGap(regimen({ hours: 100 }), trail);
    expect(gap.days).toBe(MINIMUM_GAP.afterLongCourseDays.value);
    expect(gap.days).toBeGreaterThan(MINIMUM_GAP.unsafeGapDays.value);
    expect(gap.reason).toMatch(/^After a continuous course of 100 h: /);
    expect(gap.reason).toContain(`must exceed ${MINIMUM_GAP.unsafeGapDays.value} days`);
    expect(gap.sources).toEqual([...MINIMUM_GAP.unsafeGapDays.sources]);
    expect([...trail.sources]).toEqual(
      expect.arrayContaining([...MINIMUM_GAP.unsafeGapDays.sources]),
    );
  });

  it('starts a long course at the threshold', () => {
    const hours = MINIMUM_GAP.longCourseHours.value;
    expect(minimumGap(regimen({ hours }), new Trail()).days).toBe(17);
    expect(minimumGap(regimen({ hours: hours - 1 }), new Trail()).days).toBe(1);
  });

  it('after short infusions, the series spacing rounded up to whole days, at least one day', () => {
    expect(minimumGap(regimen({ hours: 4 }), new Trail())).toEqual({
      days: 1,
      reason: expect.stringMatching(/^No evidence sets a minimum gap after short infusions/),
      sources: [],
    });
    expect(minimumGap(regimen({ hours: 4 }, { hours: 36 }), new Trail()).days).toBe(2);
    expect(minimumGap(regimen({ hours: 4 }, { weeks: 1 }), new Trail()).days).toBe(7);
  });
});

describe('percentileDays', () => {
  const wide = { logMean: Math.log(20), logSd: 1 };

  it('gives ordered percentiles around the log-normal median', () => {
    const trail = new Trail();
    const r = percentileDays(wide, 1, trail);
    expect(ordered(r)).toBe(true);
    expect(r.median).toBeCloseTo(20, 10);
    expect(r.p25 * r.p75).toBeCloseTo(400, 8); // symmetric on the log scale
    expect(r.unit).toBe('day');
    expect(trail.warnings).toEqual([]);
  });

  it('raises percentiles inside the minimum gap to it, and warns', () => {
    const trail = new Trail();
    const r = percentileDays(wide, 12, trail);
    expect(r.p5).toBe(12);
    expect(r.p25).toBe(12);
    expect(r.median).toBeCloseTo(20, 10);
    expect(ordered(r)).toBe(true);
    expect(trail.warnings.map((w) => w.code)).toEqual(['interval-raised-to-minimum-gap']);
    expect(trail.warnings[0]?.message).toMatch(/5th percentile 3\.9 days.*minimum gap of 12 days/);
  });
});

describe('dueDates', () => {
  const interval = percentileDays({ logMean: Math.log(20), logSd: 0.6 }, 1, new Trail());

  it('gives ordered whole local dates, each the first after the last end plus its percentile', () => {
    const lastEnd = '2026-10-20T16:00:00+02:00';
    const due = dueDates(lastEnd, BERLIN, interval);
    expect(due.earliest <= due.target && due.target <= due.latest).toBe(true);
    const at = (days: number) => firstWholeDateAfter(Date.parse(lastEnd) + days * DAY_MS, BERLIN);
    expect(due).toEqual({
      earliest: at(interval.p5),
      target: at(interval.p25),
      latest: at(interval.median),
    });
    // Whole dates: none starts before the instant it stands for (across the October DST change).
    expect(Date.parse(`${due.target}T00:00:00+01:00`)).toBeGreaterThanOrEqual(
      Date.parse(lastEnd) + interval.p25 * DAY_MS,
    );
  });

  it('reads dates in a fixed offset as well as a zone', () => {
    const due = dueDates('2026-11-20T23:30:00-05:00', { offsetMinutes: -300 }, interval);
    expect(due.earliest > '2026-11-20').toBe(true);
  });
});

describe('warnOverdue', () => {
  const due = { earliest: '2026-11-10', target: '2026-11-20', latest: '2026-11-30' };
  const warn = (now: string) => {
    const trail = new Trail();
    warnOverdue(due, now, BERLIN, trail);
    return trail.warnings;
  };

  it('says nothing while no date has passed (a date that is today has not)', () => {
    expect(warn('2026-11-10T12:00:00Z')).toEqual([]);
  });

  it('names the passed dates and the share each stands for', () => {
    expect(warn('2026-11-11T12:00:00Z')[0]?.message).toMatch(
      /^As of 2026-11-11 \(now\), the earliest date has passed\./,
    );
    expect(warn('2026-11-21T12:00:00Z')[0]?.message).toMatch(
      /the earliest and target dates have passed/,
    );
    const all = warn('2026-12-01T00:30:00+01:00')[0];
    expect(all?.code).toBe('booster-overdue');
    expect(all?.message).toMatch(/every suggested date has passed/);
    const pct = (q: number) => `${Math.round(q * 100)}%`;
    expect(all?.message).toContain(
      `by the target ${pct(BOOSTER_RULE.targetPercentile.value)}, by the latest ${pct(BOOSTER_RULE.latestPercentile.value)}`,
    );
  });
});
