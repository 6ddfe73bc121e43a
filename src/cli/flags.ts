/**
 * Every flag the command line takes: its value's form and what it means, with units, formats,
 * defaults and bounds (read from the library's limits, never retyped). The commands list which
 * of these they take; the parser and the help both read that list, so they cannot drift apart.
 * @internal
 */
import { DIARY } from '../data/diary.js';
import { SIMULATION_WINDOW } from '../data/exposure-settings.js';
import { INPUT_LIMITS } from '../data/input-limits.js';
import { MEANINGFUL_RELIEF } from '../data/relief-model.js';
import { listPkModels } from '../pk-models/catalogue.js';
import { AMOUNT_UNITS, DURATION_KEYS, RATE_UNITS } from './args.js';
import { shortTime } from './format.js';

/** A flag that takes a value. */
export interface Flag {
  /** The value's form in usage lines, e.g. `<amount><unit>`. */
  value: string;
  /** What the value means, one line each: units, accepted formats, default, bounds. */
  help: readonly string[];
  /** May be given more than once (each value is kept). */
  repeatable?: boolean;
}

const { doseAmount, sessionTotal, infusion, interval } = INPUT_LIMITS;
const list = (units: readonly string[]) => units.join(', ');
const between = (limits: { minMinutes: number; maxMinutes: number }) =>
  `${shortTime(limits.minMinutes)} to ${shortTime(limits.maxMinutes)}`;

/** Names, three to a line, with a comma after every line but the last. */
function inThrees(names: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 3) lines.push(names.slice(i, i + 3).join(', '));
  return lines.map((line, i) => (i < lines.length - 1 ? `${line},` : line));
}

/** The units a `<duration>` takes, as the parser reads them: `min (or m), h, d, w`. */
function durationUnits(): string {
  const byPart = new Map<string, string[]>();
  for (const [unit, part] of Object.entries(DURATION_KEYS)) {
    byPart.set(part, [...(byPart.get(part) ?? []), unit]);
  }
  return [...byPart.values()]
    .map(([unit, ...others]) => (others.length ? `${unit} (or ${others.join(', ')})` : unit))
    .join(', ');
}

