/**
 * The library's cross-field rules, expressed in JSON Schema 2020-12 as post-processing of what
 * `z.toJSONSchema` emits (it cannot emit zod refinements). `scripts/build-schemas.ts` applies
 * them; `test/schemas/differential.test.ts` checks that the shipped schemas and the library
 * agree, apart from the rules listed in {@link LIBRARY_ONLY_RULES}.
 *
 * Each rule finds its target by the shape of the generated node (a duration is an object with
 * exactly `minutes`, `hours`, `days`, `weeks`, …), so that a rule applies wherever the zod
 * schema it mirrors is used: inputs and the inputs echoed inside results alike. A conditional
 * rule is appended to the node's `allOf` with a `$comment` naming it; a plain keyword
 * (`uniqueItems`, `minItems`) is set on the node itself, where form libraries look for it.
 */
import { INPUT_LIMITS } from '../src/data/input-limits';
import { DoseUnitSchema, isPerKgUnit, isRateUnit } from '../src/regimen/schema';
import { listRoutes } from '../src/routes/index';
import { MethodSchema } from '../src/routes/schema';

const L = INPUT_LIMITS;
const MINUTES_PER_DAY = 1440;
const DAYS_PER_YEAR = 365;
/** Whole days and years of a limit in minutes, for the rules' prose. */
const days = (minutes: number) => Math.round(minutes / MINUTES_PER_DAY);
const years = (minutes: number) => Math.round(minutes / MINUTES_PER_DAY / DAYS_PER_YEAR);

/** A JSON Schema node, as `z.toJSONSchema` emits it. */
export type JsonSchema = { [keyword: string]: unknown };

/** A rule of the library expressed in JSON Schema. */
export interface SchemaRule {
  /** Stable id, used in `$comment`s and by the differential test. */
  id: string;
  /** The library rule it mirrors: the `InputIssue` code and where the check lives. */
  mirrors: string;
  /** Whether the rule applies to this node. */
  matches: (node: JsonSchema) => boolean;
  /** Adds the constraint to the node. */
  apply: (node: JsonSchema) => void;
}

/** A library rule that JSON Schema cannot express: checked by the library only. */
export interface LibraryOnlyRule {
  id: string;
  /** The `InputIssue` codes the library reports for it. */
  codes: readonly string[];
  /** The rule, in words (goes into the schema's description and the guide). */
  rule: string;
  /** Why JSON Schema cannot express it. */
  why: string;
  /** The generated schemas whose data the rule constrains. */
  schemas: readonly SchemaName[];
}

export type SchemaName =
  | 'relief-input'
  | 'relief-result'
  | 'maintenance-input'
  | 'maintenance-result'
  | 'exposure-input'
  | 'diary';

// ---------------------------------------------------------------------------------------------
// Shapes

const DURATION_PARTS = { minutes: 1, hours: 60, days: 1440, weeks: 10080 } as const;
type Part = keyof typeof DURATION_PARTS;
const PARTS = Object.keys(DURATION_PARTS) as Part[];

const propsOf = (node: JsonSchema): Record<string, JsonSchema> | undefined =>
  node.type === 'object' && typeof node.properties === 'object' && node.properties !== null
    ? (node.properties as Record<string, JsonSchema>)
    : undefined;

/** An object node whose properties are exactly `keys`. */
const hasExactly =
  (...keys: string[]) =>
  (node: JsonSchema): boolean => {
    const props = propsOf(node);
    if (!props) return false;
    const names = Object.keys(props);
    return names.length === keys.length && keys.every((k) => k in props);
  };

const isDuration = hasExactly(...PARTS);
const isDose = hasExactly('amount', 'unit', 'over');
const isRegimen = hasExactly('route', 'method', 'dose', 'sessions', 'every', 'drug');
const isPatient = hasExactly(
  'weightKg',
  'ageYears',
  'sex',
  'hepaticImpairment',
  'renalFailure',
  'cyp2b6',
  'painHistoryYears',
  'depression',
  'conditions',
);
const isHistoryEntry = hasExactly('sessionEnd', 'reliefDays', 'reliefLostOn');
/** `{ regimen, patient, medications, … }`: the exposure, relief and maintenance inputs. */
const isTreatmentInput = (node: JsonSchema): boolean => {
  const props = propsOf(node);
  return !!props && 'regimen' in props && 'patient' in props && 'medications' in props;
};
/** A date or date-time string of `IsoDateSchema` / `IsoDateTimeSchema`. */
const isIsoDate = (node: JsonSchema): boolean =>
  node.type === 'string' &&
  (node.format === 'date' || node.format === 'date-time') &&
  typeof node.pattern === 'string';

