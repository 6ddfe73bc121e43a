/**
 * Generates the docs pages that are computed, not written: the charts of the seed article's
 * scenarios and the validation report from the golden fixtures (every observation with its
 * predicted band, hit or miss, and source; misses are reported, not hidden). Writes markdown
 * with inline SVG into docs/generated/, which typedoc renders with the other guides.
 *
 *   npx tsx scripts/build-doc-pages.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARGUMENT_LIMITS, INPUT_LIMITS, PK_LIMITS } from '../src/data/input-limits';
import {
  estimateRelief,
  formatCitation,
  getRoute,
  listSources,
  type Measure,
  type PainTypeId,
  predictExposure,
  type RegimenInput,
  type RouteId,
  renderReliefChart,
  type SourceId,
} from '../src/index';
import { PK_OBSERVATIONS } from '../test/golden/pk-observations';
import { judge } from '../test/golden/relief-judge';
import { RELIEF_OBSERVATIONS } from '../test/golden/relief-observations';
import { sourceLine } from './source-links';

const OUT = join(import.meta.dirname, '..', 'docs', 'generated');
const ROOT = join(import.meta.dirname, '..');
mkdirSync(OUT, { recursive: true });
const SEED = 20261127;
const patient = { weightKg: 70, ageYears: 45 };

// ---------------------------------------------------------------------------------------------
// Charts
// ---------------------------------------------------------------------------------------------
const scenarios: [string, PainTypeId, RegimenInput][] = [
  [
    'IV bolus 0.3 mg/kg (emergency department)',
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
    'CRPS: 0.35 mg/kg/h over 4 h, 10 daily sessions',
    'crps',
    {
      route: 'intravenous',
      dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
      sessions: 10,
      every: { days: 1 },
    },
  ],
  [
    'Neuropathic pain: 0.5 mg/kg over 40 min, 5 daily sessions',
    'neuropathic',
    {
      route: 'intravenous',
      dose: { amount: 0.5, unit: 'mg/kg', over: { minutes: 40 } },
      sessions: 5,
      every: { days: 1 },
    },
  ],
];
const charts = scenarios.map(([title, painType, regimen]) => {
  const r = estimateRelief({ painType, regimen, patient }, { curve: true, seed: 1 });
  return `## ${title}\n\n${renderReliefChart(r, { title })}\n`;
});
writeFileSync(
  join(OUT, 'charts.md'),
  `---
title: Charts
---

# Charts of the article's scenarios

Each chart is \`renderReliefChart(estimateRelief(input, { curve: true }))\`: 1000 simulated patients
(70 kg, 45 years, seed 1). Top: relief as a share of baseline pain, from the start of the last
administration (median line, 25th–75th and 5th–95th percentile bands over responders, the
≥ 30 % threshold, median onset and peak). Bottom: the share of all patients whose meaningful
relief has not ended, after the end of the last administration. Estimates for information only;
not a dosing device.

${charts.join('\n')}`,
);

// ---------------------------------------------------------------------------------------------
// Validation report
// ---------------------------------------------------------------------------------------------
interface Row {
  id: string;
  role: string;
  observed: string;
  predicted: string;
  hit: boolean;
  sources: string[];
  plot: { value: number; lo: number; mid: number; hi: number } | null;
}

const fmt = (x: number) =>
  Math.abs(x) >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString();
const rows: Row[] = [];
for (const o of RELIEF_OBSERVATIONS) {
  const checkpoints = [o.afterMinutes, ...(o.window ?? [])].filter(
    (x): x is number => x !== undefined,
  );
  const r = estimateRelief(
    { painType: o.painType, regimen: o.regimen, patient: o.patient },
    {
      seed: SEED,
      population: 1000,
      checkpoints,
      ...(o.reliefThreshold ? { reliefThreshold: o.reliefThreshold } : {}),
    },
  );
  const { pass, detail } = judge(o, r);
  const range =
    o.metric === 'onset' || o.metric === 'peak' || o.metric === 'duration' ? r[o.metric] : null;
  rows.push({
    id: o.id,
    role: o.role,
    observed: `${fmt(o.value)} ${o.metric === 'onset' || o.metric === 'peak' || o.metric === 'duration' ? 'min' : '(share)'}`,
    predicted: detail.replace(/(\d+\.\d{3})\d+/g, '$1'),
    hit: pass,
    sources: o.sources,
    plot: range ? { value: o.value, lo: range.p5, mid: range.median, hi: range.p95 } : null,
  });
}
for (const o of PK_OBSERVATIONS) {
  const r = predictExposure(
    { regimen: o.regimen, patient: o.patient },
    { seed: SEED, population: 1000, ...(o.model ? { model: o.model } : {}) },
  );
  const band = r[o.metric];
  const hit = band !== null && o.value >= band.p5 && o.value <= band.p95;
  rows.push({
    id: o.id,
    role: o.role ?? 'validation',
    observed: `${fmt(o.value)} ${band?.unit ?? ''}`,
    predicted: band
      ? `5–95 %: ${fmt(band.p5)}–${fmt(band.p95)} (median ${fmt(band.median)})`
      : 'no PK data',
    hit,
    sources: o.sources,
    plot: band ? { value: o.value, lo: band.p5, mid: band.median, hi: band.p95 } : null,
  });
}

/** One row of the band plot: log-scaled band relative to the observation. */
function plot(rowsToPlot: Row[]): string {
  const w = 720;
  const rowH = 18;
  const left = 260;
  const right = w - 20;
  const h = rowsToPlot.length * rowH + 50;
  const ratio = (x: number, ref: number) => Math.log10(Math.max(x, 1e-9) / ref);
  const span = 1.5; // ±1.5 decades around the observation
  const xOf = (r: number) =>
    left + ((Math.max(-span, Math.min(span, r)) + span) / (2 * span)) * (right - left);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11" role="img" aria-label="Predicted bands against observations">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<line x1="${xOf(0)}" y1="10" x2="${xOf(0)}" y2="${h - 30}" stroke="#999" stroke-dasharray="3 3"/>`,
    `<text x="${xOf(0)}" y="${h - 12}" text-anchor="middle">observed value (predicted band drawn relative to it, log scale, ±1.5 decades)</text>`,
  ];
  rowsToPlot.forEach((row, i) => {
    const y = 20 + i * rowH;
    const p = row.plot;
    if (!p) return;
    const color = row.hit ? '#2e7d32' : '#b03a2e';
    lines.push(
      `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${row.id}</text>`,
      `<line x1="${xOf(ratio(p.lo, p.value))}" y1="${y}" x2="${xOf(ratio(p.hi, p.value))}" y2="${y}" stroke="${color}" stroke-width="6" stroke-opacity="0.5"/>`,
      `<circle cx="${xOf(ratio(p.mid, p.value))}" cy="${y}" r="3" fill="${color}"/>`,
    );
  });
  lines.push('</svg>');
  return lines.join('\n');
}

