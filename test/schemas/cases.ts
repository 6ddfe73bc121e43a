/**
 * Hand-written inputs for the schema differential test: valid bases, and malformed inputs that
 * between them break every rule the library checks (the rules the schemas express and the
 * allow-listed ones they cannot). Every malformed case is rejected by the library.
 */
import type { Kind } from './allow-list';

// biome-ignore lint/suspicious/noExplicitAny: cases are JSON, malformed on purpose.
type Json = any;

export interface Case {
  id: string;
  kind: Kind;
  input: Json;
}

const clone = <T>(v: T): T => structuredClone(v);

export const RELIEF: Json = {
  painType: 'crps',
  regimen: {
    route: 'intravenous',
    dose: { amount: 0.35, unit: 'mg/kg/h', over: { hours: 4 } },
    sessions: 10,
    every: { days: 1 },
  },
  patient: { weightKg: 70, ageYears: 45 },
};

export const EXPOSURE: Json = {
  regimen: { route: 'intranasal', dose: { amount: 1, unit: 'mg/kg' } },
  patient: { weightKg: 80, ageYears: 35 },
  medications: ['clarithromycin'],
};

export const MAINTENANCE: Json = {
  ...clone(RELIEF),
  lastSessionEnd: '2026-11-20T16:00:00+01:00',
  history: [
    { sessionEnd: '2026-03-02T15:00:00+01:00', reliefDays: 38 },
    { sessionEnd: '2026-05-04T15:00:00+02:00', reliefLostOn: '2026-06-15' },
  ],
};

