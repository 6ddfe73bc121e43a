/**
 * A standalone SVG chart of a relief estimate: relief over time with percentile bands, onset
 * and peak markers and the meaningful-relief threshold, and the survival curve on a second
 * panel. Both time axes are logarithmic, labelled from minutes to months. No dependencies.
 */
import * as z from 'zod/mini';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { checkLocale, LocaleTagSchema } from '../internal/locale.js';
import { parseWith } from '../internal/parse.js';
import { ReliefResultSchema } from '../relief/result-schema.js';
import type { ReliefResult } from '../relief/schema.js';

/**
 * Options of {@link renderReliefChart}: size in pixels, a title, the language of numbers and
 * units, and the chart's words.
 *
 * @example
 * ```ts
 * import type { ChartOptions } from 'ketamine-relief';
 * const o: ChartOptions = { width: 640, title: 'CRPS series' };
 * const de: ChartOptions = { locale: 'de', labels: { onset: 'Beginn', peak: 'Maximum' } };
 * ```
 */
export interface ChartOptions {
  /** Width in pixels, 480 to 10 000 (default 720). */
  width?: number;
  /** Height in pixels, 360 to 10 000 (default 560). */
  height?: number;
  /** The title above the chart (at most 200 characters); default names the route and pain type. */
  title?: string;
  /**
   * A BCP 47 language tag (e.g. `'de'`; at most 64 characters): tick labels, percentages and
   * the patient count are then written by `Intl.NumberFormat` in that language ("1 Std.",
   * "30 %"). Without it, the English short forms ("1 h", "1 wk"). Words are not translated:
   * pass them in `labels`, and the title (English by default) in `title`.
   */
  locale?: string;
  /** The chart's words, for a translation; each (1 to 200 characters) defaults to the English text. */
  labels?: Partial<ChartLabels>;
}

/**
 * The words on a relief chart, each at most 200 characters; see {@link ChartOptions.labels}.
 *
 * @example
 * ```ts
 * import type { ChartLabels } from 'ketamine-relief';
 * const fr: Partial<ChartLabels> = { onset: 'début', peak: 'pic', threshold: 'soulagement utile' };
 * ```
 */
export interface ChartLabels {
  /** x-axis of the relief panel. */
  reliefTime: string;
  /** y-axis of the relief panel. */
  relief: string;
  /** x-axis of the survival panel. */
  survivalTime: string;
  /** y-axis of the survival panel. */
  survival: string;
  /** Label of the threshold line; the threshold percentage follows it in brackets. */
  threshold: string;
  /** Marker at the median onset. */
  onset: string;
  /** Marker at the median peak. */
  peak: string;
  /** Footer after the number of simulated patients (keep the not-a-dosing-device notice). */
  footer: string;
}

const LABELS: ChartLabels = {
  reliefTime: 'Time since the start of the last administration (log scale)',
  relief: 'Relief (% of baseline pain)',
  survivalTime: 'Time after the end of the last administration (log scale)',
  survival: 'Relief not ended (%)',
  threshold: 'meaningful relief',
  onset: 'onset',
  peak: 'peak',
  footer: 'simulated patients · estimate for information only, not a dosing device',
};

/** Axis ticks: minute, value and unit (Intl unit identifier), English short label. */
const TICKS: [number, number, 'minute' | 'hour' | 'day' | 'week', string][] = [
  [1, 1, 'minute', '1 min'],
  [10, 10, 'minute', '10 min'],
  [60, 1, 'hour', '1 h'],
  [360, 6, 'hour', '6 h'],
  [1440, 1, 'day', '1 d'],
  [10080, 1, 'week', '1 wk'],
  [40320, 4, 'week', '4 wk'],
  [120960, 12, 'week', '12 wk'],
  [262080, 26, 'week', '26 wk'],
];

/** How numbers are written: English short forms, or a locale's own. */
interface Words {
  tick(value: number, unit: 'minute' | 'hour' | 'day' | 'week', english: string): string;
  percent(fraction: number): string;
  count(n: number): string;
  labels: ChartLabels;
}

function wordsFor(options: ChartOptions): Words {
  // A key given as undefined keeps its default (zod keeps explicit undefined values).
  const given = Object.entries(options.labels ?? {}).filter(([, v]) => v !== undefined);
  const labels: ChartLabels = { ...LABELS, ...Object.fromEntries(given) };
  const locale = options.locale;
  if (locale === undefined) {
    return {
      tick: (_v, _u, english) => english,
      percent: (f) => `${Math.round(f * PERCENT)}%`,
      count: (n) => String(n),
      labels,
    };
  }
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    tick: (v, u) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(v),
    percent: (f) => percent.format(f),
    count: (n) => count.format(n),
    labels,
  };
}
const COLORS = {
  outer: '#cfe3f5',
  inner: '#8fbce6',
  line: '#1f5d99',
  threshold: '#b03a2e',
  marker: '#555555',
  survival: '#2e7d32',
  axis: '#333333',
  grid: '#e6e6e6',
};
const PERCENT = 100;
const DEFAULT = { width: 720, height: 560 };
/** Sizes below which the labels collide, and a sanity bound. */
const MIN_SIZE = { width: 480, height: 360 };
const MAX_SIZE = ARGUMENT_LIMITS.chart.maxSize;
/** Layout fractions of the height: top panel, gap, bottom panel. */
const LAYOUT = { top: 0.09, relief: 0.46, gap: 0.15, survival: 0.17 };
const MARGIN = { left: 72, right: 24 };
const FONT = 12;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function fmt(x: number): string {
  return Number(x.toFixed(1)).toString();
}

