import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { simulatePk } from '../../src/entries/pk';
import { maxAbs, scenario } from './arbitraries';
import { integrateReference } from './reference-ode';

describe('simulatePk agrees with an independent adaptive Dormand–Prince integration', () => {
  test.prop([scenario], { numRuns: 150 })('max error ≤ 1e-6 of the peak', ({ p, doses, times }) => {
    // Samples: the random times, each dose time (value just before it), just after each dose,
    // and a grid, so that the peak used for scaling is the curve's real peak.
    const grid = Array.from({ length: 151 }, (_, i) => i * 10);
    const sampleTimes = [
      ...times,
      ...doses.flatMap((d) => [d.atMinute, d.atMinute + 1e-6]),
      ...grid,
    ];
    const exact = simulatePk(p, doses, sampleTimes);
    const ref = integrateReference(p, doses, sampleTimes);
    const peak = maxAbs(ref.central);
    const err = maxAbs(exact.central.map((c, i) => c - (ref.central[i] ?? 0)));
    expect(err).toBeLessThanOrEqual(1e-6 * peak);
    if (p.ke0 !== undefined) {
      const peakE = maxAbs(ref.effect);
      const errE = maxAbs((exact.effect ?? []).map((c, i) => c - (ref.effect[i] ?? 0)));
      expect(errE).toBeLessThanOrEqual(1e-6 * peakE);
    } else expect(exact.effect).toBeUndefined();
  });
});
