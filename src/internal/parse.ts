import type * as z from 'zod/mini';
import { ARGUMENT_LIMITS, INPUT_LIMITS } from '../data/input-limits.js';
import { fromZodIssues } from '../errors/from-zod.js';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SHAPE = INPUT_LIMITS.structure;
/** Issues reported in one error; the rest are summed up in a last issue. */
const MAX_REPORTED_ISSUES = ARGUMENT_LIMITS.maxReportedIssues;

/**
 * Validates `input` with `schema` and returns the parsed, normalised copy, or throws one
 * {@link InvalidInputError} listing every issue. Before the schema runs, the input's shape is
 * checked without recursion (depth, array lengths, number of values: `INPUT_LIMITS.structure`),
 * and keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`) are
 * rejected anywhere. An input that throws while it is read (a getter, a proxy) is malformed
 * input too. Nothing but `InvalidInputError` leaves this function.
 * @internal
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  try {
    const shape = checkShape(input);
    if (shape.length > 0) throw new InvalidInputError(shape);
    const result = schema.safeParse(input);
    if (!result.success) {
      throw new InvalidInputError(capIssues(fromZodIssues(result.error.issues, input)));
    }
    return result.data;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError([
      { path: [], code: 'unreadable_input', message: `could not be read (${describe(error)})` },
    ]);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 200)}`;
  return typeof error;
}

function capIssues(issues: InputIssue[]): InputIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { path: [], code: 'too_many_issues', message: `and ${more} more issue(s)` },
  ];
}

/**
 * Walks the input iteratively (no recursion, so no stack overflow) and reports forbidden keys
 * and any breach of the structure bounds. Stops at the first structure breach.
 */
function checkShape(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (++nodes > SHAPE.maxNodes) {
      return [tooBig([], `holds more than ${SHAPE.maxNodes} values`)];
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (path.length >= SHAPE.maxDepth) {
      return [tooBig(path, `nests deeper than ${SHAPE.maxDepth} levels`)];
    }
    const isArray = Array.isArray(value);
    // Typed arrays too: Object.keys would build one string per element.
    const length = isArray || ArrayBuffer.isView(value) ? (value as { length?: number }).length : 0;
    if ((length ?? 0) > SHAPE.maxArrayLength) {
      return [tooBig(path, `has more than ${SHAPE.maxArrayLength} items`)];
    }
    const keys = Object.keys(value);
    if (keys.length > SHAPE.maxArrayLength) {
      return [tooBig(path, `has more than ${SHAPE.maxArrayLength} keys`)];
    }
    const children: { value: unknown; path: (string | number)[] }[] = [];
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({
          path: [...path, key],
          code: 'forbidden_key',
          message: `key ${JSON.stringify(key)} is not allowed`,
        });
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        children.push({ value: child, path: [...path, isArray ? Number(key) : key] });
      } else if (++nodes > SHAPE.maxNodes) {
        return [tooBig([], `holds more than ${SHAPE.maxNodes} values`)];
      }
    }
    // Pushed in reverse so that values are visited, and issues reported, in input order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[0]);
  }
  return issues;
}

function tooBig(path: (string | number)[], message: string): InputIssue {
  return { path, code: 'input_too_large', message };
}
