/**
 * Flags into the library's inputs and options: the regimen, patient and co-medication of
 * `estimate`, `exposure` and `maintenance`, and the simulation options they share. The shape
 * is built here; the library validates it and names any bad field.
 * @internal
 */
import type { Duration } from '../regimen/duration.js';
import { type Args, numberFlag, parseAmount, parseDuration, single, UsageError } from './args.js';

const MINUTES = { minutes: 1, hours: 60, days: 1440, weeks: 10080 } as const;

/** The length of a parsed duration in minutes. */
export function minutes(d: Duration): number {
  let total = 0;
  for (const [k, v] of Object.entries(d)) total += (v ?? 0) * MINUTES[k as keyof typeof MINUTES];
  return total;
}

/** `{ [key]: value }`, or `{}` when the value is not given. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** `--seed` (an integer, else a string) and `--population`. */
export function simulation(args: Args) {
  const seed = single(args, 'seed');
  return {
    ...optional(
      'seed',
      seed === undefined ? undefined : /^-?\d+$/.test(seed) ? Number(seed) : seed,
    ),
    ...optional('population', numberFlag(args, 'population')),
  };
}

/** The dose of `--dose` or `--rate` (exactly one), with `--over` when given. */
function dose(args: Args) {
  const doseRaw = single(args, 'dose');
  const rateRaw = single(args, 'rate');
  if (doseRaw !== undefined && rateRaw !== undefined) {
    throw new UsageError('--rate', 'give either --dose or --rate, not both');
  }
  if (doseRaw === undefined && rateRaw === undefined) {
    throw new UsageError('--dose', 'required (or --rate with --over)');
  }
  const amount =
    rateRaw !== undefined ? parseAmount('rate', rateRaw) : parseAmount('dose', doseRaw as string);
  const isRate = amount.unit.endsWith('/h');
  if (rateRaw !== undefined && !isRate) {
    throw new UsageError(
      '--rate',
      `needs a rate unit (mg/h or mg/kg/h); use --dose for ${amount.unit}`,
    );
  }
  if (doseRaw !== undefined && isRate) {
    throw new UsageError('--dose', `${amount.unit} is a rate: use --rate with --over`);
  }
  const over = single(args, 'over');
  return {
    ...amount,
    ...optional('over', over === undefined ? undefined : parseDuration('over', over)),
  };
}

/** The estimate input from flags; `withPain` requires `--pain`. */
export function reliefInput(args: Args, withPain: boolean) {
  const pain = single(args, 'pain');
  if (withPain && pain === undefined) throw new UsageError('--pain', 'required (see pain-types)');
  const route = single(args, 'route');
  if (route === undefined) throw new UsageError('--route', 'required (see routes)');
  const regimenDose = dose(args);
  const every = single(args, 'every');
  return {
    painType: pain,
    regimen: {
      route,
      ...optional('drug', single(args, 'drug')),
      dose: regimenDose,
      ...optional('sessions', numberFlag(args, 'sessions')),
      ...optional('every', every === undefined ? undefined : parseDuration('every', every)),
    },
    patient: {
      ...optional('weightKg', numberFlag(args, 'weight')),
      ...optional('ageYears', numberFlag(args, 'age')),
      ...optional('sex', single(args, 'sex')),
    },
    medications: args.values.get('medication') ?? [],
  };
}

/** `--checkpoint` values in minutes, if any. */
export function checkpoints(args: Args): number[] | undefined {
  return args.values.get('checkpoint')?.map((c) => minutes(parseDuration('checkpoint', c)));
}