export const FLAGS = {
  pain: {
    value: '<type>',
    help: ['the pain type, e.g. crps; required', '(list them: ketamine-relief pain-types)'],
  },
  route: {
    value: '<route>',
    help: ['the route, e.g. intravenous, intranasal; required', '(list: ketamine-relief routes)'],
  },
  drug: { value: '<drug>', help: ['racemic or esketamine (default racemic)'] },
  dose: {
    value: '<amount><unit>',
    help: [
      'a dose given at once (a bolus), or with --over spread evenly over it;',
      `units ${list(AMOUNT_UNITS)}, e.g. 25mg, 0.3mg/kg (mg/kg needs --weight);`,
      `${doseAmount.min} up to ${doseAmount.max.mg} mg or ${doseAmount.max['mg/kg']} mg/kg; give --dose or --rate, not both`,
    ],
  },
  rate: {
    value: '<amount><unit>',
    help: [
      'an infusion rate per hour; needs --over, the infusion length;',
      `units ${list(RATE_UNITS)}, e.g. 20mg/h, 0.35mg/kg/h (mg/kg/h needs --weight);`,
      `${doseAmount.min} up to ${doseAmount.max['mg/h']} mg/h or ${doseAmount.max['mg/kg/h']} mg/kg/h, and one session delivers`,
      `at most ${sessionTotal.maxMg} mg or ${sessionTotal.maxMgPerKg} mg/kg`,
    ],
  },
  over: {
    value: '<duration>',
    help: [
      'the infusion length: required with --rate; with --dose, spreads it;',
      `a <duration>, e.g. 30min, 4h, from ${between(infusion)}`,
    ],
  },
  sessions: {
    value: '<n>',
    help: [
      `how many sessions, 1 to ${INPUT_LIMITS.sessions.max} (default 1); more than 1 needs --every`,
    ],
  },
  every: {
    value: '<duration>',
    help: [
      'the time from one session start to the next (with --sessions above 1);',
      `a <duration>, e.g. 1d, 2w, from ${between(interval)}, not shorter than --over`,
    ],
  },
  weight: {
    value: '<kg>',
    help: [
      `body weight in kg, ${INPUT_LIMITS.weightKg.min} to ${INPUT_LIMITS.weightKg.max}; required for doses in mg/kg or mg/kg/h`,
    ],
  },
  age: {
    value: '<years>',
    help: [`age in years, 0 to ${INPUT_LIMITS.ageYears.max}; picks the child or adult model`],
  },
  sex: { value: '<sex>', help: ['female or male'] },
  medication: {
    value: '<id>',
    repeatable: true,
    help: ['a medicine taken alongside, e.g. benzodiazepine', '(list: ketamine-relief medicines)'],
  },
  seed: {
    value: '<seed>',
    help: [
      `the random seed (default ${SIMULATION_WINDOW.defaultSeed}): an integer, or text of at most ${INPUT_LIMITS.seed.maxLength} characters;`,
      'the same seed gives the same result',
    ],
  },
  population: {
    value: '<n>',
    help: [
      `simulated patients, ${INPUT_LIMITS.population.min} to ${INPUT_LIMITS.population.max} (default ${SIMULATION_WINDOW.defaultPopulation})`,
    ],
  },
  threshold: {
    value: '<fraction>',
    help: [
      'meaningful relief, as a fraction of baseline pain:',
      `${INPUT_LIMITS.reliefThreshold.min} to ${INPUT_LIMITS.reliefThreshold.max} (default ${MEANINGFUL_RELIEF.value})`,
    ],
  },
  checkpoint: {
    value: '<duration>',
    repeatable: true,
    help: [
      'a further time after the end of the last session at which to report',
      'the share whose relief has not yet ended: a <duration>, e.g. 3w,',
      `up to ${shortTime(INPUT_LIMITS.checkpoints.maxMinutes)}; at most ${INPUT_LIMITS.checkpoints.maxCount} of them`,
    ],
  },
  model: {
    value: '<id>',
    help: [
      'a published disposition model instead of the default choice (by drug and age):',
      ...inThrees(listPkModels().map((m) => m.id)),
    ],
  },
  'last-session-end': {
    value: '<date-time>',
    help: [
      'when the last session of the series ended, a <date-time>,',
      'e.g. 2026-11-20T16:00:00+01:00: gives the dates the next one is due',
    ],
  },
  history: {
    value: '<file.json>',
    help: ['past courses of this patient, to personalize the interval', '(see Files below)'],
  },
  tz: {
    value: '<zone>',
    help: [
      'the IANA time zone of the calendar dates, e.g. Europe/Berlin',
      '(default: the UTC offset --last-session-end is written with)',
    ],
  },
  now: {
    value: '<date-time>',
    help: ['the present, a <date-time> (default: the clock): which due dates have passed'],
  },
  'baseline-hours': {
    value: '<hours>',
    help: [
      'hours before a session start whose scores form its baseline (their median):',
      `above 0, up to ${DIARY.baselineHours.max} (default ${DIARY.baselineHours.value})`,
    ],
  },
} as const satisfies Record<string, Flag>;

/** A flag that takes a value. */
export type FlagName = keyof typeof FLAGS;

/** Flags without a value, which every command takes. */
export const SWITCHES: Record<'json' | 'help', readonly string[]> = {
  json: ['print the full result as JSON instead of a table'],
  help: ['print this help (also -h)'],
};

/** The value forms several flags share, explained once under "Formats". */
export const FORMATS: Record<string, readonly string[]> = {
  '<duration>': [`a number and a unit, ${durationUnits()}: e.g. 30min, 4h, 1d, 2w`],
  '<date-time>': [
    `ISO 8601 with a UTC offset or Z, in the years ${INPUT_LIMITS.dates.minYear}–${INPUT_LIMITS.dates.maxYear}:`,
    'e.g. 2026-11-20T16:00:00+01:00 or 2026-11-20T15:00:00Z',
  ],
};
