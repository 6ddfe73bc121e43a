// Named regressions for the input-bounds work (issue 10): each case the fuzz suite or review
// found, with the outcome the bounds promise: InvalidInputError naming the field, or a finite
// result (checked with the same criteria as the fuzz suite, including the 1-s limit).
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, localDate } from '../../src/entries/dates';
import { simulatePk } from '../../src/entries/pk';
import { createRandom } from '../../src/entries/stats';
import { humanize, type InvalidInputError, renderReliefChart } from '../../src/index';
import {
  estimateRelief,
  predictExposure,
  reliefFromDiary,
  suggestMaintenance,
  toFhirDosage,
} from '../helpers/loose';
import { isoAt, NOW, nestObject } from './arbitraries';
import { exercise } from './criteria';

/** Calls `fn` under the fuzz criteria and returns the InvalidInputError it must throw. */
function rejects(fn: () => unknown, args: unknown[] = []): InvalidInputError {
  const { error } = exercise(fn, args);
  if (!error) throw new Error('expected InvalidInputError, got a result');
  return error;
}

/** Whether `path` contains the dotted `field` as consecutive segments (`regimen.every`). */
const names = (path: readonly (string | number)[], field: string) => {
  const want = field.split('.');
  const have = path.map(String);
  return have.some((_, i) => want.every((w, j) => have[i + j] === w));
};

/** Expects InvalidInputError with an issue whose path names `field`. */
function rejectsAt(field: string, fn: () => unknown, args: unknown[] = []): void {
  const error = rejects(fn, args);
  const paths = error.issues.map((i) => i.path.join('.'));
  expect(
    error.issues.some((i) => names(i.path, field)),
    `no issue at ${field}: ${paths.join(', ')}`,
  ).toBe(true);
}

/** Expects a result (not an error) that meets every criterion. */
function succeeds(fn: () => unknown, args: unknown[] = []): unknown {
  return exercise(fn, args, { mustSucceed: true }).result;
}

const patient = { weightKg: 70 };
const bolus = { amount: 0.3, unit: 'mg/kg' };
const iv = (dose: object, extra: object = {}) => ({ route: 'intravenous', dose, ...extra });
const relief = (regimen: object, p: object = patient) => ({
  painType: 'crps',
  regimen,
  patient: p,
});
const exposure = (regimen: object, p: object = patient) => ({ regimen, patient: p });
const infusionOver = (over: object) => iv({ amount: 10, unit: 'mg/h', over });
const OPTS = { now: NOW };

describe('1: sessions: 6, every: { days: 1e308 }', () => {
  const regimen = iv(bolus, { sessions: 6, every: { days: 1e308 } });
  it('estimateRelief', () => rejectsAt('regimen.every', () => estimateRelief(relief(regimen))));
  it('predictExposure', () => rejectsAt('regimen.every', () => predictExposure(exposure(regimen))));
  it('suggestMaintenance', () =>
    rejectsAt('regimen.every', () => suggestMaintenance(relief(regimen), OPTS)));
});

describe('2: infusion length', () => {
  it.each([200_000, 100_000, 365, 31])('over { days: %d } is rejected (at most 30 days)', (days) =>
    rejectsAt('regimen.dose.over', () => predictExposure(exposure(infusionOver({ days })))),
  );
  it('a 30-day infusion finishes in under 1 s, with a finite result', () => {
    succeeds(() => predictExposure(exposure(infusionOver({ days: 30 }))));
  });
});

describe('3: ageYears 150 (the documented maximum)', () => {
  const p = { weightKg: 70, ageYears: 150 };
  it('estimateRelief', () => succeeds(() => estimateRelief(relief(iv(bolus), p))));
  it('predictExposure', () => succeeds(() => predictExposure(exposure(iv(bolus), p))));
});

describe('4: absurd infusion lengths and weights', () => {
  it('over { minutes: 1e200 }', () =>
    rejectsAt('regimen.dose.over', () =>
      predictExposure(exposure(infusionOver({ minutes: 1e200 }))),
    ));
  it('weightKg: 1e-100 (minimum 0.2 kg)', () =>
    rejectsAt('patient.weightKg', () =>
      predictExposure(exposure(iv(bolus), { weightKg: 1e-100 })),
    ));
  it('weightKg: 0.2 is accepted', () =>
    succeeds(() => predictExposure(exposure(iv(bolus), { weightKg: 0.2 }), { population: 10 })));
});

