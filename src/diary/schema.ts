import * as z from 'zod/mini';
import { DIARY } from '../data/diary.js';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { IsoDateTimeSchema } from '../dates/schema.js';
import { addIssue } from '../internal/issue.js';
import type { ResultProvenance } from '../warnings/types.js';

/**
 * A pain diary: the sessions given (`start` ≤ `end`, ISO date-times with offset) and pain scores
 * on the 0–10 numeric rating scale. Entries may come in any order.
 *
 * @example
 * ```ts
 * import { DiarySchema } from 'ketamine-relief';
 * DiarySchema.parse({
 *   sessions: [{ start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' }],
 *   entries: [{ at: '2026-11-02T08:00:00Z', score: 8 }],
 * }).entries.length; // 1
 * ```
 */
export const DiarySchema = z
  .strictObject({
    sessions: z
      .array(
        z.strictObject({ start: IsoDateTimeSchema, end: IsoDateTimeSchema }).check(
          z.superRefine((s, ctx) => {
            if (Date.parse(s.end) < Date.parse(s.start)) {
              addIssue(ctx, ['end'], 'end_before_start', 'is before start');
            }
          }),
        ),
      )
      .check(
        z.minLength(1),
        z.maxLength(INPUT_LIMITS.sessions.max),
        z.superRefine((list, ctx) => {
          // Sorted by start, then end, so that the verdict never depends on the input order;
          // two sessions that start at the same instant always overlap.
          const order = list
            .map((s, i) => ({ i, start: Date.parse(s.start), end: Date.parse(s.end) }))
            .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
          for (let k = 1; k < order.length; k++) {
            const [prev, cur] = [order[k - 1], order[k]];
            if (prev && cur && (cur.start < prev.end || cur.start === prev.start)) {
              addIssue(ctx, [cur.i, 'start'], 'overlapping_sessions', 'overlaps another session');
            }
          }
        }),
      ),
    entries: z
      .array(
        z.strictObject({
          at: IsoDateTimeSchema,
          score: z.number().check(z.gte(DIARY.scale.min), z.lte(DIARY.scale.max)),
        }),
      )
      .check(z.maxLength(INPUT_LIMITS.structure.maxArrayLength)),
  })
  .check(
    z.superRefine((diary, ctx) => {
      // A diary spans at most as long as the longest relief a history entry may report, so that
      // every session's `historyEntry` is accepted by `suggestMaintenance`.
      const times = [
        ...diary.sessions.flatMap((s) => [Date.parse(s.start), Date.parse(s.end)]),
        ...diary.entries.map((e) => Date.parse(e.at)),
      ].filter(Number.isFinite);
      if (times.length === 0) return;
      const days = (Math.max(...times) - Math.min(...times)) / MS_PER_DAY;
      if (days > INPUT_LIMITS.history.maxReliefDays) {
        addIssue(
          ctx,
          [],
          'diary_too_long',
          `spans ${Math.round(days)} days from first to last date; at most ${INPUT_LIMITS.history.maxReliefDays} days are accepted`,
        );
      }
    }),
  );

const MS_PER_DAY = 86400000;

/**
 * A pain diary. See {@link DiarySchema}.
 *
 * @example
 * ```ts
 * import type { Diary } from 'ketamine-relief';
 * const d: Diary = { sessions: [], entries: [] };
 * ```
 */
export type Diary = z.output<typeof DiarySchema>;

/**
 * What {@link reliefFromDiary} accepts: the diary before validation.
 *
 * @example
 * ```ts
 * import type { DiaryInput } from 'ketamine-relief';
 * const diary: DiaryInput = {
 *   sessions: [{ start: '2026-11-01T09:00:00Z', end: '2026-11-01T13:00:00Z' }],
 *   entries: [{ at: '2026-11-01T08:00:00Z', score: 7 }],
 * };
 * ```
 */
export type DiaryInput = z.input<typeof DiarySchema>;