// ---------------------------------------------------------------------------------------------
// Building blocks

function addAllOf(node: JsonSchema, rule: string, schema: JsonSchema): void {
  const allOf = Array.isArray(node.allOf) ? (node.allOf as JsonSchema[]) : [];
  node.allOf = [...allOf, { $comment: `rule ${rule}`, ...schema }];
}

function addComment(node: JsonSchema, rule: string): void {
  const prev = typeof node.$comment === 'string' ? `${node.$comment}; ` : '';
  node.$comment = `${prev}rule ${rule}`;
}

/** `{ required: [key], properties: { key: schema } }`: the key is present and matches. */
const has = (key: string, schema: JsonSchema = {}): JsonSchema => ({
  required: [key],
  properties: { [key]: schema },
});

/** The key is present. (Named in `properties` too, as Ajv's `strictRequired` asks.) */
const present = (key: string): JsonSchema => has(key);

/** `{ if: condition, then: consequence }`. */
function when(condition: JsonSchema, consequence: JsonSchema): JsonSchema {
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, not a thenable.
  return { if: condition, then: consequence };
}

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);
/** The next double above (`step` 1) or below (`step` −1) a positive `x`. */
function nextDouble(x: number, step: 1 | -1): number {
  F64[0] = x;
  I64[0] = (I64[0] as bigint) + BigInt(step);
  return F64[0] as number;
}

/**
 * Largest part value `v` whose minutes `v × factor`, computed in doubles as the library does,
 * stay ≤ `limit`: the exact bound, not one off by a rounding.
 */
export function largestPart(limit: number, factor: number): number {
  let v = limit / factor;
  while (v * factor > limit) v = nextDouble(v, -1);
  while (nextDouble(v, 1) * factor <= limit) v = nextDouble(v, 1);
  return v;
}

/** Smallest part value `v` whose minutes `v × factor` (in doubles) reach `min`. */
export function smallestPart(min: number, factor: number): number {
  let v = min / factor;
  while (v * factor < min) v = nextDouble(v, 1);
  while (nextDouble(v, -1) * factor >= min) v = nextDouble(v, -1);
  return v;
}

/**
 * A duration whose total lies in `[minMinutes, maxMinutes]`. JSON Schema cannot add the parts,
 * so: every part alone stays within the maximum (necessary, as parts are ≥ 0), and a duration
 * with a single non-zero part is held to both bounds exactly. A duration of several non-zero
 * parts is checked as a total by the library only (`duration-total`).
 */
function durationWithin(minMinutes: number, maxMinutes: number): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      PARTS.map((p) => [
        p,
        { type: 'number', maximum: largestPart(maxMinutes, DURATION_PARTS[p]) },
      ]),
    ),
    allOf: PARTS.map((p) =>
      when(
        {
          properties: Object.fromEntries(
            PARTS.filter((q) => q !== p).map((q) => [q, { const: 0 }]),
          ),
        },
        {
          properties: {
            [p]: { type: 'number', minimum: smallestPart(minMinutes, DURATION_PARTS[p]) },
          },
        },
      ),
    ),
  };
}

const UNITS = DoseUnitSchema.options;
const RATE_UNITS = UNITS.filter(isRateUnit);
const PER_KG_UNITS = UNITS.filter(isPerKgUnit);
const MAX_AMOUNT = Math.max(...Object.values(INPUT_LIMITS.doseAmount.max));
const YEARS = INPUT_LIMITS.dates;

/** The method a regimen is given by: `method`, else `infusion` when the dose has `over`. */
function effectiveMethodIs(method: 'bolus' | 'infusion'): JsonSchema {
  const inferred: JsonSchema =
    method === 'infusion'
      ? { type: 'object', ...present('over') }
      : { type: 'object', not: present('over') };
  return {
    anyOf: [has('method', { const: method }), { not: present('method'), ...has('dose', inferred) }],
  };
}

/** A year pattern for `minYear`–`maxYear` given as centuries (19, 20, 21). */
function yearPattern(): string {
  const centuries: string[] = [];
  for (let c = Math.floor(YEARS.minYear / 100); c <= Math.floor(YEARS.maxYear / 100); c++) {
    centuries.push(String(c));
  }
  if (YEARS.minYear % 100 !== 0 || YEARS.maxYear % 100 !== 99) {
    throw new Error('schema-rules: the year pattern assumes whole centuries; update yearPattern');
  }
  return `^(?:${centuries.join('|')})\\d\\d-`;
}

