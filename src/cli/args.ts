/**
 * Command-line arguments into flags, and flag values (`0.3mg/kg`, `4h`) into the library's
 * input objects. Pure: the CLI entry point does the I/O.
 * @internal
 */

import type { Duration } from '../regimen/duration.js';
import { didYouMean } from './suggest.js';

/** A problem with the command line itself, named by its flag. */
export class UsageError extends Error {
  constructor(
    readonly flag: string,
    message: string,
  ) {
    super(`${flag}: ${message}`);
    this.name = 'UsageError';
  }
}

/** Parsed command line: repeatable flags keep every value. */
export interface Args {
  values: Map<string, string[]>;
  booleans: Set<string>;
  positionals: string[];
}

/**
 * Splits `argv` (after the subcommand) by the flags `valued` (take a value, `--x v` or
 * `--x=v`) and `boolean`; anything else starting with `--` is an error.
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  boolean: readonly string[],
): Args {
  const out: Args = { values: new Map(), booleans: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (!token.startsWith('--')) {
      out.positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = eq > 0 ? token.slice(2, eq) : token.slice(2);
    if (boolean.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name}`, 'takes no value');
      out.booleans.add(name);
      continue;
    }
    if (!valued.includes(name)) {
      const hint = didYouMean(name, [...valued, ...boolean]).replace('"', '"--');
      throw new UsageError(`--${name}`, `unknown flag${hint} (see --help)`);
    }
    const value = eq > 0 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      throw new UsageError(`--${name}`, 'needs a value');
    }
    const list = out.values.get(name) ?? [];
    list.push(value);
    out.values.set(name, list);
  }
  return out;
}

/** The single value of `flag`, if given; an error if given twice. */
export function single(args: Args, flag: string): string | undefined {
  const list = args.values.get(flag);
  if (!list) return undefined;
  if (list.length > 1) throw new UsageError(`--${flag}`, 'given more than once');
  return list[0];
}

/** A number flag. */
export function numberFlag(args: Args, flag: string): number | undefined {
  const raw = single(args, flag);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) {
    throw new UsageError(`--${flag}`, `expected a number, got "${raw}"`);
  }
  return n;
}

const UNITS = ['mg/kg/h', 'mg/kg', 'mg/h', 'mg'] as const;
/** The dose units `parseAmount` accepts for an amount (`--dose`), simplest first. */
export const AMOUNT_UNITS = UNITS.filter((u) => !u.endsWith('/h')).reverse();
/** The dose units `parseAmount` accepts for a rate per hour (`--rate`), simplest first. */
export const RATE_UNITS = UNITS.filter((u) => u.endsWith('/h')).reverse();
const AMOUNT = /^([0-9]*\.?[0-9]+(?:e[+-]?[0-9]+)?)\s*(mg\/kg\/h|mg\/kg|mg\/h|mg)$/i;

/** `"0.3mg/kg"` → `{ amount: 0.3, unit: 'mg/kg' }`. */
export function parseAmount(flag: string, raw: string): { amount: number; unit: string } {
  const m = AMOUNT.exec(raw.trim());
  if (!m) {
    throw new UsageError(
      `--${flag}`,
      `expected a number and a unit (${UNITS.join(', ')}), e.g. 0.3mg/kg; got "${raw}"`,
    );
  }
  return { amount: Number(m[1]), unit: (m[2] as string).toLowerCase() };
}

const DURATION = /^([0-9]*\.?[0-9]+)\s*(min|m|h|d|w)$/i;
/** The duration units `parseDuration` accepts, each with the part of a `Duration` it sets. */
export const DURATION_KEYS: Record<string, keyof Duration> = {
  min: 'minutes',
  m: 'minutes',
  h: 'hours',
  d: 'days',
  w: 'weeks',
};

/** `"4h"` → `{ hours: 4 }`; units min (or m), h, d, w. */
export function parseDuration(flag: string, raw: string): Duration {
  const m = DURATION.exec(raw.trim());
  if (!m) {
    throw new UsageError(
      `--${flag}`,
      `expected a duration such as 30min, 4h, 1d or 2w; got "${raw}"`,
    );
  }
  return { [DURATION_KEYS[(m[2] as string).toLowerCase()] as string]: Number(m[1]) } as Duration;
}
