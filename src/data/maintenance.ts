/**
 * Maintenance (booster) evidence: the safety gap after long continuous courses, the booster
 * regimens and cadences reported in practice, monitoring, stop rules and the rule that turns a
 * predicted duration into a booster date. Each value cites bibliography ids or carries an
 * `assumption`; where intervals come from clinical practice rather than trials, `evidence`
 * says so.
 */

/** The minimum gap after long continuous courses, and the modelling choices around it. */
export const MINIMUM_GAP = {
  /** A continuous infusion at least this long (hours) counts as a long course. */
  longCourseHours: {
    value: 72,
    sources: ['noppers-2011-liver', 'colina-vargas-2023'],
    assumption:
      'The hepatotoxic series used 100-h courses; infusions of ≥ 72 h are the threshold of the located liver-enzyme cohort, so 72 h is taken as "long continuous course".',
  },
  /** Days that were too short a gap between two long courses. */
  unsafeGapDays: {
    value: 16,
    sources: ['noppers-2011-liver'],
    note: 'Two 100-h S-ketamine infusions 16 days apart: 3 of 6 patients developed liver injury (≥ 3× the upper limit) during the second.',
  },
  /** The gap required after a long course: more than the unsafe gap. */
  afterLongCourseDays: {
    value: 17,
    sources: ['noppers-2011-liver'],
    assumption:
      'The evidence only says 16 days was unsafe; the next whole day (17) is the smallest gap that exceeds it. No safe gap has been established.',
  },
  /** Without a long course: at least the spacing of the initial series, and at least a day. */
  otherwiseDays: {
    value: 1,
    sources: [],
    assumption:
      'No evidence sets a minimum gap for short (≤ 4–6 h) outpatient infusions; boosters are not suggested sooner than one day after the last session, nor sooner than the series spacing.',
  },
} as const;

/** How a predicted duration becomes booster dates. */
export const BOOSTER_RULE = {
  /** Percentile of the predicted duration at which the booster is targeted. */
  targetPercentile: {
    value: 0.25,
    sources: [],
    assumption:
      'Modelling choice: target the 25th percentile of the predicted duration among relieved responders, so that about three in four would still have relief when the booster is given.',
  },
  /** Earliest: the 5th percentile; latest: the median. */
  earliestPercentile: {
    value: 0.05,
    sources: [],
    assumption:
      'Modelling choice: the earliest date is the 5th percentile of the predicted duration (or the minimum gap, whichever is later).',
  },
  latestPercentile: {
    value: 0.5,
    sources: [],
    assumption:
      'Modelling choice: the latest date is the median predicted duration, by which half would have lost relief.',
  },
} as const;

/** Booster sessions reported in practice. */
export const BOOSTER_REGIMEN = {
  sessions: {
    low: 1,
    high: 2,
    sources: ['lee-2025', 'gupta-2018-medscape'],
    note: 'CRPS: loading 7–10 days × 4 h, then boosters of 1–2 days × 4 h when needed (retrospective, n = 52); outpatient 4-h infusions of 100–200 mg tapered toward every 3 months (expert protocol).',
  },
  dose: {
    text: 'the per-session dose of the initial series',
    sources: ['lee-2025'],
    assumption:
      'The located booster reports give the number of sessions but not a separate booster dose; the initial per-session dose is repeated.',
  },
} as const;

/** Booster cadences seen in clinical practice (not trials), for the `evidence` statement. */
export const PRACTICE_CADENCE = {
  crps: {
    weeksLow: 3,
    weeksHigh: 6,
    sources: ['patil-2012', 'lee-2025'],
    note: 'Relief > 3 weeks in 23–51% (retrospective model); relief > 4–6 weeks after loading (retrospective).',
  },
} as const;

/** Monitoring during maintenance, each with its source. */
export const MONITORING = [
  {
    item: 'liver',
    text: 'Liver tests when dosing is frequent or high; enzymes rose within 2 days of re-infusion months after a course, so test every 1–2 days during long re-infusions.',
    sources: ['cohen-2018', 'liver-enzyme-case-2020', 'noppers-2011-liver'],
  },
  {
    item: 'urinary',
    text: 'Ask about urinary symptoms (frequency, urgency, pain): lower urinary tract symptoms affect about 30% of regular recreational users; stopping ketamine is the mainstay of treatment.',
    sources: ['taiwan-ketamine-uropathy-survey'],
  },
  {
    item: 'blood-pressure',
    text: 'Blood pressure and heart rate during each session: ketamine raises blood pressure 10–50% at anaesthetic doses, back within about 15 min; ECG for patients with cardiac risk.',
    sources: ['clinicalkey-ketamine-cardiovascular', 'cohen-2018'],
  },
  {
    item: 'cognition',
    text: 'Memory and cognition with long-term repeated use: frequent use impaired episodic and semantic memory.',
    sources: ['morgan-2010'],
  },
] as const;

/** When to stop or reconsider. */
export const STOP_RULES = [
  {
    rule: 'no-response-to-trial',
    text: 'Before a series, a trial of at least 80 mg over more than 2 h; without meaningful relief from it, reconsider before giving more.',
    sources: ['cohen-2018'],
  },
  {
    rule: 'loss-of-response',
    text: 'If relief after boosters gets shorter or weaker across boosters, reconsider the plan rather than shortening the interval.',
    sources: ['cohen-2018'],
    assumption:
      'The guideline advises stopping repeat infusions without meaningful relief; applying it to a loss of response across boosters is the project’s reading.',
  },
  {
    rule: 'contraindication',
    text: 'Stop or avoid with a guideline contraindication (uncontrolled cardiovascular disease, active psychosis, severe liver disease, raised intracranial or intraocular pressure, pregnancy, active substance use for serial infusions).',
    sources: ['cohen-2018', 'schwenk-2018'],
  },
] as const;

/** When to reassess the plan. */
export const REASSESS = {
  afterBoosters: {
    value: 3,
    sources: ['gupta-2018-medscape'],
    assumption:
      'Modelling choice: reassess after three boosters or three months, whichever comes first; the expert protocol tapers toward boosters every 3 months.',
  },
  afterDays: {
    value: 90,
    sources: ['gupta-2018-medscape'],
    assumption: 'Three months, as above.',
  },
} as const;
