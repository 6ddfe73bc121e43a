// The criteria every fuzzed call must meet (issue 10 §3), checked by `exercise`:
// - only InvalidInputError escapes, with at least one issue, each with a path array and a message;
// - no NaN or ±Infinity anywhere in a result (null is fine), and no "NaN", "Infinity" or
//   "undefined" in its text;
// - probabilities and shares lie in 0–1, percentile ranges are ordered (p5 ≤ … ≤ p95),
//   survival curves do not rise;
// - Object.prototype is not polluted, the arguments are not mutated;
// - no call takes more than 1 s (FUZZ_CALL_LIMIT_MS).
import { types } from 'node:util';
import { InvalidInputError } from '../../src/index';

/** Calls made in this module graph (one test file). */
/** Calls made, and the slowest call (ms), reported at the end of the run. */
export const stats = { calls: 0, slowestMs: 0 };

const env = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
};
/** Calls the default run makes at least: 100 000; `FUZZ_RUNS` sets another target. */
export const DEFAULT_CALLS = 100_000;
/** Every numRuns is multiplied by this: `FUZZ_RUNS_SCALE`, else `FUZZ_RUNS` / 100 000. */
export const SCALE = env('FUZZ_RUNS_SCALE') ?? (env('FUZZ_RUNS') ?? DEFAULT_CALLS) / DEFAULT_CALLS;
export const MIN_CALLS = Math.floor(DEFAULT_CALLS * SCALE);
export const CALL_LIMIT_MS = env('FUZZ_CALL_LIMIT_MS') ?? 1000;
/** A numRuns, scaled. */
export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** A broken criterion. */
export class Violation extends Error {
  override name = 'Violation';
}

export interface Outcome {
  result?: unknown;
  error?: InvalidInputError;
}

export interface Expect {
  /** Valid input: InvalidInputError is a violation too. */
  mustSucceed?: boolean;
  /** Errors allowed to pass through (the caller's own, rethrown by zod's safeParse). */
  passThrough?: (e: unknown) => boolean;
}

/**
 * Calls `call` once and checks every criterion; throws a Violation naming the broken one.
 * `args` are snapshotted before and compared after.
 */
export function exercise(
  call: () => unknown,
  args: readonly unknown[],
  { mustSucceed = false, passThrough }: Expect = {},
): Outcome {
  const before = snapshot(args);
  const start = performance.now();
  let outcome: Outcome;
  try {
    outcome = { result: call() };
  } catch (e) {
    if (passThrough?.(e)) {
      outcome = {};
    } else {
      if (!(e instanceof InvalidInputError)) throw new Violation(`threw ${describeError(e)}`);
      checkIssues(e);
      if (mustSucceed) throw new Violation(`valid input rejected: ${e.message.slice(0, 300)}`);
      outcome = { error: e };
    }
  }
  const ms = performance.now() - start;
  stats.calls++;
  stats.slowestMs = Math.max(stats.slowestMs, ms);
  checkPrototype();
  if (ms > CALL_LIMIT_MS) throw new Violation(`took ${Math.round(ms)} ms (limit ${CALL_LIMIT_MS})`);
  if ('result' in outcome) checkResult(outcome.result);
  const after = snapshot(args);
  const at = firstDifference(before, after);
  if (at >= 0) throw new Violation(`mutated its input (${before[at]} → ${after[at]})`);
  return outcome;
}

const PROTO_KEY_LIST = Reflect.ownKeys(Object.prototype);

/** Fails if Object.prototype gained a key (or `{}.polluted` is set), after removing it. */
function checkPrototype(): void {
  const keys = Reflect.ownKeys(Object.prototype);
  const polluted = ({} as Record<string, unknown>).polluted !== undefined;
  if (!polluted && keys.length === PROTO_KEY_LIST.length) return;
  const added = keys.filter((k) => !PROTO_KEY_LIST.includes(k));
  for (const k of added) delete (Object.prototype as Record<PropertyKey, unknown>)[k];
  throw new Violation(`Object.prototype was polluted (${added.map(String).join(', ')})`);
}

