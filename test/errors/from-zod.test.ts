import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fromZodIssues } from '../../src/errors/from-zod';
import { formatPath, InvalidInputError } from '../../src/errors/invalid-input-error';

function messages(schema: z.ZodMiniType, input: unknown): string[] {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected failure');
  return fromZodIssues(r.error.issues, input).map((i) => i.message);
}

describe('readable messages for every zod issue kind', () => {
  it('array sizes', () => {
    expect(messages(z.array(z.number()).check(z.minLength(1)), [])).toEqual([
      'must have at least 1 item(s)',
    ]);
    expect(messages(z.array(z.number()).check(z.maxLength(1)), [1, 2])).toEqual([
      'must have at most 1 item(s)',
    ]);
  });

  it('number bounds, inclusive and exclusive', () => {
    expect(messages(z.number().check(z.lt(3)), 5)).toEqual(['must be < 3; received 5']);
    expect(messages(z.number().check(z.gte(3)), 1)).toEqual(['must be ≥ 3; received 1']);
  });

  it('formats, multiples, unions and custom refinements', () => {
    expect(messages(z.string().check(z.regex(/^a$/)), 'b')).toEqual(['must be a valid regex']);
    expect(messages(z.number().check(z.multipleOf(5)), 7)).toEqual(['must be a multiple of 5']);
    expect(messages(z.union([z.string(), z.number()]), true)).toEqual([
      'does not match any allowed shape; received boolean',
    ]);
    expect(messages(z.number().check(z.refine(() => false, { message: 'no' })), 1)).toEqual(['no']);
    expect(messages(z.number().check(z.refine(() => false)), 1)).toEqual(['is invalid']);
  });

  it('describes received values', () => {
    const long = 'x'.repeat(60);
    expect(messages(z.number(), long)[0]).toBe(`expected number, received "${'x'.repeat(40)}…"`);
    expect(messages(z.number(), [1])[0]).toBe('expected number, received an array');
    expect(messages(z.number(), {})[0]).toBe('expected number, received an object');
    expect(messages(z.object({ a: z.object({ b: z.number() }) }), { a: 1 })[0]).toBe(
      'expected object, received 1',
    );
  });
});

describe('InvalidInputError', () => {
  it('formats paths and a root-level message', () => {
    expect(formatPath(['regimen', 'dose', 'amount'])).toBe('regimen.dose.amount');
    expect(formatPath(['medications', 1])).toBe('medications[1]');
    expect(formatPath([0, 'x'])).toBe('[0].x');
    const e = new InvalidInputError([{ path: [], code: 'custom', message: 'expected object' }]);
    expect(e.message).toBe('Invalid input: expected object');
    expect(e).toBeInstanceOf(Error);
  });
});
