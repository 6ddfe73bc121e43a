import { describe, expect, it } from 'vitest';
import { PERSONALIZATION } from '../../src/data/personalization';
import { Trail } from '../../src/internal/trail';
import { populationPrior, predictInterval } from '../../src/maintenance/prior';
import type { ReliefRun } from '../../src/relief/simulate';

const DAY = 1440;

/** A run of patients with the given relief durations (days), flags per patient. */
function run(
  days: number[],
  flags: Partial<Record<'relieved' | 'sustained' | 'censored', number[]>> = {},
): ReliefRun {
  const n = days.length;
  const ones = () => new Uint8Array(n).fill(1);
  return {
    responder: ones(),
    relieved: flags.relieved ? Uint8Array.from(flags.relieved) : ones(),
    sustained: flags.sustained ? Uint8Array.from(flags.sustained) : ones(),
    censored: flags.censored ? Uint8Array.from(flags.censored) : new Uint8Array(n),
    onset: new Float64Array(n),
    peak: new Float64Array(n),
    duration: Float64Array.from(days.map((d) => d * DAY)),
    curve: null,
  };
}
/** `n` durations (days) around `median`, evenly spaced on the log scale over ±`halfWidth`. */
const spread = (n: number, median: number, halfWidth = 0.5) =>
  Array.from({ length: n }, (_, i) => median * Math.exp(halfWidth * ((2 * i) / (n - 1) - 1)));

describe('populationPrior', () => {
  it('is null without a run or with too few fading courses', () => {
    expect(populationPrior(null, new Trail())).toBeNull();
    const few = PERSONALIZATION.minPriorPatients.value - 1;
    expect(populationPrior(run(spread(few, 30)), new Trail())).toBeNull();
  });

  it('fits the log-normal of lasting relief that fades, with its spread floored', () => {
    const n = PERSONALIZATION.minPriorPatients.value;
    const wide = populationPrior(run(spread(n, 30)), new Trail());
    expect(Math.exp(wide?.logMean ?? 0)).toBeCloseTo(30, 6);
    expect(wide?.logSd).toBeGreaterThan(PERSONALIZATION.minPriorLogSd.value);
    const narrow = populationPrior(run(spread(n, 30, 0.01)), new Trail());
    expect(narrow?.logSd).toBe(PERSONALIZATION.minPriorLogSd.value);
  });

  it('leaves out patients not relieved, relieved only by drug present, or never fading', () => {
    const n = PERSONALIZATION.minPriorPatients.value;
    const days = [...spread(n, 30), 1, 2, 3, 0];
    const flag = (at: number) => days.map((_, i) => (i === n + at ? 0 : 1));
    const censored = days.map((_, i) => (i === n + 2 ? 1 : 0));
    const mixed = run(days, { relieved: flag(0), sustained: flag(1), censored });
    expect(populationPrior(mixed, new Trail())).toEqual(
      populationPrior(run(spread(n, 30)), new Trail()),
    );
  });
});

describe('predictInterval', () => {
  const prior = { logMean: Math.log(20), logSd: 0.8 };

  it('without history, widens the population prior by the within-patient spread', () => {
    const { interval, personalization } = predictInterval([], prior, true, new Trail());
    expect(interval?.logMean).toBe(prior.logMean);
    expect(interval?.logSd).toBeCloseTo(
      Math.hypot(prior.logSd, PERSONALIZATION.withinPatientLogSd.value),
      12,
    );
    expect(personalization).toBeNull();
  });

  it('without history or a usable population, gives no interval', () => {
    expect(predictInterval([], prior, false, new Trail())).toEqual({
      interval: null,
      personalization: null,
    });
    expect(predictInterval([], null, true, new Trail()).interval).toBeNull();
  });

  it('with history, moves toward it and reports the update', () => {
    const trail = new Trail();
    const { interval, personalization } = predictInterval([40, 42, 38], prior, false, trail);
    expect(personalization?.observations).toBe(3);
    expect(personalization?.priorMedianDays).toBeCloseTo(20, 10);
    expect(personalization?.posteriorMedianDays).toBeGreaterThan(30);
    expect(Math.exp(interval?.logMean ?? 0)).toBeGreaterThan(30);
    expect(trail.warnings).toEqual([]);
  });

  it('without a population prior, centres a weak prior on the history', () => {
    const trail = new Trail();
    const { personalization } = predictInterval([10, 30, 20], null, false, trail);
    expect(personalization?.priorMedianDays).toBeCloseTo(20, 10);
    expect(trail.assumptions.has(PERSONALIZATION.weakPriorLogSd.assumption as string)).toBe(true);
  });

  it('down-weights an outlier and warns', () => {
    const trail = new Trail();
    const { personalization } = predictInterval([30, 32, 29, 31, 2], prior, false, trail);
    expect(personalization?.weights.at(-1)).toBeLessThan(1);
    expect(trail.warnings.map((w) => w.code)).toEqual(['history-outlier']);
  });
});
