import type * as z from 'zod/mini';
import { fromZodIssues } from '../errors/from-zod.js';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Validates `input` with `schema` and returns the parsed, normalised copy, or throws one
 * {@link InvalidInputError} listing every issue. Keys that could pollute prototypes
 * (`__proto__`, `constructor`, `prototype`) are rejected anywhere in the input.
 * @internal
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) throw new InvalidInputError(forbidden);
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(fromZodIssues(result.error.issues, input));
  return result.data;
}

function findForbiddenKeys(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new WeakSet<object>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({
          path: [...path, key],
          code: 'forbidden_key',
          message: `key ${JSON.stringify(key)} is not allowed`,
        });
        continue;
      }
      const k = Array.isArray(value) ? Number(key) : key;
      walk((value as Record<string, unknown>)[key], [...path, k]);
    }
  };
  walk(input, []);
  return issues;
}
