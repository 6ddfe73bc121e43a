/**
 * `npm run demo`: the library's main job first, run through the `ketamine-relief` command line
 * (how long relief lasts for the seed article's scenarios, and a maintenance plan), then the
 * routes, pain types and medicines with their evidence, and plasma exposure.
 */
import { run } from '../src/cli/run';
import { table } from '../src/cli/table';
import {
  getSource,
  humanize,
  listMedicines,
  listPainTypes,
  listRoutes,
  listSources,
  type Measure,
  predictExposure,
  type ReliefResult,
} from '../src/index';

const UNIT: Record<string, string> = {
  minute: 'min',
  hour: 'h',
  day: 'd',
  week: 'wk',
  fraction: '',
  probability: '',
};

function show(m: Measure): string {
  if (m.kind === 'gap') return 'gap';
  const pct = m.unit === 'fraction' || m.unit === 'probability';
  const f = (x: number) => (pct ? `${Math.round(x * 100)}%` : `${x}`);
  const span = m.low === m.high ? f(m.low) : `${f(m.low)}–${f(m.high)}`;
  const unit = UNIT[m.unit] ?? m.unit;
  return `${span}${unit ? ` ${unit}` : ''} [${m.grade ?? '·'}${m.assumption ? '*' : ''}]`;
}

const out: string[] = [];
out.push('ketamine-relief: how long ketamine pain relief lasts, with its evidence');
out.push('Estimates for information only. Not a dosing device.\n');

/** Runs the `ketamine-relief` command line in-process and returns what it printed. */
function cli(argv: string[], files: Record<string, string> = {}): string {
  let text = '';
  const code = run(argv, {
    out: (t) => {
      text += t;
    },
    err: (t) => {
      text += t;
    },
    readFile: (path) => files[path] ?? '',
  });
  if (code !== 0) throw new Error(`ketamine-relief ${argv.join(' ')} exited ${code}: ${text}`);
  return text;
}

const adult = ['--weight', '70', '--age', '45'];
const reliefScenarios: [string, string[]][] = [
  [
    'IV bolus 0.3 mg/kg',
    ['--pain', 'acute-trauma', '--route', 'intravenous', '--dose', '0.3mg/kg'],
  ],
  [
    'IM 0.4 mg/kg',
    ['--pain', 'acute-postoperative', '--route', 'intramuscular', '--dose', '0.4mg/kg'],
  ],
  ['Oral 50 mg', ['--pain', 'acute-postoperative', '--route', 'oral', '--dose', '50mg']],
  ['Intranasal 1 mg/kg', ['--pain', 'acute-trauma', '--route', 'intranasal', '--dose', '1mg/kg']],
  [
    'CRPS: 0.35 mg/kg/h × 4 h, 10 days',
    [
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
    ],
  ],
  [
    'CRPS: S-ketamine 22 mg/h × 100 h',
    [
      '--pain',
      'crps',
      '--route',
      'intravenous',
      '--drug',
      'esketamine',
      '--rate',
      '22mg/h',
      '--over',
      '100h',
    ],
  ],
  [
    'Neuropathic: 0.5 mg/kg/40 min × 5 days',
    [
      '--pain',
      'neuropathic',
      '--route',
      'intravenous',
      '--dose',
      '0.5mg/kg',
      '--over',
      '40min',
      '--sessions',
      '5',
      '--every',
      '1d',
    ],
  ],
  [
    'Fibromyalgia: 0.5 mg/kg/30 min once',
    ['--pain', 'fibromyalgia', '--route', 'intravenous', '--dose', '0.5mg/kg', '--over', '30min'],
  ],
];
const first = reliefScenarios[0]?.[1] ?? [];
out.push(`$ ketamine-relief estimate ${[...first, ...adult].join(' ')}`);
out.push(cli(['estimate', ...first, ...adult]));
out.push(
  "RELIEF for the article's scenarios (each row: `ketamine-relief estimate … --json`; 1000 simulated patients, 70 kg, 45 y, seed 1)",
);
out.push(
  '  meaningful relief = ≥ 30 % less pain; onset/peak from the start of the last administration, lasts after its end (25th–75th percentile)',
);
const pct = (p: number | null | undefined) =>
  p === null || p === undefined ? '—' : `${Math.round(p * 100)}%`;
out.push(
  table(
    [
      'scenario',
      'relieved',
      'onset',
      'peak',
      'lasts',
      'phase',
      '1 d',
      '1 wk',
      '4 wk',
      '12 wk',
      '26 wk',
      '52 wk',
      'days (mean)',
      '12 wk +placebo',
    ],
    reliefScenarios.map(([label, argv]) => {
      const r = JSON.parse(cli(['estimate', ...argv, ...adult, '--json'])) as ReliefResult;
      const at = (minutes: number) =>
        pct(r.survival.find((s) => s.afterMinutes === minutes)?.probability);
      return [
        label,
        pct(r.responseProbability),
        r.onset ? humanize(r.onset) : '—',
        r.peak ? humanize(r.peak) : '—',
        r.duration ? humanize(r.duration) : '—',
        r.phase ?? '—',
        at(1440),
        at(10080),
        at(40320),
        at(120960),
        at(262080),
        at(524160),
        r.expectedRelievedDays === null ? '—' : r.expectedRelievedDays.toFixed(1),
        pct(r.survival.find((s) => s.afterMinutes === 120960)?.withPlacebo),
      ];
    }),
  ),
);
out.push(
  '  1 d … 52 wk: share of all treated patients whose relief from the drug has not yet ended, after the end (relief past 1 year is censored there);\n  days (mean): expected days of meaningful relief per treated patient; +placebo: the share a trial arm would report, placebo response included.\n',
);

