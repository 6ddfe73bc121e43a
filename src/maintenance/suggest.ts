import { SIMULATION_WINDOW } from '../data/exposure-settings.js';
import { INPUT_LIMITS } from '../data/input-limits.js';
import {
  BOOSTER_REGIMEN,
  BOOSTER_RULE,
  MINIMUM_GAP,
  MONITORING,
  PRACTICE_CADENCE,
  REASSESS,
  STOP_RULES,
} from '../data/maintenance.js';
import { NOT_A_DOSING_DEVICE } from '../data/notice.js';
import { PERSONALIZATION } from '../data/personalization.js';
import {
  calendarDaysBetween,
  dateIn,
  firstWholeDateAfter,
  writtenOffsetMinutes,
} from '../dates/calendar.js';
import type { DateZone } from '../dates/schema.js';
import {
  type InputIssue,
  type InputIssueCode,
  InvalidInputError,
} from '../errors/invalid-input-error.js';
import type { SourceId } from '../evidence/registry.js';
import { parseWith } from '../internal/parse.js';
import { Trail } from '../internal/trail.js';
import { getPainType } from '../pain-types/index.js';
import { fitLogNormal, type LogNormal, posterior } from '../personalize/posterior.js';
import { totalMinutes } from '../regimen/duration.js';
import { reliefCore } from '../relief/estimate.js';
import type { PercentileRange } from '../stats/percentiles.js';
import {
  type MaintenanceInput,
  MaintenanceInputSchema,
  type MaintenanceOptions,
  MaintenanceOptionsSchema,
  type MaintenanceResult,
  type SuggestMaintenanceInput,
} from './schema.js';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_HOUR = 60;
const MS_PER_DAY = 86400000;
/** Standard normal quantiles of the 5th, 25th, 50th, 75th and 95th percentiles. */
const Z = {
  p5: -1.6448536269514729,
  p25: -0.6744897501960817,
  median: 0,
  p75: 0.6744897501960817,
  p95: 1.6448536269514729,
} as const;

/**
 * Suggests maintenance (booster) sessions after an initial series: when the next booster should
 * be due, a booster regimen, the minimum safe gap, monitoring, stop rules and when to reassess,
 * with a frank statement of the evidence. With the patient's own `history` of relief durations
 * the interval is personalized by a Bayesian update (see the personalization guide). For pain
 * types where lasting relief is unproven, and without a history, no schedule is suggested.
 * Throws {@link InvalidInputError} for malformed or self-contradictory input. Not a dosing device.
 *
 * @example
 * ```ts
 * import { suggestMaintenance } from 'ketamine-relief';
 * const plan = suggestMaintenance(
 *   {
 *     painType: 'crps',
 *     regimen: { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } }, sessions: 10, every: { days: 1 } },
 *     patient: { weightKg: 70 },
 *     lastSessionEnd: '2026-11-20T16:00:00+01:00',
 *   },
 *   { timeZone: 'Europe/Berlin', now: '2026-11-27T12:00:00Z', population: 300 },
 * );
 * console.log(plan.nextDue, plan.minimumGap.days, plan.evidence.statement);
 * ```
 */