// ---------------------------------------------------------------------------------------------
// Rules

export const SCHEMA_RULES: readonly SchemaRule[] = [
  {
    // DurationSchema: the total must be positive (`empty_duration`).
    id: 'duration-not-empty',
    mirrors: 'empty_duration (DurationSchema, src/regimen/duration.ts)',
    matches: isDuration,
    apply: (node) =>
      addAllOf(node, 'duration-not-empty', {
        anyOf: PARTS.map((p) => has(p, { type: 'number', exclusiveMinimum: 0 })),
      }),
  },
  {
    // DoseSchema: a rate (mg/h, mg/kg/h) needs `over` (`rate_without_over`).
    id: 'rate-needs-over',
    mirrors: 'rate_without_over (DoseSchema, src/regimen/schema.ts)',
    matches: isDose,
    apply: (node) =>
      addAllOf(node, 'rate-needs-over', when(has('unit', { enum: RATE_UNITS }), present('over'))),
  },
  {
    // DoseSchema: the amount's bound depends on the unit (`dose_too_large`).
    id: 'dose-amount-by-unit',
    mirrors: 'dose_too_large (DoseSchema, INPUT_LIMITS.doseAmount)',
    matches: isDose,
    apply: (node) =>
      addAllOf(node, 'dose-amount-by-unit', {
        allOf: UNITS.filter((u) => INPUT_LIMITS.doseAmount.max[u] < MAX_AMOUNT).map((u) =>
          when(has('unit', { const: u }), {
            properties: { amount: { type: 'number', maximum: INPUT_LIMITS.doseAmount.max[u] } },
          }),
        ),
      }),
  },
  {
    // DoseSchema: an infusion lasts 1 minute to 30 days (`infusion_length_out_of_range`).
    id: 'infusion-length',
    mirrors: 'infusion_length_out_of_range (DoseSchema, INPUT_LIMITS.infusion)',
    matches: isDose,
    apply: (node) =>
      addAllOf(node, 'infusion-length', {
        properties: {
          over: durationWithin(INPUT_LIMITS.infusion.minMinutes, INPUT_LIMITS.infusion.maxMinutes),
        },
      }),
  },
  {
    // RegimenSchema: a bolus has no `over` (`bolus_with_over`).
    id: 'bolus-without-over',
    mirrors: 'bolus_with_over (RegimenSchema, src/regimen/schema.ts)',
    matches: isRegimen,
    apply: (node) =>
      addAllOf(
        node,
        'bolus-without-over',
        when(has('method', { const: 'bolus' }), {
          properties: { dose: { type: 'object', not: present('over') } },
        }),
      ),
  },
  {
    // RegimenSchema: an infusion needs `over` (`infusion_without_over`).
    id: 'infusion-needs-over',
    mirrors: 'infusion_without_over (RegimenSchema, src/regimen/schema.ts)',
    matches: isRegimen,
    apply: (node) =>
      addAllOf(
        node,
        'infusion-needs-over',
        when(has('method', { const: 'infusion' }), {
          properties: { dose: { type: 'object', ...present('over') } },
        }),
      ),
  },
  {
    // RegimenSchema: the route must support the method, given or inferred (`unsupported_method`).
    id: 'route-supports-method',
    mirrors: 'unsupported_method (RegimenSchema, routeSupports / ROUTE_METHODS)',
    matches: isRegimen,
    apply: (node) => {
      const routes = listRoutes();
      for (const method of MethodSchema.options) {
        const without = routes
          .filter((r) => !r.methods.some((m) => m.method === method))
          .map((r) => r.id);
        if (without.length === 0) continue;
        addAllOf(
          node,
          'route-supports-method',
          when(has('route', { enum: without }), { not: effectiveMethodIs(method) }),
        );
      }
    },
  },
  {
    // RegimenSchema: more than one session needs `every` (`missing_interval`).
    id: 'sessions-need-every',
    mirrors: 'missing_interval (RegimenSchema, src/regimen/schema.ts)',
    matches: isRegimen,
    apply: (node) =>
      addAllOf(
        node,
        'sessions-need-every',
        when(has('sessions', { type: 'number', exclusiveMinimum: 1 }), present('every')),
      ),
  },
  {
    // RegimenSchema: `every` only with sessions > 1; `sessions` defaults to 1 (`unused_interval`).
    id: 'every-needs-sessions',
    mirrors: 'unused_interval (RegimenSchema, src/regimen/schema.ts)',
    matches: isRegimen,
    apply: (node) =>
      addAllOf(
        node,
        'every-needs-sessions',
        when(present('every'), has('sessions', { type: 'number', exclusiveMinimum: 1 })),
      ),
  },
  {
    // RegimenSchema: sessions start 1 minute to 365 days apart (`interval_out_of_range`).
    id: 'interval-length',
    mirrors: 'interval_out_of_range (RegimenSchema, INPUT_LIMITS.interval)',
    matches: isRegimen,
    apply: (node) =>
      addAllOf(node, 'interval-length', {
        properties: {
          every: durationWithin(INPUT_LIMITS.interval.minMinutes, INPUT_LIMITS.interval.maxMinutes),
        },
      }),
  },
  {
    // ExposureInputSchema / ReliefInputSchema: a per-kg dose needs a weight (`missing_weight`).
    id: 'weight-for-per-kg-dose',
    mirrors: 'missing_weight (needsWeight, src/input/schema.ts)',
    matches: isTreatmentInput,
    apply: (node) =>
      addAllOf(
        node,
        'weight-for-per-kg-dose',
        when(
          has('regimen', {
            type: 'object',
            ...has('dose', { type: 'object', ...has('unit', { enum: PER_KG_UNITS }) }),
          }),
          has('patient', { type: 'object', ...present('weightKg') }),
        ),
      ),
  },
  {
    // MedicationsSchema: each medicine at most once (`duplicate_medicine`).
    id: 'unique-medications',
    mirrors: 'duplicate_medicine (MedicationsSchema, src/input/schema.ts)',
    matches: isTreatmentInput,
    apply: (node) => {
      const list = propsOf(node)?.medications as JsonSchema;
      list.uniqueItems = true;
      addComment(list, 'unique-medications');
    },
  },
  {
    // PatientSchema: each condition at most once (`duplicate_condition`).
    id: 'unique-conditions',
    mirrors: 'duplicate_condition (PatientSchema, src/patient/schema.ts)',
    matches: isPatient,
    apply: (node) => {
      const list = propsOf(node)?.conditions as JsonSchema;
      list.uniqueItems = true;
      addComment(list, 'unique-conditions');
    },
  },
  {
    // HistoryEntrySchema: reliefDays or reliefLostOn (`missing_relief`).
    id: 'history-entry-relief',
    mirrors: 'missing_relief (HistoryEntrySchema, src/maintenance/schema.ts)',
    matches: isHistoryEntry,
    apply: (node) =>
      addAllOf(node, 'history-entry-relief', {
        anyOf: [present('reliefDays'), present('reliefLostOn')],
      }),
  },
  {
    // MaintenanceInputSchema: a history, when given, has an entry (`empty_history`).
    id: 'history-not-empty',
    mirrors: 'empty_history (MaintenanceInputSchema, src/maintenance/schema.ts)',
    matches: (node) => {
      const history = propsOf(node)?.history;
      return isTreatmentInput(node) && !!history && (history as JsonSchema).type === 'array';
    },
    apply: (node) => {
      const history = propsOf(node)?.history as JsonSchema;
      history.minItems = 1;
      addComment(history, 'history-not-empty');
    },
  },
  {
    // IsoDateSchema / IsoDateTimeSchema: the years 1900–2199 (`date_out_of_range`).
    id: 'date-years',
    mirrors: 'date_out_of_range (yearInRange, src/dates/schema.ts, INPUT_LIMITS.dates)',
    matches: isIsoDate,
    apply: (node) => addAllOf(node, 'date-years', { pattern: yearPattern() }),
  },
];

