/**
 * Differential test of the shipped JSON Schemas (`schemas/*.json`) against the library: the
 * same inputs go through Ajv (2020-12, strict, with ajv-formats) and through the library's own
 * validation (`parseReliefInput`, `parseExposureInput`, `suggestMaintenance`, `reliefFromDiary`;
 * the result schemas' `safeParse`). They must agree, except on the rules of the allow-list
 * (`allow-list.ts`), which JSON Schema cannot express; the schema must never reject what the
 * library accepts. Inputs: hand-written valid and malformed cases (`cases.ts`) and fast-check
 * mutations of valid inputs (`arbitraries.ts`; seed fixed in test/setup/fast-check.ts).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { largestPart, smallestPart } from '../../scripts/schema-rules';
import { estimateRelief, suggestMaintenance } from '../../src/index';
import { ALLOW_LIST, type Kind } from './allow-list';
import { maintenanceInput, mutated, reliefInput } from './arbitraries';
import { MAINTENANCE, MALFORMED, RELIEF, VALID, with_ } from './cases';
import { asJson, type Comparison, compare, loadValidators } from './harness';

const validators = loadValidators();

/** Generated inputs per kind (each compared once; a failing run stops at the first mismatch). */
const RUNS: Record<'relief-input' | 'exposure-input' | 'maintenance-input' | 'diary', number> = {
  'relief-input': 600,
  'exposure-input': 300,
  'maintenance-input': 300,
  diary: 400,
};
/** Fewest comparisons for the test to count: it must not pass on a handful of cases. */
const MIN_COMPARED = 1000;

const stats = {
  compared: 0,
  bothAccept: new Map<Kind, number>(),
  bothReject: new Map<Kind, number>(),
  allowHits: new Map<string, number>(),
};

function check(kind: Kind, input: unknown): Comparison {
  const c = compare(validators, kind, input);
  stats.compared++;
  if (c.schema && c.library.ok) stats.bothAccept.set(kind, (stats.bothAccept.get(kind) ?? 0) + 1);
  if (!c.schema && !c.library.ok) stats.bothReject.set(kind, (stats.bothReject.get(kind) ?? 0) + 1);
  for (const id of c.allowed) stats.allowHits.set(id, (stats.allowHits.get(id) ?? 0) + 1);
  return c;
}

const explain = (c: Comparison, input: unknown) =>
  `${c.kind}: ${c.reason}\n${JSON.stringify(input)}`;

