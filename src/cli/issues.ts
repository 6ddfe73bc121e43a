/**
 * The library's validation issues in the words of the command line: the flag (or diary row)
 * that set the bad field, and a "did you mean" for a misspelled name.
 * @internal
 */
import { listMedicines } from '../medicines/index.js';
import { PainTypeIdSchema } from '../pain-types/schema.js';
import { RouteIdSchema } from '../routes/schema.js';
import { didYouMean } from './suggest.js';

/** Input paths (a field and everything under it) and the flag that sets them; first match wins. */
const PATH_FLAGS: [string, string][] = [
  ['painType', '--pain'],
  ['regimen.route', '--route'],
  ['regimen.drug', '--drug'],
  ['regimen.dose.over', '--over'],
  ['regimen.dose', '--dose/--rate'],
  ['regimen.method', '--over'],
  ['regimen.sessions', '--sessions'],
  ['regimen.every', '--every'],
  ['regimen', '--dose/--rate'],
  ['patient.weightKg', '--weight'],
  ['patient.ageYears', '--age'],
  ['patient.sex', '--sex'],
  ['medications', '--medication'],
  ['seed', '--seed'],
  ['population', '--population'],
  ['reliefThreshold', '--threshold'],
  ['checkpoints', '--checkpoint'],
  ['lastSessionEnd', '--last-session-end'],
  ['history', '--history'],
  ['timeZone', '--tz'],
  ['now', '--now'],
  ['model', '--model'],
  ['baselineHours', '--baseline-hours'],
  ['entries', '<file> entries'],
  ['sessions', '<file> sessions'],
];

/** The flag that set the input at `path` (falls back to the path itself). */
export function flagOf(path: readonly (string | number)[]): string {
  const dotted = path.join('.');
  for (const [prefix, flag] of PATH_FLAGS) {
    if (dotted === prefix || dotted.startsWith(`${prefix}.`)) {
      // Diary files: say which row (0-based, in file order) and field.
      return flag.startsWith('<file>') && path.length > 1
        ? `${flag}[${path.slice(1).join('].')}`
        : flag;
    }
  }
  return dotted === '' ? 'input' : dotted;
}

/** A "did you mean" for a pain type, route or medicine value the library refused. */
export function hintFor(path: readonly (string | number)[], argv: readonly string[]): string {
  const known: Record<string, readonly string[]> = {
    painType: PainTypeIdSchema.options,
    'regimen.route': RouteIdSchema.options,
    medications: listMedicines().map((m) => m.id),
  };
  const key = path[0] === 'medications' ? 'medications' : path.slice(0, 2).join('.');
  const flag = { painType: '--pain', 'regimen.route': '--route', medications: '--medication' }[key];
  const options = known[key];
  if (!flag || !options) return '';
  const values = argv.flatMap((t, i) =>
    t === flag ? [argv[i + 1] ?? ''] : t.startsWith(`${flag}=`) ? [t.slice(flag.length + 1)] : [],
  );
  const given = typeof path[1] === 'number' ? values[path[1]] : values[0];
  return given ? didYouMean(given, options) : '';
}
