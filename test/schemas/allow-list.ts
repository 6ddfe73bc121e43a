/**
 * The only rules on which the shipped JSON Schemas may disagree with the library: rules JSON
 * Schema 2020-12 cannot express. Each entry is a rule of `LIBRARY_ONLY_RULES`
 * (scripts/schema-rules.ts: id, issue codes, the rule and why JSON Schema cannot say it) with a
 * predicate that recognises, from the data alone, an input that breaks it. The differential test
 * allows a disagreement only when the schema accepts, the library rejects, and every issue code
 * the library reports belongs to a rule whose predicate recognises the input.
 */

import {
  LIBRARY_ONLY_RULES,
  type LibraryOnlyRule,
  type SchemaName,
} from '../../scripts/schema-rules';
import { INPUT_LIMITS } from '../../src/data/input-limits';

export type Kind = SchemaName;

/**
 * `now` of every `suggestMaintenance` call: late in the accepted years, so that generated dates
 * lie before it and `in_future` fires only where a case puts a date after it on purpose.
 */
export const NOW = '2199-06-01T00:00:00Z';

// biome-ignore lint/suspicious/noExplicitAny: predicates read arbitrary JSON.
type Json = any;

export interface AllowListed extends LibraryOnlyRule {
  /** Whether `data` (JSON, of schema `kind`) breaks this rule. */
  recognises: (data: Json, kind: Kind) => boolean;
}

const MINUTES_PER: Record<string, number> = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };
const DAY_MS = 86400000;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Total minutes of a duration-shaped object, or undefined when it is not one. */
function minutesOf(d: unknown): number | undefined {
  if (!isObject(d)) return undefined;
  let total = 0;
  for (const [k, v] of Object.entries(d)) {
    const per = MINUTES_PER[k];
    if (per === undefined || typeof v !== 'number') return undefined;
    total += v * per;
  }
  return total;
}

const nonZeroParts = (d: unknown): number =>
  isObject(d) ? Object.values(d).filter((v) => typeof v === 'number' && v !== 0).length : 0;

/** The treatment inputs inside `data`: the input itself, or the inputs a result echoes. */
function treatmentInputs(data: Json, kind: Kind): Json[] {
  if (!isObject(data)) return [];
  if (kind === 'relief-result') return [data.input];
  if (kind === 'maintenance-result') return [data.input, (data.relief as Json)?.input];
  return [data];
}

const regimensOf = (data: Json, kind: Kind): Json[] =>
  treatmentInputs(data, kind)
    .map((i) => (isObject(i) ? i.regimen : undefined))
    .filter(isObject);

function dosesOf(data: Json, kind: Kind): Json[] {
  const doses = regimensOf(data, kind).map((r) => r.dose);
  if (kind === 'maintenance-result') doses.push(data?.boosterRegimen?.perSession);
  return doses.filter(isObject);
}

const patientsOf = (data: Json, kind: Kind): Json[] =>
  treatmentInputs(data, kind)
    .map((i) => (isObject(i) ? i.patient : undefined))
    .filter(isObject);

const historyOf = (data: Json): Json[] =>
  isObject(data) && Array.isArray(data.history) ? data.history.filter(isObject) : [];

/** Days from the calendar date of `iso` (as written, in its own offset) to `date`. */
function daysFromDateOf(iso: string, date: string): number {
  return (Date.parse(date.slice(0, 10)) - Date.parse(iso.slice(0, 10))) / DAY_MS;
}

const outside = (v: number, lo: number, hi: number) => !(v >= lo && v <= hi);