export function suggestMaintenance(
  input: SuggestMaintenanceInput,
  options: MaintenanceOptions = {},
): MaintenanceResult {
  const parsed = parseWith(MaintenanceInputSchema, input);
  const opts = parseWith(MaintenanceOptionsSchema, options);
  const now = opts.now ?? new Date().toISOString();
  // Dates are read in the given zone, or else in the offset each date-time was written with.
  const zoneOf = (iso: string): DateZone =>
    opts.timeZone ? { timeZone: opts.timeZone } : { offsetMinutes: writtenOffsetMinutes(iso) };
  const timeZone = opts.timeZone ?? offsetName(parsed.lastSessionEnd);
  const { observed, censored } = checkHistory(parsed, now, zoneOf);
  const { history: _h, lastSessionEnd: _l, ...reliefInput } = parsed;
  const { result: relief, run } = reliefCore(reliefInput, {
    seed: opts.seed ?? SIMULATION_WINDOW.defaultSeed,
    population: opts.population ?? SIMULATION_WINDOW.defaultPopulation,
    ...(opts.model === undefined ? {} : { model: opts.model }),
    ...(opts.reliefThreshold === undefined ? {} : { reliefThreshold: opts.reliefThreshold }),
  });
  const trail = new Trail();
  for (const w of relief.warnings) trail.warn(w.code, w.message, w.sources);
  for (const i of censored) {
    trail.warn(
      'history-censored',
      `history[${i}]: relief was still present when the next course ended, so its duration is a lower bound; it is used as observed.`,
    );
  }
  for (const a of relief.assumptions) trail.assumptions.add(a);
  trail.cite(relief.sources);

  const minimumGap = gapFor(parsed, trail);
  const profile = getPainType(parsed.painType);
  const lastingShown =
    profile.category === 'chronic' &&
    (profile.lastingRelief.strength === 'moderate' || profile.lastingRelief.strength === 'weak');
  const personalized = observed.length > 0;

  const durations: number[] = [];
  if (run) {
    for (let s = 0; s < run.relieved.length; s++) {
      // Boosters sustain lasting relief: patients relieved only while drug is present do not count.
      // Relief that lasts past the horizon needs no booster within it: only fading relief counts.
      if (
        run.relieved[s] &&
        run.sustained[s] &&
        !run.censored[s] &&
        (run.duration[s] as number) > 0
      ) {
        durations.push((run.duration[s] as number) / MINUTES_PER_DAY);
      }
    }
  }
  trail.use(PERSONALIZATION.minPriorPatients);
  const fitted =
    durations.length >= PERSONALIZATION.minPriorPatients.value ? fitLogNormal(durations) : null;
  const populationPrior = fitted
    ? {
        logMean: fitted.logMean,
        logSd: Math.max(fitted.logSd, PERSONALIZATION.minPriorLogSd.value),
      }
    : null;
  const populationSchedule =
    lastingShown && relief.phase === 'sustained' && populationPrior !== null;
  let interval: LogNormal | null = null;
  let personalization: MaintenanceResult['personalization'] = null;
  trail.use(PERSONALIZATION.withinPatientLogSd);
  if (personalized) {
    trail.use(PERSONALIZATION.huberK);
    trail.use(PERSONALIZATION.spreadPriorWeight);
    let prior = populationPrior;
    if (!prior) {
      // No population prior: a weak one centred on the history lets the history speak.
      trail.use(PERSONALIZATION.weakPriorLogSd);
      const logs = observed.map(Math.log).sort((a, b) => a - b);
      prior = {
        logMean: logs[logs.length >> 1] as number,
        logSd: PERSONALIZATION.weakPriorLogSd.value,
      };
    } else trail.use(PERSONALIZATION.minPriorLogSd);
    const post = posterior(
      prior,
      observed,
      PERSONALIZATION.withinPatientLogSd.value,
      PERSONALIZATION.huberK.value,
      PERSONALIZATION.spreadPriorWeight.value,
    );
    interval = post.predictive;
    personalization = {
      observations: observed.length,
      priorMedianDays: Math.exp(prior.logMean),
      posteriorMedianDays: Math.exp(post.typical.logMean),
      weights: post.weights,
    };
    if (post.weights.some((w) => w < 1)) {
      trail.warn(
        'history-outlier',
        'One or more history entries lie far from the patient’s other courses and were down-weighted (Huber weights below 1).',
      );
    }
  } else if (populationSchedule && populationPrior) {
    trail.use(PERSONALIZATION.minPriorLogSd);
    const within = PERSONALIZATION.withinPatientLogSd.value;
    interval = {
      logMean: populationPrior.logMean,
      logSd: Math.hypot(populationPrior.logSd, within),
    };
  }

  const boosterInterval = interval ? percentileDays(interval, minimumGap.days, trail) : null;
  if (boosterInterval) for (const rule of Object.values(BOOSTER_RULE)) trail.use(rule);
  const nextDue =
    boosterInterval && parsed.lastSessionEnd
      ? dueDates(parsed.lastSessionEnd, zoneOf(parsed.lastSessionEnd), boosterInterval)
      : null;
  if (nextDue && parsed.lastSessionEnd) {
    const pct = (q: number) => `${Math.round(q * PERCENT)}%`;
    const today = dateIn(Date.parse(now), zoneOf(parsed.lastSessionEnd));
    const passed = (['earliest', 'target', 'latest'] as const).filter((k) => nextDue[k] < today);
    if (passed.length > 0) {
      trail.warn(
        'booster-overdue',
        `As of ${today} (now), ${passed.length === 3 ? 'every suggested date has' : `the ${passed.join(' and ')} date${passed.length > 1 ? 's have' : ' has'}`} passed. "Due" dates are counted from the last session: by the earliest date ${pct(BOOSTER_RULE.earliestPercentile.value)} of simulated patients would have lost relief, by the target ${pct(BOOSTER_RULE.targetPercentile.value)}, by the latest ${pct(BOOSTER_RULE.latestPercentile.value)}. A passed date is not a reason to give a booster now: ask whether this patient's relief has faded.`,
      );
    }
  }
  if (!interval) {
    trail.warn(
      'no-maintenance-schedule',
      noScheduleReason(profile.label, lastingShown, relief.phase, run === null),
      [...profile.lastingRelief.summary.sources],
    );
  }
  const boosterRegimen = interval
    ? {
        sessions: { low: BOOSTER_REGIMEN.sessions.low, high: BOOSTER_REGIMEN.sessions.high },
        perSession: parsed.regimen.dose,
        route: parsed.regimen.route,
        drug: parsed.regimen.drug,
        rationale: `${BOOSTER_REGIMEN.sessions.low}–${BOOSTER_REGIMEN.sessions.high} sessions of ${BOOSTER_REGIMEN.dose.text}, as reported in practice: ${BOOSTER_REGIMEN.sessions.note}`,
        sources: [
          ...new Set([...BOOSTER_REGIMEN.sessions.sources, ...BOOSTER_REGIMEN.dose.sources]),
        ] as SourceId[],
      }
    : null;
  if (boosterRegimen) {
    trail.use(BOOSTER_REGIMEN.sessions);
    trail.use(BOOSTER_REGIMEN.dose);
  }
  const monitoring = MONITORING.map((m) => cite(m.item, m.text, m.sources, trail));
  const stopRules = STOP_RULES.map((r) => {
    trail.use(r);
    return cite(r.rule, r.text, r.sources, trail);
  });
  trail.use(REASSESS.afterBoosters);
  trail.use(REASSESS.afterDays);
  return {
    boosterInterval,
    nextDue,
    boosterRegimen,
    minimumGap,
    monitoring,
    stopRules,
    reassessAfter: { boosters: REASSESS.afterBoosters.value, days: REASSESS.afterDays.value },
    evidence: evidenceFor(
      parsed.painType,
      personalized,
      interval !== null,
      populationPrior !== null,
      lastingShown ? '' : profile.label,
      trail,
    ),
    personalized,
    personalization,
    relief,
    timeZone,
    warnings: trail.warnings,
    assumptions: [...trail.assumptions],
    sources: [...trail.sources] as SourceId[],
    input: parsed,
    notice: NOT_A_DOSING_DEVICE,
  };
}

