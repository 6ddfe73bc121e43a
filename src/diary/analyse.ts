import { DIARY, DIARY_NOTES, DIARY_READING } from '../data/diary.js';
import { NOT_A_DOSING_DEVICE } from '../data/notice.js';
import { MEANINGFUL_RELIEF } from '../data/relief-model.js';
import type { SourceId } from '../evidence/registry.js';
import { parseWith } from '../internal/parse.js';
import {
  type Diary,
  type DiaryInput,
  type DiaryOptions,
  DiaryOptionsSchema,
  type DiaryResult,
  DiarySchema,
  type SessionRelief,
} from './schema.js';

const MS_PER_MINUTE = 60000;
const MINUTES_PER_DAY = 1440;
const MINUTES_PER_HOUR = 60;

interface Point {
  t: number;
  at: string;
  score: number;
}

/**
 * Measures relief from a pain diary, session by session, as {@link estimateRelief} defines it:
 * the baseline is the median score in the window before the session; relief is the fraction
 * of baseline pain removed; `onset` and `peak` run from the session start, `duration` from its
 * end until meaningful relief (≥ 30 % by default) was lost. Entries are sorted first; a single
 * score that disagrees with both neighbours is set aside as noise; loss needs a score below the
 * threshold (confirmed by the next one when there is a next one). Where the data cannot answer
 * (no baseline, nothing after the session, relief still going), `status` says so. Each
 * answered session yields a `historyEntry` for {@link suggestMaintenance}.
 *
 * @example
 * ```ts
 * import { reliefFromDiary } from 'ketamine-relief';
 * const r = reliefFromDiary({
 *   sessions: [{ start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' }],
 *   entries: [
 *     { at: '2026-11-02T08:00:00Z', score: 8 },
 *     { at: '2026-11-02T14:00:00Z', score: 3 },
 *     { at: '2026-11-09T12:00:00Z', score: 4 },
 *     { at: '2026-11-16T12:00:00Z', score: 7 },
 *     { at: '2026-11-17T12:00:00Z', score: 8 },
 *   ],
 * });
 * r.sessions[0]?.status; // 'ok'
 * ```
 */
