import { describe, expect, it } from 'vitest';
import { guidelineWarnings, strongestLevel } from '../../src/entries/evidence';
import { exposureEffect, getAbsorption, mgPerLToNgPerMl } from '../../src/entries/pk';
import { createRandom, logNormalFit, percentiles, updateDuration } from '../../src/entries/stats';
import {
  estimateRelief,
  humanize,
  percentileRangeSchema,
  renderReliefChart,
  routeSupports,
} from '../../src/index';
import { issuesOf } from '../helpers/issues';

const pathOf = (f: () => unknown) => issuesOf(f)[0]?.path;
const throwing = new Proxy([], {
  get() {
    throw new Error('trap');
  },
});

describe('building blocks validate their arguments and name the one at fault', () => {
  it('lookups by route, medicine and drug', () => {
    expect(pathOf(() => routeSupports(Object.create(null), 'bolus'))).toEqual(['route']);
    expect(pathOf(() => exposureEffect(throwing as never, 'oral', 'racemic'))).toEqual([
      'medicine',
    ]);
    expect(pathOf(() => exposureEffect('rifampicin', 'nasal' as never, 'racemic'))).toEqual([
      'route',
    ]);
    expect(pathOf(() => getAbsorption('oral', 'arketamine' as never))).toEqual(['drug']);
  });

  it('numeric lists: empty, non-finite, unreadable', () => {
    expect(pathOf(() => percentiles(throwing as never, 'x'))).toEqual(['values']);
    expect(pathOf(() => percentiles([1, Number.POSITIVE_INFINITY], 'x'))).toEqual(['values', 1]);
    expect(pathOf(() => percentiles([1], ''))).toEqual(['unit']);
    // Finite, but beyond the documented magnitude (1e12): the midpoint would overflow.
    expect(pathOf(() => percentiles([-1.7e308, 1.7e308], 'x'))).toEqual(['values', 0]);
    expect(pathOf(() => logNormalFit(new DataView(new ArrayBuffer(8)) as never))).toEqual([
      'durations',
    ]);
    expect(logNormalFit(new Float64Array([10, 40])).logMean).toBeCloseTo(Math.log(20), 12);
  });

  it('posterior settings within their ranges', () => {
    const prior = { logMean: 3, logSd: 0.5 };
    expect(pathOf(() => updateDuration(prior, [1], 0.05, 0.5, 5e-324))).toEqual(['priorWeight']);
    expect(pathOf(() => updateDuration(prior, [1], 0.05, 0.01))).toEqual(['huberK']);
    expect(pathOf(() => updateDuration({ logMean: 1e3, logSd: 1 }, [1]))).toEqual([
      'prior',
      'logMean',
    ]);
  });

  it('ranges for humanize and the range schema', () => {
    const r = { p5: 1, p25: 2, median: 3, p75: 4, p95: 5, unit: 'minute' };
    expect(pathOf(() => humanize({ ...r, p25: 9 }))).toEqual(['range']);
    expect(pathOf(() => humanize(r, { from: 'p95' as never }))).toEqual(['options', 'from']);
    expect(pathOf(() => percentileRangeSchema(42 as never))).toEqual(['unit']);
  });

  it('chart input must be a valid relief result with a curve', () => {
    const input = {
      painType: 'acute-trauma' as const,
      regimen: { route: 'intravenous' as const, dose: { amount: 0.3, unit: 'mg/kg' as const } },
      patient: { weightKg: 70 },
    };
    const plain = estimateRelief(input, { population: 20 });
    expect(pathOf(() => renderReliefChart(plain))).toEqual(['estimate', 'curve']);
    const withCurve = estimateRelief(input, { population: 20, curve: true });
    const [first, ...rest] = withCurve.curve ?? [];
    const broken = { ...withCurve, curve: [{ ...first, median: 1e308 }, ...rest] };
    expect(pathOf(() => renderReliefChart(broken as never))).toEqual([
      'estimate',
      'curve',
      0,
      'median',
    ]);
    expect(pathOf(() => renderReliefChart(withCurve, { title: 'x'.repeat(201) }))).toEqual([
      'options',
      'title',
    ]);
    expect(pathOf(() => renderReliefChart(withCurve, { width: 5 }))).toEqual(['options', 'width']);
    expect(renderReliefChart(withCurve)).not.toMatch(/NaN|Infinity/);
    // Minutes that do not rise would give a zero-width log axis.
    const flat = { ...withCurve, curve: (withCurve.curve ?? []).map((c) => ({ ...c, minute: 5 })) };
    expect(pathOf(() => renderReliefChart(flat))).toEqual(['estimate', 'curve']);
  });

  it('small helpers', () => {
    expect(pathOf(() => createRandom(null as never))).toEqual(['seed']);
    expect(pathOf(() => createRandom('s'.repeat(257)))).toEqual(['seed']);
    expect(pathOf(() => mgPerLToNgPerMl(1e300))).toEqual(['mgPerL']);
    expect(pathOf(() => strongestLevel(['A', 'F' as never]))).toEqual(['levels', 1]);
    expect(
      pathOf(() =>
        guidelineWarnings(
          { route: 'oral', dose: { amount: -1, unit: 'mg' } } as never,
          { weightKg: 70 } as never,
        ),
      ),
    ).toEqual(['regimen', 'dose', 'amount']);
  });
});
