import { describe, expect, it } from 'vitest';
import { getSource, parseReliefInput, type SourceId } from '../../src/index';
import { RELIEF_OBSERVATIONS, type ReliefObservation } from './relief-observations';

/**
 * Integrity of the relief golden fixture: every entry cites known sources, is a valid relief
 * input, and has values of the right kind. Predictions are compared elsewhere.
 */
const SHARE_METRICS: ReadonlySet<ReliefObservation['metric']> = new Set([
  'relieved-at',
  'not-relieved-at',
  'response',
  'no-better-than-placebo',
]);
const AT_METRICS: ReadonlySet<ReliefObservation['metric']> = new Set([
  'relieved-at',
  'not-relieved-at',
]);

const isShare = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

describe('relief observations', () => {
  it('have unique ids', () => {
    const ids = RELIEF_OBSERVATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RELIEF_OBSERVATIONS.map((o) => [o.id, o] as const))('%s is well-formed', (_, o) => {
    expect(o.sources.length).toBeGreaterThan(0);
    for (const id of o.sources) expect(getSource(id as SourceId).id).toBe(id);
    expect(o.where).not.toBe('');
    expect(o.definition).not.toBe('');
    expect(o.population).not.toBe('');

    expect(() =>
      parseReliefInput({ painType: o.painType, regimen: o.regimen, patient: o.patient }),
    ).not.toThrow();

    if (SHARE_METRICS.has(o.metric)) {
      expect(isShare(o.value), `share ${o.value} in 0–1`).toBe(true);
    } else {
      expect(Number.isFinite(o.value) && o.value > 0, `time ${o.value} is positive`).toBe(true);
      expect(o.placebo, 'a time has no placebo share').toBeUndefined();
    }
    if (o.placebo !== undefined) expect(isShare(o.placebo), `placebo ${o.placebo}`).toBe(true);
    if (o.metric === 'no-better-than-placebo') expect(o.placebo).toBeDefined();

    if (AT_METRICS.has(o.metric)) {
      expect(o.afterMinutes, 'relieved-at / not-relieved-at need afterMinutes').toBeDefined();
      // 0 = immediately at the end of treatment.
      expect(Number.isFinite(o.afterMinutes) && (o.afterMinutes ?? -1) >= 0).toBe(true);
    } else {
      expect(o.afterMinutes).toBeUndefined();
    }
    if (o.n !== null) expect(Number.isInteger(o.n) && o.n > 0).toBe(true);
  });
});
