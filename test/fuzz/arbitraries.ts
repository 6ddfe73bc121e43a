// Arbitraries for the fuzz suite: realistic valid inputs, and the extreme and hostile values
// that replace them. Valid inputs are built from the library's own lists (pain types, routes
// with a method each supports, medicines), so they follow the registry as it grows.
import { fc } from '@fast-check/vitest';
import { listPkModels } from '../../src/entries/pk';
import { listMedicines, listPainTypes, listRoutes, listSources } from '../../src/index';
import { PATIENT_CONDITIONS } from '../../src/patient/schema';
import { model as pkModel } from '../pk/arbitraries';

export const NOW = '2026-11-27T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const logUniform = (min: number, max: number) =>
  fc
    .double({ min: Math.log(min), max: Math.log(max), noNaN: true })
    .map((x) => Math.min(max, Math.max(min, Number(Math.exp(x).toPrecision(4)))));
const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops keys whose value is undefined, so that inputs read as a caller would write them. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const PAIN_TYPES = listPainTypes().map((p) => p.id);
export const ROUTES = listRoutes().map((r) => r.id);
export const MEDICINES = listMedicines().map((m) => m.id);
export const SOURCES = listSources().map((s) => s.id);
export const PK_MODELS = listPkModels().map((m) => m.id);
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];
const CONDITIONS = PATIENT_CONDITIONS;
const ROUTE_METHODS = listRoutes().flatMap((r) =>
  r.methods.map((m) => ({ route: r.id, method: m.method })),
);
const UNIT_RANGES = {
  mg: [1, 500],
  'mg/kg': [0.05, 2],
  'mg/h': [1, 100],
  'mg/kg/h': [0.05, 1],
} as const;
type Unit = keyof typeof UNIT_RANGES;

export const painType = fc.constantFrom(...PAIN_TYPES);
export const routeId = fc.constantFrom(...ROUTES);
export const medicineId = fc.constantFrom(...MEDICINES);
export const drug = fc.constantFrom('racemic' as const, 'esketamine' as const);
export const method = fc.constantFrom('bolus' as const, 'infusion' as const);
export const unit = fc.constantFrom<Unit>('mg', 'mg/kg', 'mg/h', 'mg/kg/h');
export const timeZone = fc.constantFrom(...ZONES);
export const offsetMinutes = fc.constantFrom(0, 60, 120, -300, -240, -210, 330, 345, 540, 780);
export const seed = fc.oneof(fc.integer(), fc.string({ maxLength: 40 }));

const overMinutes = (o: { minutes?: number; hours?: number; days?: number }) =>
  (o.minutes ?? 0) + (o.hours ?? 0) * 60 + (o.days ?? 0) * 1440;
const over = fc.oneof(
  fc.integer({ min: 1, max: 240 }).map((minutes) => ({ minutes })),
  fc.integer({ min: 1, max: 100 }).map((hours) => ({ hours })),
  fc.integer({ min: 1, max: 5 }).map((days) => ({ days })),
);

export const regimen = fc
  .record({
    rm: fc.constantFrom(...ROUTE_METHODS),
    unit,
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    over,
    sessions: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 10 })),
    everyDays: fc.integer({ min: 1, max: 28 }),
    drug: option(drug),
    explicit: fc.boolean(),
  })
  .map((r) => {
    const infusion = r.rm.method === 'infusion';
    const u: Unit = infusion ? r.unit : r.unit === 'mg/kg' || r.unit === 'mg/kg/h' ? 'mg/kg' : 'mg';
    const [lo, hi] = UNIT_RANGES[u];
    const amount = Number((lo * (hi / lo) ** r.share).toPrecision(4));
    const days = Math.max(r.everyDays, infusion ? Math.ceil(overMinutes(r.over) / 1440) : 0);
    return defined({
      route: r.rm.route,
      method: r.explicit ? r.rm.method : undefined,
      dose: infusion ? { amount, unit: u, over: r.over } : { amount, unit: u },
      sessions: r.sessions > 1 ? r.sessions : undefined,
      every: r.sessions > 1 ? { days } : undefined,
      drug: r.drug,
    });
  });

export const patient = fc
  .record(
    {
      weightKg: logUniform(10, 150),
      ageYears: fc.integer({ min: 1, max: 95 }),
      sex: fc.constantFrom('female', 'male'),
      hepaticImpairment: fc.constantFrom('none', 'mild', 'moderate', 'severe'),
      renalFailure: fc.boolean(),
      cyp2b6: fc.constantFrom('normal', 'intermediate', 'poor'),
      depression: fc.boolean(),
      conditions: fc.uniqueArray(fc.constantFrom(...CONDITIONS), { maxLength: 2 }),
      historyShare: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['weightKg'] },
  )
  .map(({ historyShare, ...p }) =>
    p.ageYears !== undefined && historyShare !== undefined
      ? { ...p, painHistoryYears: Math.round(p.ageYears * historyShare) }
      : p,
  );

