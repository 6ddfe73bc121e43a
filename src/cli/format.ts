/**
 * Numbers, times and warnings as the command line prints them.
 * @internal
 */

const PERCENT = 100;

/** Three significant digits below 100, whole numbers from 100: 0.123 → "0.123", 1234.5 → "1235". */
export function round(x: number): string {
  return Math.abs(x) >= PERCENT ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
}

/** A fraction as a whole percent: 0.304 → "30%". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * PERCENT)}%`;
}

const SHORT_UNITS: [number, string][] = [
  [10080, 'wk'],
  [1440, 'd'],
  [60, 'h'],
];

/** 60 → "1 h", 20160 → "2 wk", 90 → "90 min". */
export function shortTime(minutes: number): string {
  for (const [size, unit] of SHORT_UNITS) {
    if (minutes >= size && minutes % size === 0) return `${minutes / size} ${unit}`;
  }
  return `${round(minutes)} min`;
}

/** One line per warning: `warning [code] message`. */
export function warningLines(warnings: readonly { code: string; message: string }[]): string[] {
  return warnings.map((w) => `warning [${w.code}] ${w.message}`);
}