export function reliefFromDiary(diary: DiaryInput, options: DiaryOptions = {}): DiaryResult {
  const parsed: Diary = parseWith(DiarySchema, diary);
  const opts = parseWith(DiaryOptionsSchema, options);
  const threshold = opts.reliefThreshold ?? MEANINGFUL_RELIEF.value;
  const baselineMinutes = (opts.baselineHours ?? DIARY.baselineHours.value) * MINUTES_PER_HOUR;
  const points: Point[] = parsed.entries
    .map((e) => ({ t: Date.parse(e.at), at: e.at, score: e.score }))
    // Ties broken by score, so that the order of the input never matters.
    .sort((a, b) => a.t - b.t || a.score - b.score);
  const sessions = [...parsed.sessions].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end),
  );
  let carried: number | null = null;
  const out = sessions.map((s, i) => {
    const next = sessions[i + 1];
    const previous = sessions[i - 1];
    const result = analyseSession(
      s,
      previous ? Date.parse(previous.start) : Number.POSITIVE_INFINITY,
      next ? Date.parse(next.start) : Number.POSITIVE_INFINITY,
      points,
      threshold,
      baselineMinutes,
      carried,
    );
    if (result.baseline !== null) carried = result.baseline;
    return result;
  });
  const assumptions: string[] = [DIARY_READING.assumption];
  if (opts.baselineHours === undefined) assumptions.push(DIARY.baselineHours.assumption);
  const sources = new Set<SourceId>();
  if (opts.reliefThreshold === undefined) {
    for (const id of MEANINGFUL_RELIEF.sources) sources.add(id as SourceId);
  }
  for (const id of DIARY.baselineHours.sources) sources.add(id as SourceId);
  return {
    sessions: out,
    reliefThreshold: threshold,
    warnings: [],
    assumptions,
    sources: [...sources],
    notice: NOT_A_DOSING_DEVICE,
    // Normalised as analysed: sessions and entries in time order, so the order given never matters.
    input: {
      ...parsed,
      sessions,
      entries: [...parsed.entries].sort(
        (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.score - b.score,
      ),
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function analyseSession(
  session: { start: string; end: string },
  previousStart: number,
  nextStart: number,
  points: readonly Point[],
  threshold: number,
  baselineMinutes: number,
  carried: number | null,
): SessionRelief {
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  const minutes = (t: number, from: number) => (t - from) / MS_PER_MINUTE;
  const base: SessionRelief = {
    start: session.start,
    end: session.end,
    status: 'no-baseline',
    baseline: null,
    baselineEntries: 0,
    peakReduction: null,
    onset: null,
    peak: null,
    duration: null,
    durationBounds: null,
    lossConfirmed: false,
    ignoredEntries: [],
    historyEntry: null,
    notes: [],
  };
  // Scores after an earlier session started reflect its relief, not the untreated baseline.
  const cutoff = Math.min(start, previousStart);
  const before = points.filter((p) => p.t < cutoff && minutes(start, p.t) <= baselineMinutes);
  let baseline = before.length > 0 ? median(before.map((p) => p.score)) : null;
  if (baseline === null && carried !== null) {
    baseline = carried;
    base.notes.push(DIARY_NOTES.baselineCarried);
  }
  base.baselineEntries = before.length;
  if (baseline === null || baseline < DIARY.minBaseline.value) {
    base.notes.push(
      baseline === null
        ? DIARY_NOTES.noBaseline
        : DIARY_NOTES.baselineTooLow(DIARY.minBaseline.value),
    );
    return base;
  }
  base.baseline = baseline;
  const after = points.filter((p) => p.t >= start && p.t < nextStart);
  if (!after.some((p) => p.t > end)) {
    base.status = 'no-entries-after';
    base.notes.push(DIARY_NOTES.noScoreAfter);
    return base;
  }
  const reliefOf = (p: Point) => (baseline - p.score) / baseline;
  const relieved = after.map((p) => reliefOf(p) >= threshold);
  // A single score that disagrees with both neighbours (the last kept one and the next) is noise.
  const kept: boolean[] = after.map(() => true);
  let previous = relieved[0];
  for (let i = 1; i + 1 < after.length; i++) {
    if (relieved[i] !== previous && relieved[i + 1] === previous) kept[i] = false;
    else previous = relieved[i];
  }
  const series = after.filter((_, i) => kept[i]);
  const state = relieved.filter((_, i) => kept[i]);
  base.ignoredEntries = after.filter((_, i) => !kept[i]).map((p) => p.at);
  let best = 0;
  for (let i = 1; i < series.length; i++) {
    if (reliefOf(series[i] as Point) > reliefOf(series[best] as Point)) best = i;
  }
  base.peakReduction = reliefOf(series[best] as Point);
  const first = state.indexOf(true);
  if (first < 0) {
    return { ...base, status: 'no-relief', duration: 0, historyEntry: null };
  }
  base.onset = minutes((series[first] as Point).t, start);
  base.peak = minutes((series[best] as Point).t, start);
  let lost = -1;
  for (let i = first + 1; i < series.length; i++) {
    if (!state[i] && (series[i] as Point).t > end) {
      lost = i;
      break;
    }
  }
  if (lost < 0) {
    const last = series[series.length - 1] as Point;
    base.status = 'ongoing';
    base.durationBounds = [Math.max(0, minutes(last.t, end)), null];
    base.notes.push(DIARY_NOTES.ongoing);
    return base;
  }
  let r = lost - 1;
  while (r > first && !state[r]) r--;
  const lastRelieved = series[r] as Point;
  const lo = Math.max(0, minutes(lastRelieved.t, end));
  const hi = minutes((series[lost] as Point).t, end);
  base.status = 'ok';
  base.durationBounds = [lo, hi];
  base.duration = (lo + hi) / 2;
  base.lossConfirmed = lost + 1 < series.length;
  if (!base.lossConfirmed) base.notes.push(DIARY_NOTES.lossOnLastScore);
  if (base.duration > 0) {
    base.historyEntry = { sessionEnd: session.end, reliefDays: base.duration / MINUTES_PER_DAY };
  }
  return base;
}
