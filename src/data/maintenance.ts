/**
 * Maintenance (booster) evidence: the safety gap after long continuous courses, the booster
 * regimens and cadences reported in practice, monitoring, stop rules and the rule that turns a
 * predicted duration into a booster date. Each value cites bibliography ids or carries an
 * `assumption`; where intervals come from clinical practice rather than trials, `evidence`
 * says so. The wording of the result (evidence statements, reasons, warnings) is here too, as
 * entries with `text` (a string, or a function filling in the values) and their `sources`;
 * `sources: []` marks wording that states no finding of its own.
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
    /** The sentence the `evidence` statement ends with. */
    text: (weeksLow: number, weeksHigh: number) =>
      `In CRPS, boosters every ${weeksLow}–${weeksHigh} weeks are reported from clinical practice (retrospective series), not from trials.`,
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

/**
 * Why the minimum gap is what it is. After a long course the reason quotes the unsafe gap
 * (`MINIMUM_GAP.unsafeGapDays`, which the result cites); after short infusions no evidence
 * sets a gap.
 */
export const MINIMUM_GAP_REASON = {
  longCourse: {
    text: (courseHours: number, unsafeNote: string, unsafeGapDays: number) =>
      `After a continuous course of ${courseHours} h: ${unsafeNote} The gap must exceed ${unsafeGapDays} days; no safe gap has been established.`,
    sources: MINIMUM_GAP.unsafeGapDays.sources,
  },
  shortInfusions: {
    text: 'No evidence sets a minimum gap after short infusions; boosters are not suggested sooner than the spacing of the initial series or one day.',
    sources: [],
  },
} as const;

/** Why the booster regimen is what it is, from `BOOSTER_REGIMEN` (whose sources it cites). */
export const BOOSTER_RATIONALE = {
  text: (sessionsLow: number, sessionsHigh: number, doseText: string, sessionsNote: string) =>
    `${sessionsLow}–${sessionsHigh} sessions of ${doseText}, as reported in practice: ${sessionsNote}`,
  sources: [...BOOSTER_REGIMEN.sessions.sources, ...BOOSTER_REGIMEN.dose.sources],
} as const;

/** How the patient's own history is read, as the warnings say it. */
export const HISTORY_WARNINGS = {
  /** A course whose relief outlasted the next course: its duration is only a lower bound. */
  censored: {
    text: (index: number) =>
      `history[${index}]: relief was still present when the next course ended, so its duration is a lower bound; it is used as observed.`,
    sources: [],
  },
  /** Courses the robust (Huber) update down-weighted. */
  outlier: {
    text: 'One or more history entries lie far from the patient’s other courses and were down-weighted (Huber weights below 1).',
    sources: [],
  },
} as const;

/** Percentiles of the predicted interval that fall inside the minimum gap. */
export const INTERVAL_RAISED = {
  text: (p5Days: string, minimumGapDays: number) =>
    `Part of the predicted interval (5th percentile ${p5Days} days) is shorter than the minimum gap of ${minimumGapDays} days; those percentiles are raised to the gap, so some patients may lose relief before a booster can be given.`,
  sources: [],
} as const;

/**
 * Suggested dates that lie before "now", and how to read them. `passed` names the dates
 * ('earliest', 'target', 'latest') already passed, of `total`; the percents are those of
 * `BOOSTER_RULE`, written as '5%'.
 */
export const BOOSTER_OVERDUE = {
  text: (
    today: string,
    passed: readonly string[],
    total: number,
    percent: { readonly earliest: string; readonly target: string; readonly latest: string },
  ) =>
    `As of ${today} (now), ${passed.length === total ? 'every suggested date has' : `the ${passed.join(' and ')} date${passed.length > 1 ? 's have' : ' has'}`} passed. "Due" dates are counted from the last session: by the earliest date ${percent.earliest} of simulated patients would have lost relief, by the target ${percent.target}, by the latest ${percent.latest}. A passed date is not a reason to give a booster now: ask whether this patient's relief has faded.`,
  sources: [],
} as const;

/**
 * Why no maintenance schedule is suggested. The warning cites the pain type's lasting-relief
 * sources with these.
 */
export const NO_SCHEDULE_REASON = {
  /** The route has no PK data, so there is no relief estimate. */
  noRelief: {
    text: 'No relief estimate for this route, so no booster interval can be derived.',
    sources: [],
  },
  /** The pain type's lasting relief is not shown in trials (`painType` is its label). */
  lastingUnproven: {
    text: (painType: string) =>
      `${painType}: lasting relief after ketamine is not shown in trials, so no maintenance schedule is suggested without the patient's own relief history.`,
    sources: [],
  },
  /** The regimen's relief follows plasma levels only. */
  notSustained: {
    text: 'This regimen gives relief that follows plasma levels (hours), not sustained relief; a booster schedule would need a series of longer infusions.',
    sources: [],
  },
  /** Too few simulated patients had lasting relief that fades. */
  noLastingRelief: {
    text: 'No patient in the simulation reached lasting meaningful relief, so no booster interval can be derived.',
    sources: [],
  },
} as const;

/**
 * The `evidence` statement of a maintenance result, by what the interval rests on. The
 * statements with a schedule are followed by `PRACTICE_CADENCE`'s sentence where there is one.
 */
export const EVIDENCE_STATEMENT = {
  /** No schedule. */
  none: {
    text: 'No maintenance schedule is suggested: the evidence does not support one for this case (see warnings).',
    sources: ['cohen-2018'],
  },
  /**
   * The patient's history alone: the model gives no lasting relief. `unprovenFor` is the label
   * of a pain type whose lasting benefit trials do not show, or '' for none.
   */
  historyOnly: {
    text: (unprovenFor: string) =>
      `The interval rests on this patient's own relief durations only: the model gives no lasting relief to build on for this regimen${unprovenFor ? `, and for ${unprovenFor.toLowerCase()} trials do not show lasting benefit` : ''}. No trial has tested booster timing.`,
    sources: ['cohen-2018'],
  },
  /** The population model updated with the patient's history. */
  modelAndHistory: {
    text: "The interval combines the population model with this patient's own relief durations (Bayesian update); no trial has tested booster timing.",
    sources: ['dahan-2011'],
  },
  /** The population model alone. */
  model: {
    text: 'The interval comes from the relief model (sustained relief fitted to published durations, docs/model.md) and the spread between patients, counting only patients whose relief fades within a year; no trial has tested booster timing.',
    sources: ['dahan-2011'],
  },
} as const;
