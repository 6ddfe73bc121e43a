/**
 * Inputs for the schema differential test: valid inputs of each kind, and mutations that break
 * them the ways callers do (a key dropped or added, a wrong unit or type, a duplicate, a
 * session count without an interval, numbers out of range, bad dates). Numbers are drawn from
 * short lists of round values and boundary values, so that a disagreement points at a rule,
 * not at the last bit of a double.
 */
import fc from 'fast-check';
import { listMedicines, listPainTypes, listRoutes } from '../../src/index';
import { PATIENT_CONDITIONS } from '../../src/patient/schema';
import type { Kind } from './allow-list';

// biome-ignore lint/suspicious/noExplicitAny: inputs are JSON, malformed on purpose.
type Json = any;

const PAIN_TYPES = listPainTypes().map((p) => p.id);
const MEDICINES = listMedicines().map((m) => m.id);
const ROUTE_METHODS = listRoutes().flatMap((r) =>
  r.methods.map((m) => ({ route: r.id, method: m.method })),
);
const ROUTES = listRoutes().map((r) => r.id);
const UNITS = ['mg', 'mg/kg', 'mg/h', 'mg/kg/h'] as const;
const DAY = 86_400_000;

const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const AMOUNTS: Record<(typeof UNITS)[number], fc.Arbitrary<number>> = {
  mg: fc.integer({ min: 1, max: 500 }),
  'mg/kg': fc.integer({ min: 1, max: 20 }).map((n) => n / 10),
  'mg/h': fc.integer({ min: 1, max: 100 }),
  'mg/kg/h': fc.integer({ min: 1, max: 20 }).map((n) => n / 20),
};

/** An infusion length of one part, 5 minutes to 8 hours. */
const over = fc.oneof(
  fc.integer({ min: 5, max: 120 }).map((minutes) => ({ minutes })),
  fc.integer({ min: 1, max: 8 }).map((hours) => ({ hours })),
);
/** An interval of one part, 1 to 28 days (never shorter than `over`). */
const every = fc.oneof(
  fc.integer({ min: 1, max: 28 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 4 }).map((weeks) => ({ weeks })),
  fc.integer({ min: 24, max: 96 }).map((hours) => ({ hours })),
);

const dose = (infusion: boolean) =>
  fc
    .constantFrom(...(infusion ? UNITS : (['mg', 'mg/kg'] as const)))
    .chain((unit) =>
      fc.record({
        amount: AMOUNTS[unit],
        unit: fc.constant(unit),
        over: infusion ? over : fc.constant(undefined),
      }),
    )
    .map(defined);

export const regimen = fc
  .record({
    rm: fc.constantFrom(...ROUTE_METHODS),
    explicitMethod: fc.boolean(),
    series: option(fc.record({ sessions: fc.integer({ min: 2, max: 20 }), every })),
    explicitOne: fc.boolean(),
    drug: option(fc.constantFrom('racemic', 'esketamine')),
  })
  .chain(({ rm, explicitMethod, series, explicitOne, drug }) =>
    dose(rm.method === 'infusion').map((d) =>
      defined({
        route: rm.route,
        method: explicitMethod ? rm.method : undefined,
        dose: d,
        sessions: series ? series.sessions : explicitOne ? 1 : undefined,
        every: series?.every,
        drug,
      }),
    ),
  );

export const patient = fc
  .record({
    weightKg: option(fc.integer({ min: 3, max: 150 })),
    ageYears: option(fc.integer({ min: 1, max: 100 })),
    sex: option(fc.constantFrom('female', 'male')),
    hepaticImpairment: option(fc.constantFrom('none', 'mild', 'moderate', 'severe')),
    renalFailure: option(fc.boolean()),
    cyp2b6: option(fc.constantFrom('normal', 'intermediate', 'poor')),
    history: option(fc.integer({ min: 0, max: 100 })),
    depression: option(fc.boolean()),
    conditions: option(fc.uniqueArray(fc.constantFrom(...PATIENT_CONDITIONS), { maxLength: 3 })),
  })
  .map(({ history, ...p }) =>
    defined({
      ...p,
      // Pain history within the age, when both are known.
      painHistoryYears:
        history === undefined
          ? undefined
          : p.ageYears === undefined
            ? history
            : history % (p.ageYears + 1),
    }),
  );

const medications = option(fc.uniqueArray(fc.constantFrom(...MEDICINES), { maxLength: 4 }));

