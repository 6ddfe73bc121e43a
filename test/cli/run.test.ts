import { describe, expect, it } from 'vitest';
import { diaryFromCsv } from '../../src/cli/diary-file';
import { run } from '../../src/cli/run';

function cli(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = run(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
  });
  return { code, out, err };
}

const ED = [
  '--pain',
  'acute-trauma',
  '--route',
  'intravenous',
  '--dose',
  '0.3mg/kg',
  '--weight',
  '70',
];
const SERIES = [
  '--pain',
  'crps',
  '--route',
  'intravenous',
  '--rate',
  '0.35mg/kg/h',
  '--over',
  '4h',
  '--sessions',
  '10',
  '--every',
  '1d',
  '--weight',
  '70',
  '--population',
  '200',
];

describe('ketamine-relief CLI', () => {
  it('--version prints the version it is given, and the help mentions it', () => {
    const versioned = run(['--version'], {
      out: (t) => {
        expect(t).toBe('1.2.3\n');
      },
      err: () => {},
      readFile: () => '',
      version: '1.2.3',
    });
    expect(versioned).toBe(0);
    expect(cli(['--help']).out).toContain('--version');
  });

  it('the booster interval is labelled like every other range: 25th–75th percentile', () => {
    const { out } = cli([
      'maintenance',
      '--pain',
      'crps',
      '--route',
      'intravenous',
      '--rate',
      '0.35mg/kg/h',
      '--over',
      '4h',
      '--sessions',
      '10',
      '--every',
      '1d',
      '--weight',
      '70',
      '--population',
      '200',
    ]);
    expect(out).toMatch(/booster interval +[0-9.]+–[0-9.]+ days \(25th–75th; 5th–95th:/);
  });

  it('estimate: a readable table by default, the full result with --json', () => {
    const table = cli(['estimate', ...ED, '--population', '200']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/lasts \(after end\)\s+1–3 hours \(25th–75th; 5th–95th: /);
    // Every range in the table says which percentiles it spans.
    for (const row of ['onset', 'peak', 'lasts']) {
      expect(table.out).toMatch(new RegExp(`${row} \\([^)]*\\)\\s+\\S.* \\(25th–75th; 5th–95th: `));
    }
    expect(table.out).toMatch(/not a dosing device/);
    const json = cli(['estimate', ...ED, '--population', '200', '--json', '--seed', '4']);
    const r = JSON.parse(json.out);
    expect(r.painType).toBe('acute-trauma');
    expect(r.seed).toBe(4);
    expect(r.duration.unit).toBe('minute');
  });

  it('estimate: flags for rate, sessions, drug, medications, threshold and checkpoints', () => {
    const r = JSON.parse(
      cli([
        'estimate',
        ...SERIES,
        '--drug',
        'racemic',
        '--medication',
        'benzodiazepine',
        '--medication',
        'lamotrigine',
        '--threshold',
        '0.5',
        '--checkpoint',
        '3w',
        '--json',
      ]).out,
    );
    expect(r.input.regimen).toMatchObject({ sessions: 10, method: 'infusion' });
    expect(r.input.medications).toEqual(['benzodiazepine', 'lamotrigine']);
    expect(r.reliefThreshold).toBe(0.5);
    expect(r.survival.map((s: { afterMinutes: number }) => s.afterMinutes)).toContain(30240);
  });

  it('exposure and maintenance (with a history file)', () => {
    expect(
      cli(['exposure', '--route', 'intranasal', '--dose', '50mg', '--population', '100']).out,
    ).toMatch(/Cmax/);
    const history = JSON.stringify([
      { sessionEnd: '2026-03-02T15:00:00+01:00', reliefDays: 38 },
      { sessionEnd: '2026-05-04T15:00:00+02:00', reliefDays: 42 },
    ]);
    const m = cli(
      [
        'maintenance',
        ...SERIES,
        '--last-session-end',
        '2026-11-20T16:00:00+01:00',
        '--history',
        'h.json',
        '--tz',
        'Europe/Berlin',
        '--now',
        '2026-11-27T12:00:00Z',
      ],
      { 'h.json': history },
    );
    expect(m.code).toBe(0);
    expect(m.out).toMatch(/next due\s+2026-1[12]-\d\d … /);
    expect(m.out).toMatch(/personalized\s+yes \(2 courses\)/);
  });

  it('diary from CSV and JSON', () => {
    const csv = [
      'type,time,value',
      'session,2026-11-02T09:00:00Z,2026-11-02T13:00:00Z',
      'score,2026-11-02T08:00:00Z,8',
      'score,2026-11-03T12:00:00Z,3',
      'score,2026-11-20T12:00:00Z,7',
      'score,2026-11-21T12:00:00Z,8',
    ].join('\n');
    const fromCsv = cli(['diary', 'd.csv', '--json'], { 'd.csv': csv });
    expect(JSON.parse(fromCsv.out).sessions[0].status).toBe('ok');
    const fromJson = cli(['diary', 'd.json'], { 'd.json': JSON.stringify(diaryFromCsv(csv)) });
    expect(fromJson.out).toMatch(/ok/);
    expect(() => diaryFromCsv('oops,1,2')).toThrow(/line 1/);
  });

  it('maintenance --history accepts what diary --json prints', () => {
    const csv = [
      'type,time,value',
      'session,2026-09-02T09:00:00Z,2026-09-02T13:00:00Z',
      'score,2026-09-02T08:00:00Z,8',
      'score,2026-09-03T12:00:00Z,3',
      'score,2026-10-05T12:00:00Z,7',
      'score,2026-10-06T12:00:00Z,8',
    ].join('\n');
    const diary = cli(['diary', 'd.csv', '--json'], { 'd.csv': csv });
    const entry = JSON.parse(diary.out).sessions[0].historyEntry;
    expect(entry?.sessionEnd).toBe('2026-09-02T13:00:00Z');
    const plan = cli(
      [
        'maintenance',
        '--pain',
        'crps',
        '--route',
        'intravenous',
        '--rate',
        '0.35mg/kg/h',
        '--over',
        '4h',
        '--weight',
        '70',
        '--history',
        'diary.json',
        '--now',
        '2026-11-27T12:00:00Z',
        '--json',
      ],
      { 'diary.json': diary.out },
    );
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.out).personalization?.observations).toBe(1);
  });

  it.each(['routes', 'pain-types', 'medicines', 'sources'])('%s lists, and --json', (command) => {
    expect(cli([command]).code).toBe(0);
    expect(Array.isArray(JSON.parse(cli([command, '--json']).out))).toBe(true);
  });

  it.each([
    'estimate',
    'exposure',
    'maintenance',
    'diary',
    'routes',
    'pain-types',
    'medicines',
    'sources',
  ])('%s --help', (command) => {
    const r = cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Usage: ketamine-relief ${command}`));
  });

  it.each([
    [['estimate', ...ED, '--dose', '1mg'], /--dose: given more than once/],
    [['estimate', '--route', 'intravenous', '--dose', '1mg'], /--pain: required/],
    [['estimate', ...ED, '--rate', '1mg/h'], /--rate: give either --dose or --rate/],
    [['estimate', ...ED.slice(0, 4), '--rate', '1mg/h'], /--over: an infusion rate/],
    [['estimate', ...ED, '--colour', 'red'], /--colour: unknown flag/],
    [['estimate', ...ED, '--weight'], /--weight: needs a value/],
    [['estimate', ...ED.slice(0, 6), '--weight', 'heavy'], /--weight: expected a number/],
    [['estimate', ...ED.slice(0, 4), '--dose', '0.3 kg'], /--dose: expected a number and a unit/],
    [['estimate', ...ED, '--every', 'often'], /--every: expected a duration/],
    [['estimate', ...ED.slice(0, 4), '--dose', '0mg', '--weight', '70'], /--dose\/--rate: /],
    [['estimate', ...ED.slice(0, 6)], /--weight: is required because the dose is in mg\/kg/],
    [['estimate', ...ED, '--threshold', '2'], /--threshold: /],
    [['maintenance', ...SERIES, '--history', 'missing.json'], /--history: cannot read/],
    [['diary'], /<file>: give a diary file/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['estimate', ...ED, '--json=yes'], /--json: takes no value/],
    [
      ['estimate', ...ED.slice(0, 4), '--rate', '0.35mg/kg', '--over', '4h'],
      /--rate: needs a rate unit/,
    ],
    [['estimate', ...ED.slice(0, 4), '--dose', '0.35mg/kg/h'], /--dose: mg\/kg\/h is a rate/],
    [['estimate', 'crps', ...ED], /crps: unexpected argument/],
    [['routes', 'extra'], /extra: unexpected argument/],
  ])('bad input → exit 2 and a message naming the flag (%#)', (argv, message) => {
    const r = cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('reports diary rows that are not valid', () => {
    const r = cli(['diary', 'd.csv'], {
      'd.csv': 'session,2026-11-02T09:00:00Z,2026-11-02T13:00:00Z\nscore,2026-11-02T08:00:00Z,\n',
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2/);
    const j = cli(['diary', 'd.json'], {
      'd.json': JSON.stringify({
        sessions: [{ start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' }],
        entries: [{ at: '2026-11-02T08:00:00Z', score: 12 }],
      }),
    });
    expect(j.err).toMatch(/<file> entries\[0\]\.score/);
  });

  it('help <command>, -h and --help anywhere print the command usage', () => {
    expect(cli(['help', 'estimate']).out).toMatch(/^Usage: ketamine-relief estimate/);
    expect(cli(['estimate', '-h']).code).toBe(0);
    expect(cli(['estimate', '--pain', '--help']).out).toMatch(/^Usage/);
  });

  it('prints help with no command (exit 2) or with help (exit 0)', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['help']).code).toBe(0);
    expect(cli(['--help']).out).toMatch(/Not a dosing device/);
  });
});

describe('CLI: did you mean', () => {
  it.each([
    [['estimat'], 'did you mean "estimate"?'],
    [
      [
        'estimate',
        '--pain',
        'crsp',
        '--route',
        'intravenous',
        '--dose',
        '0.3mg/kg',
        '--weight',
        '70',
      ],
      'did you mean "crps"?',
    ],
    [
      [
        'estimate',
        '--pain',
        'crps',
        '--route',
        'intravenus',
        '--dose',
        '0.3mg/kg',
        '--weight',
        '70',
      ],
      'did you mean "intravenous"?',
    ],
    [
      [
        'estimate',
        '--pain',
        'crps',
        '--route',
        'intravenous',
        '--dose',
        '0.3mg/kg',
        '--wieght',
        '70',
      ],
      'did you mean "--weight"?',
    ],
  ])('%j', (argv, hint) => {
    const { code, err } = cli(argv);
    expect(code).toBe(2);
    expect(err).toContain(hint);
  });

  it('offers nothing when no known word is close', () => {
    expect(cli(['frobnicate']).err).not.toContain('did you mean');
  });
});