const hits = rows.filter((r) => r.hit).length;
const table = [
  '| observation | role | observed | predicted | result | source |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.id} | ${r.role} | ${r.observed} | ${r.predicted} | ${r.hit ? 'hit' : '**miss**'} | ${r.sources.map((s) => formatCitation(s as SourceId).replace(/\|/g, '/')).join('; ')} |`,
  ),
].join('\n');
writeFileSync(
  join(OUT, 'validation.md'),
  `---
title: Validation report
---

# Validation report

Generated by \`scripts/build-doc-pages.ts\` from the golden fixtures
(\`test/golden/relief-observations.ts\`, \`test/golden/pk-observations.ts\`), with 1000 simulated
patients (seed ${SEED}). **${hits} of ${rows.length} observations fall inside the prediction; ${rows.length - hits} are
misses**, each reported here and explained in the fixture (\`role: 'discrepancy'\` with a reason).
\`calibration\` rows restate a source that set a parameter; \`validation\` rows were not used to fit
anything. How relief outcomes are judged: [model card](../model.md).

Band plot for the time and concentration observations (green: hit; red: miss; dot: median):

${plot(rows.filter((r) => r.plot))}

${table}

${fitSection()}
`,
);
// ---------------------------------------------------------------------------------------------
// Sources, generated from the bibliography
// ---------------------------------------------------------------------------------------------
const sources = listSources();
const byLevel = ['A', 'B', 'C', 'D', 'E'].map((level) => {
  const list = sources.filter((s) => s.level === level);
  const items = list.map(sourceLine);
  return `## Level ${level} (${list.length})\n\n${items.join('\n')}\n`;
});
writeFileSync(
  join(OUT, 'sources.md'),
  `---
title: Sources
---

# Sources

Every source id the library cites (${sources.length}), generated from the bibliography in
\`src/data/\` by \`scripts/build-doc-pages.ts\`. The level follows the study type
(\`EVIDENCE_LEVEL_BY_STUDY_TYPE\`): A guideline, systematic review, meta-analysis, label or
standard; B randomised or crossover trial, population PK/PD or pooled analysis; C PK study or
prospective cohort; D retrospective study or case series; E case report, survey, narrative
review, textbook, secondary or tertiary summary, animal or in-vitro work. It is one step lower
while the values were read only through a secondary copy (\`read-via-secondary\`), and E for
practice opinion (\`sourceLevel\`). Each identifier links to its record: PMID to PubMed, PMCID to
PubMed Central, DOI to doi.org; ISBNs are given as text. How numbers are cited and flagged:
[evidence](../evidence.md).

${byLevel.join('\n')}`,
);
console.log(
  `wrote docs/generated/charts.md (${charts.length} charts) and validation.md (${hits}/${rows.length} hits)`,
);

