// Fuzzes every public function (and every exported schema's safeParse) with valid,
// mutated-valid, hostile and huge inputs, checking the criteria in ./criteria on every call.
// More runs: `npm run fuzz -- --runs 1000000`; another seed: `npm run fuzz -- --seed 7`.
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { everything as api } from '../helpers/entries';
import { HostileError } from './arbitraries';
import { type Case, hostileCases, hugeCases, mutatedCases, validCases } from './cases';
import { type Expect, exercise, MIN_CALLS, runs, stats } from './criteria';
import {
  HEAVY_DEFAULT,
  type Runs,
  SCHEMAS,
  safeParse,
  schemaSamples,
  TARGETS,
  type Target,
} from './targets';

const KINDS: Record<keyof Runs, (args: fc.Arbitrary<unknown[]>) => fc.Arbitrary<Case>> = {
  valid: validCases,
  mutated: mutatedCases,
  hostile: hostileCases,
  huge: hugeCases,
};

interface How {
  /** Stop at the first failure, unshrunk (slow calls). */
  quick?: boolean;
  /** zod's safeParse rethrows what the caller's own getters and proxies throw: allowed. */
  schema?: boolean;
}

function fuzz(target: Pick<Target, 'fn' | 'args'>, kind: keyof Runs, n: number, how: How = {}) {
  const call = target.fn as (...args: unknown[]) => unknown;
  const expected: Expect = {
    mustSucceed: kind === 'valid',
    ...(how.schema ? { passThrough: (e: unknown) => e instanceof HostileError } : {}),
  };
  fc.assert(
    fc.property(KINDS[kind](target.args), (c) => {
      exercise(() => call(...c.args), c.args, expected);
    }),
    {
      numRuns: runs(n),
      endOnFailure: how.quick === true || kind === 'huge',
      includeErrorInReport: true,
    },
  );
}

describe('every exported function is fuzzed', () => {
  it('has a target for each', () => {
    const functions = Object.entries(api)
      .filter(([name, v]) => typeof v === 'function' && name !== 'InvalidInputError')
      .map(([name]) => name)
      .sort();
    expect(TARGETS.map((t) => t.name).sort()).toEqual(functions);
  });
});

for (const target of TARGETS) {
  describe(target.name, () => {
    for (const kind of Object.keys(KINDS) as (keyof Runs)[]) {
      it(kind, () => fuzz(target, kind, target.runs[kind]));
    }
  });
}

describe('at the default population, every valid call takes under 1 s', () => {
  for (const h of HEAVY_DEFAULT) it(h.name, () => fuzz(h, 'valid', h.runs, { quick: true }));
});

describe('schemas: safeParse throws nothing of its own', () => {
  for (const [name, schema] of SCHEMAS) {
    it(name, () => {
      const samples = schemaSamples(schema);
      const args = fc.constantFrom(...(samples.length > 0 ? samples : [undefined])).map((v) => [v]);
      const target = { fn: (v: unknown) => safeParse(schema, v), args };
      if (samples.length > 0) fuzz(target, 'valid', 60, { schema: true });
      fuzz(target, 'mutated', 600, { schema: true });
      fuzz(target, 'hostile', 300, { schema: true });
      fuzz(target, 'huge', 1, { schema: true });
    });
  }
});

describe('size', () => {
  it(`made at least ${MIN_CALLS} calls`, () => {
    console.log(`fuzz: ${stats.calls} calls, slowest ${Math.round(stats.slowestMs)} ms`);
    expect(stats.calls).toBeGreaterThanOrEqual(MIN_CALLS);
  });
});