const series = reliefScenarios[4]?.[1] ?? [];
const history = JSON.stringify([
  { sessionEnd: '2026-03-02T15:00:00+01:00', reliefDays: 38 },
  { sessionEnd: '2026-05-04T15:00:00+02:00', reliefDays: 42 },
  { sessionEnd: '2026-07-06T15:00:00+02:00', reliefLostOn: '2026-08-14' },
  { sessionEnd: '2026-09-07T15:00:00+02:00', reliefDays: 36 },
]);
const when = [
  '--last-session-end',
  '2026-11-20T16:00:00+01:00',
  '--tz',
  'Europe/Berlin',
  '--now',
  '2026-11-27T12:00:00Z',
];
out.push('MAINTENANCE for the CRPS series (last session ended 2026-11-20 16:00, Berlin)');
out.push(`$ ketamine-relief maintenance ${[...series, ...adult, ...when].join(' ')}`);
out.push(cli(['maintenance', ...series, ...adult, ...when]));
out.push(
  `$ ketamine-relief maintenance … --history history.json   (4 earlier courses: 38, 42, 39, 36 days)`,
);
out.push(
  cli(['maintenance', ...series, ...adult, ...when, '--history', 'history.json'], {
    'history.json': history,
  })
    .split('\n')
    .slice(0, 6)
    .join('\n'),
);
out.push(
  `$ ketamine-relief maintenance --pain crps --route intravenous --drug esketamine --rate 22mg/h --over 100h`,
);
out.push(
  cli(['maintenance', ...(reliefScenarios[5]?.[1] ?? []), '--now', '2026-11-27T12:00:00Z'])
    .split('\n')
    .filter((l) => l.startsWith('minimum gap'))
    .join('\n'),
);
out.push('');
out.push('ROUTES (single administration; literature ranges)');
out.push(
  table(
    [
      'route',
      'SNOMED CT',
      'bioavailability',
      'onset',
      'plasma peak',
      'peak relief',
      'relief lasts',
    ],
    listRoutes().map((r) => [
      r.id,
      r.snomed.code,
      show(r.bioavailability),
      show(r.onset),
      show(r.timeToPeakPlasma),
      show(r.peakAnalgesia),
      show(r.duration),
    ]),
  ),
);
out.push('\nPAIN TYPES (strength of evidence: short-term / lasting; how long relief lasts)');
out.push(
  table(
    ['pain type', 'short-term', 'lasting', 'graded by', 'relief after treatment', 'key sources'],
    listPainTypes().map((p) => [
      p.id,
      p.shortTermRelief.strength,
      p.lastingRelief.strength,
      p.lastingRelief.gradedBy,
      show(p.reliefDuration),
      [...new Set([...p.lastingRelief.summary.sources, ...(p.reliefDuration.sources ?? [])])]
        .slice(0, 3)
        .join(', '),
    ]),
  ),
);
out.push('\nINTERACTING MEDICINES (ketamine AUC ratio by studied route; other routes: no data)');
out.push(
  table(
    ['medicine', 'mechanism', 'exposure change', 'sources'],
    listMedicines().map((m) => [
      m.id,
      m.mechanisms.join(', '),
      m.exposure.map((e) => `${e.route} ${e.drug} ×${e.aucRatio}`).join('; ') || '—',
      [...new Set([...m.mechanism.sources, ...m.exposure.flatMap((e) => e.sources)])]
        .slice(0, 3)
        .join(', '),
    ]),
  ),
);
out.push('\nPLASMA EXPOSURE (simulated, 1000 patients, 70 kg, 45 y; median [5th–95th percentile])');
const scenarios = [
  ['IV bolus 0.3 mg/kg (ED)', { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } }],
  [
    'IV 0.35 mg/kg/h over 4 h (CRPS)',
    { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } } },
  ],
  ['IM 0.4 mg/kg', { route: 'intramuscular', dose: { amount: 0.4, unit: 'mg/kg' } }],
  ['Intranasal 1 mg/kg', { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' } }],
  ['Oral 0.5 mg/kg', { route: 'oral', dose: { amount: 0.5, unit: 'mg/kg' } }],
  ['Sublingual 25 mg', { route: 'sublingual', dose: { amount: 25, unit: 'mg' } }],
  [
    'Esketamine intranasal 28 mg',
    { route: 'intranasal', dose: { amount: 28, unit: 'mg' }, drug: 'esketamine' },
  ],
  ['Topical 25 mg', { route: 'topical', dose: { amount: 25, unit: 'mg' } }],
] as const;
const band = (b: { p5: number; median: number; p95: number } | null, digits = 0) =>
  b ? `${b.median.toFixed(digits)} [${b.p5.toFixed(digits)}–${b.p95.toFixed(digits)}]` : '—';
out.push(
  table(
    ['regimen', 'model', 'Cmax ng/mL', 'Tmax min', 'AUC ng·h/mL', 'warnings'],
    scenarios.map(([label, regimen]) => {
      const r = predictExposure({ regimen, patient: { weightKg: 70, ageYears: 45 } }, { seed: 1 });
      return [
        label,
        r.model?.id ?? '—',
        band(r.cmax),
        band(r.tmax),
        band(r.auc),
        r.warnings.map((w) => w.code).join(', ') || '—',
      ];
    }),
  ),
);
const crps = getSource('dahan-2011');
out.push(
  `\n[A–E] evidence level of the strongest cited source; * = contains a flagged assumption.`,
);
out.push(
  `${listSources().length} sources in the bibliography, e.g. ${crps.authors} (${crps.year}), ${crps.journal} ${crps.locator ?? ''}.`,
);
console.log(out.join('\n'));