describe('the JSON Schemas agree with the library', () => {
  it.each(VALID.map((c) => [c.id, c] as const))('valid: %s', (_, c) => {
    const r = check(c.kind, c.input);
    expect(r.library).toEqual({ ok: true });
    expect(r.schema, explain(r, c.input)).toBe(true);
  });

  it.each(MALFORMED.map((c) => [c.id, c] as const))('malformed: %s', (_, c) => {
    const r = check(c.kind, c.input);
    expect(r.library.ok, 'the library accepts a case meant to be malformed').toBe(false);
    expect(r.ok, explain(r, c.input)).toBe(true);
  });

  it('the schemas reject every hand-written malformed input outside the allow-list', () => {
    const accepted = MALFORMED.filter((c) =>
      validators[c.kind](JSON.parse(JSON.stringify(c.input))),
    );
    const explained = accepted.filter((c) => check(c.kind, c.input).allowed.length > 0);
    expect(accepted.map((c) => c.id)).toEqual(explained.map((c) => c.id));
  });

  it('agrees at the last double either side of each duration bound', () => {
    const step = (x: number, dir: 1 | -1) => {
      const f = new Float64Array([x]);
      const i = new BigInt64Array(f.buffer);
      i[0] = (i[0] as bigint) + BigInt(dir);
      return f[0] as number;
    };
    const parts = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };
    const bounds = { over: [1, 43200], every: [1, 525600] } as const;
    let n = 0;
    for (const [field, [min, max]] of Object.entries(bounds)) {
      for (const [part, factor] of Object.entries(parts)) {
        const lo = smallestPart(min, factor);
        const hi = largestPart(max, factor);
        for (const v of [step(lo, -1), lo, hi, step(hi, 1)]) {
          const input = with_(RELIEF, (x) => {
            // A short infusion and a year-long interval, so that only the bound under test binds.
            x.regimen.dose = { amount: 0.001, unit: 'mg/kg/h', over: { minutes: 1 } };
            x.regimen.every = { days: 365 };
            x.regimen.sessions = 2;
            x.regimen[field === 'over' ? 'dose' : 'every'] =
              field === 'over' ? { ...x.regimen.dose, over: { [part]: v } } : { [part]: v };
          });
          const r = check('relief-input', input);
          expect(r.ok, explain(r, input)).toBe(true);
          expect(r.schema).toBe(v === lo || v === hi);
          n++;
        }
      }
    }
    expect(n).toBe(32);
  });

  for (const kind of Object.keys(RUNS) as (keyof typeof RUNS)[]) {
    it(`generated: ${kind} (${RUNS[kind]} valid inputs, most of them mutated)`, () => {
      fc.assert(
        fc.property(mutated(kind), (input) => {
          const r = check(kind, input);
          if (!r.ok) throw new Error(explain(r, input));
        }),
        { numRuns: RUNS[kind] },
      );
    });
  }

  it('results: real results validate, broken ones are rejected by both or allow-listed', () => {
    const relief = estimateRelief(RELIEF, { seed: 1, population: 10, curve: true });
    const plan = suggestMaintenance(MAINTENANCE, {
      seed: 1,
      population: 10,
      now: '2026-11-27T12:00:00Z',
    });
    const cases: [Kind, unknown][] = [
      ['relief-result', relief],
      ['maintenance-result', plan],
      // unique-medications inside the echoed input
      ['relief-result', with_(relief, (x) => (x.input.medications = ['opioid', 'opioid']))],
      // rate-needs-over inside the suggested booster
      ['maintenance-result', with_(plan, (x) => delete x.boosterRegimen.perSession.over)],
      // history-not-empty inside the echoed input
      ['maintenance-result', with_(plan, (x) => (x.input.history = []))],
      // curve-order (allow-listed)
      ['relief-result', with_(relief, (x) => x.curve.reverse())],
    ];
    expect(plan.boosterRegimen?.perSession.over).toBeDefined();
    const verdicts = cases.map(([kind, data]) => check(kind, data));
    for (const [i, r] of verdicts.entries()) expect(r.ok, explain(r, cases[i]?.[1])).toBe(true);
    expect(verdicts.map((r) => r.schema)).toEqual([true, true, false, false, false, true]);
  });
});

describe('generated results validate against the result schemas', () => {
  /** Calls the library on a generated input; undefined when the library rejects the input. */
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  let checked = 0;

  it('relief results of generated inputs (every route, method and series)', () => {
    fc.assert(
      fc.property(reliefInput, (input) => {
        const r = attempt(() =>
          estimateRelief(input as never, { seed: 2, population: 20, curve: true }),
        );
        if (!r) return;
        checked++;
        expect(validators['relief-result'](asJson(r))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('maintenance results of generated inputs', () => {
    fc.assert(
      fc.property(maintenanceInput, (input) => {
        const r = attempt(() =>
          suggestMaintenance(input as never, {
            seed: 2,
            population: 20,
            now: '2100-06-01T00:00:00Z',
          }),
        );
        if (!r) return;
        checked++;
        expect(validators['maintenance-result'](asJson(r))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('checked enough results', () => {
    expect(checked).toBeGreaterThanOrEqual(60);
  });
});

afterAll(() => {
  // Printed for the record (`npx vitest run test/schemas`).
  console.log(
    `schema differential: ${stats.compared} cases; both accept ${JSON.stringify(Object.fromEntries(stats.bothAccept))}; both reject ${JSON.stringify(Object.fromEntries(stats.bothReject))}; allow-list hits ${JSON.stringify(Object.fromEntries(stats.allowHits))}`,
  );
});

describe('the differential test is not vacuous', () => {
  it('compares enough cases, accepted and rejected, of every input kind', () => {
    expect(stats.compared).toBeGreaterThan(MIN_COMPARED);
    for (const kind of Object.keys(RUNS) as Kind[]) {
      expect(stats.bothAccept.get(kind) ?? 0, `${kind} accepted by both`).toBeGreaterThanOrEqual(
        20,
      );
      expect(stats.bothReject.get(kind) ?? 0, `${kind} rejected by both`).toBeGreaterThanOrEqual(
        50,
      );
    }
  });

  it('hits every allow-listed rule at least once', () => {
    const missed = ALLOW_LIST.map((r) => r.id).filter((id) => !stats.allowHits.has(id));
    expect(missed).toEqual([]);
  });
});
