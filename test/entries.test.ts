import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES, ENTRY_FILES } from './helpers/entries';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<
    string,
    | {
        import?: { default?: string; types?: string };
        require?: { default?: string; types?: string };
      }
    | string
  >;
};
const specifierOf = (key: string) =>
  key === '.' ? 'ketamine-relief' : `ketamine-relief${key.slice(1)}`;

describe('entry points', () => {
  const codeEntries = Object.entries(pkg.exports).filter(([, v]) => typeof v === 'object');

  it('package.json exports, the test map, tsup and typedoc list the same entry points', () => {
    expect(codeEntries.map(([k]) => specifierOf(k)).sort()).toEqual(Object.keys(ENTRIES).sort());
    const tsup = readFileSync(join(ROOT, 'tsup.config.ts'), 'utf8');
    const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as {
      entryPoints: string[];
    };
    for (const [key, value] of codeEntries) {
      const file = ENTRY_FILES[specifierOf(key) as keyof typeof ENTRIES];
      const base = `./dist/${file.replace(/\.ts$/, '')}`;
      expect(typeof value === 'object' ? value : null).toEqual({
        import: { types: `${base}.d.ts`, default: `${base}.js` },
        require: { types: `${base}.d.cts`, default: `${base}.cjs` },
      });
      expect(tsup).toContain(`'src/${file}'`);
      expect(typedoc.entryPoints).toContain(`src/${file}`);
    }
  });

  it('no name is exported from two entry points', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [specifier, mod] of Object.entries(ENTRIES)) {
      for (const name of Object.keys(mod)) {
        const before = seen.get(name);
        if (before) twice.push(`${name}: ${before} and ${specifier}`);
        seen.set(name, specifier);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBeGreaterThan(80);
  });

  it('the root keeps the estimators and lookups; building blocks live on subpaths', () => {
    const root = Object.keys(ENTRIES['ketamine-relief']);
    for (const name of [
      'estimateRelief',
      'predictExposure',
      'suggestMaintenance',
      'reliefFromDiary',
      'humanize',
      'InvalidInputError',
      'getRoute',
      'listPainTypes',
      'getMedicine',
      'getSource',
    ]) {
      expect(root).toContain(name);
    }
    for (const name of [
      'quantileSorted',
      'percentiles',
      'createRandom',
      'logNormalFit',
      'updateDuration',
      'addCalendarDays',
      'isPerKgUnit',
      'guidelineWarnings',
      'exposureEffect',
      'simulatePk',
    ]) {
      expect(root).not.toContain(name);
    }
  });
});
