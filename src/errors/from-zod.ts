import type * as z from 'zod/mini';
import { describeValue } from '../internal/describe.js';
import { INPUT_ISSUE_CODES, type InputIssue, type InputIssueCode } from './invalid-input-error.js';

type ZodIssue = z.core.$ZodIssue;
/** Unknown keys named in one message; the rest are counted. */
const MAX_KEYS_LISTED = 5;

/**
 * Turns zod issues into readable {@link InputIssue}s. zod/mini ships no locale, so the
 * messages are written here from each issue's code and details.
 * @internal
 */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
    code: codeOf(issue),
    message: messageFor(issue, valueAt(input, issue.path)),
  }));
}

/** The library's own code for custom issues (`params.code`), else zod's code. */
function codeOf(issue: ZodIssue): InputIssueCode {
  const own = issue.code === 'custom' ? issue.params?.code : undefined;
  // A refinement's own code is kept when it is one of the listed codes; the union stays closed.
  return typeof own === 'string' && (INPUT_ISSUE_CODES as readonly string[]).includes(own)
    ? (own as InputIssueCode)
    : issue.code;
}

function messageFor(issue: ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, received ${describeValue(value)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; received ${describeValue(value)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${issue.minimum} item(s)`
        : `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}; received ${describeValue(value)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${issue.maximum} item(s)`
        : `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}; received ${describeValue(value)}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${issue.keys
        .slice(0, MAX_KEYS_LISTED)
        .map((k) => describeValue(k))
        .join(
          ', ',
        )}${issue.keys.length > MAX_KEYS_LISTED ? ` and ${issue.keys.length - MAX_KEYS_LISTED} more` : ''}`;
    case 'invalid_format':
      // A schema's own message (e.g. what a date-time needs) says more than the format name.
      return issue.message && !issue.message.startsWith('Invalid')
        ? issue.message
        : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return `does not match any allowed shape; received ${describeValue(value)}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, key) ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return cur;
}
