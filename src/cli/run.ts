/**
 * The `ketamine-relief` command line: subcommands over the public API, a readable table by
 * default and `--json` for machines. I/O goes through `io`, so this module stays pure; exit
 * code 2 means bad input, named by its flag.
 * @internal
 */
import { reliefFromDiary } from '../diary/analyse.js';
import type { DiaryInput } from '../diary/schema.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { formatCitation, listSources, type SourceId } from '../evidence/registry.js';
import { predictExposure } from '../exposure/predict.js';
import { humanize } from '../humanize/humanize.js';
import type { EstimateReliefInput, PredictExposureInput } from '../input/schema.js';
import type { SuggestMaintenanceInput } from '../maintenance/schema.js';
import { suggestMaintenance } from '../maintenance/suggest.js';
import { listMedicines } from '../medicines/index.js';
import { listPainTypes } from '../pain-types/index.js';
import { PainTypeIdSchema } from '../pain-types/schema.js';
import { estimateRelief } from '../relief/estimate.js';
import { listRoutes } from '../routes/index.js';
import { RouteIdSchema } from '../routes/schema.js';
import type { PercentileRange } from '../stats/percentiles.js';
import {
  type Args,
  numberFlag,
  parseAmount,
  parseArgs,
  parseDuration,
  single,
  UsageError,
} from './args.js';
import { didYouMean } from './suggest.js';
import { table } from './table.js';

/** What the CLI may do to the outside world. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** The package version, printed by `--version`. */
  version?: string | undefined;
}

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

const REGIMEN_FLAGS = [
  'route',
  'drug',
  'dose',
  'rate',
  'over',
  'sessions',
  'every',
  'weight',
  'age',
  'sex',
  'medication',
  'seed',
  'population',
];
const FLAGS: Record<string, { valued: string[]; usage: string }> = {
  estimate: {
    valued: ['pain', ...REGIMEN_FLAGS, 'threshold', 'checkpoint'],
    usage:
      'estimate --pain <type> --route <route> (--dose 0.3mg/kg | --rate 0.35mg/kg/h --over 4h) [--sessions 10 --every 1d] [--weight 70 --age 45 --sex female] [--drug esketamine] [--medication <id>]… [--threshold 0.3] [--checkpoint 2w]… [--seed 1 --population 1000] [--json]',
  },
  exposure: {
    valued: [...REGIMEN_FLAGS, 'model'],
    usage:
      'exposure --route <route> (--dose 25mg | --rate 20mg/h --over 4h) [--weight 70 --age 45] [--drug esketamine] [--medication <id>]… [--model <id>] [--seed 1] [--json]',
  },
  maintenance: {
    valued: ['pain', ...REGIMEN_FLAGS, 'last-session-end', 'history', 'tz', 'now'],
    usage:
      'maintenance --pain crps --route intravenous --rate 0.35mg/kg/h --over 4h --sessions 10 --every 1d --weight 70 [--last-session-end 2026-11-20T16:00:00+01:00] [--history history.json | diary.json from `diary --json`] [--tz Europe/Berlin] [--now <iso>] [--json]',
  },
  diary: {
    valued: ['threshold', 'baseline-hours'],
    usage:
      'diary <file.json|file.csv> [--threshold 0.3] [--baseline-hours 24] [--json]\n  CSV rows: session,<start>,<end>  and  score,<at>,<0–10>',
  },
  routes: { valued: [], usage: 'routes [--json]' },
  'pain-types': { valued: [], usage: 'pain-types [--json]' },
  medicines: { valued: [], usage: 'medicines [--json]' },
  sources: { valued: [], usage: 'sources [--json]' },
};

const HELP = `ketamine-relief: how long ketamine pain relief lasts, and when the next session is due.
Estimates for information only. Not a dosing device.

Usage: ketamine-relief <command> [flags]   (--help after a command for its flags; --version)

${Object.values(FLAGS)
  .map((f) => `  ${f.usage.split('\n')[0]}`)
  .join('\n')}
`;

/**
 * A history file is either a list of `{ sessionEnd, reliefDays }` or what `diary --json` prints
 * (its sessions' `historyEntry`, where the diary could measure one).
 */
