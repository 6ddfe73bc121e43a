import { SIMULATION_WINDOW } from '../data/exposure-settings.js';
import {
  BOOSTER_RATIONALE,
  BOOSTER_REGIMEN,
  BOOSTER_RULE,
  MONITORING,
  REASSESS,
  STOP_RULES,
} from '../data/maintenance.js';
import { NOT_A_DOSING_DEVICE } from '../data/notice.js';
import { offsetName, writtenOffsetMinutes } from '../dates/calendar.js';
import type { DateZone } from '../dates/schema.js';
import type { SourceId } from '../evidence/registry.js';
import { parseWith } from '../internal/parse.js';
import { Trail } from '../internal/trail.js';
import { getPainType } from '../pain-types/index.js';
import { reliefCore } from '../relief/estimate.js';
import { evidenceFor, noScheduleReason } from './evidence.js';
import { checkHistory, warnCensored } from './history.js';
import { dueDates, minimumGap, percentileDays, warnOverdue } from './interval.js';
import { populationPrior, predictInterval } from './prior.js';
import {
  MaintenanceInputSchema,
  type MaintenanceOptions,
  MaintenanceOptionsSchema,
  type MaintenanceResult,
  type SuggestMaintenanceInput,
} from './schema.js';

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
  warnCensored(censored, trail);
  for (const a of relief.assumptions) trail.assumptions.add(a);
  trail.cite(relief.sources);

  const gap = minimumGap(parsed.regimen, trail);
  const profile = getPainType(parsed.painType);
  const lastingShown =
    profile.category === 'chronic' &&
    (profile.lastingRelief.strength === 'moderate' || profile.lastingRelief.strength === 'weak');
  const personalized = observed.length > 0;
  const prior = populationPrior(run, trail);
  const fromPopulation = lastingShown && relief.phase === 'sustained' && prior !== null;
  const { interval, personalization } = predictInterval(observed, prior, fromPopulation, trail);

  const boosterInterval = interval ? percentileDays(interval, gap.days, trail) : null;
  if (boosterInterval) for (const rule of Object.values(BOOSTER_RULE)) trail.use(rule);
  const last = parsed.lastSessionEnd;
  const nextDue = boosterInterval && last ? dueDates(last, zoneOf(last), boosterInterval) : null;
  if (nextDue && last) warnOverdue(nextDue, now, zoneOf(last), trail);
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
        rationale: BOOSTER_RATIONALE.text(
          BOOSTER_REGIMEN.sessions.low,
          BOOSTER_REGIMEN.sessions.high,
          BOOSTER_REGIMEN.dose.text,
          BOOSTER_REGIMEN.sessions.note,
        ),
        sources: [...new Set(BOOSTER_RATIONALE.sources)] as SourceId[],
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
    minimumGap: gap,
    monitoring,
    stopRules,
    reassessAfter: { boosters: REASSESS.afterBoosters.value, days: REASSESS.afterDays.value },
    evidence: evidenceFor(
      parsed.painType,
      {
        personalized,
        scheduled: interval !== null,
        withPopulation: prior !== null,
        unprovenFor: lastingShown ? '' : profile.label,
      },
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