describe('5: suggestMaintenance dates outside 1900–2199', () => {
  const base = relief(iv(bolus));
  const entry = (e: object) => ({ ...base, history: [e] });
  it.each([
    ['lastSessionEnd', { ...base, lastSessionEnd: '1899-12-31T23:59:59Z' }, OPTS],
    ['lastSessionEnd', { ...base, lastSessionEnd: '2200-01-01T00:00:00Z' }, OPTS],
    ['history.0.sessionEnd', entry({ sessionEnd: '1850-06-01T00:00:00Z', reliefDays: 3 }), OPTS],
    [
      'history.0.reliefLostOn',
      entry({ sessionEnd: '2026-01-01T00:00:00Z', reliefLostOn: '2200-01-01' }),
      OPTS,
    ],
    ['now', base, { now: '2200-01-01T00:00:00Z' }],
    ['now', base, { now: '1899-12-31T00:00:00Z' }],
  ])('%s', (field, input, options) =>
    rejectsAt(field, () => suggestMaintenance(input, options), [input, options]),
  );
});

describe('6: structure bounds', () => {
  it('patient nested 8000 deep', () =>
    rejects(() => estimateRelief(relief(iv(bolus), nestObject(8000) as object))));
  it('medications: 1e6 invalid items (not a RangeError)', () => {
    const medications = new Array(1_000_000).fill('aspirin');
    rejects(() => estimateRelief({ ...relief(iv(bolus)), medications }));
  });
});

describe('7: helpers reject malformed arguments', () => {
  it.each([
    ["addCalendarDays('x', 1)", () => addCalendarDays('x', 1)],
    ["localDate('nope', 'UTC')", () => localDate('nope', 'UTC')],
    ["addCalendarDays('2026-13-45', 1)", () => addCalendarDays('2026-13-45', 1)],
    ['humanize(null)', () => humanize(null as never)],
    ['renderReliefChart(null)', () => renderReliefChart(null as never)],
    ['createRandom(null)', () => createRandom(null as never)],
  ])('%s', (_label, fn) => {
    rejects(fn);
  });
});

describe('8: every, amount, over and PK parameters are bounded', () => {
  it('six boluses every { days: 1e15 } (every is at most 365 days)', () =>
    rejectsAt('regimen.every', () =>
      predictExposure(exposure(iv(bolus, { sessions: 6, every: { days: 1e15 } }))),
    ));
  it('every { days: 366 } is rejected, 365 accepted', () => {
    const every = (days: number) => exposure(iv(bolus, { sessions: 2, every: { days } }));
    rejectsAt('regimen.every', () => predictExposure(every(366)));
    succeeds(() => predictExposure(every(365), { population: 10 }));
  });
  it('amount 1e308 mg', () =>
    rejectsAt('regimen.dose.amount', () =>
      predictExposure(exposure(iv({ amount: 1e308, unit: 'mg' }))),
    ));
  it('over { minutes: 5e-324 } (the shortest infusion is 1 minute)', () =>
    rejectsAt('regimen.dose.over', () =>
      predictExposure(exposure(iv({ amount: 20, unit: 'mg', over: { minutes: 5e-324 } }))),
    ));
  it.each([
    iv({ amount: 1e308, unit: 'mg' }),
    iv({ amount: 1e21, unit: 'mg' }),
    iv(bolus, { sessions: 2, every: { weeks: 1e305 } }),
    iv(bolus, { sessions: 1000, every: { days: 1e306 } }),
    iv({ amount: 10, unit: 'mg/h', over: { weeks: 1e305 } }),
    iv({ amount: 10, unit: 'mg', over: { minutes: 5e-324 } }),
  ])('toFhirDosage never prints "Infinity" (%j)', (regimen) => {
    // exercise fails on a non-finite number or "Infinity"/"NaN" text anywhere in the result.
    exercise(() => toFhirDosage(regimen), [regimen]);
  });
  it('simulatePk times: [1e155] with ke0', () =>
    rejectsAt('times', () =>
      simulatePk(
        { v1: 10, cl: 1, ke0: 0.1 },
        [{ atMinute: 0, amountMg: 20, into: 'central' }],
        [1e155],
      ),
    ));
  it('simulatePk q2: 1e15', () =>
    rejectsAt('q2', () =>
      simulatePk(
        { v1: 10, cl: 1, q2: 1e15, v2: 50 },
        [{ atMinute: 0, amountMg: 20, into: 'central' }],
        [1, 10],
      ),
    ));
});

