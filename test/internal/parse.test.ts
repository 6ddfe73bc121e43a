import { describe, expect, it } from 'vitest';
import { parseReliefInput } from '../../src/index';
import { issuesOf } from '../helpers/issues';

/** A valid input with `patient` replaced. */
const withPatient = (patient: unknown) => ({
  painType: 'crps',
  regimen: { route: 'oral', dose: { amount: 50, unit: 'mg' } },
  patient,
});

describe('the shape guard that runs before any schema', () => {
  it('rejects nesting deeper than 16 levels, naming where', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 20; i++) {
      deep.a = {};
      deep = deep.a as Record<string, unknown>;
    }
    const [issue] = issuesOf(() => parseReliefInput(withPatient(root)));
    expect(issue?.code).toBe('input_too_large');
    expect(issue?.path.slice(0, 2)).toEqual(['patient', 'a']);
    expect(issue?.message).toMatch(/deeper than 16/);
  });

  it('rejects an array over 20 000 items and an object with over 20 000 keys', () => {
    const meds = issuesOf(() =>
      parseReliefInput({ ...withPatient({}), medications: new Array(20001).fill('x') }),
    );
    expect(meds).toEqual([
      { path: ['medications'], code: 'input_too_large', message: 'has more than 20000 items' },
    ]);
    const wide = Object.fromEntries(Array.from({ length: 20001 }, (_, i) => [`k${i}`, i]));
    expect(issuesOf(() => parseReliefInput(withPatient(wide)))[0]?.message).toMatch(/keys/);
  });

  it('rejects a typed array over the bound without listing its keys', () => {
    const [issue] = issuesOf(() =>
      parseReliefInput(withPatient({ weightKg: new Float64Array(1e7) })),
    );
    expect(issue).toMatchObject({ path: ['patient', 'weightKg'], code: 'input_too_large' });
  });

  it('names at most five unknown keys, each cut short', () => {
    const keys = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`${'k'.repeat(100)}${i}`, 1]),
    );
    const [issue] = issuesOf(() => parseReliefInput(withPatient(keys)));
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.message).toMatch(/and 3 more$/);
    expect(issue?.message.length).toBeLessThan(400);
  });

  it('rejects more than 200 000 values in all', () => {
    const rows = Array.from({ length: 15 }, () => new Array(15000).fill(1));
    const [issue] = issuesOf(() => parseReliefInput(withPatient({ rows })));
    expect(issue?.message).toMatch(/more than 200000 values/);
  });

  it('reports forbidden keys in input order, at any depth', () => {
    const input = JSON.parse(
      '{"painType":"crps","__proto__":{"x":1},"patient":{"constructor":1,"a":{"prototype":2}}}',
    );
    expect(issuesOf(() => parseReliefInput(input)).map((i) => i.path)).toEqual([
      ['__proto__'],
      ['patient', 'constructor'],
      ['patient', 'a', 'prototype'],
    ]);
  });

  it('turns an input that throws while read into InvalidInputError', () => {
    const hostile = {
      get painType(): string {
        throw new TypeError('boom');
      },
    };
    const [issue] = issuesOf(() => parseReliefInput(hostile));
    expect(issue).toMatchObject({ path: [], code: 'unreadable_input' });
    expect(issue?.message).toContain('TypeError: boom');
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw 'not an error';
        },
      },
    );
    expect(issuesOf(() => parseReliefInput(proxy))[0]?.message).toContain('string');
  });

  it('lists at most 100 issues and counts the rest', () => {
    const meds = new Array(150).fill(7);
    const issues = issuesOf(() => parseReliefInput({ ...withPatient({}), medications: meds }));
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({
      path: [],
      code: 'too_many_issues',
      message: 'and 50 more issue(s)',
    });
  });

  it('accepts cyclic-free shared references (visited once) and plain valid input', () => {
    const shared = { weightKg: 70 };
    expect(parseReliefInput(withPatient(shared)).patient.weightKg).toBe(70);
  });
});