// ---------------------------------------------------------------------------------------------
// Input bounds, generated from the one place they are declared
// ---------------------------------------------------------------------------------------------
const flatten = (value: unknown, prefix: string): string[] => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [`| \`${prefix}\` | ${String(value)} |`];
  }
  return Object.entries(value)
    .filter(([k]) => k !== 'sources' && k !== 'assumption')
    .flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
};
const limitSection = (name: string, table: Record<string, unknown>, intro: string) => {
  const groups = Object.entries(table).filter(([k]) => k !== 'sources' && k !== 'assumption');
  const rows = groups.flatMap(([k, v]) => flatten(v, k));
  const reasons = groups
    .map(([k, v]) => [k, (v as { assumption?: string }).assumption] as const)
    .filter(([, a]) => a)
    .map(([k, a]) => `- \`${k}\`: ${a}`);
  const own = (table as { assumption?: string }).assumption;
  return `## ${name}\n\n${intro}\n\n| bound | value |\n| --- | --- |\n${rows.join('\n')}\n\n${own ? `${own}\n` : ''}${reasons.join('\n')}\n`;
};
writeFileSync(
  join(OUT, 'limits.md'),
  `---
title: Input bounds
---

# Input bounds

Every number and every total a caller can give has a finite bound. Beyond it the input is
malformed and the call throws \`InvalidInputError\` naming the field; inside it every call returns
finite results. The bounds are generous on purpose: they are not clinical limits (guideline
ceilings, contraindications and a patient outside a model's range give **warnings** in the result
instead). Generated by \`scripts/build-doc-pages.ts\` from \`src/data/input-limits.ts\`, where each
bound is declared once with its reason. Durations are in minutes unless named otherwise.

${limitSection('Inputs (INPUT_LIMITS)', INPUT_LIMITS, 'Read by the input schemas (regimen, patient, options, dates, history, diary).')}
${limitSection('PK engine (PK_LIMITS)', PK_LIMITS, 'Read by `simulatePk` (`SimulationInputSchema`): litres, minutes, mg.')}
${limitSection('Building blocks (ARGUMENT_LIMITS)', ARGUMENT_LIMITS, 'Read by the helper functions that take plain arguments (`percentiles`, `humanize`, the date helpers, `updateDuration`, …).')}
`,
);

// ---------------------------------------------------------------------------------------------
// Route timing: the catalogue's literature ranges beside the model's predictions
// ---------------------------------------------------------------------------------------------
const TIMING_DOSES: [RouteId, object][] = [
  ['intravenous', { amount: 0.3, unit: 'mg/kg' }],
  ['intramuscular', { amount: 0.4, unit: 'mg/kg' }],
  ['subcutaneous', { amount: 0.3, unit: 'mg/kg' }],
  ['intranasal', { amount: 1, unit: 'mg/kg' }],
  ['oral', { amount: 50, unit: 'mg' }],
  ['sublingual', { amount: 25, unit: 'mg' }],
  ['buccal', { amount: 25, unit: 'mg' }],
  ['rectal', { amount: 1, unit: 'mg/kg' }],
];
const UNIT_SHORT: Record<string, string> = { minute: 'min', hour: 'h', day: 'd', week: 'wk' };
const literature = (m: Measure) => {
  if (m.kind !== 'range') return m.kind === 'gap' ? 'no published value' : '—';
  const unit = UNIT_SHORT[m.unit] ?? m.unit;
  return m.low === m.high ? `${m.low} ${unit}` : `${m.low}–${m.high} ${unit}`;
};
const minutes = (x: number) => (x < 10 ? x.toFixed(1) : String(Math.round(x)));
const iqr = (r: { p25: number; p75: number } | null | undefined) =>
  !r ? 'none' : r.p75 < 0.05 ? 'at the injection' : `${minutes(r.p25)}–${minutes(r.p75)} min`;
