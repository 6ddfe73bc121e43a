import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/index';
import { reliefFromDiary, suggestMaintenance } from '../helpers/loose';

const session = { start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' };
const e = (at: string, score: number) => ({ at, score });
const BEFORE = [e('2026-11-01T20:00:00Z', 8), e('2026-11-02T08:00:00Z', 7)];
const AFTER = [
  e('2026-11-02T10:00:00Z', 6),
  e('2026-11-02T14:00:00Z', 3),
  e('2026-11-03T12:00:00Z', 2),
  e('2026-11-09T12:00:00Z', 4),
  e('2026-11-16T12:00:00Z', 7),
  e('2026-11-17T12:00:00Z', 8),
];
const one = (entries: { at: string; score: number }[], options = {}) =>
  reliefFromDiary({ sessions: [session], entries }, options).sessions[0];

describe('reliefFromDiary', () => {
  it('measures baseline, onset, peak and duration as estimateRelief defines them', () => {
    const s = one([...BEFORE, ...AFTER]);
    expect(s?.status).toBe('ok');
    expect(s?.baseline).toBe(7.5);
    expect(s?.baselineEntries).toBe(2);
    expect(s?.onset).toBe(300); // 14:00, 5 h after the start
    expect(s?.peak).toBe(27 * 60); // 3 Nov 12:00
    expect(s?.peakReduction).toBeCloseTo((7.5 - 2) / 7.5, 12);
    // Lost between 9 Nov 12:00 and 16 Nov 12:00, counted from the end (13:00 on 2 Nov).
    expect(s?.durationBounds).toEqual([(7 * 24 - 1) * 60, (14 * 24 - 1) * 60]);
    expect(s?.duration).toBe((10.5 * 24 - 1) * 60);
    expect(s?.lossConfirmed).toBe(true);
    expect(s?.historyEntry?.reliefDays).toBeCloseTo(10.5 - 1 / 24, 12);
  });

  it('is the same for unsorted entries', () => {
    const sorted = one([...BEFORE, ...AFTER]);
    expect(one([...AFTER].reverse().concat(BEFORE))).toEqual(sorted);
  });

  it('sets aside a single noisy score', () => {
    const noisy = [
      ...BEFORE,
      ...AFTER.slice(0, 3),
      e('2026-11-05T12:00:00Z', 9),
      ...AFTER.slice(3),
    ];
    const s = one(noisy);
    expect(s?.ignoredEntries).toEqual(['2026-11-05T12:00:00Z']);
    expect(s?.duration).toBe(one([...BEFORE, ...AFTER])?.duration);
  });

  it('a stricter threshold shortens relief', () => {
    const s = one([...BEFORE, ...AFTER], { reliefThreshold: 0.6 });
    expect(s?.durationBounds?.[1]).toBeLessThan(
      one([...BEFORE, ...AFTER])?.durationBounds?.[1] ?? 0,
    );
  });

  it('says when the data cannot answer', () => {
    expect(one(AFTER)?.status).toBe('no-baseline');
    expect(one([e('2026-11-02T08:00:00Z', 0), ...AFTER])?.status).toBe('no-baseline');
    expect(one(BEFORE)?.status).toBe('no-entries-after');
    const ongoing = one([...BEFORE, ...AFTER.slice(0, 4)]);
    expect(ongoing?.status).toBe('ongoing');
    expect(ongoing?.duration).toBeNull();
    expect(ongoing?.historyEntry).toBeNull();
    const none = one([...BEFORE, e('2026-11-02T14:00:00Z', 7), e('2026-11-03T14:00:00Z', 8)]);
    expect(none?.status).toBe('no-relief');
    expect(none?.duration).toBe(0);
  });

  it('flags a loss that rests on the last score alone', () => {
    const s = one([...BEFORE, ...AFTER.slice(0, 5)]);
    expect(s?.status).toBe('ok');
    expect(s?.lossConfirmed).toBe(false);
  });

  it('analyses each session up to the next one, in time order', () => {
    const second = { start: '2026-11-20T09:00:00Z', end: '2026-11-20T13:00:00Z' };
    const r = reliefFromDiary({
      sessions: [second, session],
      entries: [...BEFORE, ...AFTER, e('2026-11-20T08:00:00Z', 8), e('2026-11-21T08:00:00Z', 3)],
    });
    expect(r.sessions.map((s) => s.start)).toEqual([session.start, second.start]);
    expect(r.sessions[1]?.status).toBe('ongoing');
  });

  it('daily sessions measure relief against the untreated baseline, carried forward', () => {
    const day = (d: number, h: number) => `2026-11-0${d}T${String(h).padStart(2, '0')}:00:00Z`;
    const r = reliefFromDiary({
      sessions: [1, 2, 3].map((d) => ({ start: day(d, 9), end: day(d, 13) })),
      entries: [
        e(day(1, 8), 8),
        e(day(1, 15), 3),
        e(day(2, 8), 3),
        e(day(2, 15), 2),
        e(day(3, 8), 2),
        e(day(3, 15), 2),
        e('2026-11-09T12:00:00Z', 7),
        e('2026-11-10T12:00:00Z', 8),
      ],
    });
    expect(r.sessions.map((s) => s.baseline)).toEqual([8, 8, 8]);
    // Relief from sessions 1 and 2 had not ended when the next one began.
    expect(r.sessions.map((s) => s.status)).toEqual(['ongoing', 'ongoing', 'ok']);
    expect(r.sessions[1]?.notes.join(' ')).toMatch(/carried/);
  });

  it('scores at the same instant give the same answer in any order', () => {
    const twins = [e('2026-11-09T12:00:00Z', 4), e('2026-11-09T12:00:00Z', 7)];
    const a = one([...BEFORE, ...AFTER.slice(0, 3), ...twins, ...AFTER.slice(4)]);
    const b = one([...BEFORE, ...AFTER.slice(0, 3), ...twins.reverse(), ...AFTER.slice(4)]);
    expect(a).toEqual(b);
  });

  it('no score after the session end cannot answer; ongoing relief has no upper bound', () => {
    expect(one([...BEFORE, e('2026-11-02T10:00:00Z', 3)])?.status).toBe('no-entries-after');
    expect(one([...BEFORE, ...AFTER.slice(0, 4)])?.durationBounds?.[1]).toBeNull();
  });

  it('its history entries feed suggestMaintenance', () => {
    const r = reliefFromDiary({ sessions: [session], entries: [...BEFORE, ...AFTER] });
    const history = r.sessions.flatMap((s) => (s.historyEntry ? [s.historyEntry] : []));
    const plan = suggestMaintenance(
      {
        painType: 'crps',
        regimen: { route: 'intravenous', dose: { amount: 25, unit: 'mg/h', over: { hours: 4 } } },
        patient: {},
        history,
      },
      { population: 100, now: '2026-11-27T00:00:00Z' },
    );
    expect(plan.personalized).toBe(true);
  });

  it('rejects scores outside 0–10 and sessions that end before they start', () => {
    const bad = (diary: unknown) => {
      try {
        reliefFromDiary(diary);
      } catch (err) {
        expect(err).toBeInstanceOf(InvalidInputError);
        return (err as InvalidInputError).issues[0]?.path;
      }
      return undefined;
    };
    expect(bad({ sessions: [session], entries: [e('2026-11-02T08:00:00Z', 11)] })).toEqual([
      'entries',
      0,
      'score',
    ]);
    expect(bad({ sessions: [session], entries: [e('2026-11-02T08:00:00Z', -1)] })).toEqual([
      'entries',
      0,
      'score',
    ]);
    expect(bad({ sessions: [{ start: session.end, end: session.start }], entries: [] })).toEqual([
      'sessions',
      0,
      'end',
    ]);
    expect(bad({ sessions: [], entries: [] })).toEqual(['sessions']);
    expect(
      bad({
        sessions: [session, { start: '2026-11-02T12:00:00Z', end: '2026-11-02T15:00:00Z' }],
        entries: [],
      }),
    ).toEqual(['sessions', 1, 'start']);
  });
});

describe('reliefFromDiary: a baseline too small to measure relief against', () => {
  it('reports no relief instead of an infinite reduction (found by the fuzz suite, seed 555555)', () => {
    const diary = (baseline: number) => ({
      sessions: [{ start: '2018-01-01T09:00:00Z', end: '2018-01-01T10:00:00Z' }],
      entries: [
        { at: '2018-01-01T08:00:00Z', score: baseline },
        { at: '2018-01-01T09:00:00Z', score: 0.5 },
        { at: '2018-01-01T11:00:00Z', score: 0.5 },
      ],
    });
    for (const tiny of [5e-324, 0, 0.09]) {
      const [s] = reliefFromDiary(diary(tiny)).sessions;
      expect(s).toMatchObject({ status: 'no-baseline', baseline: null, peakReduction: null });
      expect(s?.notes.join(' ')).toMatch(/below 0\.1/);
    }
    // At the smallest measurable baseline the reduction is finite (here pain rose fivefold).
    const [measured] = reliefFromDiary(diary(0.1)).sessions;
    expect(measured?.peakReduction).toBeCloseTo(-4, 9);
  });
});
