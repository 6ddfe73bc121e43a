import * as z from 'zod/mini';
import { DISPLAY_UNITS } from '../data/display-units.js';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { checkLocale, LocaleTagSchema } from '../internal/locale.js';
import { parseWith } from '../internal/parse.js';
import type { PercentileRange } from '../stats/percentiles.js';

const TIME_UNITS: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };

/**
 * Options of {@link humanize}: which percentiles bound the range shown (default the
 * interquartile range, p25–p75, where half of patients fall).
 *
 * @example
 * ```ts
 * import type { HumanizeOptions } from 'ketamine-relief';
 * const wide: HumanizeOptions = { from: 'p5', to: 'p95' };
 * ```
 */
export interface HumanizeOptions {
  /** The percentile the range starts at (default `'p25'`). */
  from?: 'p5' | 'p25' | 'median';
  /** The percentile the range ends at (default `'p75'`). */
  to?: 'median' | 'p75' | 'p95';
  /**
   * A BCP 47 language tag (e.g. `'de'`, `'fr-CA'`; at most 64 characters) that this runtime's
   * `Intl` supports: the range is then written by `Intl.NumberFormat` unit formatting in that
   * language ("2–4 Stunden", "≈8 Wochen"). Intl has no words for "about" or "up to", so a range
   * from zero reads "≤ 81 Minuten". Without a locale, plain English words.
   */
  locale?: string;
}

/**
 * A time range in words, in the unit that reads naturally: "2–4 hours", "5–11 weeks",
 * "about 40 minutes", "up to 81 minutes" (lower bound 0). Values are rounded (whole numbers;
 * one decimal below 10 when the bounds would otherwise meet). With `locale`, the numbers, unit
 * words and range style come from `Intl.NumberFormat` (`style: 'unit'`, `formatRange`) in that
 * language instead: "2–4 Stunden", "≈8 Wochen". Non-time units are shown as numbers with their unit. The range must
 * hold finite, ordered percentiles (magnitude ≤ 1e12); otherwise {@link InvalidInputError}
 * names the field.
 *
 * @example
 * ```ts
 * import { humanize } from 'ketamine-relief';
 * humanize({ p5: 60, p25: 120, median: 180, p75: 240, p95: 400, unit: 'minute' }); // '2–4 hours'
 * humanize({ p5: 30, p25: 35, median: 40, p75: 40, p95: 60, unit: 'minute' }, { from: 'median' }); // 'about 40 minutes'
 * humanize({ p5: 1, p25: 5, median: 8, p75: 11, p95: 14, unit: 'week' }); // '5–11 weeks'
 * humanize({ p5: 0, p25: 0, median: 30, p75: 81, p95: 100, unit: 'minute' }); // 'up to 81 minutes'
 * humanize({ p5: 60, p25: 120, median: 180, p75: 240, p95: 400, unit: 'minute' }, { locale: 'de' }); // '2–4 Stunden'
 * ```
 */
export function humanize(range: PercentileRange, options: HumanizeOptions = {}): string {
  const a = parseWith(Args, { range, options });
  const lo = a.range[a.options.from ?? 'p25'];
  const hi = a.range[a.options.to ?? 'p75'];
  const locale = a.options.locale === undefined ? undefined : checkLocale(a.options.locale);
  return words(lo, hi, a.range.unit, locale);
}

/** Larger than any time or concentration the library reports; keeps the words finite. */
const MAX_VALUE = ARGUMENT_LIMITS.maxMagnitude;
const MAX_UNIT_LENGTH = ARGUMENT_LIMITS.maxUnitLength;
const value = z.number().check(z.gte(-MAX_VALUE), z.lte(MAX_VALUE));
const Args = z.strictObject({
  range: z
    .object({
      p5: value,
      p25: value,
      median: value,
      p75: value,
      p95: value,
      unit: z.string().check(z.minLength(1), z.maxLength(MAX_UNIT_LENGTH)),
    })
    .check(
      z.refine(
        (r) => r.p5 <= r.p25 && r.p25 <= r.median && r.median <= r.p75 && r.p75 <= r.p95,
        'percentiles must be in order: p5 ≤ p25 ≤ median ≤ p75 ≤ p95',
      ),
    ),
  options: z.strictObject({
    from: z.optional(z.enum(['p5', 'p25', 'median'])),
    to: z.optional(z.enum(['median', 'p75', 'p95'])),
    locale: z.optional(LocaleTagSchema),
  }),
});

function words(lo: number, hi: number, unitName: string, locale?: string): string {
  const range = { unit: unitName };
  const scale = TIME_UNITS[range.unit];
  if (scale === undefined) {
    if (locale === undefined) return `${format(lo)}–${format(hi)} ${range.unit}`;
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: digitsFor(lo, hi) });
    return `${n.formatRange(lo, hi)} ${range.unit}`;
  }
  const loMin = lo * scale;
  const hiMin = hi * scale;
  const units = DISPLAY_UNITS.units;
  let index = units.findIndex((u) => hiMin < u.below);
  if (index < 0) index = units.length - 1;
  for (;;) {
    const unit = units[index];
    if (!unit) return `${format(lo)}–${format(hi)} ${range.unit}`;
    const a = loMin / unit.minutes;
    const b = hiMin / unit.minutes;
    let fa = format(a);
    let fb = format(b);
    if (fa === fb && a !== b) {
      fa = format(a, true);
      fb = format(b, true);
    }
    // A range that rounds to one value in this unit is shown in the next smaller unit.
    if (fa === fb && a !== b && index > 0) {
      index--;
      continue;
    }
    if (locale !== undefined) {
      // The language's own unit words and range style (e.g. "2–4 Stunden", "≈5 Stunden").
      const fine = fa.includes('.') || fb.includes('.');
      const n = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: unit.name,
        unitDisplay: 'long',
        maximumFractionDigits: fine ? 1 : 0,
      });
      // Intl has no "up to": a range from zero is written "≤ 81 Minuten", an exact zero plainly.
      if (lo === 0 && hi === 0) return n.format(0);
      if (Number(fa) === 0 && Number(fb) > 0) return `≤ ${n.format(Number(fb))}`;
      return n.formatRange(Number(fa), Number(fb));
    }
    const plural = Number(fb) === 1 ? unit.name : unit.plural;
    // A lower bound of zero reads as a bug in "0–81 minutes"; an exact zero is not "about".
    if (lo === 0 && hi === 0) return `0 ${unit.plural}`;
    if (Number(fb) === 0 && hi > 0) return `under 0.1 ${unit.plural}`;
    if (Number(fa) === 0 && Number(fb) > 0) return `up to ${fb} ${plural}`;
    return fa === fb ? `about ${fb} ${plural}` : `${fa}–${fb} ${plural}`;
  }
}

function digitsFor(lo: number, hi: number): number {
  return Math.abs(lo) < 1 || Math.abs(hi) < 1 ? 1 : 0;
}

function format(x: number, fine = false): string {
  const digits = fine || Math.abs(x) < 1 ? 1 : 0;
  const rounded = Number(x.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
