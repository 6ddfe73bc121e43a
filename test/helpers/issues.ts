import { expect } from 'vitest';
import { type InputIssue, InvalidInputError } from '../../src/index';

/** The issues of the InvalidInputError that `fn` throws (fails the test if it throws nothing else). */
export function issuesOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).issues;
  }
  throw new Error('expected InvalidInputError');
}
