/**
 * The playground's form state and what it turns into: the `estimateRelief` input, the options,
 * and the equivalent `ketamine-relief estimate …` command line. Pure (no DOM), so the unit tests
 * can check that the command line gives the same answer as the page.
 */
import type { DoseUnit, Duration, PercentileRange, ReliefResult } from '../../src/index.js';

/** How the dose is given: all at once, as a rate over a time, or as a total over a time. */
export type DoseMode = 'bolus' | 'rate' | 'total';
/** The time units of the form's duration fields. */
export type TimeUnit = 'minutes' | 'hours' | 'days' | 'weeks';

/** Everything the form holds, as the strings the inputs hold (an empty field is omitted). */
export interface FormState {
  painType: string;
  route: string;
  drug: 'racemic' | 'esketamine';
  mode: DoseMode;
  amount: string;
  unit: string;
  over: string;
  overUnit: TimeUnit;
  sessions: string;
  every: string;
  everyUnit: TimeUnit;
  weightKg: string;
  ageYears: string;
  sex: '' | 'female' | 'male';
  medications: string[];
}

/** Fixed so that the page is deterministic: the same form gives the same numbers. */
export const SEED = 1;
/** Simulated patients per estimate: enough for stable percentiles, fast enough to type. */
export const POPULATION = 500;

/** The dose units each mode offers (the library's `DoseUnit`s). */
export const UNITS: Record<DoseMode, DoseUnit[]> = {
  bolus: ['mg/kg', 'mg'],
  rate: ['mg/kg/h', 'mg/h'],
  total: ['mg/kg', 'mg'],
};

/** The state the page opens with: the CRPS infusion series of the README. */
export const DEFAULT_STATE: FormState = {
  painType: 'crps',
  route: 'intravenous',
  drug: 'racemic',
  mode: 'rate',
  amount: '0.35',
  unit: 'mg/kg/h',
  over: '4',
  overUnit: 'hours',
  sessions: '10',
  every: '1',
  everyUnit: 'days',
  weightKg: '70',
  ageYears: '45',
  sex: '',
  medications: [],
};

/** `''` → omitted; anything else → a number (`NaN` included, which the library names). */
function num(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

function duration(amount: string, unit: TimeUnit): Duration | undefined {
  const n = num(amount);
  return n === undefined ? undefined : ({ [unit]: n } as Duration);
}

/**
 * The `estimateRelief` input of a form state. Not validated here: the library validates it and
 * names every bad field, which the page shows.
 */
export function toInput(s: FormState): Record<string, unknown> {
  const over = s.mode === 'bolus' ? undefined : duration(s.over, s.overUnit);
  const sessions = num(s.sessions);
  const every = sessions !== undefined && sessions > 1 ? duration(s.every, s.everyUnit) : undefined;
  const patient: Record<string, unknown> = {};
  const weightKg = num(s.weightKg);
  const ageYears = num(s.ageYears);
  if (weightKg !== undefined) patient.weightKg = weightKg;
  if (ageYears !== undefined) patient.ageYears = ageYears;
  if (s.sex !== '') patient.sex = s.sex;
  return {
    painType: s.painType,
    regimen: {
      route: s.route,
      ...(s.drug === 'esketamine' ? { drug: 'esketamine' } : {}),
      dose: { amount: num(s.amount), unit: s.unit, ...(over ? { over } : {}) },
      ...(sessions !== undefined ? { sessions } : {}),
      ...(every ? { every } : {}),
    },
    patient,
    medications: [...s.medications],
  };
}

/** The options the page passes to `estimateRelief`. */
export const OPTIONS = { seed: SEED, population: POPULATION, curve: true } as const;

const CLI_TIME: Record<TimeUnit, string> = { minutes: 'min', hours: 'h', days: 'd', weeks: 'w' };

/**
 * The arguments of the equivalent command (after `ketamine-relief`), with the page's seed and
 * population so that the numbers match. Flags and value syntax as in `src/cli/args.ts`:
 * `--dose 0.3mg/kg`, `--rate 0.35mg/kg/h --over 4h`, `--every 1d`.
 */
export function cliArgs(s: FormState): string[] {
  const args = ['estimate', '--pain', s.painType, '--route', s.route];
  if (s.drug === 'esketamine') args.push('--drug', 'esketamine');
  const amount = `${s.amount.trim()}${s.unit}`;
  args.push(s.mode === 'rate' ? '--rate' : '--dose', amount);
  if (s.mode !== 'bolus' && s.over.trim() !== '') {
    args.push('--over', `${s.over.trim()}${CLI_TIME[s.overUnit]}`);
  }
  const sessions = num(s.sessions);
  if (sessions !== undefined) {
    args.push('--sessions', s.sessions.trim());
    if (sessions > 1 && s.every.trim() !== '') {
      args.push('--every', `${s.every.trim()}${CLI_TIME[s.everyUnit]}`);
    }
  }
  if (s.weightKg.trim() !== '') args.push('--weight', s.weightKg.trim());
  if (s.ageYears.trim() !== '') args.push('--age', s.ageYears.trim());
  if (s.sex !== '') args.push('--sex', s.sex);
  for (const m of s.medications) args.push('--medication', m);
  args.push('--seed', String(SEED), '--population', String(POPULATION));
  return args;
}

/** A POSIX-shell word: bare when safe, single-quoted otherwise. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command line a user can paste into a terminal. */
export function cliLine(s: FormState): string {
  return ['npx', 'ketamine-relief', ...cliArgs(s)].map(shellQuote).join(' ');
}

/** A time in minutes in the unit that reads naturally ("45 min", "6 h", "3 d", "12 wk"). */
export function formatMinutes(m: number): string {
  const r = (x: number) => (x < 10 ? Number(x.toFixed(1)).toString() : Math.round(x).toString());
  if (m < 120) return `${r(m)} min`;
  if (m < 2 * 1440) return `${r(m / 60)} h`;
  if (m < 14 * 1440) return `${r(m / 1440)} d`;
  return `${r(m / 10080)} wk`;
}

/** A row of the percentile table: the measure, what it counts from, and its percentiles. */
export interface PercentileRow {
  measure: string;
  from: string;
  cells: string[];
}

const KEYS = ['p5', 'p25', 'median', 'p75', 'p95'] as const;
/** The table's column heads, in the order of {@link PercentileRow.cells}. */
export const PERCENTILE_HEADS = ['5th', '25th', 'median', '75th', '95th'];

/** Onset, peak and duration percentiles of a result (`—` where no simulated patient responded). */
export function percentileRows(r: ReliefResult): PercentileRow[] {
  const row = (measure: string, from: string, p: PercentileRange | null): PercentileRow => ({
    measure,
    from,
    cells: KEYS.map((k) => (p ? formatMinutes(p[k]) : '—')),
  });
  return [
    row('onset', 'start of the last administration', r.onset),
    row('peak', 'start of the last administration', r.peak),
    row('duration', 'end of the last administration', r.duration),
  ];
}