/**
 * Options of {@link reliefFromDiary}: the relief fraction that counts as meaningful (default
 * 0.3) and how far before a session scores count toward its baseline (hours, default 24).
 *
 * @example
 * ```ts
 * import { DiaryOptionsSchema } from 'ketamine-relief';
 * DiaryOptionsSchema.parse({ reliefThreshold: 0.5, baselineHours: 48 });
 * ```
 */
export const DiaryOptionsSchema = z.strictObject({
  /**
   * The share of baseline pain that must go for relief to count as meaningful, 0.01 to 0.99
   * (default 0.3).
   */
  reliefThreshold: z.optional(
    z
      .number()
      .check(z.gte(INPUT_LIMITS.reliefThreshold.min), z.lte(INPUT_LIMITS.reliefThreshold.max)),
  ),
  /**
   * Hours before a session's start whose scores form its baseline (their median), above 0 and
   * up to 720 (default 24).
   */
  baselineHours: z.optional(z.number().check(z.gt(0), z.lte(DIARY.baselineHours.max))),
});

/**
 * Options of {@link reliefFromDiary}. See {@link DiaryOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { DiaryOptions } from 'ketamine-relief';
 * const o: DiaryOptions = { reliefThreshold: 0.3 };
 * ```
 */
export type DiaryOptions = z.output<typeof DiaryOptionsSchema>;

/**
 * What the diary shows for one session. Times are minutes, measured as in
 * {@link estimateRelief}: `onset` and `peak` from the session start, `duration` from its end
 * until meaningful relief was lost. `status` says whether the data could answer:
 * - `'ok'`: relief was reached and then lost;
 * - `'ongoing'`: relief had not ended by the last entry before the next session (`duration` is
 *   `null`; `durationBounds` is `[lower bound, null]`);
 * - `'no-relief'`: scores after the session never reached meaningful relief (`duration` 0);
 * - `'no-baseline'`: no score in the baseline window before the session, or a baseline of 0;
 * - `'no-entries-after'`: no score after the session end (before the next session).
 *
 * @example
 * ```ts
 * import type { SessionRelief } from 'ketamine-relief';
 * const answered = (s: SessionRelief) => s.status === 'ok' || s.status === 'no-relief';
 * ```
 */
export interface SessionRelief {
  start: string;
  end: string;
  status: 'ok' | 'ongoing' | 'no-relief' | 'no-baseline' | 'no-entries-after';
  /**
   * Median of the scores in the baseline window before the session (scores after an earlier
   * session started do not count; without any, the previous session's baseline is carried).
   */
  baseline: number | null;
  baselineEntries: number;
  /** Largest fraction of baseline pain removed. */
  peakReduction: number | null;
  onset: number | null;
  peak: number | null;
  /** Midpoint of `durationBounds`: relief was lost between the last relieved and first lost entry. */
  duration: number | null;
  /** Minutes after the end: `[lower, upper]`; `upper` is `null` while relief is ongoing. */
  durationBounds: [number, number | null] | null;
  /** False when loss rests on a single last score (no later entry to confirm it). */
  lossConfirmed: boolean;
  /** Entries judged isolated noise (one score against both neighbours) and set aside. */
  ignoredEntries: string[];
  /** A `history` entry for {@link suggestMaintenance}, when the session answered. */
  historyEntry: { sessionEnd: string; reliefDays: number } | null;
  notes: string[];
}

/**
 * Result of {@link reliefFromDiary}: one analysis per session, in time order.
 *
 * @example
 * ```ts
 * import type { DiaryResult } from 'ketamine-relief';
 * const history = (r: DiaryResult) => r.sessions.flatMap((s) => (s.historyEntry ? [s.historyEntry] : []));
 * ```
 */
export interface DiaryResult extends ResultProvenance<Diary> {
  sessions: SessionRelief[];
  reliefThreshold: number;
}