const PREDICATES: Record<string, AllowListed['recognises']> = {
  'duration-total': (data, kind) =>
    dosesOf(data, kind).some((d) => {
      const over = minutesOf(d.over);
      return over !== undefined && nonZeroParts(d.over) >= 2 && outside(over, 1, 43200);
    }) ||
    regimensOf(data, kind).some((r) => {
      const every = minutesOf(r.every);
      return every !== undefined && nonZeroParts(r.every) >= 2 && outside(every, 1, 525600);
    }),
  'session-total': (data, kind) =>
    dosesOf(data, kind).some((d) => {
      const over = minutesOf(d.over);
      if (over === undefined || typeof d.amount !== 'number') return false;
      if (d.unit === 'mg/h') return (d.amount * over) / 60 > 100000;
      if (d.unit === 'mg/kg/h') return (d.amount * over) / 60 > 1000;
      return false;
    }),
  'overlapping-sessions': (data, kind) =>
    regimensOf(data, kind).some((r) => {
      const over = minutesOf(r.dose?.over) ?? 0;
      const every = minutesOf(r.every);
      return (
        typeof r.sessions === 'number' && r.sessions > 1 && every !== undefined && every < over
      );
    }),
  'regimen-span': (data, kind) =>
    regimensOf(data, kind).some((r) => {
      const over = minutesOf(r.dose?.over) ?? 0;
      const every = minutesOf(r.every) ?? 0;
      const sessions = typeof r.sessions === 'number' ? r.sessions : 1;
      return (sessions - 1) * every + over > 5256000;
    }),
  'pain-history-within-age': (data, kind) =>
    patientsOf(data, kind).some(
      (p) =>
        typeof p.painHistoryYears === 'number' &&
        typeof p.ageYears === 'number' &&
        p.painHistoryYears > p.ageYears,
    ),
  'history-order': (data) =>
    historyOf(data).some(
      (e, i, all) => i > 0 && Date.parse(e.sessionEnd) <= Date.parse(all[i - 1].sessionEnd),
    ),
  'history-dates': (data) => {
    const history = historyOf(data);
    const last = history[history.length - 1];
    if (last && isObject(data) && typeof data.lastSessionEnd === 'string') {
      if (Date.parse(data.lastSessionEnd) < Date.parse(last.sessionEnd)) return true;
    }
    return history.some((e) => {
      if (typeof e.reliefLostOn !== 'string') return false;
      const byDate = daysFromDateOf(e.sessionEnd, e.reliefLostOn);
      if (byDate <= 0 || byDate > INPUT_LIMITS.history.maxReliefDays) return true;
      return typeof e.reliefDays === 'number' && Math.abs(e.reliefDays - byDate) > 1;
    });
  },
  'not-in-future': (data) => {
    const now = Date.parse(NOW);
    // A calendar date is after "today" somewhere once it is after the day before now.
    const yesterday = new Date(now - DAY_MS).toISOString().slice(0, 10);
    if (isObject(data) && typeof data.lastSessionEnd === 'string') {
      if (Date.parse(data.lastSessionEnd) > now) return true;
    }
    return historyOf(data).some(
      (e) =>
        Date.parse(e.sessionEnd) > now ||
        (typeof e.reliefLostOn === 'string' && e.reliefLostOn > yesterday) ||
        (typeof e.reliefDays === 'number' &&
          Date.parse(e.sessionEnd) + e.reliefDays * DAY_MS > now),
    );
  },
  'diary-session-order': (data) =>
    isObject(data) &&
    Array.isArray(data.sessions) &&
    data.sessions.some((s: Json) => Date.parse(s?.end) < Date.parse(s?.start)),
  'diary-overlap': (data) => {
    if (!isObject(data) || !Array.isArray(data.sessions)) return false;
    const s: Json[] = data.sessions
      .map((x: Json) => ({ start: Date.parse(x?.start), end: Date.parse(x?.end) }))
      .sort((a: Json, b: Json) => a.start - b.start || a.end - b.end);
    return s.some(
      (cur: Json, k: number) => k > 0 && (cur.start < s[k - 1].end || cur.start === s[k - 1].start),
    );
  },
  'diary-span': (data) => {
    if (!isObject(data)) return false;
    const times = [
      ...(Array.isArray(data.sessions) ? data.sessions : []).flatMap((s: Json) => [
        Date.parse(s?.start),
        Date.parse(s?.end),
      ]),
      ...(Array.isArray(data.entries) ? data.entries : []).map((e: Json) => Date.parse(e?.at)),
    ].filter(Number.isFinite);
    return (
      times.length > 0 &&
      (Math.max(...times) - Math.min(...times)) / DAY_MS > INPUT_LIMITS.history.maxReliefDays
    );
  },
  'curve-order': (data, kind) => {
    const curve = kind === 'maintenance-result' ? data?.relief?.curve : data?.curve;
    return (
      Array.isArray(curve) &&
      curve.some((p: Json, n: number) => n > 0 && !(p?.minute > curve[n - 1]?.minute))
    );
  },
};

/** The allow-list: every library-only rule, with the predicate that recognises it. */
export const ALLOW_LIST: readonly AllowListed[] = LIBRARY_ONLY_RULES.map((rule) => {
  const recognises = PREDICATES[rule.id];
  if (!recognises) throw new Error(`allow-list: no predicate for library-only rule ${rule.id}`);
  return { ...rule, recognises };
});
