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

  it('reads a zero lower bound as "up to" and an exact zero without "about"', () => {
    expect(humanize(r(0, 81))).toBe('up to 81 minutes');
    expect(humanize(r(0, 0))).toBe('0 minutes');
    expect(humanize(r(0, 3 * 1440))).toBe('up to 3 days');
    expect(
      humanize({ p5: 0, p25: 0, median: 0, p75: 0, p95: 0, unit: 'minute' }, { from: 'median' }),
    ).toBe('0 minutes');
  });

  it('says "under 0.1" for a range that rounds to zero but is not zero', () => {
    expect(humanize(r(0, 0.02))).toBe('under 0.1 minutes');
  });

  it('writes a range from zero as "≤ N" and an exact zero plainly in a locale', () => {
    expect(humanize(r(0, 81), { locale: 'de' })).toMatch(/^≤ 81\sMinuten$/);
    expect(humanize(r(0, 81), { locale: 'en' })).toMatch(/^≤ 81\sminutes$/);
    expect(humanize(r(0, 0), { locale: 'de' })).toMatch(/^0\sMinuten$/);
    expect(humanize(r(0, 0), { locale: 'fr' })).toMatch(/^0\sminute/);
  });

  it('accepts a long language tag with extensions and rejects one over 64 characters', () => {
    expect(
      humanize(r(120, 240), { locale: 'zh-Hant-TW-u-nu-hanidec-ca-chinese' }).length,
    ).toBeGreaterThan(0);
    expect(() => humanize(r(1, 2), { locale: `en-${'x'.repeat(70)}` })).toThrow(/options/);
  });

  it.each([
    ['en', /^2–4\shours$/],
    ['de', /^2–4\sStunden$/],
    ['fr', /^2[\s–]+4\sheures$/],
    ['es', /^2[-–]4\shoras$/],
    ['nl', /^2[-–]4\suur$/],
  ])('writes the range in the language of locale %s with Intl unit formatting', (locale, re) => {
    expect(humanize(r(120, 240), { locale })).toMatch(re);
  });

  it('uses the locale for single values, decimals and other units too', () => {
    expect(humanize(r(8, 8, 'week'), { locale: 'de' })).toMatch(/8 Wochen$/);
    expect(humanize(r(1.02 * 10080, 1.04 * 10080), { locale: 'de' })).toBe('7,1–7,3 Tage');
    expect(humanize(r(1.5, 2.5, 'ng/mL'), { locale: 'fr' })).toMatch(/^2[–-]3 ng\/mL$/);
    // Without a locale the English words stay the default.
    expect(humanize(r(120, 240))).toBe('2–4 hours');
  });

  it('rejects a locale that is not a language tag', () => {
    expect(() => humanize(r(1, 2), { locale: 'not a tag!' })).toThrow(/locale/);
    expect(() => humanize(r(1, 2), { locale: '' })).toThrow(/options/);
  });

  test.prop([
    fc.constantFrom('en', 'de', 'fr', 'es', 'nl', 'ja', 'ar'),
    fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 1e6, noNaN: true })),
    fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
  ])('a localized range is never empty or NaN, and is deterministic', (locale, lo, span) => {
    const text = humanize(r(lo, lo + span), { locale });
    // Every locale writes a number, except Arabic, which writes one or two of a unit as the
    // word alone ("≤ دقيقة", "≤ ساعتان"); there the unit word must be Arabic.
    if (locale === 'ar') expect(text).toMatch(/[\u0600-\u06FF]/);
    else expect(text).toMatch(/[0-9]/);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    expect(humanize(r(lo, lo + span), { locale })).toBe(text);
  });

  test.prop([
    fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 1e6, noNaN: true })),
    fc.double({ min: 1, max: 50, noNaN: true }),
    fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
  ])('always names a unit and never shows a reversed range', (lo, factor, extra) => {
    const text = humanize(r(lo, lo * factor + extra));
    expect(text).toMatch(/(minutes?|hours?|days?|weeks?|months?)$/);
    const [a, b] =
      text
        .replace(/^(about|up to|under) /, '')
        .split(' ')[0]
        ?.split('–')
        .map(Number) ?? [];
    if (b !== undefined) expect(a).toBeLessThanOrEqual(b);
  });
});