/** Why the model departs from a route's literature range, where it does (route:measure). */
const DIFFERENCE_REASONS: Record<string, string> = {
  'intramuscular:onset':
    'the later plasma peak of the measured adult data delays relief; the literature onset (3–5 min) is tertiary, and the trauma study reported analgesia "within 10 min".',
  'intramuscular:peak analgesia':
    'the textbook peak effect (about 20 min) predates the adult plasma data the model follows, whose later peaks move the relief peak later.',
};
const overlaps = (m: Measure, r: { p25: number; p75: number } | null | undefined) =>
  m.kind !== 'range' || !r || (r.p25 <= m.high && r.p75 >= m.low);
const differences: string[] = [];
const timingRows = TIMING_DOSES.map(([route, dose]) => {
  const profile = getRoute(route);
  const input = { painType: 'acute-postoperative' as const, regimen: { route, dose }, patient };
  const relief = estimateRelief(input as never, { seed: SEED, population: 1000 });
  const exposure = predictExposure({ regimen: { route, dose }, patient } as never, {
    seed: SEED,
    population: 1000,
  });
  const d = dose as { amount: number; unit: string };
  const cell = (name: string, m: Measure, r: { p25: number; p75: number } | null | undefined) => {
    if (overlaps(m, r)) return iqr(r);
    const reason = DIFFERENCE_REASONS[`${route}:${name}`];
    if (!reason) throw new Error(`route timing: ${route} ${name} differs with no reason recorded`);
    differences.push(`- **${route}, ${name}:** ${reason}`);
    return `${iqr(r)} (differs)`;
  };
  return `| ${route} ${d.amount} ${d.unit} | ${literature(profile.onset)} | ${cell('onset', profile.onset, relief.onset)} | ${literature(profile.timeToPeakPlasma)} | ${cell('Tmax', profile.timeToPeakPlasma, exposure.tmax)} | ${literature(profile.peakAnalgesia)} | ${cell('peak analgesia', profile.peakAnalgesia, relief.peak)} |`;
});
writeFileSync(
  join(OUT, 'route-timing.md'),
  `---
title: Route timing, literature and model
---

# Route timing: the literature and the model

Two kinds of timing are in the library, and they answer different questions:

- \`getRoute(id)\` gives the **literature ranges** the evidence reports for each route (onset,
  time to peak plasma concentration, time to peak analgesia), each with its sources. They come
  from different studies, doses, patients and definitions of "onset".
- \`estimateRelief\` and \`predictExposure\` give **model predictions** for the dose and patient
  you describe: a published PK model, the route's absorption, and the relief model, simulated for
  1000 patients. Use these in applications (the recipes do); they respond to dose, weight,
  sessions and medicines.

Where the two differ, the table shows by how much. The usual reasons: the literature's onset is
the first time a study *measured* relief (often 5, 10 or 15 min), while the model's onset is when
simulated relief first reaches the meaningful-relief threshold; and the absorption rates of some
routes are calibrated or borrowed (see [PK models](../pk-models.md)), so their predicted times
carry that uncertainty. Acute postoperative pain, 70 kg, 45 years; model columns give the
interquartile range over simulated patients who reach meaningful relief. Generated by
\`scripts/build-doc-pages.ts\`, so the table follows the model.

| route and dose | onset, literature | onset, model | Tmax, literature | Tmax, model | peak analgesia, literature | peak relief, model |
| --- | --- | --- | --- | --- | --- | --- |
${timingRows.join('\n')}

Where a model range does not overlap the literature range ("differs"), and why:

${differences.length > 0 ? differences.join('\n') : '- nowhere at present.'}
`,
);