interface Panel {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  from: number;
  to: number;
}

const xOf = (p: Panel, minute: number) => {
  const t = Math.min(Math.max(minute, p.from), p.to);
  return (
    p.x0 + ((Math.log(t) - Math.log(p.from)) / (Math.log(p.to) - Math.log(p.from))) * (p.x1 - p.x0)
  );
};
const yOf = (p: Panel, fraction: number) => p.y1 - fraction * (p.y1 - p.y0);

function axes(p: Panel, xLabel: string, yLabel: string, w: Words): string[] {
  const out: string[] = [];
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const y = fmt(yOf(p, f));
    out.push(
      `<line x1="${fmt(p.x0)}" y1="${y}" x2="${fmt(p.x1)}" y2="${y}" stroke="${COLORS.grid}"/>`,
    );
    out.push(
      `<text x="${fmt(p.x0 - 6)}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeXml(w.percent(f))}</text>`,
    );
  }
  for (const [minute, value, unit, english] of TICKS) {
    if (minute < p.from || minute > p.to) continue;
    const x = fmt(xOf(p, minute));
    out.push(
      `<line x1="${x}" y1="${fmt(p.y0)}" x2="${x}" y2="${fmt(p.y1)}" stroke="${COLORS.grid}"/>`,
    );
    out.push(
      `<text x="${x}" y="${fmt(p.y1 + FONT + 4)}" text-anchor="middle">${escapeXml(w.tick(value, unit, english))}</text>`,
    );
  }
  out.push(
    `<rect x="${fmt(p.x0)}" y="${fmt(p.y0)}" width="${fmt(p.x1 - p.x0)}" height="${fmt(p.y1 - p.y0)}" fill="none" stroke="${COLORS.axis}"/>`,
  );
  out.push(
    `<text x="${fmt((p.x0 + p.x1) / 2)}" y="${fmt(p.y1 + 2 * FONT + 10)}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
  );
  const cy = fmt((p.y0 + p.y1) / 2);
  out.push(
    `<text x="16" y="${cy}" text-anchor="middle" transform="rotate(-90 16 ${cy})">${escapeXml(yLabel)}</text>`,
  );
  return out;
}

/**
 * Renders a relief estimate made with `{ curve: true }` as a standalone SVG string: relief
 * over time (5–95th and 25–75th percentile bands, median, the meaningful-relief threshold,
 * median onset and peak) and, below, the share of patients whose relief has not ended. Throws
 * {@link InvalidInputError} when the estimate is not a valid relief result (see
 * `ReliefResultSchema`), has no curve, or the options are out of range.
 *
 * @example
 * ```ts
 * import { estimateRelief, renderReliefChart } from 'ketamine-relief';
 * const r = estimateRelief(
 *   { painType: 'acute-trauma', regimen: { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } }, patient: { weightKg: 70 } },
 *   { curve: true, population: 200 },
 * );
 * renderReliefChart(r, { title: 'IV bolus 0.3 mg/kg' }).startsWith('<svg'); // true
 * ```
 */
export function renderReliefChart(estimate: ReliefResult, options: ChartOptions = {}): string {
  const args = parseWith(Args, { estimate, options });
  if (args.options.locale !== undefined) checkLocale(args.options.locale);
  return render(args.estimate as ReliefResult, args.options as ChartOptions);
}

const MAX_TITLE_LENGTH = ARGUMENT_LIMITS.chart.maxTitleLength;
const label = z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH));
const Args = z.strictObject({
  estimate: ReliefResultSchema,
  options: z.strictObject({
    width: z.optional(z.number()),
    height: z.optional(z.number()),
    title: z.optional(z.string().check(z.maxLength(MAX_TITLE_LENGTH))),
    locale: z.optional(LocaleTagSchema),
    labels: z.optional(
      z.strictObject(
        Object.fromEntries(Object.keys(LABELS).map((k) => [k, z.optional(label)])) as Record<
          keyof ChartLabels,
          z.ZodMiniOptional<typeof label>
        >,
      ),
    ),
  }),
});

function render(estimate: ReliefResult, options: ChartOptions): string {
  const curve = estimate.curve;
  if (!curve || curve.length < 2) {
    throw new InvalidInputError([
      {
        path: ['estimate', 'curve'],
        code: 'missing_curve',
        message:
          estimate.model === null
            ? 'the route has no PK data, so there is no relief curve to chart'
            : 'the estimate has no relief curve: call estimateRelief with { curve: true }',
      },
    ]);
  }
  const w = wordsFor(options);
  const width = options.width ?? DEFAULT.width;
  const height = options.height ?? DEFAULT.height;
  for (const [key, value, min] of [
    ['width', width, MIN_SIZE.width],
    ['height', height, MIN_SIZE.height],
  ] as const) {
    if (!Number.isFinite(value) || value < min || value > MAX_SIZE) {
      throw new InvalidInputError([
        {
          path: ['options', key],
          code: 'invalid_size',
          message: `must be a number of pixels from ${min} to ${MAX_SIZE}`,
        },
      ]);
    }
  }
  const last = curve[curve.length - 1]?.minute ?? 1;
  const relief: Panel = {
    x0: MARGIN.left,
    x1: width - MARGIN.right,
    y0: height * LAYOUT.top,
    y1: height * (LAYOUT.top + LAYOUT.relief),
    from: curve[0]?.minute ?? 1,
    to: last,
  };
  const survivalTop = relief.y1 + height * LAYOUT.gap;
  const points = estimate.survival.filter((s) => s.afterMinutes >= 1);
  const survival: Panel = {
    ...relief,
    y0: survivalTop,
    y1: survivalTop + height * LAYOUT.survival,
    from: 1,
    to: Math.max(points[points.length - 1]?.afterMinutes ?? 2, 2),
  };
  const path = (key: 'p5' | 'p25' | 'median' | 'p75' | 'p95') =>
    curve.map((c) => `${fmt(xOf(relief, c.minute))},${fmt(yOf(relief, c[key]))}`);
  const band = (lo: 'p5' | 'p25', hi: 'p75' | 'p95', color: string) =>
    `<polygon points="${[...path(hi), ...path(lo).reverse()].join(' ')}" fill="${color}" stroke="none"/>`;
  const title =
    options.title ?? `Relief after ${estimate.input.regimen.route} ketamine (${estimate.painType})`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="${FONT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="${fmt(height * LAYOUT.top - 14)}" font-size="${FONT + 3}" font-weight="bold">${escapeXml(title)}</text>`,
    ...axes(relief, w.labels.reliefTime, w.labels.relief, w),
    band('p5', 'p95', COLORS.outer),
    band('p25', 'p75', COLORS.inner),
    `<polyline points="${path('median').join(' ')}" fill="none" stroke="${COLORS.line}" stroke-width="2"/>`,
  ];
  const ty = fmt(yOf(relief, estimate.reliefThreshold));
  out.push(
    `<line x1="${fmt(relief.x0)}" y1="${ty}" x2="${fmt(relief.x1)}" y2="${ty}" stroke="${COLORS.threshold}" stroke-dasharray="6 4"/>`,
    `<text x="${fmt(relief.x1 - 4)}" y="${fmt(Number(ty) - 4)}" text-anchor="end" fill="${COLORS.threshold}">${escapeXml(`${w.labels.threshold} (≥ ${w.percent(estimate.reliefThreshold)})`)}</text>`,
  );
  for (const [marker, range] of [
    ['onset', estimate.onset],
    ['peak', estimate.peak],
  ] as const) {
    if (!range) continue;
    const x = fmt(xOf(relief, range.median));
    out.push(
      `<line x1="${x}" y1="${fmt(relief.y0)}" x2="${x}" y2="${fmt(relief.y1)}" stroke="${COLORS.marker}" stroke-dasharray="2 3"/>`,
      `<text x="${fmt(Number(x) + 3)}" y="${fmt(relief.y1 - (marker === 'onset' ? 4 : 16))}" fill="${COLORS.marker}">${escapeXml(w.labels[marker])}</text>`,
    );
  }
  out.push(...axes(survival, w.labels.survivalTime, w.labels.survival, w));
  if (points.length > 0) {
    const start = `${fmt(survival.x0)},${fmt(yOf(survival, estimate.responseProbability ?? 0))}`;
    const steps = points.map(
      (s) => `${fmt(xOf(survival, s.afterMinutes))},${fmt(yOf(survival, s.probability))}`,
    );
    out.push(
      `<polyline points="${[start, ...steps].join(' ')}" fill="none" stroke="${COLORS.survival}" stroke-width="2"/>`,
    );
  }
  out.push(
    `<text x="${MARGIN.left}" y="${fmt(height - 8)}" fill="${COLORS.marker}">${escapeXml(`${w.count(estimate.population)} ${w.labels.footer}`)}</text>`,
    '</svg>',
  );
  return out.join('\n');
}
