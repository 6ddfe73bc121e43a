/**
 * The readable output of each command (what `--json` replaces with the full result): tables
 * and humanized ranges.
 * @internal
 */
import type { reliefFromDiary } from '../diary/analyse.js';
import { formatCitation, type listSources, type SourceId } from '../evidence/registry.js';
import type { predictExposure } from '../exposure/predict.js';
import { humanize } from '../humanize/humanize.js';
import type { suggestMaintenance } from '../maintenance/suggest.js';
import type { listMedicines } from '../medicines/index.js';
import type { listPainTypes } from '../pain-types/index.js';
import type { estimateRelief } from '../relief/estimate.js';
import type { listRoutes } from '../routes/index.js';
import type { PercentileRange } from '../stats/percentiles.js';
import { percent, round, shortTime, warningLines } from './format.js';
import { table } from './table.js';

/** A two-column table without its header. */
function rows(cells: readonly (readonly string[])[]): string {
  return table(['', ''], cells).split('\n').slice(2).join('\n');
}

export function estimateText(r: ReturnType<typeof estimateRelief>): string {
  const range = (p: PercentileRange | null) =>
    p ? `${humanize(p)} (25th–75th; 5th–95th: ${humanize(p, { from: 'p5', to: 'p95' })})` : '—';
  return [
    rows([
      ['pain type', r.painType],
      [
        'model',
        r.model ? `${r.model.id}${r.model.absorption ? `, ${r.model.absorption}` : ''}` : '—',
      ],
      [
        `reach ≥ ${percent(r.reliefThreshold)} relief`,
        r.responseProbability === null ? '—' : percent(r.responseProbability),
      ],
      ['onset (from start)', range(r.onset)],
      ['peak (from start)', range(r.peak)],
      ['lasts (after end)', range(r.duration)],
      ['phase', r.phase ?? '—'],
      [
        'relief not yet ended',
        r.survival.map((s) => `${shortTime(s.afterMinutes)} ${percent(s.probability)}`).join(' · '),
      ],
      [
        'with placebo response',
        r.survival.map((s) => `${shortTime(s.afterMinutes)} ${percent(s.withPlacebo)}`).join(' · '),
      ],
      [
        'expected relieved days',
        r.expectedRelievedDays === null ? '—' : r.expectedRelievedDays.toFixed(1),
      ],
      [
        'past the 1-year horizon',
        r.censoredShare === null ? '—' : `${percent(r.censoredShare)} of relieved`,
      ],
    ]),
    ...warningLines(r.warnings),
    r.notice,
  ].join('\n');
}

export function exposureText(r: ReturnType<typeof predictExposure>): string {
  const row = (label: string, p: PercentileRange | null) => [
    label,
    p ? `${round(p.median)} ${p.unit}` : '—',
    p ? `${round(p.p5)}–${round(p.p95)}` : '—',
  ];
  return [
    table(
      ['', 'median', '5th–95th percentile'],
      [row('Cmax', r.cmax), row('Tmax', r.tmax), row('AUC', r.auc)],
    ),
    `model: ${r.model?.id ?? '—'}${r.model?.absorption ? `, absorption ${r.model.absorption}` : ''}`,
    ...warningLines(r.warnings),
    r.notice,
  ].join('\n');
}

export function maintenanceText(r: ReturnType<typeof suggestMaintenance>): string {
  const b = r.boosterInterval;
  return [
    rows([
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
    ]),
    `minimum gap: ${r.minimumGap.reason}`,
    `evidence: ${r.evidence.statement}`,
    ...r.monitoring.map((m) => `monitor ${m.id}: ${m.text}`),
    ...r.stopRules.map((s) => `stop rule ${s.id}: ${s.text}`),
    ...warningLines(r.warnings),
    r.notice,
  ].join('\n');
}

export function diaryText(r: ReturnType<typeof reliefFromDiary>): string {
  const days = (m: number | null) => (m === null ? '—' : `${round(m / 1440)} d`);
  return table(
    ['session start', 'status', 'baseline', 'peak reduction', 'onset', 'lasts'],
    r.sessions.map((s) => [
      s.start,
      s.status,
      s.baseline === null ? '—' : String(s.baseline),
      s.peakReduction === null ? '—' : percent(s.peakReduction),
      s.onset === null ? '—' : `${round(s.onset)} min`,
      days(s.duration),
    ]),
  );
}

export function routesText(routes: ReturnType<typeof listRoutes>): string {
  return table(
    ['route', 'SNOMED CT', 'methods'],
    routes.map((r) => [r.id, r.snomed.code, r.methods.map((m) => m.method).join(', ')]),
  );
}

export function painTypesText(types: ReturnType<typeof listPainTypes>): string {
  return table(
    ['pain type', 'category', 'short-term', 'lasting'],
    types.map((p) => [p.id, p.category, p.shortTermRelief.strength, p.lastingRelief.strength]),
  );
}

export function medicinesText(meds: ReturnType<typeof listMedicines>): string {
  return table(
    ['medicine', 'mechanisms', 'exposure change'],
    meds.map((m) => [
      m.id,
      m.mechanisms.join(', '),
      m.exposure.map((e) => `${e.route} ${e.drug} ×${e.aucRatio}`).join('; ') || '—',
    ]),
  );
}

export function sourcesText(sources: ReturnType<typeof listSources>): string {
  return sources.map((s) => `${s.id} [${s.level}]  ${formatCitation(s.id as SourceId)}`).join('\n');
}
