import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { logicFiles, SRC } from '../helpers/source-files';

/**
 * Logic holds no clinical literals: every numeric literal in src/ outside src/data/ must be
 * one of these, each with the reason it is not a clinical number.
 */
const ALLOWED: Record<string, string> = {
  '0': 'identity / empty',
  '1': 'identity / unit',
  '2': 'small structural integer (pairs, halves, squares)',
  '3': 'small structural integer (compartment count, event triples)',
  '60': 'minutes per hour',
  '1440': 'minutes per day',
  '10080': 'minutes per week',
  '1000': 'mg/L to ng/mL',
  '40': 'length at which echoed strings are cut in error messages',
};

/** Pure-math kernels: numbers that are series coefficients or numerical tolerances. */
const ALLOWED_IN: Record<string, Record<string, string>> = {
  'random/random.ts': { '*': 'bit-mixing constants and shifts of sfc32 / splitmix32 / FNV-1a' },
  'random/deterministic-log.ts': { '*': 'IEEE-754 layout and the digits of ln 2' },
  'pk/exp-integrals.ts': {
    '0.01': 'switch to the Taylor series below this argument',
    '8': 'Taylor coefficient of φ′',
    '30': 'Taylor coefficient of φ′',
    '144': 'Taylor coefficient of φ′',
    '0.00001': 'rate gap below which the divided difference uses the midpoint derivative',
  },
  'pk/eigen.ts': { '50': 'maximum Jacobi sweeps (converges in fewer than 10)' },
  'pk/engine.ts': {
    '1e-12': 'relative step-length difference treated as float noise',
    '16': 'step lengths whose factors are cached per model',
  },
  'population/setup.ts': { '65': "the age at which the covariate level 'over-65' begins" },
  'population/simulate.ts': {
    '0.000001': 'offset (min) of the sample taken just after an IV bolus',
    '1e-9': 'relative difference treated as a plateau when locating Tmax (float rounding)',
  },
  'errors/from-zod.ts': { '5': 'unknown keys named in one message' },
  'chart/relief-chart.ts': { '*': 'chart layout: pixels, fractions, tick positions in minutes' },
  'cli/format.ts': { '100': 'fraction to percent, for display' },
  'cli/files.ts': { '120': 'length at which a file error is cut in a message' },
  'cli/bin.ts': {
    '64': 'read chunk, in KiB',
    '1024': 'bytes per KiB',
  },
  'internal/parse.ts': {
    '200': 'length at which a thrown message is cut',
  },
  'dates/schema.ts': { '86400000': 'milliseconds per day', '4': 'digits of an ISO year' },
  'diary/schema.ts': { '86400000': 'milliseconds per day' },
  'dates/calendar.ts': {
    '86400000': 'milliseconds per day',
    '60000': 'milliseconds per minute',
    '10': 'length of an ISO date, YYYY-MM-DD',
  },
  'diary/analyse.ts': { '60000': 'milliseconds per minute' },
  'maintenance/interval.ts': {
    '1.6448536269514729': 'standard normal quantile of the 95th percentile (−: 5th)',
    '0.6744897501960817': 'standard normal quantile of the 75th percentile (−: 25th)',
    '86400000': 'milliseconds per day',
    '100': 'fraction to percent, for messages',
  },
  'maintenance/history.ts': { '86400000': 'milliseconds per day' },

  'relief/kernel.ts': {
    '*': 'time grid, rate separation, tolerances and function codes of the root finder',
  },
  'relief/pd.ts': { '100': 'fraction to percent, for messages', '10': 'one decimal, for messages' },
  'cli/suggest.ts': { '0.4': 'edit distance, as a share of the word, still taken for a typo' },
  'relief/sustained.ts': {
    '0.01': 'exponent below which e^(−a) uses its Taylor polynomial',
    '4': 'order of that Taylor polynomial',
    '0.5': 'trapezoid weight of the step’s two end values',
  },
  'stats/percentiles.ts': { '*': 'the quantile levels that define p5, p25, median, p75, p95' },
};

function numericLiterals(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('logic modules contain no clinical literals', () => {
  const logic = logicFiles();

  it('finds the logic files', () => {
    expect(logic.length).toBeGreaterThan(10);
  });

  it.each(logic.map((f) => [relative(SRC, f), f]))('%s', (_, file) => {
    const local = ALLOWED_IN[relative(SRC, file)] ?? {};
    const stray = numericLiterals(readFileSync(file, 'utf8')).filter(
      (n) => !(n in ALLOWED) && !(n in local) && !('*' in local),
    );
    expect(stray).toEqual([]);
  });

  it('the scanner sees numbers but not those in comments or strings', () => {
    expect(
      numericLiterals('/** 7 */ const a = 0.35; // 99\nconst b = "12", r = /[0-9]+/;'),
    ).toEqual(['0.35']);
  });
});