function describeError(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 200)}`;
    return `a non-Error (${typeof e})`;
  } catch {
    return 'an unreadable value';
  }
}

function checkIssues(e: InvalidInputError): void {
  if (!Array.isArray(e.issues) || e.issues.length === 0) {
    throw new Violation('InvalidInputError without issues');
  }
  for (const issue of e.issues) {
    const pathOk =
      Array.isArray(issue.path) &&
      issue.path.every((k: unknown) => typeof k === 'string' || typeof k === 'number');
    if (!pathOk) throw new Violation(`issue without a path array: ${String(issue.message)}`);
    if (typeof issue.message !== 'string' || issue.message === '') {
      throw new Violation(`issue without a message at ${issue.path.join('.')}`);
    }
  }
}

/** Keys whose values echo the caller's input (which may hold any string). */
const ECHO_KEYS = new Set(['input', 'seed']);
const BAD_TEXT = /NaN|Infinity|undefined/;
const PERCENTILES = ['p5', 'p25', 'median', 'p75', 'p95'] as const;
const isProbabilityKey = (key: string) => /probability$|share$/i.test(key);

/** Walks a result (iteratively) and checks numbers, text, shares, percentiles and survival. */
export function checkResult(result: unknown): void {
  const seen = new Set<object>();
  const stack: { value: unknown; path: string; echo: boolean }[] = [
    { value: result, path: 'result', echo: false },
  ];
  while (stack.length > 0) {
    const { value, path, echo } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Violation(`${path} is ${value}`);
    }
    if (typeof value === 'string' && !echo && BAD_TEXT.test(value)) {
      const m = BAD_TEXT.exec(value);
      const i = m?.index ?? 0;
      throw new Violation(`${path} has "${m?.[0]}": …${value.slice(Math.max(0, i - 60), i + 30)}…`);
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (!echo) checkShape(record, path);
    for (const key of Object.keys(record)) {
      stack.push({ value: record[key], path: `${path}.${key}`, echo: echo || ECHO_KEYS.has(key) });
    }
  }
}

function checkShape(o: Record<string, unknown>, path: string): void {
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (isProbabilityKey(key) && v !== null && v !== undefined) {
      if (typeof v !== 'number' || v < 0 || v > 1) throw new Violation(`${path}.${key} = ${v}`);
    }
  }
  if (o.unit === 'probability') {
    for (const key of ['low', 'high', 'value']) {
      const v = o[key];
      if (typeof v === 'number' && (v < 0 || v > 1)) throw new Violation(`${path}.${key} = ${v}`);
    }
  }
  if (PERCENTILES.every((k) => k in o)) {
    const xs = PERCENTILES.map((k) => o[k]).filter((x): x is number => typeof x === 'number');
    for (let i = 1; i < xs.length; i++) {
      if ((xs[i] as number) < (xs[i - 1] as number)) {
        throw new Violation(`${path}: percentiles out of order (${xs.join(' ≤ ')})`);
      }
    }
  }
  if (Array.isArray(o.survival)) {
    let last = Number.POSITIVE_INFINITY;
    for (const [i, s] of o.survival.entries()) {
      const p = (s as { probability?: unknown })?.probability;
      if (typeof p !== 'number') continue;
      if (p > last) throw new Violation(`${path}.survival[${i}] rises (${last} → ${p})`);
      last = p;
    }
  }
}

const SNAPSHOT_BUDGET = 5_000;

/**
 * A flat record of a value's own properties, taken without calling getters or proxy traps
 * (a getter is recorded as "getter", a proxy as "proxy"), with cycles as back-references and
 * Dates by their time. At most SNAPSHOT_BUDGET entries: for huge inputs, the prefix is compared.
 */
export function snapshot(value: unknown): string[] {
  const out: string[] = [];
  const ids = new Map<object, number>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < SNAPSHOT_BUDGET) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      out.push(primitive(v));
      continue;
    }
    const o = v as object;
    const id = ids.get(o);
    if (id !== undefined) {
      out.push(`ref ${id}`);
      continue;
    }
    ids.set(o, ids.size);
    if (types.isProxy(o)) {
      out.push('proxy');
      continue;
    }
    if (typeof o === 'function') {
      out.push('function');
      continue;
    }
    if (o instanceof Date) out.push(`date ${o.getTime()}`);
    if (Array.isArray(o)) {
      out.push(`array ${o.length}`);
      for (let i = 0; i < Math.min(o.length, SNAPSHOT_BUDGET); i++) {
        const d = Object.getOwnPropertyDescriptor(o, i);
        if (d && 'value' in d) stack.push(d.value);
        else out.push(d ? 'getter' : 'hole');
      }
      continue;
    }
    const keys = Reflect.ownKeys(o);
    out.push(`object ${keys.length}${Object.isFrozen(o) ? ' frozen' : ''}`);
    for (const key of keys.slice(0, SNAPSHOT_BUDGET)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      out.push(`key ${String(key)}`);
      if (d && 'value' in d) stack.push(d.value);
      else out.push('getter');
    }
  }
  return out;
}

function primitive(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'number -0' : `number ${v}`;
  if (typeof v === 'string') return `string ${v.length > 80 ? `${v.slice(0, 80)}…${v.length}` : v}`;
  return `${typeof v} ${String(v)}`;
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
}
