/**
 * The subcommands: for each, what it does, the flags it takes (the parser and the help both
 * read this list), the files it reads, an example, and how it runs.
 * @internal
 */
import { DIARY } from '../data/diary.js';
import { ARGUMENT_LIMITS, INPUT_LIMITS } from '../data/input-limits.js';
import { reliefFromDiary } from '../diary/analyse.js';
import type { DiaryInput } from '../diary/schema.js';
import { listSources } from '../evidence/registry.js';
import { predictExposure } from '../exposure/predict.js';
import type { EstimateReliefInput, PredictExposureInput } from '../input/schema.js';
import type { SuggestMaintenanceInput } from '../maintenance/schema.js';
import { suggestMaintenance } from '../maintenance/suggest.js';
import { listMedicines } from '../medicines/index.js';
import { listPainTypes } from '../pain-types/index.js';
import { estimateRelief } from '../relief/estimate.js';
import { listRoutes } from '../routes/index.js';
import { type Args, numberFlag, single } from './args.js';
import { readDiary } from './diary-file.js';
import type { FileReader } from './files.js';
import type { FlagName } from './flags.js';
import { readHistory } from './history-file.js';
import { checkpoints, optional, reliefInput, simulation } from './input.js';
import * as report from './reports.js';

/** What a command returns: the full result (`--json`) and its readable form. */
export interface Output {
  data: unknown;
  text: string;
}

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The command line's shape (after `ketamine-relief `); the flags are listed below it. */
  usage: string;
  /** The flags that take a value. */
  flags: readonly FlagName[];
  /** Positional arguments taken (only `diary` takes one, its file). */
  positionals: number;
  /** The formats of the files the command reads. */
  files?: readonly string[];
  /** A command line that runs as it is. */
  example: string;
  run(args: Args, io: FileReader): Output;
}

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
] as const satisfies readonly FlagName[];

const DOSE = '(--dose <amount><unit> | --rate <amount><unit> --over <duration>)';
const SERIES =
  '--pain crps --route intravenous --rate 0.35mg/kg/h --over 4h --sessions 10 --every 1d --weight 70';
const { history, sessions, structure } = INPUT_LIMITS;

/** A command that lists a catalogue. */
function listing<T>(summary: string, name: string, items: () => T, text: (t: T) => string) {
  return {
    summary,
    usage: `${name} [--json]`,
    flags: [],
    positionals: 0,
    example: `ketamine-relief ${name}`,
    run: () => {
      const data = items();
      return { data, text: text(data) };
    },
  } satisfies Command;
}