/** Applies every rule to every node of `root` (in place); returns how often each applied. */
export function applyRules(root: JsonSchema): Map<string, number> {
  const counts = new Map<string, number>();
  // A node zod shares between two places is changed once.
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const node = value as JsonSchema;
    // Children first: a rule's own additions are not visited again.
    for (const v of Object.values(node)) visit(v);
    for (const rule of SCHEMA_RULES) {
      if (!rule.matches(node)) continue;
      rule.apply(node);
      counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
    }
  };
  visit(root);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// What JSON Schema cannot say

const INPUTS: SchemaName[] = ['relief-input', 'exposure-input', 'maintenance-input'];
// Results echo their input, but the echoed `regimen` is the output of a zod transform, which
// `z.toJSONSchema` leaves open (`{}`); only maintenance-result's `boosterRegimen.perSession`
// is a dose the schema describes.
const WITH_DOSE: SchemaName[] = [...INPUTS, 'maintenance-result'];
const WITH_PATIENT: SchemaName[] = [...INPUTS, 'relief-result', 'maintenance-result'];

/**
 * Library rules JSON Schema 2020-12 cannot express: it compares a value with a constant, never
 * with another value, and has no arithmetic. Data that passes a schema may still be rejected by
 * the library for these.
 */
export const LIBRARY_ONLY_RULES: readonly LibraryOnlyRule[] = [
  {
    id: 'duration-total',
    codes: ['duration_too_long', 'infusion_length_out_of_range', 'interval_out_of_range'],
    rule: `a duration given in several non-zero parts (e.g. { hours: 1, minutes: 30 }) is held to its bounds as a total (\`over\` ${L.infusion.minMinutes} minute–${days(L.infusion.maxMinutes)} days, \`every\` ${L.interval.minMinutes} minute–${days(L.interval.maxMinutes)} days, any duration ≤ ${years(L.duration.maxMinutes)} years)`,
    why: 'the total is a sum of several fields; JSON Schema has no arithmetic (single-part durations are checked exactly)',
    schemas: WITH_DOSE,
  },
  {
    id: 'session-total',
    codes: ['session_total_too_large'],
    rule: `one session delivers at most ${L.sessionTotal.maxMg} mg or ${L.sessionTotal.maxMgPerKg} mg/kg (an infusion rate × its length)`,
    why: 'the total is a product of two fields (rate × `over`)',
    schemas: WITH_DOSE,
  },
  {
    id: 'overlapping-sessions',
    codes: ['overlapping_sessions'],
    rule: 'with several sessions, `every` is not shorter than `over`',
    why: 'compares two fields with each other',
    schemas: INPUTS,
  },
  {
    id: 'regimen-span',
    codes: ['regimen_too_long'],
    rule: `a regimen spans at most ${years(L.regimenSpan.maxMinutes)} years: (sessions − 1) × every + over`,
    why: 'the span is a product and sum of fields',
    schemas: INPUTS,
  },
  {
    id: 'pain-history-within-age',
    codes: ['history_longer_than_life'],
    rule: '`patient.painHistoryYears` does not exceed `patient.ageYears`',
    why: 'compares two fields with each other',
    schemas: WITH_PATIENT,
  },
  {
    id: 'history-order',
    codes: ['unsorted_history'],
    rule: '`history` is oldest first: each `sessionEnd` later than the one before',
    why: 'compares instants across array items, with UTC offsets',
    schemas: ['maintenance-input', 'maintenance-result'],
  },
  {
    id: 'history-dates',
    codes: ['contradiction', 'too_big'],
    rule: `a \`reliefLostOn\` falls after the date of its \`sessionEnd\` and within ${L.history.maxReliefDays} days of it, and agrees with \`reliefDays\` (±1 day) when both are given; \`lastSessionEnd\` is not earlier than the last history entry (checked by suggestMaintenance)`,
    why: 'calendar arithmetic between fields, in a time zone',
    schemas: ['maintenance-input'],
  },
  {
    id: 'not-in-future',
    codes: ['in_future'],
    rule: 'no `sessionEnd`, `lastSessionEnd`, `reliefLostOn` or end of `reliefDays` lies after `now` (an option, by default the current time; checked by suggestMaintenance)',
    why: 'depends on the clock or an option, not on the document',
    schemas: ['maintenance-input'],
  },
  {
    id: 'diary-session-order',
    codes: ['end_before_start'],
    rule: 'a diary session’s `end` is not before its `start`',
    why: 'compares two instants',
    schemas: ['diary'],
  },
  {
    id: 'diary-overlap',
    codes: ['overlapping_sessions'],
    rule: 'diary sessions do not overlap (nor start at the same instant)',
    why: 'compares instants across array items',
    schemas: ['diary'],
  },
  {
    id: 'diary-span',
    codes: ['diary_too_long'],
    rule: `a diary spans at most ${L.history.maxReliefDays} days from its first to its last date`,
    why: 'a difference of instants across array items',
    schemas: ['diary'],
  },
  {
    id: 'curve-order',
    codes: ['custom'],
    rule: '`curve` minutes rise strictly',
    why: 'compares values across array items',
    schemas: ['relief-result', 'maintenance-result'],
  },
];

/** The schema's description: what it is, and which rules only the library checks. */
export function describeSchema(name: SchemaName, title: string): string {
  const only = LIBRARY_ONLY_RULES.filter((r) => r.schemas.includes(name)).map((r) => r.rule);
  return `${title} (ketamine-relief). Generated from the zod schema by scripts/build-schemas.ts; do not edit. The library's cross-field rules are included (if/then, uniqueItems, …), except these, which only the library checks: ${only.join('; ')}.`;
}
