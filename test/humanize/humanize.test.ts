import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { humanize, type PercentileRange } from '../../src/index';

const r = (p25: number, p75: number, unit = 'minute'): PercentileRange => ({
  p5: p25 / 2,
  p25,
  median: (p25 + p75) / 2,
  p75,
  p95: p75 * 2,
  unit,
});

describe('humanize', () => {
  it('picks the unit that reads naturally', () => {
    expect(humanize(r(5, 14))).toBe('5–14 minutes');
    expect(humanize(r(120, 240))).toBe('2–4 hours');
    expect(humanize(r(2 * 1440, 7 * 1440))).toBe('2–7 days');
    expect(humanize(r(5, 11, 'week'))).toBe('5–11 weeks');
    expect(humanize(r(3 * 10080, 12 * 10080))).toBe('3–12 weeks');
    expect(humanize(r(20 * 10080, 30 * 10080))).toBe('5–7 months');
  });

  it('says "about" for a single value and keeps a visible range', () => {
    expect(humanize(r(40, 40))).toBe('about 40 minutes');
    expect(humanize(r(60, 60))).toBe('about 60 minutes');
    expect(humanize(r(1440, 1440), {})).toBe('about 24 hours');
    expect(humanize(r(100, 104))).toBe('100–104 minutes');
    expect(humanize(r(1.02 * 60 * 24 * 7 * 1, 1.04 * 60 * 24 * 7))).toBe('7.1–7.3 days');
    expect(humanize({ p5: 1, p25: 1, median: 1, p75: 1, p95: 1, unit: 'hour' })).toBe(
      'about 60 minutes',
    );
  });

  it('honours the chosen percentiles and shows other units as numbers', () => {
    const range = { p5: 10, p25: 20, median: 30, p75: 40, p95: 50, unit: 'minute' };
    expect(humanize(range, { from: 'p5', to: 'p95' })).toBe('10–50 minutes');
    expect(humanize({ ...range, unit: 'ng/mL' })).toBe('20–40 ng/mL');
    expect(
      humanize({ p5: 0.1, p25: 0.2, median: 0.3, p75: 0.4, p95: 0.5, unit: 'probability' }),
    ).toBe('0.2–0.4 probability');
  });

  test.prop([
    fc.double({ min: 0.1, max: 1e6, noNaN: true }),
    fc.double({ min: 1, max: 50, noNaN: true }),
  ])('always names a unit and never shows a reversed range', (lo, factor) => {
    const text = humanize(r(lo, lo * factor));
    expect(text).toMatch(/(minutes?|hours?|days?|weeks?|months?)$/);
    const [a, b] = text.replace('about ', '').split(' ')[0]?.split('–').map(Number) ?? [];
    if (b !== undefined) expect(a).toBeLessThanOrEqual(b);
  });
});
