import { describe, expect, it } from 'vitest';
import {
  type ChartLabels,
  estimateRelief,
  InvalidInputError,
  renderReliefChart,
} from '../../src/index';

const crps = estimateRelief(
  {
    painType: 'crps',
    regimen: {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    },
    patient: { weightKg: 70 },
  },
  { curve: true, population: 200 },
);

describe('renderReliefChart', () => {
  const svg = renderReliefChart(crps, { title: 'CRPS <series> & boosters' });

  it('is a standalone SVG with both panels, units and markers', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    for (const text of [
      'Relief (% of baseline pain)',
      'Relief not ended (%)',
      'Time since the start of the last administration (log scale)',
      'Time after the end of the last administration (log scale)',
      '1 min',
      '1 h',
      '1 d',
      '1 wk',
      '12 wk',
      'meaningful relief (≥ 30%)',
      '>onset<',
      '>peak<',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg.match(/<polygon /g)).toHaveLength(2);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
  });

  it('writes ticks, percentages and counts in the locale, and takes translated words', () => {
    const texts = (o: Parameters<typeof renderReliefChart>[1]) =>
      [...renderReliefChart(crps, o).matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1] ?? '');
    const de = texts({
      locale: 'de',
      labels: { onset: 'Beginn', peak: 'Maximum', threshold: 'spürbare Linderung' },
    });
    expect(de).toContain('1 Std.');
    expect(de).toContain('12 Wo.');
    expect(de.some((t) => /^50\s%$/.test(t))).toBe(true);
    expect(de).toContain('Beginn');
    expect(de).toContain('Maximum');
    expect(de.some((t) => /^spürbare Linderung \(≥ 30\s%\)$/.test(t))).toBe(true);
    const fr = texts({ locale: 'fr' });
    expect(fr.some((t) => /^1\sh$/.test(t))).toBe(true);
    for (const locale of ['en', 'es', 'nl']) {
      const t = texts({ locale });
      expect(t.length).toBe(texts({}).length);
      expect(t.join(' ')).not.toMatch(/NaN|undefined/);
    }
    // Without a locale: the English short forms, unchanged.
    expect(texts({})).toContain('1 h');
  });

  it('keeps the default for a label given as undefined', () => {
    const svg = renderReliefChart(crps, {
      labels: { onset: undefined, footer: undefined } as unknown as ChartLabels,
    });
    expect(svg).toContain('>onset<');
    expect(svg).toContain('not a dosing device');
    expect(svg).not.toContain('undefined');
  });

  it('rejects an unknown locale and unknown, empty or over-long labels', () => {
    expect(() => renderReliefChart(crps, { labels: { footer: '' } })).toThrow(InvalidInputError);
    expect(() => renderReliefChart(crps, { locale: 'x y' })).toThrow(/locale/);
    expect(() => renderReliefChart(crps, { labels: { onst: 'x' } as never })).toThrow(
      InvalidInputError,
    );
    expect(() => renderReliefChart(crps, { labels: { peak: 'x'.repeat(201) } })).toThrow(
      InvalidInputError,
    );
  });

  it('escapes text and never writes NaN', () => {
    expect(svg).toContain('CRPS &lt;series&gt; &amp; boosters');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('honours the size options and rejects sizes where labels would collide', () => {
    expect(renderReliefChart(crps, { width: 600, height: 400 })).toContain('viewBox="0 0 600 400"');
    for (const bad of [{ width: Number.NaN }, { width: -5 }, { height: 100 }]) {
      expect(() => renderReliefChart(crps, bad)).toThrow(InvalidInputError);
    }
  });

  it('needs an estimate made with { curve: true }', () => {
    const plain = estimateRelief(
      {
        painType: 'crps',
        regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
        patient: {},
      },
      { population: 20 },
    );
    expect(() => renderReliefChart(plain)).toThrow(/curve: true/);
    const topical = estimateRelief(
      {
        painType: 'neuropathic',
        regimen: { route: 'topical', dose: { amount: 5, unit: 'mg' } },
        patient: {},
      },
      { curve: true },
    );
    expect(() => renderReliefChart(topical)).toThrow(/no PK data/);
  });
});