function cite(id: string, text: string, sources: readonly string[], trail: Trail) {
  trail.cite(sources);
  return { id, text, sources: [...sources] as SourceId[] };
}

/** The history as observed durations (days), after checks that need `now` and the zone. */
function checkHistory(
  parsed: MaintenanceInput,
  now: string,
  zoneOf: (iso: string) => DateZone,
): { observed: number[]; censored: number[] } {
  const issues: InputIssue[] = [];
  const nowMs = Date.parse(now);
  const observed: number[] = [];
  const censored: number[] = [];
  const history = parsed.history ?? [];
  history.forEach((e, i) => {
    const endMs = Date.parse(e.sessionEnd);
    const zone = zoneOf(e.sessionEnd);
    const endDate = dateIn(endMs, zone);
    const today = dateIn(nowMs, zone);
    const at = (field: string, code: InputIssueCode, message: string) =>
      issues.push({ path: ['history', i, field], code, message });
    if (endMs > nowMs) at('sessionEnd', 'in_future', `is after now (${now})`);
    let days = e.reliefDays;
    if (e.reliefLostOn !== undefined) {
      const byDate = calendarDaysBetween(endDate, e.reliefLostOn);
      if (e.reliefLostOn > today) {
        at('reliefLostOn', 'in_future', `is after today (${today})`);
      } else if (byDate <= 0) {
        at(
          'reliefLostOn',
          'contradiction',
          `is not after the session's end date (${endDate}); give reliefDays for relief lost the same day`,
        );
      } else if (byDate > INPUT_LIMITS.history.maxReliefDays) {
        at(
          'reliefLostOn',
          'too_big',
          `is more than ${INPUT_LIMITS.history.maxReliefDays} days after the session`,
        );
      } else if (days !== undefined && Math.abs(days - byDate) > 1) {
        at(
          'reliefDays',
          'contradiction',
          `${days} days disagrees with reliefLostOn ${e.reliefLostOn} (${byDate} days after ${endDate})`,
        );
      }
      days ??= byDate;
    } else if (days !== undefined && endMs + days * MS_PER_DAY > nowMs) {
      at('reliefDays', 'in_future', `relief would end after now (${now})`);
    }
    if (days === undefined || days <= 0) return;
    observed.push(days);
    const next = history[i + 1];
    if (next && endMs + days * MS_PER_DAY > Date.parse(next.sessionEnd)) censored.push(i);
  });
  const last = parsed.lastSessionEnd;
  if (last !== undefined) {
    if (Date.parse(last) > nowMs) {
      issues.push({
        path: ['lastSessionEnd'],
        code: 'in_future',
        message: `is after now (${now})`,
      });
    }
    const newest = history[history.length - 1];
    if (newest && Date.parse(newest.sessionEnd) > Date.parse(last)) {
      issues.push({
        path: ['lastSessionEnd'],
        code: 'contradiction',
        message: 'is earlier than the last history entry’s sessionEnd',
      });
    }
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { observed, censored };
}

/** 'UTC+01:00' for the offset a date-time was written with ('UTC' for none or Z). */
function offsetName(iso: string | undefined): string {
  const minutes = iso ? writtenOffsetMinutes(iso) : 0;
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const two = (x: number) => String(x).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / MINUTES_PER_HOUR))}:${two(abs % MINUTES_PER_HOUR)}`;
}

function gapFor(parsed: MaintenanceInput, trail: Trail): MaintenanceResult['minimumGap'] {
  const { regimen } = parsed;
  const overMinutes = regimen.dose.over ? totalMinutes(regimen.dose.over) : 0;
  const longCourse = overMinutes >= MINIMUM_GAP.longCourseHours.value * MINUTES_PER_HOUR;
  trail.use(MINIMUM_GAP.longCourseHours);
  if (longCourse) {
    trail.use(MINIMUM_GAP.unsafeGapDays);
    trail.use(MINIMUM_GAP.afterLongCourseDays);
    return {
      days: MINIMUM_GAP.afterLongCourseDays.value,
      reason: `After a continuous course of ${Math.round(overMinutes / MINUTES_PER_HOUR)} h: ${MINIMUM_GAP.unsafeGapDays.note} The gap must exceed ${MINIMUM_GAP.unsafeGapDays.value} days; no safe gap has been established.`,
      sources: [...MINIMUM_GAP.unsafeGapDays.sources] as SourceId[],
    };
  }
  trail.use(MINIMUM_GAP.otherwiseDays);
  const everyDays = regimen.every ? totalMinutes(regimen.every) / MINUTES_PER_DAY : 0;
  const days = Math.max(MINIMUM_GAP.otherwiseDays.value, Math.ceil(everyDays));
  return {
    days,
    reason:
      'No evidence sets a minimum gap after short infusions; boosters are not suggested sooner than the spacing of the initial series or one day.',
    sources: [],
  };
}

function percentileDays(d: LogNormal, minDays: number, trail: Trail): PercentileRange<'day'> {
  const at = (z: number) => Math.exp(d.logMean + z * d.logSd);
  const raw = {
    p5: at(Z.p5),
    p25: at(Z.p25),
    median: at(Z.median),
    p75: at(Z.p75),
    p95: at(Z.p95),
  };
  if (raw.p5 < minDays) {
    trail.warn(
      'interval-raised-to-minimum-gap',
      `Part of the predicted interval (5th percentile ${raw.p5.toFixed(1)} days) is shorter than the minimum gap of ${minDays} days; those percentiles are raised to the gap, so some patients may lose relief before a booster can be given.`,
    );
  }
  const up = (x: number) => Math.max(minDays, x);
  return {
    p5: up(raw.p5),
    p25: up(raw.p25),
    median: up(raw.median),
    p75: up(raw.p75),
    p95: up(raw.p95),
    unit: 'day',
  };
}

/**
 * Booster dates: for each rule percentile, the first whole local date after the last session
 * end plus that many days, so that no date falls inside the gap it stands for.
 */
const PERCENT = 100;

function dueDates(lastEnd: string, zone: DateZone, interval: PercentileRange<'day'>) {
  const endMs = Date.parse(lastEnd);
  const pick = (q: number) =>
    q <= BOOSTER_RULE.earliestPercentile.value
      ? interval.p5
      : q <= BOOSTER_RULE.targetPercentile.value
        ? interval.p25
        : interval.median;
  const day = (q: number) => firstWholeDateAfter(endMs + pick(q) * MS_PER_DAY, zone);
  return {
    earliest: day(BOOSTER_RULE.earliestPercentile.value),
    target: day(BOOSTER_RULE.targetPercentile.value),
    latest: day(BOOSTER_RULE.latestPercentile.value),
  };
}

function noScheduleReason(
  label: string,
  lastingShown: boolean,
  phase: string | null,
  noPk: boolean,
): string {
  if (noPk) return 'No relief estimate for this route, so no booster interval can be derived.';
  if (!lastingShown) {
    return `${label}: lasting relief after ketamine is not shown in trials, so no maintenance schedule is suggested without the patient's own relief history.`;
  }
  if (phase !== 'sustained') {
    return 'This regimen gives relief that follows plasma levels (hours), not sustained relief; a booster schedule would need a series of longer infusions.';
  }
  return 'No patient in the simulation reached lasting meaningful relief, so no booster interval can be derived.';
}