function historyFrom(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const sessions = (raw as { sessions?: unknown }).sessions;
  if (!Array.isArray(sessions)) return raw;
  return sessions
    .map((s) =>
      s !== null && typeof s === 'object'
        ? (s as { historyEntry?: unknown }).historyEntry
        : undefined,
    )
    .filter((entry) => entry !== undefined && entry !== null);
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  const [first, ...tail] = argv;
  // `help <command>` is `<command> --help`.
  const [command, ...rest] =
    first === 'help' && tail[0] !== undefined ? [tail[0], '--help'] : [first, ...tail];
  if (command === '--version' || command === '-V') {
    io.out(`${io.version ?? 'unknown'}\n`);
    return EXIT_OK;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const spec = FLAGS[command];
  if (!spec) {
    io.err(
      `error: unknown command "${command}"${didYouMean(command, Object.keys(FLAGS))}\n\n${HELP}`,
    );
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ketamine-relief ${spec.usage}\n`);
    return EXIT_OK;
  }
  try {
    const args = parseArgs(rest, spec.valued, ['json', 'help']);
    const allowed = command === 'diary' ? 1 : 0;
    const extra = args.positionals[allowed];
    if (extra !== undefined) throw new UsageError(extra, 'unexpected argument (see --help)');
    const json = args.booleans.has('json');
    const result = dispatch(command, args, io);
    io.out(json ? `${JSON.stringify(result.data, null, 2)}\n` : `${result.text}\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof InvalidInputError) {
      for (const issue of e.issues) {
        io.err(`error: ${flagOf(issue.path)}: ${issue.message}${hintFor(issue.path, rest)}\n`);
      }
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}

function dispatch(command: string, args: Args, io: CliIo): { data: unknown; text: string } {
  switch (command) {
    case 'estimate': {
      const r = estimateRelief(reliefInput(args, true) as EstimateReliefInput, {
        ...simulation(args),
        ...optional('reliefThreshold', numberFlag(args, 'threshold')),
        ...optional(
          'checkpoints',
          args.values.get('checkpoint')?.map((c) => minutes(parseDuration('checkpoint', c))),
        ),
      });
      return { data: r, text: estimateText(r) };
    }
    case 'exposure': {
      const { painType: _, ...input } = reliefInput(args, false);
      const r = predictExposure(input as PredictExposureInput, {
        ...simulation(args),
        ...optional('model', single(args, 'model')),
      });
      const row = (label: string, p: PercentileRange | null) => [
        label,
        p ? `${round(p.median)} ${p.unit}` : '—',
        p ? `${round(p.p5)}–${round(p.p95)}` : '—',
      ];
      const text = [
        table(
          ['', 'median', '5th–95th percentile'],
          [row('Cmax', r.cmax), row('Tmax', r.tmax), row('AUC', r.auc)],
        ),
        `model: ${r.model?.id ?? '—'}${r.model?.absorption ? `, absorption ${r.model.absorption}` : ''}`,
        ...warningLines(r.warnings),
        r.notice,
      ].join('\n');
      return { data: r, text };
    }
    case 'maintenance': {
      const historyFile = single(args, 'history');
      // Built from flags and files: validated by the library, which names any bad field.
      const r = suggestMaintenance(
        {
          ...reliefInput(args, true),
          ...optional('lastSessionEnd', single(args, 'last-session-end')),
          ...optional(
            'history',
            historyFile ? historyFrom(readJson(io, 'history', historyFile)) : undefined,
          ),
        } as SuggestMaintenanceInput,
        {
          ...simulation(args),
          ...optional('timeZone', single(args, 'tz')),
          ...optional('now', single(args, 'now')),
        },
      );
      return { data: r, text: maintenanceText(r) };
    }
    case 'diary': {
      const file = args.positionals[0];
      if (!file) throw new UsageError('<file>', 'give a diary file (.json or .csv)');
      const text = readText(io, '<file>', file);
      const diary = file.toLowerCase().endsWith('.csv')
        ? diaryFromCsv(text)
        : parseJson('<file>', text);
      const r = reliefFromDiary(diary as DiaryInput, {
        ...optional('reliefThreshold', numberFlag(args, 'threshold')),
        ...optional('baselineHours', numberFlag(args, 'baseline-hours')),
      });
      const days = (m: number | null) => (m === null ? '—' : `${round(m / MINUTES_PER_DAY)} d`);
      return {
        data: r,
        text: table(
          ['session start', 'status', 'baseline', 'peak reduction', 'onset', 'lasts'],
          r.sessions.map((s) => [
            s.start,
            s.status,
            s.baseline === null ? '—' : String(s.baseline),
            s.peakReduction === null ? '—' : `${Math.round(s.peakReduction * PERCENT)}%`,
            s.onset === null ? '—' : `${round(s.onset)} min`,
            days(s.duration),
          ]),
        ),
      };
    }
    case 'routes': {
      const routes = listRoutes();
      return {
        data: routes,
        text: table(
          ['route', 'SNOMED CT', 'methods'],
          routes.map((r) => [r.id, r.snomed.code, r.methods.map((m) => m.method).join(', ')]),
        ),
      };
    }
    case 'pain-types': {
      const types = listPainTypes();
      return {
        data: types,
        text: table(
          ['pain type', 'category', 'short-term', 'lasting'],
          types.map((p) => [
            p.id,
            p.category,
            p.shortTermRelief.strength,
            p.lastingRelief.strength,
          ]),
        ),
      };
    }
    case 'medicines': {
      const meds = listMedicines();
      return {
        data: meds,
        text: table(
          ['medicine', 'mechanisms', 'exposure change'],
          meds.map((m) => [
            m.id,
            m.mechanisms.join(', '),
            m.exposure.map((e) => `${e.route} ${e.drug} ×${e.aucRatio}`).join('; ') || '—',
          ]),
        ),
      };
    }
    default: {
      const sources = listSources();
      return {
        data: sources,
        text: sources
          .map((s) => `${s.id} [${s.level}]  ${formatCitation(s.id as SourceId)}`)
          .join('\n'),
      };
    }
  }
}

const MINUTES_PER_DAY = 1440;
const PERCENT = 100;
const MINUTES = { minutes: 1, hours: 60, days: 1440, weeks: 10080 } as const;

function minutes(d: Record<string, number | undefined>): number {
  let total = 0;
  for (const [k, v] of Object.entries(d)) total += (v ?? 0) * MINUTES[k as keyof typeof MINUTES];
  return total;
}

function round(x: number): string {
  return Math.abs(x) >= PERCENT ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function simulation(args: Args) {
  const seed = single(args, 'seed');
  return {
    ...optional(
      'seed',
      seed === undefined ? undefined : /^-?\d+$/.test(seed) ? Number(seed) : seed,
    ),
    ...optional('population', numberFlag(args, 'population')),
  };
}

/** The estimate input from flags; `withPain` requires `--pain`. */
function reliefInput(args: Args, withPain: boolean) {
  const pain = single(args, 'pain');
  if (withPain && pain === undefined) throw new UsageError('--pain', 'required (see pain-types)');
  const route = single(args, 'route');
  if (route === undefined) throw new UsageError('--route', 'required (see routes)');
  const doseRaw = single(args, 'dose');
  const rateRaw = single(args, 'rate');
  if (doseRaw !== undefined && rateRaw !== undefined) {
    throw new UsageError('--rate', 'give either --dose or --rate, not both');
  }
  if (doseRaw === undefined && rateRaw === undefined) {
    throw new UsageError('--dose', 'required (or --rate with --over)');
  }
  const dose =
    rateRaw !== undefined ? parseAmount('rate', rateRaw) : parseAmount('dose', doseRaw as string);
  const isRate = dose.unit.endsWith('/h');
  if (rateRaw !== undefined && !isRate) {
    throw new UsageError(
      '--rate',
      `needs a rate unit (mg/h or mg/kg/h); use --dose for ${dose.unit}`,
    );
  }
  if (doseRaw !== undefined && isRate) {
    throw new UsageError('--dose', `${dose.unit} is a rate: use --rate with --over`);
  }
  const over = single(args, 'over');
  const every = single(args, 'every');
  return {
    painType: pain,
    regimen: {
      route,
      ...optional('drug', single(args, 'drug')),
      dose: {
        ...dose,
        ...optional('over', over === undefined ? undefined : parseDuration('over', over)),
      },
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
/** A "did you mean" for a pain type, route, drug or medicine value the library refused. */
function hintFor(path: readonly (string | number)[], argv: readonly string[]): string {
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

function flagOf(path: readonly (string | number)[]): string {
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

function readText(io: CliIo, flag: string, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const why = error instanceof Error ? `: ${error.message.slice(0, 120)}` : '';
    throw new UsageError(flag, `cannot read "${path}"${why}`);
  }
}

function parseJson(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(flag, 'is not valid JSON');
  }
}

function readJson(io: CliIo, flag: string, path: string): unknown {
  return parseJson(`--${flag}`, readText(io, `--${flag}`, path));
}

/** CSV rows `session,<start>,<end>` and `score,<at>,<score>`; a header row and blanks are skipped. */
export function diaryFromCsv(text: string) {
  const sessions: { start: string; end: string }[] = [];
  const entries: { at: string; score: number }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    const [kind, a, b] = cells;
    if (!kind || kind === 'type' || kind === 'kind') return;
    if (kind === 'session' && a && b) sessions.push({ start: a, end: b });
    else if (kind === 'score' && a && b !== undefined && b !== '' && Number.isFinite(Number(b))) {
      entries.push({ at: a, score: Number(b) });
    } else
      throw new UsageError(
        '<file>',
        `line ${i + 1}: expected "session,start,end" or "score,at,score"`,
      );
  });
  return { sessions, entries };
}

const SHORT_UNITS: [number, string][] = [
  [10080, 'wk'],
  [1440, 'd'],
  [60, 'h'],
];

/** 60 → "1 h", 20160 → "2 wk". */
function shortTime(minutes: number): string {
  for (const [size, unit] of SHORT_UNITS) {
    if (minutes >= size && minutes % size === 0) return `${minutes / size} ${unit}`;
  }
  return `${round(minutes)} min`;
}

function warningLines(warnings: readonly { code: string; message: string }[]): string[] {
  return warnings.map((w) => `warning [${w.code}] ${w.message}`);
}

function estimateText(r: ReturnType<typeof estimateRelief>): string {
  const range = (p: PercentileRange | null) =>
    p ? `${humanize(p)} (5th–95th: ${humanize(p, { from: 'p5', to: 'p95' })})` : '—';
  const rows = [
    ['pain type', r.painType],
    [
      'model',
      r.model ? `${r.model.id}${r.model.absorption ? `, ${r.model.absorption}` : ''}` : '—',
    ],
    [
      'reach ≥ ' + `${Math.round(r.reliefThreshold * PERCENT)}% relief`,
      r.responseProbability === null ? '—' : `${Math.round(r.responseProbability * PERCENT)}%`,
    ],
    ['onset (from start)', range(r.onset)],
    ['peak (from start)', range(r.peak)],
    ['lasts (after end)', range(r.duration)],
    ['phase', r.phase ?? '—'],
    [
      'relief not yet ended',
      r.survival
        .map((s) => `${shortTime(s.afterMinutes)} ${Math.round(s.probability * PERCENT)}%`)
        .join(' · '),
    ],
    [
      'with placebo response',
      r.survival
        .map((s) => `${shortTime(s.afterMinutes)} ${Math.round(s.withPlacebo * PERCENT)}%`)
        .join(' · '),
    ],
    [
      'expected relieved days',
      r.expectedRelievedDays === null ? '—' : r.expectedRelievedDays.toFixed(1),
    ],
    [
      'past the 1-year horizon',
      r.censoredShare === null ? '—' : `${Math.round(r.censoredShare * PERCENT)}% of relieved`,
    ],
  ];
  return [
    table(['', ''], rows).split('\n').slice(2).join('\n'),
    ...warningLines(r.warnings),
    r.notice,
  ].join('\n');
}

function maintenanceText(r: ReturnType<typeof suggestMaintenance>): string {
  const b = r.boosterInterval;
  const rows = [
    [
      'booster interval',
      b
        ? `${round(b.p25)}–${round(b.p75)} days (25th–75th; 5th–95th: ${round(b.p5)}–${round(b.p95)})`
        : '— (see warnings)',
    ],
    [
      'next due',
      r.nextDue
        ? `${r.nextDue.earliest} … ${r.nextDue.target} … ${r.nextDue.latest} (${r.timeZone})`
        : '—',
    ],
    ['minimum gap', `${r.minimumGap.days} day${r.minimumGap.days === 1 ? '' : 's'}`],
    [
      'booster',
      r.boosterRegimen
        ? `${r.boosterRegimen.sessions.low}–${r.boosterRegimen.sessions.high} sessions of the series dose`
        : '—',
    ],
    ['personalized', r.personalized ? `yes (${r.personalization?.observations} courses)` : 'no'],
    ['reassess after', `${r.reassessAfter.boosters} boosters or ${r.reassessAfter.days} days`],
  ];
  return [
    table(['', ''], rows).split('\n').slice(2).join('\n'),
    `minimum gap: ${r.minimumGap.reason}`,
    `evidence: ${r.evidence.statement}`,
    ...r.monitoring.map((m) => `monitor ${m.id}: ${m.text}`),
    ...r.stopRules.map((s) => `stop rule ${s.id}: ${s.text}`),
    ...warningLines(r.warnings),
    r.notice,
  ].join('\n');
}