export const medications = fc.uniqueArray(medicineId, { maxLength: 3 });
export const exposureInput = fc.record(
  { regimen, patient, medications },
  { requiredKeys: ['regimen', 'patient'] },
);
export const reliefInput = fc.record(
  { painType, regimen, patient, medications },
  { requiredKeys: ['painType', 'regimen', 'patient'] },
);

const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO date-time of `ms`, written with a UTC offset of `offset` minutes. */
export function isoAt(ms: number, offset: number): string {
  const local = new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const a = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
const dateOf = (ms: number, offset: number) => isoAt(ms, offset).slice(0, 10);

/** A history oldest first, ending before the last session, with relief over before `NOW`. */
export const maintenanceInput = fc
  .record({
    relief: reliefInput,
    lastDaysAgo: fc.integer({ min: 1, max: 19 }),
    lastOffset: offsetMinutes,
    withLast: fc.boolean(),
    entries: fc.array(
      fc.record({
        gapDays: fc.integer({ min: 20, max: 120 }),
        reliefDays: fc.integer({ min: 2, max: 19 }),
        byDate: fc.boolean(),
        offset: offsetMinutes,
        minutes: fc.integer({ min: 0, max: 1439 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((m) => {
    const last = NOW_MS - m.lastDaysAgo * DAY;
    let t = last;
    const history = m.entries.map((e) => {
      t -= e.gapDays * DAY + e.minutes * MINUTE;
      const sessionEnd = isoAt(t, e.offset);
      return e.byDate
        ? { sessionEnd, reliefLostOn: dateOf(t + e.reliefDays * DAY, e.offset) }
        : { sessionEnd, reliefDays: e.reliefDays };
    });
    return defined({
      ...m.relief,
      history: history.length > 0 ? history.reverse() : undefined,
      lastSessionEnd: m.withLast ? isoAt(last, m.lastOffset) : undefined,
    });
  });

export const diary = fc
  .record({
    startDay: fc.integer({ min: 0, max: 3000 }),
    offset: offsetMinutes,
    reversed: fc.boolean(),
    sessions: fc.array(
      fc.record({
        gapDays: fc.integer({ min: 3, max: 40 }),
        hours: fc.integer({ min: 1, max: 8 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    entries: fc.array(
      fc.record({
        session: fc.nat(),
        hours: fc.integer({ min: -48, max: 24 * 40 }),
        score: fc.integer({ min: 0, max: 20 }).map((x) => x / 2),
      }),
      { maxLength: 30 },
    ),
  })
  .map((d) => {
    let t = Date.UTC(2018, 0, 1, 9) + d.startDay * DAY;
    const starts = d.sessions.map((s) => {
      const at = t;
      t += s.gapDays * DAY;
      return [at, at + s.hours * HOUR] as const;
    });
    const sessions = starts.map(([a, b]) => ({
      start: isoAt(a, d.offset),
      end: isoAt(b, d.offset),
    }));
    const entries = d.entries.map((e) => ({
      at: isoAt((starts[e.session % starts.length]?.[0] ?? 0) + e.hours * HOUR, d.offset),
      score: e.score,
    }));
    return { sessions: d.reversed ? sessions.reverse() : sessions, entries };
  });
export const diaryOptions = fc.record(
  {
    reliefThreshold: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    baselineHours: fc.integer({ min: 1, max: 720 }),
  },
  { requiredKeys: [] },
);

const MIN_MS = Date.UTC(1901, 0, 1);
const MAX_MS = Date.UTC(2198, 11, 31);
export const instant = fc.integer({ min: MIN_MS, max: MAX_MS });
export const isoDate = instant.map((ms) => new Date(ms).toISOString().slice(0, 10));
export const isoDateTime = fc.tuple(instant, offsetMinutes).map(([ms, o]) => isoAt(ms, o));
export const dateZone = fc.oneof(
  timeZone.map((z) => ({ timeZone: z })),
  offsetMinutes.map((o) => ({ offsetMinutes: o })),
);

export const percentileRange = fc
  .tuple(
    fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 5, maxLength: 5 }),
    fc.constantFrom('minute', 'hour', 'day', 'week', 'ng/mL'),
  )
  .map(([xs, u]) => {
    const [p5, p25, median, p75, p95] = [...xs].sort((a, b) => a - b);
    return { p5, p25, median, p75, p95, unit: u };
  });
/** Language tags the runtime's Intl supports, from short to long with extensions. */
export const locale = fc.constantFrom(
  'en',
  'de',
  'fr-CA',
  'es',
  'nl',
  'ja',
  'ar-EG',
  'zh-Hant-TW-u-nu-hanidec-ca-chinese',
);

export const humanizeOptions = fc.record(
  {
    from: fc.constantFrom('p5', 'p25', 'median'),
    to: fc.constantFrom('median', 'p75', 'p95'),
    locale: fc.option(locale, { nil: undefined }),
  },
  { requiredKeys: [] },
);

export const duration = fc
  .record(
    {
      minutes: fc.integer({ min: 0, max: 600 }),
      hours: fc.integer({ min: 0, max: 48 }),
      days: fc.integer({ min: 0, max: 30 }),
      weeks: fc.integer({ min: 0, max: 8 }),
    },
    { requiredKeys: [] },
  )
  .filter((d) => Object.values(d).some((v) => v > 0));

/** PK parameters: the same generator as the engine's property tests. */
export const pkParams = pkModel;
const doseEvent = (depot: boolean) =>
  fc
    .record({
      atMinute: fc.integer({ min: 0, max: 600 }),
      amountMg: logUniform(1, 200),
      kind: fc.constantFrom(...(depot ? ['bolus', 'infusion', 'depot'] : ['bolus', 'infusion'])),
      durationMinutes: fc.integer({ min: 1, max: 300 }),
    })
    .map((d) =>
      defined({
        atMinute: d.atMinute,
        amountMg: d.amountMg,
        into: d.kind === 'depot' ? 'depot' : 'central',
        durationMinutes: d.kind === 'infusion' ? d.durationMinutes : undefined,
      }),
    );
/** `[params, doses, times]` for simulatePk. */
export const pkCase = pkParams.chain((p) =>
  fc.tuple(
    fc.constant(p),
    fc.array(doseEvent(p.ka !== undefined), { maxLength: 5 }),
    fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { maxLength: 20 }),
  ),
);

export const levels = fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E'), { maxLength: 6 });
export const positives = fc.array(logUniform(0.01, 1000), { maxLength: 30 });
export const logNormal = fc.record({
  logMean: fc.double({ min: -2, max: 7, noNaN: true }),
  logSd: fc.double({ min: 0.05, max: 2, noNaN: true }),
});

// ---- Values that replace valid ones ----------------------------------------------------------

/** The error a hostile getter or proxy trap throws: it must not escape the library. */
export class HostileError extends Error {
  override name = 'HostileError';
}
const thrower = (): never => {
  throw new HostileError('hostile getter or trap');
};
const throwingHandler: ProxyHandler<object> = {
  get: thrower,
  has: thrower,
  ownKeys: thrower,
  getOwnPropertyDescriptor: thrower,
  getPrototypeOf: thrower,
};

export function nestObject(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
export function nestArray(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

type Maker = readonly [name: string, make: () => unknown];

/** Extreme primitives, dates and shapes (mutated-valid inputs). */
export const EXTREMES: readonly Maker[] = [
  ['0', () => 0],
  ['-0', () => -0],
  ['-1', () => -1],
  ['0.5', () => 0.5],
  ['1e-300', () => 1e-300],
  ['5e-324', () => 5e-324],
  ['1e15', () => 1e15],
  ['1e21', () => 1e21],
  ['1e308', () => 1e308],
  ['-1e308', () => -1e308],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['NaN', () => Number.NaN],
  ['2**53', () => 2 ** 53],
  ['-(2**53)', () => -(2 ** 53)],
  ['2**31', () => 2 ** 31],
  ["''", () => ''],
  ["'x'", () => 'x'],
  ["'1e308'", () => '1e308'],
  ['a 100 000-char string', () => 'x'.repeat(100_000)],
  ['null', () => null],
  ['undefined', () => undefined],
  ['true', () => true],
  ['[]', () => []],
  ['[1e308]', () => [1e308]],
  ['{}', () => ({})],
  ['{ days: 1e308 }', () => ({ days: 1e308 })],
  ['{ minutes: 5e-324 }', () => ({ minutes: 5e-324 })],
  ["'0001-01-01'", () => '0001-01-01'],
  ["'9999-12-31'", () => '9999-12-31'],
  ["'+275760-09-13'", () => '+275760-09-13'],
  ["'2026-13-45'", () => '2026-13-45'],
  ["'0001-01-01T00:00:00Z'", () => '0001-01-01T00:00:00Z'],
  ["'1899-12-31T23:59:59Z'", () => '1899-12-31T23:59:59Z'],
  ["'2200-01-01T00:00:00Z'", () => '2200-01-01T00:00:00Z'],
  ["'9999-12-31T23:59:59+14:00'", () => '9999-12-31T23:59:59+14:00'],
  ["'+275760-09-13T00:00:00Z'", () => '+275760-09-13T00:00:00Z'],
  ["'-271821-04-20T00:00:00Z'", () => '-271821-04-20T00:00:00Z'],
  ['Date(0001)', () => new Date('0001-01-01T00:00:00Z')],
  ['Date(9999)', () => new Date('9999-12-31T23:59:59Z')],
  ['Date(275760)', () => new Date(8.64e15)],
  ['Invalid Date', () => new Date(Number.NaN)],
];

/** Hostile values: types JSON cannot hold, cycles, throwing getters, proxies, odd prototypes. */
export const HOSTILE: readonly Maker[] = [
  ['a symbol', () => Symbol('fuzz')],
  ['10n', () => 10n],
  ['2n ** 64n', () => 2n ** 64n],
  ['a function', () => () => 1],
  ['a class', () => class {}],
  ['an Error', () => new Error('x')],
  ['a Map', () => new Map([['a', 1]])],
  ['a Set', () => new Set([1])],
  ['a RegExp', () => /x/],
  ['a boxed number', () => Object(5)],
  ['a boxed string', () => Object('oral')],
  ['a Float64Array with NaN', () => new Float64Array([1, Number.NaN])],
  ['an ArrayBuffer', () => new ArrayBuffer(8)],
  ['a sparse array', () => new Array(5)],
  ['a lone surrogate', () => '\uD800'],
  ['a NUL string', () => '\u0000'],
  [
    'a cyclic object',
    () => {
      const o: Record<string, unknown> = { a: 1 };
      o.self = o;
      return o;
    },
  ],
  [
    'a cyclic array',
    () => {
      const a: unknown[] = [1];
      a.push(a);
      return a;
    },
  ],
  ['a throwing getter', () => Object.defineProperty({}, 'x', { get: thrower, enumerable: true })],
  ['a throwing proxy', () => new Proxy({}, throwingHandler)],
  ['a throwing array proxy', () => new Proxy([], throwingHandler)],
  ['JSON __proto__', () => JSON.parse('{"__proto__":{"polluted":"yes"}}')],
  ['JSON constructor', () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}')],
  ['a frozen object', () => Object.freeze({ a: Object.freeze([1]) })],
  ['a null-prototype object', () => Object.create(null)],
  ['symbol keys', () => ({ [Symbol('k')]: 1 })],
  ['nested 17 deep', () => nestObject(17)],
];

/** Hostile or extreme values, plus (now and then: it is slow) nesting up to 10 000 deep. */
export const hostileValue: fc.Arbitrary<Maker> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE, ...EXTREMES), weight: 200 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 10_000 }), fc.boolean())
      .map(
        ([d, arrays]): Maker => [
          `nested ${arrays ? 'arrays ' : ''}${d} deep`,
          () => (arrays ? nestArray(d) : nestObject(d)),
        ],
      ),
    weight: 1,
  },
);

let huge: readonly (readonly [string, unknown])[] | undefined;
/** Large values, built once: arrays of 1e5–1e6 items, long strings, deep nesting, many keys. */
export function hugeValues(): readonly (readonly [string, unknown])[] {
  huge ??= [
    ['1e6 numbers', Array.from({ length: 1_000_000 }, (_, i) => i)],
    ['1e6 invalid items', new Array(1_000_000).fill('aspirin')],
    ['1e6 holes', new Array(1_000_000)],
    ['1e5 NaN', new Array(100_000).fill(Number.NaN)],
    ['1e5 "opioid"', new Array(100_000).fill('opioid')],
    ['1e5 objects', new Array(100_000).fill({ at: '2026-01-01T00:00:00Z', score: 5 })],
    ['array-like of length 1e7', { length: 10_000_000 }],
    ['a 1e6-char string', 'x'.repeat(1_000_000)],
    ['objects 10 000 deep', nestObject(10_000)],
    ['arrays 10 000 deep', nestArray(10_000)],
    [
      'an object with 25 000 keys',
      Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`k${i}`, i])),
    ],
  ];
  return huge;
}
