/**
 * Settings of pain-diary analysis. The scale is the 0–10 numeric rating scale used in the
 * relief evidence; the others are modelling choices, marked as assumptions.
 */
export const DIARY = {
  scale: {
    min: 0,
    max: 10,
    sources: ['dworkin-2008'],
    note: '0–10 numeric rating scale (NRS), as in the IMMPACT recommendations.',
  },
  minBaseline: {
    value: 0.1,
    sources: [],
    assumption:
      'Relief is a fraction of baseline pain; a baseline below 0.1 on the 0–10 scale (finer than any diary records) leaves no pain to measure it against, so the session is reported without relief.',
  },
  baselineHours: {
    value: 24,
    max: 720,
    sources: [],
    assumption:
      'Modelling choice: scores in the 24 h before a session start form its baseline (their median); up to 30 days may be asked for.',
  },
} as const;

/** How a diary is read: the modelling choices behind noise and the dating of lost relief. */
export const DIARY_READING = {
  sources: [],
  assumption:
    'A single score that disagrees with both neighbouring scores is treated as noise and set aside; loss of relief is dated between the last relieved and the first non-relieved score (duration = the midpoint).',
} as const;

/** The notes a session of a diary analysis may carry. */
export const DIARY_NOTES = {
  baselineCarried:
    'No untreated score before this session: the previous session’s baseline is carried.',
  noBaseline: 'No score in the baseline window before the session.',
  baselineTooLow: (minBaseline: number) =>
    `Baseline pain is below ${minBaseline}: relief cannot be measured.`,
  noScoreAfter: 'No score after the session end (before the next session).',
  ongoing: 'Relief had not ended by the last score.',
  lossOnLastScore: 'Loss rests on the last score alone.',
  sources: [],
} as const;