// ---------------------------------------------------------------------------------------------
// The relief-duration fit: structures compared, parameters, leave-one-study-out checks
// ---------------------------------------------------------------------------------------------
function fitSection(): string {
  const report = JSON.parse(readFileSync(join(ROOT, 'fit', 'relief-fit-report.json'), 'utf8')) as {
    observations: number;
    studies: number;
    comparison: {
      structure: string;
      label: string;
      parameters: number;
      logLik: number;
      aic: number;
    }[];
    chosen: string;
    estimates: Record<string, number>;
    se: Record<string, number>;
    profiles: { buildHalfTimeHours: number; logLik: number }[];
    potencyProfiles: { potency: number; logLik: number }[];
    typeEffect: { estimate: number; seLog: number; identified: boolean };
    loso: {
      study: string;
      records: number;
      logPredictive: number;
      checks: {
        id: string;
        observed: number;
        of: number;
        predicted: number;
        interval: [number, number];
        inside: boolean;
      }[];
    }[];
  };
  const checks = report.loso.flatMap((l) => l.checks);
  const inside = checks.filter((c) => c.inside).length;
  const comparison = [
    '| structure | parameters | log-likelihood | AIC |',
    '| --- | --- | --- | --- |',
    ...report.comparison.map(
      (c) =>
        `| ${c.structure}${c.structure === report.chosen ? ' (chosen)' : ''}: ${c.label} | ${c.parameters} | ${c.logLik.toFixed(2)} | ${c.aic.toFixed(2)} |`,
    ),
  ].join('\n');
  const loso = [
    '| left-out study | records | log predictive score | shares inside the 90 % predictive interval |',
    '| --- | --- | --- | --- |',
    ...report.loso.map(
      (l) =>
        `| ${l.study} | ${l.records} | ${l.logPredictive.toFixed(2)} | ${l.checks.length === 0 ? 'interval-censored durations (scored only)' : l.checks.map((c) => `${c.id}: ${c.observed}/${c.of} in [${c.interval[0]}, ${c.interval[1]}]${c.inside ? '' : ' **miss**'}`).join('; ')} |`,
    ),
  ].join('\n');
  // Plot: each left-out share's 90 % interval (as a share) against the observed share.
  const w = 720;
  const rowH = 18;
  const left = 260;
  const right = w - 20;
  const h = checks.length * rowH + 50;
  const xOf = (p: number) => left + p * (right - left);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11" role="img" aria-label="Leave-one-study-out predictive intervals against observed shares">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    ...[0, 0.25, 0.5, 0.75, 1].map(
      (p) =>
        `<line x1="${xOf(p)}" y1="10" x2="${xOf(p)}" y2="${h - 30}" stroke="#ddd"/><text x="${xOf(p)}" y="${h - 12}" text-anchor="middle">${p}</text>`,
    ),
    ...checks.flatMap((c, i) => {
      const y = 20 + i * rowH;
      const color = c.inside ? '#2e7d32' : '#b03a2e';
      return [
        `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${c.id}</text>`,
        `<line x1="${xOf(c.interval[0] / c.of)}" y1="${y}" x2="${xOf(c.interval[1] / c.of)}" y2="${y}" stroke="${color}" stroke-width="6" stroke-opacity="0.5"/>`,
        `<circle cx="${xOf(c.observed / c.of)}" cy="${y}" r="3" fill="#000"/>`,
      ];
    }),
    '</svg>',
  ].join('\n');
  return `## The relief-duration fit

The sustained-relief parameters are fitted by maximum likelihood (\`scripts/fit-relief.ts\`,
\`fit/likelihood.ts\`) to ${report.observations} published records of relief after ketamine from
${report.studies} studies (\`fit/relief-durations.ts\`). Generated from \`fit/relief-fit-report.json\`,
which the script writes.

Structures compared on the same data:

${comparison}

Chosen: **${report.chosen}**. Estimates: ${Object.entries(report.estimates)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; standard errors on the fitting scale: ${Object.entries(report.se)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}. A half-life ratio for the other chronic types was not identified (estimate
${report.typeEffect.estimate}, log-scale SE ${report.typeEffect.seLog}), so it stays an assumption (1).
Profiles of the two choices the data cannot fix: build-up half-time ${report.profiles
    .map((p) => `${p.buildHalfTimeHours} h → ${p.logLik.toFixed(2)}`)
    .join(', ')}; S:racemic sustained potency ${report.potencyProfiles
    .map((p) => `${p.potency} → ${p.logLik.toFixed(2)}`)
    .join(', ')}.

**Leave one study out.** Each study is dropped, the model refitted on the rest, and the dropped
study's records scored (log predictive score) and checked against the 90 % binomial predictive
interval of the refitted model: ${inside} of ${checks.length} shares inside.

${loso}

Left-out shares (dot: observed; bar: 90 % predictive interval of the refitted model; green inside,
red outside):

${svg}
`;
}