export const DIARY: Json = {
  sessions: [{ start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' }],
  entries: [
    { at: '2026-11-02T08:00:00Z', score: 8 },
    { at: '2026-11-03T12:00:00Z', score: 3 },
    { at: '2026-11-20T12:00:00Z', score: 7 },
  ],
};

/** Valid inputs: both must accept them. */
export const VALID: Case[] = [
  { id: 'readme relief', kind: 'relief-input', input: RELIEF },
  { id: 'readme exposure', kind: 'exposure-input', input: EXPOSURE },
  { id: 'readme maintenance', kind: 'maintenance-input', input: MAINTENANCE },
  { id: 'readme diary', kind: 'diary', input: DIARY },
  {
    id: 'oral bolus, no patient fields',
    kind: 'relief-input',
    input: {
      painType: 'cancer',
      regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
      patient: {},
    },
  },
  {
    id: 'two-part over within bounds',
    kind: 'relief-input',
    input: with_(RELIEF, (x) => {
      x.regimen.dose.over = { hours: 1, minutes: 30 };
    }),
  },
  {
    id: 'zero parts beside a single part',
    kind: 'exposure-input',
    input: {
      regimen: {
        route: 'subcutaneous',
        method: 'infusion',
        dose: { amount: 20, unit: 'mg/h', over: { minutes: 0, hours: 2, days: 0 } },
        sessions: 3,
        every: { weeks: 1, days: 0 },
      },
      patient: {},
    },
  },
  {
    id: 'explicit sessions 1 without every',
    kind: 'relief-input',
    input: with_(RELIEF, (x) => {
      x.regimen.sessions = 1;
      delete x.regimen.every;
    }),
  },
  {
    id: 'shortest infusion, longest interval',
    kind: 'relief-input',
    input: with_(RELIEF, (x) => {
      x.regimen.dose = { amount: 1, unit: 'mg/kg/h', over: { minutes: 1 } };
      x.regimen.every = { days: 365 };
      x.regimen.sessions = 2;
    }),
  },
  {
    id: 'longest infusion in weeks',
    kind: 'relief-input',
    input: with_(RELIEF, (x) => {
      x.regimen.dose = { amount: 0.1, unit: 'mg/kg/h', over: { weeks: 30 / 7 } };
      x.regimen.every = { days: 31 };
      x.regimen.sessions = 2;
    }),
  },
  {
    id: 'diary sessions out of order',
    kind: 'diary',
    input: {
      sessions: [
        { start: '2026-12-02T09:00:00Z', end: '2026-12-02T13:00:00Z' },
        { start: '2026-11-02T09:00:00Z', end: '2026-11-02T13:00:00Z' },
      ],
      entries: [],
    },
  },
  {
    id: 'history with reliefDays and reliefLostOn that agree',
    kind: 'maintenance-input',
    input: with_(MAINTENANCE, (x) => {
      x.history[0] = {
        sessionEnd: '2026-03-02T15:00:00+01:00',
        reliefDays: 10,
        reliefLostOn: '2026-03-12',
      };
    }),
  },
  {
    id: 'dates at the ends of the accepted years',
    kind: 'maintenance-input',
    input: with_(MAINTENANCE, (x) => {
      x.history = [{ sessionEnd: '1900-01-01T00:00:00Z', reliefLostOn: '1900-02-01' }];
      x.lastSessionEnd = '2199-01-01T00:00:00Z';
    }),
  },
];

/** A deep copy of `base`, changed by `f`. */
export function with_(base: Json, f: (x: Json) => void): Json {
  const x = clone(base);
  f(x);
  return x;
}

const relief = (id: string, f: (x: Json) => void): Case => ({
  id,
  kind: 'relief-input',
  input: with_(RELIEF, f),
});
const exposure = (id: string, f: (x: Json) => void): Case => ({
  id,
  kind: 'exposure-input',
  input: with_(EXPOSURE, f),
});
const maintenance = (id: string, f: (x: Json) => void): Case => ({
  id,
  kind: 'maintenance-input',
  input: with_(MAINTENANCE, f),
});
const diary = (id: string, f: (x: Json) => void): Case => ({
  id,
  kind: 'diary',
  input: with_(DIARY, f),
});

/** Malformed inputs, each rejected by the library. */
export const MALFORMED: Case[] = [
  // The getting-started guide's bad input: a rate with no `over` and no weight.
  {
    id: 'guide: mg/kg/h without over or weight',
    kind: 'relief-input',
    input: {
      painType: 'crps',
      regimen: { route: 'intravenous', dose: { amount: 0.35, unit: 'mg/kg/h' } },
      patient: {},
    },
  },
  // rate-needs-over
  relief('rate without over', (x) => {
    delete x.regimen.dose.over;
  }),
  exposure('mg/h without over', (x) => {
    x.regimen = { route: 'intravenous', dose: { amount: 20, unit: 'mg/h' } };
  }),
  // weight-for-per-kg-dose
  relief('per-kg rate without weight', (x) => {
    x.patient = { ageYears: 45 };
  }),
  exposure('per-kg bolus without weight', (x) => {
    x.patient = {};
  }),
  // sessions-need-every / every-needs-sessions
  relief('sessions > 1 without every', (x) => {
    delete x.regimen.every;
  }),
  relief('every without sessions', (x) => {
    delete x.regimen.sessions;
  }),
  relief('every with sessions 1', (x) => {
    x.regimen.sessions = 1;
  }),
  // unique-medications / unique-conditions
  relief('duplicate medications', (x) => {
    x.medications = ['opioid', 'clonidine', 'opioid'];
  }),
  exposure('duplicate medications (exposure)', (x) => {
    x.medications = ['clarithromycin', 'clarithromycin'];
  }),
  relief('duplicate conditions', (x) => {
    x.patient.conditions = ['pregnancy', 'pregnancy'];
  }),
  // duration-not-empty
  relief('empty every object', (x) => {
    x.regimen.every = {};
  }),
  relief('every of zeros', (x) => {
    x.regimen.every = { hours: 0, days: 0 };
  }),
  relief('empty every string', (x) => {
    x.regimen.every = '';
  }),
  relief('empty over object', (x) => {
    x.regimen.dose.over = {};
  }),
  // infusion-length
  relief('infusion shorter than a minute', (x) => {
    x.regimen.dose.over = { minutes: 0.5 };
  }),
  relief('infusion of 31 days', (x) => {
    x.regimen.dose.over = { days: 31 };
    x.regimen.every = { days: 60 };
  }),
  relief('infusion of 5 weeks', (x) => {
    x.regimen.dose = { amount: 0.01, unit: 'mg/kg/h', over: { weeks: 5 } };
    x.regimen.every = { days: 60 };
  }),
  // interval-length
  relief('interval of 400 days', (x) => {
    x.regimen.every = { days: 400 };
  }),
  relief('interval of half a minute', (x) => {
    x.regimen.every = { minutes: 0.5 };
  }),
  relief('interval of 53 weeks', (x) => {
    x.regimen.every = { weeks: 53 };
  }),
  // bolus-without-over / infusion-needs-over
  relief('bolus with over', (x) => {
    x.regimen.method = 'bolus';
    x.regimen.dose = { amount: 0.3, unit: 'mg/kg', over: { minutes: 10 } };
  }),
  relief('infusion without over', (x) => {
    x.regimen.method = 'infusion';
    x.regimen.dose = { amount: 0.3, unit: 'mg/kg' };
  }),
  // route-supports-method
  relief('oral dose with over (inferred infusion)', (x) => {
    x.regimen.route = 'oral';
    x.regimen.dose = { amount: 50, unit: 'mg', over: { hours: 1 } };
  }),
  exposure('intranasal infusion', (x) => {
    x.regimen = {
      route: 'intranasal',
      method: 'infusion',
      dose: { amount: 50, unit: 'mg', over: { hours: 1 } },
    };
  }),
  // dose-amount-by-unit
  relief('150 mg/kg', (x) => {
    x.regimen.dose = { amount: 150, unit: 'mg/kg' };
    x.regimen.method = 'bolus';
    x.regimen.sessions = 1;
    delete x.regimen.every;
  }),
  relief('25 mg/kg/h', (x) => {
    x.regimen.dose.amount = 25;
  }),
  relief('2500 mg/h', (x) => {
    x.regimen.dose = { amount: 2500, unit: 'mg/h', over: { hours: 1 } };
  }),
  // plain shape and bounds (already in the generated schemas)
  relief('unknown key at the root', (x) => {
    x.extra = true;
  }),
  relief('unknown key in dose', (x) => {
    x.regimen.dose.rate = 1;
  }),
  relief('sessions 0', (x) => {
    x.regimen.sessions = 0;
  }),
  relief('sessions 1.5', (x) => {
    x.regimen.sessions = 1.5;
  }),
  relief('sessions 2000', (x) => {
    x.regimen.sessions = 2000;
  }),
  relief('weight 0.1 kg', (x) => {
    x.patient.weightKg = 0.1;
  }),
  relief('unknown pain type', (x) => {
    x.painType = 'gout';
  }),
  relief('unknown unit', (x) => {
    x.regimen.dose.unit = 'mcg/kg/min';
  }),
  relief('no regimen', (x) => {
    delete x.regimen;
  }),
  exposure('painType in an exposure input', (x) => {
    x.painType = 'crps';
  }),
  // date-years and date formats
  maintenance('lastSessionEnd in 1899', (x) => {
    x.history = undefined;
    x.lastSessionEnd = '1899-12-31T12:00:00Z';
  }),
  maintenance('sessionEnd in 2200', (x) => {
    x.history = [{ sessionEnd: '2200-01-01T00:00:00Z', reliefDays: 3 }];
    x.lastSessionEnd = undefined;
  }),
  maintenance('reliefLostOn 2026-02-30', (x) => {
    x.history[1].reliefLostOn = '2026-02-30';
  }),
  maintenance('date-time without offset', (x) => {
    x.lastSessionEnd = '2026-11-20T16:00:00';
  }),
  diary('diary date in 2200', (x) => {
    x.sessions = [{ start: '2199-12-31T09:00:00Z', end: '2199-12-31T10:00:00Z' }];
    x.entries = [{ at: '2200-01-02T00:00:00Z', score: 5 }];
  }),
  // history-entry-relief / history-not-empty
  maintenance('history entry without relief', (x) => {
    x.history[0] = { sessionEnd: '2026-03-02T15:00:00+01:00' };
  }),
  maintenance('empty history', (x) => {
    x.history = [];
  }),
  maintenance('maintenance: sessions without every', (x) => {
    delete x.regimen.every;
  }),
  // diary shape
  diary('diary without sessions', (x) => {
    x.sessions = [];
  }),
  diary('score 11', (x) => {
    x.entries[0].score = 11;
  }),

  // ----- Allow-listed: rules JSON Schema cannot express -----
  // duration-total
  relief('two-part infusion over 30 days', (x) => {
    x.regimen.dose = { amount: 0.01, unit: 'mg/kg/h', over: { days: 29, hours: 25 } };
    x.regimen.every = { days: 60 };
  }),
  relief('two-part interval under a minute', (x) => {
    x.regimen.every = { minutes: 0.5, hours: 0.001 };
    x.regimen.dose = { amount: 0.3, unit: 'mg/kg' };
  }),
  // session-total
  relief('2000 mg/h for 60 hours', (x) => {
    x.regimen = {
      route: 'intravenous',
      dose: { amount: 2000, unit: 'mg/h', over: { hours: 60 } },
    };
  }),
  // overlapping-sessions
  relief('sessions overlap', (x) => {
    x.regimen.every = { hours: 1 };
  }),
  // regimen-span
  relief('regimen longer than ten years', (x) => {
    x.regimen.sessions = 1500;
    x.regimen.every = { days: 365 };
  }),
  // pain-history-within-age
  relief('pain history longer than life', (x) => {
    x.patient.painHistoryYears = 50;
  }),
  // history-order
  maintenance('history out of order', (x) => {
    x.history.reverse();
  }),
  // history-dates
  maintenance('reliefLostOn before sessionEnd', (x) => {
    x.history[1].reliefLostOn = '2026-05-01';
  }),
  maintenance('reliefDays disagrees with reliefLostOn', (x) => {
    x.history[1].reliefDays = 10;
  }),
  maintenance('lastSessionEnd before the last history entry', (x) => {
    x.lastSessionEnd = '2026-04-01T12:00:00Z';
  }),
  // not-in-future
  maintenance('lastSessionEnd after now', (x) => {
    x.lastSessionEnd = '2199-12-01T12:00:00Z';
  }),
  // diary-session-order / diary-overlap / diary-span
  diary('session ends before it starts', (x) => {
    x.sessions[0] = { start: '2026-11-02T13:00:00Z', end: '2026-11-02T09:00:00Z' };
  }),
  diary('sessions overlap (diary)', (x) => {
    x.sessions.push({ start: '2026-11-02T12:00:00Z', end: '2026-11-02T14:00:00Z' });
  }),
  diary('diary spans eleven years', (x) => {
    x.entries.push({ at: '2037-11-20T12:00:00Z', score: 7 });
  }),
];
