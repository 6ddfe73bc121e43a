/**
 * `npm run demo`: the library's main job first (how long relief lasts, for the seed article's
 * scenarios), then the routes, pain types and medicines with their evidence, and plasma
 * exposure. It only reads the public API.
 */
import {
  estimateRelief,
  getSource,
  humanize,
  listMedicines,
  listPainTypes,
  listRoutes,
  listSources,
  type Measure,
  predictExposure,
  suggestMaintenance,
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

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const out: string[] = [];
out.push('ketamine-relief: how long ketamine pain relief lasts, with its evidence');
out.push('Estimates for information only. Not a dosing device.\n');
out.push(
  'RELIEF (1000 simulated patients, 70 kg, 45 y, seed 1; meaningful relief = ≥ 30 % less pain)',
);
out.push(
  '  onset/peak: from the start of the last administration; lasts: after its end (25th–75th percentile)',
);
const patient = { weightKg: 70, ageYears: 45 };
const reliefScenarios: [string, string, object][] = [
  [
    'IV bolus 0.3 mg/kg',
    'acute-trauma',
    { route: 'intravenous', dose: { amount: 0.3, unit: 'mg/kg' } },
  ],
  [
    'IM 0.4 mg/kg',
    'acute-postoperative',
    { route: 'intramuscular', dose: { amount: 0.4, unit: 'mg/kg' } },
  ],
  ['Oral 50 mg', 'acute-postoperative', { route: 'oral', dose: { amount: 50, unit: 'mg' } }],
  [
    'Intranasal 1 mg/kg',
    'acute-trauma',
    { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' } },
  ],
  [
    'CRPS: 0.35 mg/kg/h × 4 h, 10 days',
    'crps',
    {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    },
  ],
  [
    'CRPS: S-ketamine 22 mg/h × 100 h',
    'crps',
    {
      route: 'intravenous',
      drug: 'esketamine',
      dose: { amount: 22, unit: 'mg/h', over: { hours: 100 } },
    },
  ],
  [
    'Neuropathic: 0.5 mg/kg/40 min × 5 days',
    'neuropathic',
    {
      route: 'intravenous',
      dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 40 } },
      sessions: 5,
      every: { days: 1 },
    },
  ],
  [
    'Fibromyalgia: 0.5 mg/kg/30 min once',
    'fibromyalgia',
    { route: 'intravenous', dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 30 } } },
  ],
];
const pct = (p: number | null | undefined) =>
  p === null || p === undefined ? '—' : `${Math.round(p * 100)}%`;
const at = (r: ReturnType<typeof estimateRelief>, minutes: number) =>
  pct(r.survival.find((s) => s.afterMinutes === minutes)?.probability);
out.push(
  table(
    [
      'scenario',
      'pain type',
      'relieved',
      'onset',
      'peak',
      'lasts',
      'phase',
      '1 d',
      '1 wk',
      '4 wk',
      '12 wk',
    ],
    reliefScenarios.map(([label, painType, regimen]) => {
      const r = estimateRelief({ painType, regimen, patient });
      return [
        label,
        painType,
        pct(r.responseProbability),
        r.onset ? humanize(r.onset) : '—',
        r.peak ? humanize(r.peak) : '—',
        r.duration ? humanize(r.duration) : '—',
        r.phase ?? '—',
        at(r, 1440),
        at(r, 10080),
        at(r, 40320),
        at(r, 120960),
      ];
    }),
  ),
);
out.push('  1 d … 12 wk: share of all patients whose relief has not yet ended, after the end.\n');

out.push('MAINTENANCE (CRPS series above, last session ended 2026-11-20 16:00 in Berlin)');
const series = reliefScenarios[4]?.[2] ?? {};
const history = [
  { sessionEnd: '2026-03-02T15:00:00+01:00', reliefDays: 38 },
  { sessionEnd: '2026-05-04T15:00:00+02:00', reliefDays: 42 },
  { sessionEnd: '2026-07-06T15:00:00+02:00', reliefLostOn: '2026-08-14' },
  { sessionEnd: '2026-09-07T15:00:00+02:00', reliefDays: 36 },
];
const days = (x: number) => `${Math.round(x)} d`;
const plans = [
  ['population model only', undefined],
  ['with a 4-course history (38, 42, 39, 36 d)', history],
] as const;
out.push(
  table(
    ['plan', 'interval p5–p25–median–p95', 'earliest', 'target', 'latest', 'min gap'],
    plans.map(([label, h]) => {
      const plan = suggestMaintenance(
        {
          painType: 'crps',
          regimen: series,
          patient,
          lastSessionEnd: '2026-11-20T16:00:00+01:00',
          ...(h ? { history: h } : {}),
        },
        { timeZone: 'Europe/Berlin', now: '2026-11-27T12:00:00Z' },
      );
      const b = plan.boosterInterval;
      return [
        label,
        b ? [b.p5, b.p25, b.median, b.p95].map(days).join(' – ') : '—',
        plan.nextDue?.earliest ?? '—',
        plan.nextDue?.target ?? '—',
        plan.nextDue?.latest ?? '—',
        days(plan.minimumGap.days),
      ];
    }),
  ),
);
const plan = suggestMaintenance(
  { painType: 'crps', regimen: series, patient, lastSessionEnd: '2026-11-20T16:00:00+01:00' },
  { timeZone: 'Europe/Berlin', now: '2026-11-27T12:00:00Z' },
);
out.push(`  booster: ${plan.boosterRegimen?.rationale ?? '—'}`);
out.push(
  `  monitoring: ${plan.monitoring.map((m) => m.id).join(', ')}; reassess after ${plan.reassessAfter.boosters} boosters or ${plan.reassessAfter.days} days`,
);
out.push(`  evidence: ${plan.evidence.statement}`);
const longCourse = suggestMaintenance(
  {
    painType: 'crps',
    regimen: {
      route: 'intravenous',
      drug: 'esketamine',
      dose: { amount: 22, unit: 'mg/h', over: { hours: 100 } },
    },
    patient,
  },
  { now: '2026-11-27T12:00:00Z' },
);
out.push(
  `  after a 100-h course: minimum gap ${longCourse.minimumGap.days} days. ${longCourse.minimumGap.reason}\n`,
);
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