describe('9: diaries', () => {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  /** Sessions that may overlap or run backwards, and scores around them. */
  const looseDiary = fc
    .record({
      sessions: fc.array(
        fc.record({
          startH: fc.integer({ min: 0, max: 96 }),
          hours: fc.integer({ min: -2, max: 30 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      entries: fc.array(
        fc.record({
          h: fc.integer({ min: -48, max: 400 }),
          score: fc.integer({ min: 0, max: 10 }),
        }),
        { maxLength: 20 },
      ),
      order: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    })
    .map(({ sessions, entries, order }) => {
      const t0 = Date.UTC(2026, 0, 5, 8);
      const list = sessions.map((s) => ({
        start: isoAt(t0 + s.startH * HOUR, 60),
        end: isoAt(t0 + (s.startH + s.hours) * HOUR, 60),
      }));
      // Another order of the same sessions: sort by arbitrary keys.
      const keyed = list.map((s, i) => ({ s, k: order[i] ?? i }));
      const shuffled = keyed.sort((a, b) => a.k - b.k).map((x) => x.s);
      const at = entries.map((e) => ({ at: isoAt(t0 + e.h * HOUR, 0), score: e.score }));
      return { a: { sessions: list, entries: at }, b: { sessions: shuffled, entries: at } };
    });

  const outcome = (d: unknown) => {
    const { result, error } = exercise(() => reliefFromDiary(d), [d]);
    return error ? { codes: error.issues.map((i) => i.code).sort() } : { result };
  };

  it('the same sessions in another order give the same validity and result', () => {
    fc.assert(
      fc.property(looseDiary, ({ a, b }) => {
        expect(outcome(b)).toEqual(outcome(a));
      }),
      { numRuns: 300 },
    );
  });

  /** One session, a baseline, relief, and loss up to ~10 years later. */
  const longDiary = fc
    .record({
      startDay: fc.integer({ min: 0, max: 3000 }),
      sessions: fc.integer({ min: 1, max: 3 }),
      lostAfterDays: fc.integer({ min: 1, max: 3700 }),
      score: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ startDay, sessions, lostAfterDays, score }) => {
      const t0 = Date.UTC(2000, 0, 1, 9) + startDay * DAY;
      const gap = lostAfterDays + 2;
      const list = Array.from({ length: sessions }, (_, i) => {
        const s = t0 + i * gap * DAY;
        return { start: isoAt(s, 0), end: isoAt(s + 4 * HOUR, 0) };
      });
      const entries = list.flatMap((_, i) => {
        const s = t0 + i * gap * DAY;
        return [
          { at: isoAt(s - HOUR, 0), score: 8 },
          { at: isoAt(s + 6 * HOUR, 0), score },
          { at: isoAt(s + lostAfterDays * DAY, 0), score: 8 },
          { at: isoAt(s + (lostAfterDays + 1) * DAY, 0), score: 8 },
        ];
      });
      return { sessions: list, entries };
    });

  it('every historyEntry of an accepted diary is accepted by suggestMaintenance', () => {
    fc.assert(
      fc.property(longDiary, (d) => {
        const { result } = exercise(() => reliefFromDiary(d), [d]);
        if (!result) return; // a diary beyond the bounds may be rejected
        const history = (result as ReturnType<typeof reliefFromDiary>).sessions.flatMap((s) =>
          s.historyEntry ? [s.historyEntry] : [],
        );
        if (history.length === 0) return;
        const ends = history.map((h) => Date.parse(h.sessionEnd) + h.reliefDays * DAY);
        const now = new Date(Math.max(...ends) + DAY).toISOString();
        const input = { ...relief(iv(bolus)), history };
        succeeds(() => suggestMaintenance(input, { now, population: 10 }), [input]);
      }),
      { numRuns: 100 },
    );
  });
});