/** `{ regimen, patient, medications? }` with a weight whenever the dose is per kilogram. */
const treatment = fc
  .record({ regimen, patient, medications })
  .map(({ regimen: r, patient: p, medications: m }) => {
    const weightKg = r.dose.unit.includes('/kg') ? (p.weightKg ?? 70) : p.weightKg;
    return defined({ regimen: r, patient: defined({ ...p, weightKg }), medications: m });
  });

export const exposureInput = treatment;
export const reliefInput = fc
  .tuple(fc.constantFrom(...PAIN_TYPES), treatment)
  .map(([painType, t]) => ({ painType, ...t }));

function isoWithOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

const Y2000 = Date.UTC(2000, 0, 1);
const Y2100 = Date.UTC(2100, 0, 1);

/** A history, oldest first, each course 90+ days after the one before, and `lastSessionEnd`. */
const history = fc
  .record({
    start: fc.integer({ min: Y2000 / DAY, max: Y2100 / DAY - 2000 }),
    entries: fc.array(
      fc.record({
        gap: fc.integer({ min: 90, max: 400 }),
        days: fc.integer({ min: 1, max: 80 }),
        form: fc.constantFrom('days', 'date', 'both'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    last: fc.integer({ min: 1, max: 90 }),
  })
  .map(({ start, entries, last }) => {
    let day = start;
    const out = entries.map(({ gap, days, form }) => {
      day += gap;
      const sessionEnd = isoWithOffset(day * DAY + 12 * 3600000, 0);
      const lost = new Date((day + days) * DAY).toISOString().slice(0, 10);
      return defined({
        sessionEnd,
        reliefDays: form === 'date' ? undefined : days,
        reliefLostOn: form === 'days' ? undefined : lost,
      });
    });
    return { history: out, lastSessionEnd: isoWithOffset((day + last) * DAY, 60) };
  });

export const maintenanceInput = fc
  .tuple(reliefInput, option(history), fc.boolean())
  .map(([r, h, withLast]) =>
    defined({
      ...r,
      history: h?.history,
      lastSessionEnd: h ? h.lastSessionEnd : withLast ? '2026-11-20T16:00:00+01:00' : undefined,
    }),
  );

/** A diary: 1–4 sessions a week or more apart (in any order), scores around them. */
export const diaryInput = fc
  .record({
    start: fc.integer({ min: Y2000 / 60000, max: Y2100 / 60000 }),
    sessions: fc.array(
      fc.record({
        gapDays: fc.integer({ min: 7, max: 60 }),
        hours: fc.integer({ min: 0, max: 8 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    entries: fc.array(
      fc.record({
        hour: fc.integer({ min: -24, max: 24 * 200 }),
        score: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 8 },
    ),
    shuffle: fc.boolean(),
  })
  .map(({ start, sessions, entries, shuffle }) => {
    let t = start * 60000;
    const s = sessions.map(({ gapDays, hours }) => {
      t += gapDays * DAY;
      return { start: isoWithOffset(t, 0), end: isoWithOffset(t + hours * 3600000, 0) };
    });
    const at0 = start * 60000 + 7 * DAY;
    return {
      sessions: shuffle ? s.reverse() : s,
      entries: entries.map(({ hour, score }) => ({
        at: isoWithOffset(at0 + hour * 3600000, 0),
        score,
      })),
    };
  });

// ---------------------------------------------------------------------------------------------
// Mutations: each takes the input (a deep copy) and a random integer to choose with.

type Mutation = (x: Json, r: number) => void;

const pick = <T>(list: readonly T[], r: number): T => list[r % list.length] as T;
/** The items of `v` when it is a non-empty array, else a list of nothing. */
const items = (v: Json): Json[] => (Array.isArray(v) && v.length > 0 ? v : [undefined]);
const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object (with its path) inside `x`, `x` included. */
function objects(x: Json): Json[] {
  const out: Json[] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      out.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(x);
  return out;
}

/** Every (container, key) whose value is a number or string. */
function leaves(x: Json): [Json, string | number][] {
  const out: [Json, string | number][] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v))
      v.forEach((c, i) => {
        if (typeof c === 'object' && c !== null) walk(c);
        else out.push([v, i]);
      });
    else if (isObject(v)) {
      for (const [k, c] of Object.entries(v)) {
        if (typeof c === 'object' && c !== null) walk(c);
        else out.push([v, k]);
      }
    }
  };
  walk(x);
  return out;
}

/** Round, boundary and out-of-range numbers. */
const NUMBERS = [
  -1, 0, 0.0005, 0.001, 0.1, 0.2, 0.5, 1, 1.5, 2, 4, 10, 20, 25, 30, 31, 52, 53, 60, 100, 101, 150,
  151, 365, 366, 720, 721, 1000, 1001, 1500, 1501, 2000, 2001, 3650, 3651, 8760, 10000, 10001,
  43200, 43201, 525600, 525601, 5256001, 1e9,
];
/** Durations: empty, zero, tiny, one part at a bound, several parts. */
const DURATIONS: Json[] = [
  {},
  { hours: 0 },
  { minutes: 0.5 },
  { minutes: 1 },
  { hours: 0.01 },
  { minutes: 0.5, hours: 0.01 },
  { hours: 1, minutes: 30 },
  { hours: 4 },
  { days: 1 },
  { days: 30 },
  { days: 31 },
  { days: 29, hours: 25 },
  { weeks: 4, days: 2 },
  { weeks: 5 },
  { days: 365 },
  { days: 366 },
  { weeks: 52, days: 2 },
  { weeks: 53 },
  { days: 364, hours: 23, minutes: 61 },
  { days: 3651 },
  { months: 1 },
  '',
  'P1D',
  7,
];
/** Dates: good, outside the years, impossible, without offset, odd spellings. */
const DATES = [
  '2026-11-20T16:00:00+01:00',
  '2026-11-20T16:00:00.250Z',
  '1899-12-31T23:59:59Z',
  '1900-01-01T00:00:00+01:00',
  '2199-12-31T23:00:00-05:00',
  '2200-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2024-02-29T10:00:00Z',
  '2026-11-20T16:00:00',
  '2026-11-20t16:00:00z',
  '2026-11-20 16:00:00Z',
  '2026-11-20T24:00:00Z',
  '2026-11-20',
  '2026-02-29',
  '2024-02-29',
  '1899-12-31',
  '2200-01-01',
  '2026-13-01',
  'yesterday',
];

const GENERIC: Mutation[] = [
  // drop a key
  (x, r) => {
    const o = pick(objects(x), r);
    const keys = Object.keys(o);
    if (keys.length > 0) delete o[pick(keys, r >> 3)];
  },
  // add an unknown key
  (x, r) => {
    pick(objects(x), r)[pick(['extra', 'note', 'rate', 'unit', 'id'], r >> 3)] = 1;
  },
  // wrong type
  (x, r) => {
    const l = leaves(x);
    if (l.length === 0) return;
    const [c, k] = pick(l, r);
    c[k] = pick(['x', '', null, true, 3, [], {}], r >> 4);
  },
  // out-of-range or boundary number
  (x, r) => {
    const l = leaves(x).filter(([c, k]) => typeof c[k] === 'number');
    if (l.length === 0) return;
    const [c, k] = pick(l, r);
    c[k] = pick(NUMBERS, r >> 4);
  },
];

const TREATMENT: Mutation[] = [
  (x, r) => {
    if (isObject(x.regimen?.dose)) x.regimen.dose.unit = pick(UNITS, r);
  },
  (x) => {
    if (isObject(x.regimen?.dose)) delete x.regimen.dose.over;
  },
  (x, r) => {
    if (isObject(x.regimen?.dose)) x.regimen.dose.over = structuredClone(pick(DURATIONS, r));
  },
  (x, r) => {
    if (isObject(x.regimen)) x.regimen.every = structuredClone(pick(DURATIONS, r));
  },
  // sessions without every, every without sessions
  (x, r) => {
    if (!isObject(x.regimen)) return;
    x.regimen.sessions = pick([2, 3, 10], r);
    delete x.regimen.every;
  },
  (x, r) => {
    if (!isObject(x.regimen)) return;
    x.regimen.every = { days: 1 };
    if (r % 2 === 0) delete x.regimen.sessions;
    else x.regimen.sessions = 1;
  },
  (x, r) => {
    if (isObject(x.regimen)) x.regimen.sessions = pick([1, 2, 100, 1000, 1500], r);
  },
  // duplicates
  (x, r) => {
    const m =
      Array.isArray(x.medications) && x.medications.length > 0
        ? x.medications
        : [pick(MEDICINES, r)];
    x.medications = [...m, pick(m, r >> 2)];
  },
  (x, r) => {
    if (!isObject(x.patient)) return;
    const c =
      Array.isArray(x.patient.conditions) && x.patient.conditions.length > 0
        ? x.patient.conditions
        : [pick(PATIENT_CONDITIONS, r)];
    x.patient.conditions = [...c, pick(c, r >> 2)];
  },
  // method and route
  (x, r) => {
    if (isObject(x.regimen)) x.regimen.method = pick(['bolus', 'infusion'], r);
  },
  (x, r) => {
    if (isObject(x.regimen)) x.regimen.route = pick(ROUTES, r);
  },
  // patient
  (x) => {
    if (isObject(x.patient)) delete x.patient.weightKg;
  },
  (x, r) => {
    if (!isObject(x.patient)) return;
    x.patient.ageYears = pick([20, 40, 70], r);
    x.patient.painHistoryYears = x.patient.ageYears + pick([-1, 0, 0.5, 5], r >> 2);
  },
  // large amounts, for the unit bounds and the session total
  (x, r) => {
    if (isObject(x.regimen?.dose))
      x.regimen.dose.amount = pick([19, 20, 21, 99, 101, 1000, 1999, 2001, 9999], r);
  },
];

const MAINTENANCE: Mutation[] = [
  (x) => {
    x.history = [];
  },
  (x, r) => {
    if (!Array.isArray(x.history) || x.history.length === 0) return;
    const e = pick(x.history, r);
    if (isObject(e)) {
      delete e.reliefDays;
      delete e.reliefLostOn;
    }
  },
  (x) => {
    if (Array.isArray(x.history)) x.history.reverse();
  },
  (x, r) => {
    if (!Array.isArray(x.history) || x.history.length === 0) return;
    const e = pick(x.history, r);
    if (isObject(e)) e[pick(['sessionEnd', 'reliefLostOn'], r >> 3)] = pick(DATES, r >> 4);
  },
  (x, r) => {
    x.lastSessionEnd = pick(DATES, r);
  },
  (x, r) => {
    if (!Array.isArray(x.history) || x.history.length === 0) return;
    const e = pick(x.history, r);
    if (isObject(e)) e.reliefDays = pick([0, 0.5, 3, 40, 3650, 3651], r >> 3);
  },
  (x) => {
    if (Array.isArray(x.history) && x.history.length > 0)
      x.history.push(structuredClone(x.history[0]));
  },
];

const DIARY: Mutation[] = [
  (x, r) => {
    const s = pick(items(x.sessions), r);
    if (isObject(s)) [s.start, s.end] = [s.end, s.start];
  },
  (x, r) => {
    if (Array.isArray(x.sessions) && x.sessions.length > 0)
      x.sessions.push(structuredClone(pick(x.sessions, r)));
  },
  (x) => {
    x.sessions = [];
  },
  (x, r) => {
    if (Array.isArray(x.entries))
      x.entries.push({ at: pick(['2110-01-01T00:00:00Z', '1990-06-01T00:00:00Z'], r), score: 5 });
  },
  (x, r) => {
    if (Array.isArray(x.entries))
      x.entries.push({ at: '2050-01-01T00:00:00Z', score: pick([-1, 0, 10, 10.5, 11], r) });
  },
  (x, r) => {
    const s = pick(items(x.sessions), r);
    if (isObject(s)) s[pick(['start', 'end'], r >> 3)] = pick(DATES, r >> 4);
  },
];

const MUTATIONS: Record<Kind, Mutation[]> = {
  'relief-input': [...GENERIC, ...TREATMENT],
  'exposure-input': [...GENERIC, ...TREATMENT],
  'maintenance-input': [...GENERIC, ...TREATMENT, ...MAINTENANCE],
  diary: [...GENERIC, ...DIARY],
  'relief-result': GENERIC,
  'maintenance-result': GENERIC,
};

const VALID: Partial<Record<Kind, fc.Arbitrary<Json>>> = {
  'relief-input': reliefInput,
  'exposure-input': exposureInput,
  'maintenance-input': maintenanceInput,
  diary: diaryInput,
};

/** A valid input of `kind` with 0–3 mutations applied (about one in five left valid). */
export function mutated(kind: Kind): fc.Arbitrary<Json> {
  const valid = VALID[kind];
  if (!valid) throw new Error(`no valid-input arbitrary for ${kind}`);
  const mutations = MUTATIONS[kind];
  const step = fc.tuple(fc.nat({ max: mutations.length - 1 }), fc.nat({ max: 1 << 20 }));
  return fc
    .tuple(
      valid,
      fc.oneof(
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 4, arbitrary: fc.array(step, { minLength: 1, maxLength: 3 }) },
      ),
    )
    .map(([input, steps]) => {
      const x = structuredClone(input);
      for (const [m, r] of steps) mutations[m]?.(x, r);
      return x;
    });
}