export const COMMANDS: Record<string, Command> = {
  estimate: {
    summary: 'how long relief lasts: onset, peak, duration, and the share who reach it',
    usage: `estimate --pain <type> --route <route> ${DOSE} [flags]`,
    flags: ['pain', ...REGIMEN_FLAGS, 'threshold', 'checkpoint'],
    positionals: 0,
    example: `ketamine-relief estimate ${SERIES} --age 45`,
    run: (args) => {
      const r = estimateRelief(reliefInput(args, true) as EstimateReliefInput, {
        ...simulation(args),
        ...optional('reliefThreshold', numberFlag(args, 'threshold')),
        ...optional('checkpoints', checkpoints(args)),
      });
      return { data: r, text: report.estimateText(r) };
    },
  },
  exposure: {
    summary: 'plasma exposure: Cmax, Tmax and AUC',
    usage: `exposure --route <route> ${DOSE} [flags]`,
    flags: [...REGIMEN_FLAGS, 'model'],
    positionals: 0,
    example: 'ketamine-relief exposure --route intranasal --dose 50mg --weight 70',
    run: (args) => {
      const { painType: _, ...input } = reliefInput(args, false);
      const r = predictExposure(input as PredictExposureInput, {
        ...simulation(args),
        ...optional('model', single(args, 'model')),
      });
      return { data: r, text: report.exposureText(r) };
    },
  },
  maintenance: {
    summary: 'when the next session (booster) is due, after a series',
    usage: `maintenance --pain <type> --route <route> ${DOSE} [flags]`,
    flags: ['pain', ...REGIMEN_FLAGS, 'last-session-end', 'history', 'tz', 'now'],
    positionals: 0,
    files: [
      `--history <file.json>: a JSON list of past courses, oldest first (at most ${history.maxEntries}), each`,
      '  { "sessionEnd": <date-time>, "reliefDays": <days> }  or',
      '  { "sessionEnd": <date-time>, "reliefLostOn": "YYYY-MM-DD" }',
      `  (reliefDays above 0, up to ${history.maxReliefDays}), e.g.`,
      '  [{ "sessionEnd": "2026-03-02T15:00:00+01:00", "reliefDays": 38 }]',
      'or the JSON that `ketamine-relief diary <file> --json` prints: the historyEntry of each',
      '  session is taken (sessions where the diary could not measure relief are skipped).',
    ],
    example: `ketamine-relief maintenance ${SERIES} --last-session-end 2026-11-20T16:00:00+01:00 --tz Europe/Berlin`,
    run: (args, io) => {
      const historyFile = single(args, 'history');
      // Built from flags and files: validated by the library, which names any bad field.
      const r = suggestMaintenance(
        {
          ...reliefInput(args, true),
          ...optional('lastSessionEnd', single(args, 'last-session-end')),
          ...optional('history', historyFile ? readHistory(io, historyFile) : undefined),
        } as SuggestMaintenanceInput,
        {
          ...simulation(args),
          ...optional('timeZone', single(args, 'tz')),
          ...optional('now', single(args, 'now')),
        },
      );
      return { data: r, text: report.maintenanceText(r) };
    },
  },
  diary: {
    summary: 'relief measured in a pain diary, session by session',
    usage: 'diary <file.csv|file.json> [flags]',
    flags: ['threshold', 'baseline-hours'],
    positionals: 1,
    files: [
      '<file> ending in .csv: one row per line, comma-separated; a header row (starting with',
      '  type or kind) and blank lines are skipped:',
      '  session,<start>,<end>   a session, from one <date-time> to another',
      `  score,<at>,<score>      a pain score at a <date-time>, on the ${DIARY.scale.min}–${DIARY.scale.max} scale`,
      '<file> of any other name: JSON',
      '  { "sessions": [{ "start": <date-time>, "end": <date-time> }],',
      `    "entries": [{ "at": <date-time>, "score": <${DIARY.scale.min}–${DIARY.scale.max}> }] }`,
      `At most ${sessions.max} sessions and ${structure.maxArrayLength} scores, spanning at most ${history.maxReliefDays} days;`,
      `a file of at most ${ARGUMENT_LIMITS.maxFileBytes} bytes.`,
      'With --json, each measured session carries a historyEntry: maintenance --history reads it.',
    ],
    example: 'ketamine-relief diary diary.csv --json > diary.json',
    run: (args, io) => {
      const diary = readDiary(io, args.positionals[0]);
      const r = reliefFromDiary(diary as DiaryInput, {
        ...optional('reliefThreshold', numberFlag(args, 'threshold')),
        ...optional('baselineHours', numberFlag(args, 'baseline-hours')),
      });
      return { data: r, text: report.diaryText(r) };
    },
  },
  routes: listing('the routes and their methods', 'routes', listRoutes, report.routesText),
  'pain-types': listing(
    'the pain types and how strong their evidence is',
    'pain-types',
    listPainTypes,
    report.painTypesText,
  ),
  medicines: listing(
    'medicines taken alongside, and how they change exposure',
    'medicines',
    listMedicines,
    report.medicinesText,
  ),
  sources: listing(
    'every cited source, with its evidence level',
    'sources',
    listSources,
    report.sourcesText,
  ),
};
