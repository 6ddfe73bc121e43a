import * as dates from '../../src/entries/dates';
import * as evidence from '../../src/entries/evidence';
import * as pk from '../../src/entries/pk';
import * as stats from '../../src/entries/stats';
import * as root from '../../src/index';

/** Every published entry point by its import specifier, as package.json `exports` lists them. */
export const ENTRIES = {
  'ketamine-relief': root,
  'ketamine-relief/pk': pk,
  'ketamine-relief/stats': stats,
  'ketamine-relief/dates': dates,
  'ketamine-relief/evidence': evidence,
} as const;

/** The source file of each entry point, relative to src/. */
export const ENTRY_FILES: Record<keyof typeof ENTRIES, string> = {
  'ketamine-relief': 'index.ts',
  'ketamine-relief/pk': 'entries/pk.ts',
  'ketamine-relief/stats': 'entries/stats.ts',
  'ketamine-relief/dates': 'entries/dates.ts',
  'ketamine-relief/evidence': 'entries/evidence.ts',
};

/** Every runtime export of every entry point, in one object. */
export const everything = { ...root, ...pk, ...stats, ...dates, ...evidence };