function evidenceFor(
  painType: string,
  personalized: boolean,
  scheduled: boolean,
  withPopulation: boolean,
  label: string,
  trail: Trail,
): MaintenanceResult['evidence'] {
  if (!scheduled) {
    return {
      statement:
        'No maintenance schedule is suggested: the evidence does not support one for this case (see warnings).',
      basis: 'none',
      sources: ['cohen-2018'],
    };
  }
  const practice = painType === 'crps' ? PRACTICE_CADENCE.crps : null;
  if (practice) trail.cite(practice.sources);
  const cadence = practice
    ? ` In CRPS, boosters every ${practice.weeksLow}–${practice.weeksHigh} weeks are reported from clinical practice (retrospective series), not from trials.`
    : '';
  if (personalized && !withPopulation) {
    return {
      statement: `The interval rests on this patient's own relief durations only: the model gives no lasting relief to build on for this regimen${label ? `, and for ${label.toLowerCase()} trials do not show lasting benefit` : ''}. No trial has tested booster timing.`,
      basis: 'personal-history',
      sources: ['cohen-2018'],
    };
  }
  if (personalized) {
    return {
      statement: `The interval combines the population model with this patient's own relief durations (Bayesian update); no trial has tested booster timing.${cadence}`,
      basis: 'personal-history',
      sources: [...(practice?.sources ?? []), 'dahan-2011'] as SourceId[],
    };
  }
  return {
    statement: `The interval comes from the relief model (sustained relief fitted to published durations, docs/model.md) and the spread between patients, counting only patients whose relief fades within a year; no trial has tested booster timing.${cadence}`,
    basis: 'practice-and-model',
    sources: [...(practice?.sources ?? []), 'dahan-2011'] as SourceId[],
  };
}
